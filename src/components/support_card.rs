use leptos::prelude::*;

/// Help from people, for when it is not safe or it is too much. Calling a
/// number is the person's choice; nothing is contacted on its own, and no
/// link here loads anything from another site.
#[component]
pub fn SupportCard() -> impl IntoView {
    view! {
        <section class="card support-card" aria-labelledby="support-heading" data-testid="support-card">
            <h2 id="support-heading">"If you are not safe"</h2>
            <p>
                <strong>"If you are in danger right now, call your local emergency number"</strong>
                " (112 across Europe, 911 in the US and Canada, 999 in the UK, 000 in Australia)."
            </p>
            <p>"Talking to someone who understands can help. These services are free and confidential:"</p>
            <Helplines lines=SUPPORT_LINES/>
            <p class="quiet">
                "Numbers change and services differ by country: please check what is available where you live. Your doctor, or a local domestic abuse service, can also help you make a safety plan."
            </p>
        </section>
    }
}

/// A helpline: who it is, the number to dial, and how the number is written.
pub struct Helpline {
    pub name: &'static str,
    pub tel: &'static str,
    pub shown: &'static str,
}

/// Lines for when it is not safe, or it is too much.
const SUPPORT_LINES: &[Helpline] = &[
    Helpline { name: "National Domestic Violence Hotline (United States)", tel: "18007997233", shown: "1-800-799-7233" },
    Helpline { name: "National Domestic Abuse Helpline (United Kingdom)", tel: "08082000247", shown: "0808 2000 247" },
    Helpline { name: "Men's Advice Line (United Kingdom)", tel: "08088010327", shown: "0808 801 0327" },
    Helpline { name: "1800RESPECT (Australia)", tel: "1800737732", shown: "1800 737 732" },
    Helpline { name: "Women's Aid (Ireland)", tel: "1800341900", shown: "1800 341 900" },
    Helpline {
        name: "If you are thinking about hurting yourself: 988 Lifeline (United States)",
        tel: "988",
        shown: "988",
    },
    Helpline { name: "Samaritans (United Kingdom and Ireland)", tel: "116123", shown: "116 123" },
];

/// A list of helplines, each number a `tel:` link (dialling is the person's
/// choice; nothing is contacted on its own).
#[component]
pub fn Helplines(lines: &'static [Helpline]) -> impl IntoView {
    view! {
        <ul class="helplines">
            {lines
                .iter()
                .map(|h| {
                    view! {
                        <li>
                            <span class="helpline-name">{h.name}</span>
                            <a href=format!("tel:{}", h.tel)>{h.shown}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Lines for someone thinking about hurting themselves.
const CRISIS_LINES: &[Helpline] = &[
    Helpline { name: "988 Suicide & Crisis Lifeline (United States)", tel: "988", shown: "988" },
    Helpline { name: "Samaritans (United Kingdom and Ireland)", tel: "116123", shown: "116 123" },
    Helpline { name: "Lifeline (Australia)", tel: "131114", shown: "13 11 14" },
];

/// Shown beside writing that talks about hurting oneself: people to talk
/// to, now. Never a dialog, never in the way of the writing; nothing is
/// contacted on its own. With `on_close`, it can be put away.
#[component]
pub fn CrisisCard(
    /// The heading's level where the card sits (2 or 3).
    #[prop(default = 2)]
    heading_level: u8,
    #[prop(optional)] on_close: Option<Callback<()>>,
) -> impl IntoView {
    let title = "You matter, whatever happens with them";
    let heading = if heading_level >= 3 {
        view! { <h3 id="crisis-heading">{title}</h3> }.into_any()
    } else {
        view! { <h2 id="crisis-heading">{title}</h2> }.into_any()
    };
    view! {
        <section class="card support-card" aria-labelledby="crisis-heading" data-testid="crisis-card">
            {heading}
            <p>
                "If you are thinking about hurting yourself, please talk to someone now. If you are in danger, call your local emergency number (112 in Europe, 911 in the US and Canada, 999 in the UK, 000 in Australia)."
            </p>
            <Helplines lines=CRISIS_LINES/>
            {on_close.map(|close| {
                view! {
                    <button type="button" class="button button-quiet" on:click=move |_| close.run(())>
                        "Put this away"
                    </button>
                }
            })}
        </section>
    }
}

/// Watches a piece of writing for crisis words (`checker::crisis_words`)
/// and, after a pause in typing (never on the keystroke), shows the crisis
/// card beside it: once per piece of writing (`piece` changes when a new one
/// begins), until the person puts it away. It also tells the model
/// (`Document::note_crisis_words`), so the help stays close on every screen
/// until the person says they are safe for now.
#[component]
pub fn CrisisWatch(
    /// The text as it is typed.
    #[prop(into)]
    text: Signal<String>,
    /// Changes when a new piece of writing begins (after a save).
    #[prop(into, optional)]
    piece: Signal<usize>,
) -> impl IntoView {
    let shown = RwSignal::new(false);
    let put_away = RwSignal::new(false);
    let store = use_context::<crate::storage::persist::AppStore>();
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |last_piece: Option<usize>| {
        let piece = piece.get();
        if last_piece.is_some_and(|p| p != piece) {
            shown.set(false);
            put_away.set(false);
        }
        let text = text.get();
        if let Some(t) = timer.try_update_value(|t| t.take()).flatten() {
            t.clear();
        }
        if !shown.get_untracked() && !put_away.get_untracked() {
            let handle = set_timeout_with_handle(
                move || {
                    if crate::model::checker::crisis_words(&text).is_some() {
                        let _ = shown.try_set(true);
                        note_crisis(store);
                    }
                },
                CRISIS_PAUSE,
            );
            timer.set_value(handle.ok());
        }
        piece
    });
    view! {
        <Show when=move || shown.get() && !put_away.get()>
            <CrisisCard on_close=Callback::new(move |()| put_away.set(true))/>
        </Show>
    }
}

/// Records in the saved data that crisis words were noticed (see
/// `model::safety`).
pub fn note_crisis(store: Option<crate::storage::persist::AppStore>) {
    if let Some(store) = store {
        store.update(|d| d.note_crisis_words(crate::platform::now_ms()));
    }
}

/// How long typing pauses before writing is looked at for crisis words.
const CRISIS_PAUSE: std::time::Duration = std::time::Duration::from_millis(800);
