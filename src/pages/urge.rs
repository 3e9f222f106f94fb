use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::fear_reframes::FearReframes;
use crate::components::page::Page;
use crate::components::support_card::{CrisisLine, CrisisWatch};
use crate::model::no_contact::UrgeOutcome;
use crate::model::draft_keys;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// Seconds breathing in, then out; six rounds make about a minute.
const BREATHE_IN: u32 = 4;
const BREATHE_OUT: u32 = 6;
const ROUNDS: u32 = 6;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    HowStrong,
    Breathe,
    Write,
    Remember,
    HowDidItEnd,
    Done(UrgeOutcome),
}

/// "I want to text them": one tap from every screen, built for 2am. Slows
/// the moment down with a minute of breathing, gives the words somewhere to
/// go (the Unsent vault, never sent), shows the person's own reasons, and
/// logs how it ended for the tracker.
#[component]
pub fn UrgePage() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let step = RwSignal::new(Step::HowStrong);
    let intensity = RwSignal::new(7u8);
    let began = crate::clock::now();

    let log = move |outcome: UrgeOutcome| {
        let (urge_id, slip_id) = (platform::new_id("u"), platform::new_id("s"));
        store.update(|d| {
            d.no_contact.log_urge((&urge_id, &slip_id), intensity.get_untracked(), outcome, began, crate::clock::now());
        });
        store.save_in_turn();
        step.set(Step::Done(outcome));
    };

    // Each step replaces the last, buttons included: move focus to the new
    // step's heading so keyboard and screen-reader users are told where they are.
    Effect::watch(
        move || step.get(),
        move |_, _, _| {
            request_animation_frame(|| {
                if let Some(h) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector("main h2[tabindex]").ok().flatten())
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = h.focus();
                }
            });
        },
        false,
    );

    view! {
        <Page title="Before you text them">
            {move || match step.get() {
                Step::HowStrong => view! { <HowStrong intensity=intensity step=step/> }.into_any(),
                Step::Breathe => view! { <Breathe step=step/> }.into_any(),
                Step::Write => view! { <WriteInstead step=step/> }.into_any(),
                Step::Remember => view! { <Remember step=step/> }.into_any(),
                Step::HowDidItEnd => {
                    view! {
                        <section aria-labelledby="end-heading" class="urge-step">
                            <h2 id="end-heading" tabindex="-1">"How is it now?"</h2>
                            <p>"Whatever happened, it's worth noting. It helps you see your hardest moments later."</p>
                            <div class="button-row stacked">
                                <button type="button" class="button button-primary" on:click=move |_| log(UrgeOutcome::HeldOn)>
                                    "I held on"
                                </button>
                                <button type="button" class="button" on:click=move |_| log(UrgeOutcome::ReachedOut)>
                                    "I reached out"
                                </button>
                            </div>
                        </section>
                    }
                        .into_any()
                }
                Step::Done(UrgeOutcome::HeldOn) => {
                    view! {
                        <section class="card urge-done" aria-labelledby="done-heading" data-testid="urge-done">
                            <h2 id="done-heading" tabindex="-1">"You held on"</h2>
                            <p>"That wave was real, and you rode it out. Each time you do, the next one gets a little easier."</p>
                            <p><A href=href("/stage/no-contact")>"See your no contact"</A></p>
                        </section>
                    }
                        .into_any()
                }
                Step::Done(UrgeOutcome::ReachedOut) => {
                    view! {
                        <section class="card urge-done" aria-labelledby="done-heading" data-testid="urge-done">
                            <h2 id="done-heading" tabindex="-1">"It's logged, and it's all right"</h2>
                            <p>
                                "Reaching out doesn't undo the days you held on; your longest streak and your days in all stay yours. Be gentle with yourself tonight."
                            </p>
                            <p><A href=href("/stage/no-contact")>"See your no contact"</A></p>
                        </section>
                    }
                        .into_any()
                }
            }}
            // On every step, the first and the last included: one tap away.
            <CrisisLine/>
        </Page>
    }
}

#[component]
fn HowStrong(intensity: RwSignal<u8>, step: RwSignal<Step>) -> impl IntoView {
    view! {
        <section aria-labelledby="strong-heading" class="urge-step">
            <p class="lead">
                "This wave is strong right now, and it will pass. You don't have to decide anything in the next few minutes."
            </p>
            <h2 id="strong-heading" tabindex="-1">"How strong is the urge?"</h2>
            <label class="field-label" for="urge-strength">
                {move || format!("{} out of 10", intensity.get())}
            </label>
            <input
                id="urge-strength"
                class="range"
                type="range"
                min="0"
                max="10"
                step="1"
                prop:value=move || intensity.get().to_string()
                on:input=move |ev| intensity.set(event_target_value(&ev).parse().unwrap_or(7))
            />
            <div class="range-labels" aria-hidden="true">
                <span>"A little"</span>
                <span>"Overwhelming"</span>
            </div>
            <div class="button-row stacked">
                <button type="button" class="button button-primary" on:click=move |_| step.set(Step::Breathe)>
                    "Breathe with me for a minute"
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| step.set(Step::Write)>
                    "Skip to writing it down"
                </button>
            </div>
        </section>
    }
}

/// About a minute of slow breathing: in for four, out for six, six times.
/// The circle grows and shrinks unless reduced motion is asked for; the words
/// always say what to do, for screen readers too.
#[component]
fn Breathe(step: RwSignal<Step>) -> impl IntoView {
    let elapsed = RwSignal::new(0u32);
    let total = (BREATHE_IN + BREATHE_OUT) * ROUNDS;
    let handle = set_interval_with_handle(
        move || {
            // A timer can still fire once after the step has moved on.
            let Some(now) = elapsed.try_get_untracked() else { return };
            let next = now + 1;
            if next >= total {
                step.try_set(Step::Write);
            } else {
                elapsed.try_set(next);
            }
        },
        Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });
    // Memos, so the spoken words change only when the phase or round does.
    let in_phase = Memo::new(move |_| elapsed.get() % (BREATHE_IN + BREATHE_OUT) < BREATHE_IN);
    let round = Memo::new(move |_| elapsed.get() / (BREATHE_IN + BREATHE_OUT) + 1);
    // Announced only when the phase changes, not every second.
    let phase_words = move || if in_phase.get() { "Breathe in" } else { "Breathe out" };
    let count = move || {
        let t = elapsed.get() % (BREATHE_IN + BREATHE_OUT);
        if t < BREATHE_IN { BREATHE_IN - t } else { BREATHE_IN + BREATHE_OUT - t }
    };
    view! {
        <section aria-labelledby="breathe-heading" class="urge-step breathe">
            <h2 id="breathe-heading" tabindex="-1">"Breathe with me"</h2>
            <p>"In through your nose while the circle grows, out slowly while it shrinks."</p>
            <div class="breath-circle" class:breath-in=in_phase class:breath-out=move || !in_phase.get() aria-hidden="true">
                <span>{count}</span>
            </div>
            <p class="breath-words" role="status" aria-live="polite" data-testid="breath-words">
                {phase_words}
                <span class="visually-hidden">{move || format!(", round {} of {ROUNDS}", round.get())}</span>
            </p>
            <p class="quiet" aria-hidden="true">{move || format!("Round {} of {ROUNDS}", round.get())}</p>
            <div class="button-row">
                <button type="button" class="button button-quiet" on:click=move |_| step.set(Step::Write)>
                    "I'm ready to go on"
                </button>
            </div>
        </section>
    }
}

/// "Write it here instead": kept in the Unsent vault. No copy or share button.
#[component]
fn WriteInstead(step: RwSignal<Step>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let start = store.doc.with_untracked(|d| d.draft(draft_keys::URGE_UNSENT).to_string());
    let text = RwSignal::new(start.clone());
    let keep = move |_| {
        let words = text.get_untracked();
        if !words.trim().is_empty() {
            let now = platform::now_ms();
            store.update(|d| {
                d.no_contact.keep_unsent(&platform::new_id("m"), &words, now);
                d.clear_draft(draft_keys::URGE_UNSENT, now);
            });
            store.save_in_turn();
        }
        step.set(Step::Remember);
    };
    view! {
        <section aria-labelledby="write-heading" class="urge-step">
            <h2 id="write-heading" tabindex="-1">"Write it here instead"</h2>
            <label class="field-label" for="unsent-text">"What I want to say to them"</label>
            <p class="field-hint" id="unsent-hint">"Say all of it. This is never sent; it stays in your Unsent vault."</p>
            <textarea
                id="unsent-text"
                rows="6"
                aria-describedby="unsent-hint"
                prop:value=start
                on:input=move |ev| {
                    let words = event_target_value(&ev);
                    store.set_draft(draft_keys::URGE_UNSENT, &words);
                    text.set(words);
                }
            ></textarea>
            <CrisisWatch text=text/>
            <div class="button-row stacked">
                <button type="button" class="button button-primary" on:click=keep>
                    {move || if text.get().trim().is_empty() { "Go on without writing" } else { "Keep it here, unsent" }}
                </button>
            </div>
        </section>
    }
}

/// The person's own reasons, and the fears answered.
#[component]
fn Remember(step: RwSignal<Step>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let reasons = store.doc.with_untracked(|d| d.no_contact.reasons.trim().to_string());
    view! {
        <section aria-labelledby="remember-heading" class="urge-step">
            <h2 id="remember-heading" tabindex="-1">"Remember why"</h2>
            {if reasons.is_empty() {
                view! {
                    <p>
                        "You haven't written your reasons yet. When you're calmer, add them on the "
                        <A href=href("/stage/no-contact")>"no contact"</A>
                        " page; they'll be here next time."
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <figure class="card own-reasons">
                        <figcaption class="quiet">"In your own words"</figcaption>
                        <blockquote class="entry-text" data-testid="own-reasons">{reasons}</blockquote>
                    </figure>
                }
                    .into_any()
            }}
            <FearReframes answer_first=true/>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=move |_| step.set(Step::HowDidItEnd)>
                    "Go on"
                </button>
            </div>
        </section>
    }
}
