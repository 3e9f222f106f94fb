use leptos::prelude::*;
use leptos_router::components::A;

use crate::clock::Today;
use crate::components::inline_add::InlineAdd;
use crate::components::page::Page;
use crate::model::draft_keys;
use crate::model::self_work::{Area, PlanItem};
use crate::model::StageId;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// How many weeks the weekly view looks back.
const WEEKS_SHOWN: usize = 12;

/// Rebuilding a life of one's own: a plan by area, ticked week by week, the
/// weeks at a glance, and "I can stand on my own two feet" in their words.
#[component]
pub fn LifePage() -> impl IntoView {
    view! {
        <Page title="Rebuild your own life" eyebrow="Stage 2 · Work on yourself">
            <p class="lead">
                "Think back to when you met: you had your own friends, interests, plans and energy. That person was easy to be drawn to."
            </p>
            <p>
                "The more a life revolves around getting someone back, the smaller it gets. Put a few concrete things in each area and tick them off each week you do them."
            </p>
            {Area::ALL.into_iter().map(|area| view! { <AreaPlan area=area/> }).collect_view()}
            <Weeks/>
            <OwnFeet/>
            <p><A href=href(&StageId::WorkOnYourself.path())>"Back to Work on yourself"</A></p>
        </Page>
    }
}

#[component]
fn AreaPlan(area: Area) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let heading = format!("area-{}", area.id());
    let input_id = format!("{heading}-new");
    let draft_key = draft_keys::plan_item(area);
    let items = Memo::new(move |_| {
        store.doc.with(|d| {
            d.self_work.plan.iter().filter(|i| i.area == area && !i.archived).cloned().collect::<Vec<PlanItem>>()
        })
    });
    let add = move |words: String| {
        store.update(|d| {
            d.self_work.add_to_plan(&platform::new_id("p"), area, &words, platform::now_ms());
        });
    };
    view! {
        <section class="card area" aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{area.title()}</h2>
            <Show when=move || !items.with(Vec::is_empty)>
                <p class="quiet">"Tick what you did this week."</p>
            </Show>
            <ul class="choices plan-items">
                <For
                    each=move || items.get()
                    key=|i| i.id.clone()
                    children=move |item| {
                        let id = item.id.clone();
                        let id_for_check = id.clone();
                        let id_for_remove = id.clone();
                        let box_id = format!("plan-{id}");
                        let label = item.text.clone();
                        view! {
                            <li class="choice">
                                <input
                                    type="checkbox"
                                    id=box_id.clone()
                                    prop:checked=move || {
                                        let week = today.0.get();
                                        store.doc.with(|d| d.self_work.plan.iter().any(|i| i.id == id_for_check && i.done_in_week(week)))
                                    }
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let day = today.0.get_untracked();
                                        store.update(|d| d.self_work.set_done_this_week(&id, day, on, platform::now_ms()));
                                    }
                                />
                                <label for=box_id>{item.text.clone()}</label>
                                <button
                                    type="button"
                                    class="button button-quiet small-action"
                                    aria-label=format!("Take off the plan: {label}")
                                    on:click=move |_| {
                                        store.update(|d| d.self_work.archive_plan_item(&id_for_remove, platform::now_ms()))
                                    }
                                >
                                    "Remove"
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
            <InlineAdd
                id=input_id
                label=format!("Add to “{}”", area.title())
                draft_key=draft_key
                placeholder=area.example()
                max_length=140
                on_add=Callback::new(add)
            />
        </section>
    }
}

/// The last weeks, newest first: what was done in each, and the quiet weeks too.
#[component]
fn Weeks() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let weeks = Memo::new(move |_| {
        let t = today.0.get();
        store.doc.with(|d| d.self_work.plan_weeks(t, WEEKS_SHOWN))
    });
    view! {
        <section class="card" aria-labelledby="weeks-heading" data-testid="weeks">
            <h2 id="weeks-heading">"Your weeks"</h2>
            <Show
                when=move || !weeks.with(Vec::is_empty)
                fallback=|| view! { <p class="empty">"Once you tick something off, your weeks show here."</p> }
            >
                <ol class="weeks">
                    {move || {
                        let this_week = today.0.get().week_start();
                        weeks
                            .get()
                            .into_iter()
                            .map(|w| {
                                let title = if w.week == this_week {
                                    "This week".to_string()
                                } else {
                                    format!("Week of {}", platform::medium_date(w.week))
                                };
                                let body = if w.done.is_empty() {
                                    view! { <p class="quiet">"Nothing ticked. Quiet weeks happen."</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="plain-list">
                                            {w.done.into_iter().map(|(_, t)| view! { <li>{t}</li> }).collect_view()}
                                        </ul>
                                    }
                                        .into_any()
                                };
                                view! {
                                    <li class="week">
                                        <h3>{title}</h3>
                                        {body}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
            </Show>
        </section>
    }
}

/// "I can stand on my own two feet", in the person's own words, kept as typed.
#[component]
fn OwnFeet() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let saved = move || store.doc.with(|d| d.self_work.own_feet.clone());
    // What is typed, for the crisis watch.
    let typed = RwSignal::new(String::new());
    view! {
        <section class="card" aria-labelledby="own-feet-heading">
            <h2 id="own-feet-heading">"On my own two feet"</h2>
            <p>
                "Needing someone to be able to cope is very different from loving them while your own life holds you up. Write what the second would look like for you."
            </p>
            <label class="field-label small" for="own-feet">"In my own words"</label>
            <textarea
                id="own-feet"
                rows="4"
                prop:value=saved
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    typed.set(text.clone());
                    store.update_quiet(|d| d.self_work.set_own_feet(&text, platform::now_ms()));
                }
            ></textarea>
            <crate::components::support_card::CrisisWatch text=typed/>
            <p class="editor-kept">"Kept as you type"</p>
        </section>
    }
}
