use leptos::prelude::*;
use leptos_router::components::A;

use crate::clock::Today;
use crate::components::inline_add::InlineAdd;
use crate::components::page::Page;
use crate::model::draft_keys;
use crate::model::later::{themes, Evidence, PaceStep, StepChange, Theme};
use crate::model::date::LocalDate;
use crate::components::safety::{ContactSetAside, SafetyNow};
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// How many weeks the consistency view shows.
const WEEKS: usize = 8;

/// Stage 6: familiar but different, shown in small repeated actions, and a
/// pace the person shapes, slowly.
#[component]
pub fn RebuildingTrustPage() -> impl IntoView {
    let safety = expect_context::<SafetyNow>();
    view! {
        <Page title="Rebuilding trust" eyebrow="Stage 6">
            <ContactSetAside/>
            <Show when=move || !safety.stops_contact()>
                <p class="lead">
                    "Talking again is one thing; feeling safe and drawn to each other again is another. Nobody returns because of an apology alone."
                </p>
                <p>
                    "They should recognise the person they loved, and notice what has grown: calmer, more honest, listening more, standing on your own. Anyone can change for a week; trust comes from small things done again and again."
                </p>
                <Changes/>
                <Consistency/>
                <Ladder/>
            </Show>
            <p><A href=href("/")>"Back to your path"</A></p>
        </Page>
    }
}

/// For each old pattern: what the change looks like, and moments it showed.
#[component]
fn Changes() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let list = Memo::new(move |_| store.doc.with(|d| themes(&d.self_work)));
    view! {
        <section aria-labelledby="changes-heading">
            <h2 id="changes-heading">"Familiar, but different"</h2>
            <p class="quiet">
                "Your patterns from “Work on yourself” come first. Describe what the change looks like, then log real moments when you lived it."
            </p>
            <For each=move || list.get() key=|t| t.id.clone() children=move |t| view! { <ChangeCard theme=t/> }/>
        </section>
    }
}

#[component]
fn ChangeCard(theme: Theme) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let id = theme.id.clone();
    let slug = id.replace(|c: char| !c.is_ascii_alphanumeric(), "-");
    let looks_id = format!("looks-{slug}");
    let moment_id = format!("moment-{slug}");
    let heading_id = format!("theme-{slug}");
    let labelled_by = heading_id.clone();
    let draft_key = draft_keys::trust_moment(&id);
    let looks = {
        let id = id.clone();
        store.doc.with_untracked(|d| d.trust.looks_like.get(&id).cloned().unwrap_or_default())
    };
    let recent = {
        let id = id.clone();
        Memo::new(move |_| {
            store.doc.with(|d| {
                let all: Vec<Evidence> = d.trust.evidence.iter().filter(|e| e.theme == id).cloned().collect();
                let n = all.len();
                (n, all.into_iter().rev().take(3).collect::<Vec<_>>())
            })
        })
    };
    let log = {
        let id = id.clone();
        move |text: String| {
            store.update(|d| {
                d.trust.log_evidence(&platform::new_id("e"), &id, &text, crate::clock::now());
            });
        }
    };
    let label = theme.label.clone();
    // What is typed, for the crisis watch.
    let typed = RwSignal::new(String::new());
    view! {
        <div class="card change-card" role="group" aria-labelledby=labelled_by>
            <h3 id=heading_id>{theme.label.clone()}</h3>
            <label class="field-label small" for=looks_id.clone()>"What the change looks like"</label>
            <textarea
                id=looks_id
                rows="2"
                prop:value=looks
                on:input={
                    let id = id.clone();
                    move |ev| {
                        let v = event_target_value(&ev);
                        typed.set(v.clone());
                        let id = id.clone();
                        store.update_quiet(move |d| d.trust.set_looks_like(&id, &v, platform::now_ms()));
                    }
                }
            ></textarea>
            <crate::components::support_card::CrisisWatch text=typed/>
            <InlineAdd
                id=moment_id
                label="A moment it showed"
                draft_key=draft_key
                button="Log"
                button_label=format!("Log a moment: {label}")
                max_length=240
                on_add=Callback::new(log)
            />
            {move || {
                let (n, last) = recent.get();
                (n > 0).then(|| view! {
                    <p class="quiet">{if n == 1 { "1 moment logged".to_string() } else { format!("{n} moments logged") }}</p>
                    <ul class="event-list">
                        {last.into_iter().map(|e| view! {
                            <li><span class="event-time">{platform::medium_date(e.on)}</span> " " {e.text}</li>
                        }).collect_view()}
                    </ul>
                })
            }}
        </div>
    }
}

/// Which weeks have evidence: small repeated actions, made visible.
#[component]
fn Consistency() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let weeks = Memo::new(move |_| {
        let t = today.0.get();
        store.doc.with(|d| d.trust.consistency(t, WEEKS))
    });
    let labels = Memo::new(move |_| store.doc.with(|d| themes(&d.self_work)));
    let label_of = move |id: &str| {
        labels.with(|l| l.iter().find(|t| t.id == id).map(|t| t.label.clone()).unwrap_or_else(|| id.to_string()))
    };
    view! {
        <section class="card" aria-labelledby="consistency-heading" data-testid="consistency">
            <h2 id="consistency-heading">"Consistency"</h2>
            <p class="consistency-summary">
                {move || {
                    let w = weeks.get();
                    let with = w.iter().filter(|x| x.total > 0).count();
                    format!("Moments of change in {with} of the last {} weeks.", w.len())
                }}
            </p>
            <ol class="weeks">
                {move || {
                    let this_week = today.0.get().week_start();
                    weeks
                        .get()
                        .into_iter()
                        .map(|w| {
                            let title = if w.week == this_week { "This week".to_string() } else { format!("Week of {}", platform::medium_date(w.week)) };
                            let detail = if w.total == 0 {
                                "No moments logged.".to_string()
                            } else {
                                let mut by_theme = w.by_theme.clone();
                                labels.with(|l| crate::model::sort::sort_by_key(&mut by_theme, |(t, _)| l.iter().position(|x| x.id == *t).unwrap_or(usize::MAX)));
                                by_theme
                                    .iter()
                                    .map(|(t, n)| format!("{} ({n})", label_of(t)))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            };
                            let class = if w.total > 0 { "week week-evidence" } else { "week" };
                            view! {
                                <li class=class>
                                    <h3>{title} <span class="quiet">{format!(" · {}", if w.total == 1 { "1 moment".to_string() } else { format!("{} moments", w.total) })}</span></h3>
                                    <p>{detail}</p>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}

/// The pace ladder: steps the person shapes, each with a date and how you
/// both felt, then and after; a gentle word when steps come too fast.
#[component]
fn Ladder() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let steps = Memo::new(move |_| store.doc.with(|d| d.trust.ladder_or_defaults()));
    let warnings = Memo::new(move |_| store.doc.with(|d| d.trust.pace_warnings()));
    let add = move |title: String| {
        store.update(|d| d.trust.add_step(&platform::new_id("step"), &title, platform::now_ms()));
    };
    view! {
        <section class="card" aria-labelledby="ladder-heading" data-testid="ladder">
            <h2 id="ladder-heading">"Take it slowly"</h2>
            <p>
                "Going from “we're talking again” to big plans in a fortnight makes things fragile. Shape your own steps, and notice how you both feel, at the time and afterwards."
            </p>
            <ol class="ladder">
                <For
                    each=move || steps.get()
                    key=|s| (s.id.clone(), s.on, s.title.clone())
                    children=move |s| {
                        let id = s.id.clone();
                        let warning = {
                            let id = id.clone();
                            move || warnings.with(|w| w.iter().find(|(x, _)| *x == id).map(|(_, gap)| *gap))
                        };
                        view! { <StepItem step=s warning=Signal::derive(warning)/> }
                    }
                />
            </ol>
            <InlineAdd id="new-step" label="Add a step" draft_key=draft_keys::TRUST_NEW_STEP max_length=120 on_add=Callback::new(add)/>
        </section>
    }
}

fn edit_step(store: AppStore, id: String, change: StepChange, quiet: bool) {
    let apply = move |d: &mut crate::model::Document| d.trust.edit_step(&id, change, platform::now_ms());
    if quiet {
        store.update_quiet(apply);
    } else {
        store.update(apply);
    }
}

#[component]
fn StepItem(step: PaceStep, warning: Signal<Option<i64>>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let slug = step.id.replace(|c: char| !c.is_ascii_alphanumeric(), "-");
    let date_id = format!("{slug}-date");
    let then_id = format!("{slug}-then");
    let after_id = format!("{slug}-after");
    let heading_id = format!("{slug}-title");
    let (id1, id2, id3, id4) = (step.id.clone(), step.id.clone(), step.id.clone(), step.id.clone());
    let title = step.title.clone();
    // What is typed in either note, for the crisis watch.
    let typed = RwSignal::new(String::new());
    view! {
        <li class="ladder-step">
            <h3 id=heading_id>{step.title.clone()}</h3>
            <label class="field-label small" for=date_id.clone()>"When it happened"</label>
            <input
                id=date_id
                class="text-input"
                type="date"
                max=move || today.0.get().to_string()
                value=step.on.map(|d| d.to_string()).unwrap_or_default()
                on:change=move |ev| {
                    let on = LocalDate::parse(&event_target_value(&ev));
                    edit_step(store, id1.clone(), StepChange::On(on), false);
                }
            />
            {move || warning.get().map(|gap| view! {
                <p class="notice notice-warning pace-warning">
                    {match gap {
                        g if g <= 0 => "This came on the same day as the step before.".to_string(),
                        1 => "This came 1 day after the step before.".to_string(),
                        g => format!("This came {g} days after the step before."),
                    }}
                    " There's no rush: slow is what makes it solid."
                </p>
            })}
            <label class="field-label small" for=then_id.clone()>"How did we both feel, then?"</label>
            <textarea
                id=then_id
                rows="2"
                prop:value=step.then_note.clone()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    typed.set(v.clone());
                    edit_step(store, id2.clone(), StepChange::Then(v), true);
                }
            ></textarea>
            <label class="field-label small" for=after_id.clone()>"And after?"</label>
            <textarea
                id=after_id
                rows="2"
                prop:value=step.after_note.clone()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    typed.set(v.clone());
                    edit_step(store, id3.clone(), StepChange::After(v), true);
                }
            ></textarea>
            <crate::components::support_card::CrisisWatch text=typed/>
            <button
                type="button"
                class="button button-quiet small-action"
                aria-label=format!("Remove step: {title}")
                on:click=move |_| {
                    store.update(|d| d.trust.remove_step(&id4, platform::now_ms()))
                }
            >
                "Remove step"
            </button>
        </li>
    }
}
