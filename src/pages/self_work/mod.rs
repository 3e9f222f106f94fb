//! Stage 2, working on yourself: an overview that shows at a glance how the
//! person's answers, skills and life plan have moved, and the three parts of
//! the stage, each on its own screen.

pub mod life;
pub mod prompt;
pub mod reflect;
pub mod skills;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::clock::Today;
use crate::components::page::Page;
use crate::model::self_work::{glance, PROMPTS};
use crate::model::StageId;
use crate::platform::href;
use crate::storage::persist::AppStore;

/// The in-app path of a part of this stage.
pub fn part_path(part: &str) -> String {
    format!("{}/{part}", StageId::WorkOnYourself.path())
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

#[component]
pub fn SelfWorkPage() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let glance = Memo::new(move |_| {
        let today = today.0.get();
        store.doc.with(|d| {
            let prompts = d
                .entries_from(StageId::WorkOnYourself)
                .filter_map(|e| e.origin.as_ref().and_then(|o| o.prompt.as_deref()));
            glance(&d.self_work, prompts, today)
        })
    });
    let own_feet = Memo::new(move |_| store.doc.with(|d| d.self_work.own_feet.trim().to_string()));

    view! {
        <Page title="Work on yourself" eyebrow="Stage 2">
            <p class="lead">
                "No contact is not only waiting. It is time to become someone you would be glad to bring into any relationship, this one or a future one."
            </p>
            <p>
                "Ask yourself honestly: if you were together again tomorrow, would anything be different? This stage is where the difference gets made, one small, real change at a time."
            </p>
            <section class="card" aria-labelledby="glance-heading" data-testid="glance">
                <h2 id="glance-heading">"Where you are"</h2>
                <dl class="glance">
                    <div>
                        <dt>"Reflection"</dt>
                        <dd>
                            {move || {
                                let g = glance.get();
                                if g.answers == 0 {
                                    "No answers yet.".to_string()
                                } else {
                                    format!(
                                        "{} of {} questions answered, {} in all.",
                                        g.prompts_answered,
                                        PROMPTS.len(),
                                        plural(g.answers, "answer", "answers"),
                                    )
                                }
                            }}
                        </dd>
                    </div>
                    <div>
                        <dt>"Patterns you named"</dt>
                        <dd>{move || match glance.get().patterns { 0 => "None yet.".to_string(), n => format!("{n}.") }}</dd>
                    </div>
                    <div>
                        <dt>"Skills"</dt>
                        <dd>
                            {move || {
                                let g = glance.get();
                                if g.trends.is_empty() {
                                    view! { <span>"Not rated yet."</span> }.into_any()
                                } else {
                                    view! {
                                        <ul class="plain-list">
                                            {g.trends
                                                .into_iter()
                                                .map(|t| view! { <li><strong>{t.skill.title()}</strong> ": " {t.words()}</li> })
                                                .collect_view()}
                                        </ul>
                                    }
                                        .into_any()
                                }
                            }}
                        </dd>
                    </div>
                    <div>
                        <dt>"Your own life"</dt>
                        <dd>
                            {move || {
                                let g = glance.get();
                                if g.plan_items == 0 {
                                    "Nothing planned yet.".to_string()
                                } else {
                                    format!(
                                        "{} of {} done this week; something done in {} of the last 4 weeks.",
                                        g.done_this_week,
                                        plural(g.plan_items, "plan item", "plan items"),
                                        g.active_weeks_of_last_four,
                                    )
                                }
                            }}
                        </dd>
                    </div>
                </dl>
                <Show when=move || !own_feet.with(String::is_empty)>
                    <blockquote class="own-words">{move || own_feet.get()}</blockquote>
                </Show>
            </section>
            <nav aria-label="Parts of this stage">
                <ul class="part-list">
                    <li>
                        <A href=href(&part_path("reflect"))>
                            <span class="part-title">"Look honestly at what went wrong"</span>
                            <span class="part-summary">"Questions to come back to, and the patterns that ended it."</span>
                        </A>
                    </li>
                    <li>
                        <A href=href(&part_path("skills"))>
                            <span class="part-title">"Emotional skills"</span>
                            <span class="part-summary">"Rate yourself honestly over time, and practise."</span>
                        </A>
                    </li>
                    <li>
                        <A href=href(&part_path("life"))>
                            <span class="part-title">"Rebuild your own life"</span>
                            <span class="part-summary">"Friends, interests, your body, and things just for you."</span>
                        </A>
                    </li>
                </ul>
            </nav>
            <p class="quiet">"The aim is not to be perfect. It is to know yourself better and react less."</p>
            <p><A href=href("/")>"Back to your path"</A></p>
        </Page>
    }
}
