use leptos::prelude::*;
use leptos_router::components::A;

use crate::model::helplines::{lines_for, LineKind, Lines};
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// Whose help lines to show: the choice saved in Settings, else the
/// browser's time zone and language (read once; nothing is fetched).
pub fn current_lines() -> Memo<Lines> {
    thread_local! {
        static BROWSER: (String, Vec<String>) = (platform::time_zone(), platform::languages());
    }
    let store = expect_context::<AppStore>();
    Memo::new(move |_| {
        let saved = store.doc.with(|d| d.settings.help_region.clone());
        BROWSER.with(|(zone, languages)| lines_for(saved.as_deref(), zone, languages))
    })
}

/// Help from people, for when it is not safe or it is too much: the
/// person's region's abuse and crisis lines and its emergency number.
/// Calling is the person's choice; nothing is contacted on its own, and no
/// link here loads anything from another site.
#[component]
pub fn SupportCard() -> impl IntoView {
    let lines = current_lines();
    view! {
        <section class="card support-card" aria-labelledby="support-heading" data-testid="support-card">
            <h2 id="support-heading">"If you are not safe"</h2>
            <p><strong>{move || in_danger(lines.get())}</strong></p>
            <p>"Talking to someone who understands can help. These services are free or low-cost and confidential:"</p>
            <Helplines lines=lines kinds=&[LineKind::Abuse, LineKind::Crisis]/>
            <p class="quiet">
                "A local domestic abuse service, or your doctor, can also help you make a safety plan."
            </p>
        </section>
    }
}

/// "If you are in danger right now, call 999." (or, with no region known,
/// "your local emergency number").
fn in_danger(lines: Lines) -> String {
    match lines.region().and_then(|r| r.emergency()) {
        Some(e) => format!("If you are in danger right now, call {}.", e.shown),
        None => "If you are in danger right now, call your local emergency number.".to_string(),
    }
}

/// The lines of the given kinds for the person's region, each number a
/// `tel:` link, with whose lines they are and a way to change it. With no
/// region, says so plainly and offers the choice.
#[component]
pub fn Helplines(
    lines: Memo<Lines>,
    kinds: &'static [LineKind],
    /// One quiet sentence with the first line of the first kind and the
    /// emergency number, for screens built for the worst moments.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    move || if compact { one_line(lines.get(), kinds).into_any() } else { full_list(lines.get(), kinds).into_any() }
}

/// The compact form of [`Helplines`].
fn one_line(lines: Lines, kinds: &'static [LineKind]) -> impl IntoView {
    let region = lines.region();
    let first = region.and_then(|r| kinds.iter().find_map(|k| r.of_kind(*k).next()));
    let emergency = region.and_then(|r| r.emergency());
    view! {
        <p class="quiet safety-line" data-testid="crisis-line">
            "If you might hurt yourself, talk to someone now: "
            {match first {
                Some(c) => view! {
                    {format!("{} ", c.service)}
                    <a href=format!("tel:{}", c.tel)>{c.shown}</a>
                }
                    .into_any(),
                None => view! { "a crisis line where you live" }.into_any(),
            }}
            {match emergency {
                Some(e) => view! {
                    ". In danger, call "
                    <a href=format!("tel:{}", e.tel)>{e.shown}</a>
                    "."
                }
                    .into_any(),
                None => view! { ". In danger, call your local emergency number." }.into_any(),
            }}
        </p>
    }
}

/// The full form of [`Helplines`].
fn full_list(lines: Lines, kinds: &'static [LineKind]) -> impl IntoView {
    match lines.region() {
        Some(region) => {
            let items: Vec<_> = kinds.iter().flat_map(|k| region.of_kind(*k)).collect();
            let missing: Vec<&str> = kinds
                .iter()
                .filter(|k| region.of_kind(**k).next().is_none())
                .map(|k| match k {
                    LineKind::Abuse => "a national domestic abuse line",
                    LineKind::Crisis => "a national crisis line",
                    LineKind::Emergency => "an emergency number",
                })
                .collect();
            view! {
                <p class="quiet lines-for" data-testid="lines-for">
                    {format!("Lines for: {} · ", region.name)}
                    <A href=href("/settings#help-lines")>"Change"</A>
                </p>
                <ul class="helplines">
                    {items
                        .into_iter()
                        .map(|l| {
                            view! {
                                <li>
                                    <span class="helpline-name">
                                        {l.service}
                                        {(!l.hours.is_empty()).then(|| view! { <span class="quiet">{format!(" ({})", l.hours)}</span> })}
                                    </span>
                                    <a href=format!("tel:{}", l.tel)>{l.shown}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                    {region.emergency().map(|e| view! {
                        <li>
                            <span class="helpline-name">"Emergency"</span>
                            <a href=format!("tel:{}", e.tel)>{e.shown}</a>
                        </li>
                    })}
                </ul>
                {(!missing.is_empty()).then(|| view! {
                    <p class="quiet">
                        {format!("Unlost has no confirmed number for {} in {}. The lines above can help you find local support.", missing.join(" or "), region.name)}
                    </p>
                })}
            }
                .into_any()
        }
        None => view! {
            <p class="lines-for" data-testid="lines-for">
                "Unlost couldn't tell which country you are in, so no local lines are listed here. If you are in danger, call your local emergency number. "
                <A href=href("/settings#help-lines")>"Choose your country"</A>
            </p>
        }
            .into_any(),
    }
}

/// Shown beside writing that talks about hurting oneself: people to talk
/// to, now, from the person's region. Never a dialog, never in the way of
/// the writing; nothing is contacted on its own. With `on_close`, it can be
/// put away.
#[component]
pub fn CrisisCard(
    /// The heading's level where the card sits (2 or 3).
    #[prop(default = 2)]
    heading_level: u8,
    #[prop(optional)] on_close: Option<Callback<()>>,
) -> impl IntoView {
    let title = "You matter, whatever happens with them";
    // Unique on the page, should two cards ever meet there.
    static CARDS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let id = format!("crisis-heading-{}", CARDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    let heading = if heading_level >= 3 {
        view! { <h3 id=id.clone()>{title}</h3> }.into_any()
    } else {
        view! { <h2 id=id.clone()>{title}</h2> }.into_any()
    };
    let lines = current_lines();
    view! {
        <section class="card support-card" aria-labelledby=id data-testid="crisis-card">
            {heading}
            <p>
                "If you are thinking about hurting yourself, you deserve support right now. Please talk to someone tonight; they are there for exactly this."
            </p>
            <Helplines lines=lines kinds=&[LineKind::Crisis]/>
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

/// One quiet line with the person's crisis line and emergency number, for
/// screens built for the worst moments ("I want to text them"): the same
/// `Helplines`, in its compact form.
#[component]
pub fn CrisisLine() -> impl IntoView {
    let lines = current_lines();
    view! { <Helplines lines=lines kinds=&[LineKind::Crisis] compact=true/> }
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
pub(crate) const CRISIS_PAUSE: std::time::Duration = std::time::Duration::from_millis(800);
