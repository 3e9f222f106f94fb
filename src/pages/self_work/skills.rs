use leptos::prelude::*;
use leptos_router::components::A;

use crate::clock::Today;
use crate::components::page::Page;
use crate::components::rating_chart::RatingChart;
use crate::model::draft_keys;
use crate::model::self_work::{PracticeDef, Skill, SCALE};
use crate::model::StageId;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// The four emotional skills: what each is, an honest rating as often as the
/// person likes, the ratings over time, and practices to take on.
#[component]
pub fn SkillsPage() -> impl IntoView {
    view! {
        <Page title="Emotional skills" eyebrow="Stage 2 · Work on yourself">
            <p class="lead">
                "Love that lasts asks for something new from you: a different way of meeting closeness, disagreement and hard conversations."
            </p>
            <p class="quiet">
                "Rate each skill as honestly as you can, as often as you like. Nobody is grading you; the point is to notice how it moves."
            </p>
            {Skill::ALL.into_iter().map(|skill| view! { <SkillCard skill=skill/> }).collect_view()}
            <p><A href=href(&StageId::WorkOnYourself.path())>"Back to Work on yourself"</A></p>
        </Page>
    }
}

#[component]
fn SkillCard(skill: Skill) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let heading = format!("skill-{}", skill.id());
    let note_key = draft_keys::rating_note(skill);
    let note_id = format!("{heading}-note");
    let value = RwSignal::new(None::<u8>);
    let note = RwSignal::new(store.doc.with_untracked(|d| d.draft(&note_key).to_string()));
    let message = RwSignal::new(String::new());
    let error = RwSignal::new(false);

    let save = {
        let note_key = note_key.clone();
        move |_| {
            let Some(v) = value.get_untracked() else {
                error.set(true);
                message.set("Pick where you are on the scale first.".into());
                return;
            };
            let now = crate::clock::now();
            store.update(|d| {
                d.self_work.rate(&platform::new_id("r"), skill, v, &note.get_untracked(), now);
                d.clear_draft(&note_key, now.at);
            });
            value.set(None);
            note.set(String::new());
            error.set(false);
            store.save_saying(format!("Saved: {} of 5.", v), move |w| {
                let _ = message.try_set(w);
            });
        }
    };

    view! {
        <section class="card skill" aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{skill.title()}</h2>
            <p>{skill.about()}</p>
            <p class="skill-question">{skill.question()}</p>
            <fieldset class="question scale">
                <legend>{format!("How are you doing with {} lately?", skill.title().to_lowercase())}</legend>
                <div class="choices">
                    {SCALE
                        .iter()
                        .map(|(v, word)| {
                            let v = *v;
                            let input_id = format!("{heading}-{v}");
                            view! {
                                <div class="choice">
                                    <input
                                        type="radio"
                                        id=input_id.clone()
                                        name=heading.clone()
                                        prop:checked=move || value.get() == Some(v)
                                        on:change=move |_| {
                                            value.set(Some(v));
                                            error.set(false);
                                            message.set(String::new());
                                        }
                                    />
                                    <label for=input_id>{format!("{v} · {word}")}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <label class="field-label small" for=note_id.clone()>"A note for later (optional)"</label>
            <textarea
                id=note_id
                rows="2"
                prop:value=move || note.get()
                on:input={
                    let note_key = note_key.clone();
                    move |ev| {
                        let text = event_target_value(&ev);
                        store.set_draft(&note_key, &text);
                        note.set(text);
                    }
                }
            ></textarea>
            <crate::components::support_card::CrisisWatch text=note/>
            <div class="button-row">
                <button
                    type="button"
                    class="button button-primary"
                    aria-label=format!("Save rating for {}", skill.title())
                    on:click=save
                >
                    "Save rating"
                </button>
            </div>
            <p role="status" class=move || if error.get() { "error-text" } else { "quiet" }>{move || message.get()}</p>
            <RatingChart skill=skill/>
            <h3>"Practices"</h3>
            <ul class="practices">
                {skill.practices().iter().map(|p| view! { <PracticeRow practice=p/> }).collect_view()}
            </ul>
        </section>
    }
}

/// A practice: take it on, then tick the days you did it.
#[component]
fn PracticeRow(practice: &'static PracticeDef) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let state = Memo::new(move |_| store.doc.with(|d| d.self_work.practice(practice.id).cloned()));
    let adopted = move || state.with(|s| s.as_ref().is_some_and(|s| s.adopted));
    let done_today = move || {
        let t = today.0.get();
        state.with(|s| s.as_ref().is_some_and(|s| s.done_on.contains(&t)))
    };
    let input_id = format!("practice-{}", practice.id);
    view! {
        <li class="practice">
            <div class="choice">
                <input
                    type="checkbox"
                    id=input_id.clone()
                    prop:checked=adopted
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        store.update(|d| d.self_work.set_adopted(practice.id, on, platform::now_ms()));
                    }
                />
                <label for=input_id>{practice.label}</label>
            </div>
            <Show when=adopted>
                <div class="practice-log">
                    <button
                        type="button"
                        class="button button-quiet"
                        aria-pressed=move || done_today().to_string()
                        aria-label=format!("Did it today: {}", practice.label)
                        on:click=move |_| {
                            let on = !done_today();
                            let t = today.0.get_untracked();
                            store.update(|d| d.self_work.set_practice_done(practice.id, t, on, platform::now_ms()));
                        }
                    >
                        "Did it today"
                    </button>
                    <span class="quiet">
                        {move || {
                            state.with(|s| match s.as_ref().map(|s| (s.done_on.len(), s.done_on.last().copied())) {
                                Some((n, Some(last))) if n > 0 => format!(
                                    "Done {} · last on {}",
                                    if n == 1 { "once".to_string() } else { format!("{n} times") },
                                    platform::medium_date(last)
                                ),
                                _ => "Not done yet".to_string(),
                            })
                        }}
                    </span>
                </div>
            </Show>
        </li>
    }
}
