use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::inline_add::InlineAdd;
use crate::components::page::Page;
use crate::model::self_work::{PATTERNS, PROMPTS};
use crate::model::draft_keys;
use crate::model::StageId;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

use super::part_path;

/// Honest reflection: the prompts, each answerable again and again, and the
/// checklist of patterns that ended the relationship.
#[component]
pub fn ReflectPage() -> impl IntoView {
    view! {
        <Page title="Look honestly at what went wrong" eyebrow="Stage 2 · Work on yourself">
            <p class="lead">
                "Breakups rarely come from nowhere. They usually grow out of patterns that both people fed."
            </p>
            <p>
                "This is about seeing your side clearly and kindly, not about blaming yourself for everything. Their part is real too; it just isn't yours to fix."
            </p>
            <section aria-labelledby="prompts-heading">
                <h2 id="prompts-heading">"Questions to come back to"</h2>
                <p class="quiet">
                    "Answer as often as you like. Every answer is kept with its date, so later you can see how your view has changed."
                </p>
                <ul class="prompt-list">
                    {PROMPTS.iter().map(|p| view! { <PromptCard id=p.id question=p.question/> }).collect_view()}
                </ul>
            </section>
            <Patterns/>
            <p><A href=href(&StageId::WorkOnYourself.path())>"Back to Work on yourself"</A></p>
        </Page>
    }
}

#[component]
fn PromptCard(id: &'static str, question: &'static str) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let summary = Memo::new(move |_| {
        store.doc.with(|d| {
            let mut answers = d.answers_to(StageId::WorkOnYourself, id);
            let latest = answers.next().map(|e| e.created_at);
            (latest.map_or(0, |_| 1) + answers.count(), latest)
        })
    });
    view! {
        <li class="card prompt-card">
            <h3 class="prompt-question">{question}</h3>
            <p class="quiet" data-testid="prompt-count">
                {move || match summary.get() {
                    (0, _) => "Not answered yet.".to_string(),
                    (n, Some(at)) => format!(
                        "Answered {} · last on {}",
                        if n == 1 { "once".to_string() } else { format!("{n} times") },
                        platform::long_date(at)
                    ),
                    (_, None) => String::new(),
                }}
            </p>
            <A href=href(&part_path(&format!("reflect/{id}"))) attr:class="button">
                {move || if summary.get().0 == 0 { "Answer" } else { "Answer again or look back" }}
                <span class="visually-hidden">": " {question}</span>
            </A>
        </li>
    }
}

/// The checklist of patterns, plus the person's own. Remembered for stage 6,
/// where the changed behaviour is shown.
#[component]
fn Patterns() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let own = Memo::new(move |_| {
        store.doc.with(|d| {
            d.self_work
                .patterns
                .iter()
                .filter(|p| p.id.starts_with("own-") && p.chosen)
                .map(|p| (p.id.clone(), p.own.clone()))
                .collect::<Vec<_>>()
        })
    });
    let toggle = move |id: String, own: String, chosen: bool| {
        store.update(|d| d.self_work.set_pattern(&id, &own, chosen, platform::now_ms()));
    };
    view! {
        <section class="card" aria-labelledby="patterns-heading">
            <h2 id="patterns-heading">"The patterns that ended it"</h2>
            <fieldset class="question">
                <legend>"Which of these were part of your relationship? Tick every one that fits."</legend>
                <div class="choices">
                    {PATTERNS
                        .iter()
                        .map(|p| {
                            let input_id = format!("pattern-{}", p.id);
                            view! {
                                <div class="choice">
                                    <input
                                        type="checkbox"
                                        id=input_id.clone()
                                        prop:checked=move || store.doc.with(|d| d.self_work.is_chosen(p.id))
                                        on:change=move |ev| toggle(p.id.to_string(), String::new(), event_target_checked(&ev))
                                    />
                                    <label for=input_id>{p.label}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                    <For
                        each=move || own.get()
                        key=|(id, _)| id.clone()
                        children=move |(id, label)| {
                            let input_id = format!("pattern-{id}");
                            view! {
                                <div class="choice">
                                    <input
                                        type="checkbox"
                                        id=input_id.clone()
                                        checked=true
                                        on:change=move |ev| toggle(id.clone(), String::new(), event_target_checked(&ev))
                                    />
                                    <label for=input_id>{label}</label>
                                </div>
                            }
                        }
                    />
                </div>
            </fieldset>
            <InlineAdd
                id="own-pattern"
                label="Another pattern, in your own words"
                draft_key=draft_keys::OWN_PATTERN
                max_length=120
                on_add=Callback::new(move |text: String| {
                    store.update(|d| d.self_work.set_pattern(&platform::new_id("own"), &text, true, platform::now_ms()))
                })
            />
            <p class="quiet">
                "Unlost remembers these. Later, when you rebuild trust, they are where you show what has changed."
            </p>
        </section>
    }
}
