use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page::Page;
use crate::components::safety::SafetyNow;
use crate::components::stage_card::StageCard;
use crate::model::StageId;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// The stages about reaching out, set aside on the "Getting yourself back" path.
const RECONNECTION: [StageId; 3] = [StageId::FirstMessage, StageId::RealConversation, StageId::RebuildingTrust];

/// The stages set aside (kept, not deleted) in "Moving on" mode: the
/// question of whether to try, and everything about reconnecting.
const SET_ASIDE_WHEN_MOVING_ON: [StageId; 6] = [
    StageId::ShouldYouTry,
    StageId::RealityCheck,
    StageId::FirstMessage,
    StageId::RealConversation,
    StageId::RebuildingTrust,
    StageId::IfTheyComeBack,
];

/// No contact, while the safety state holds the person: protection, not a pause.
const AS_PROTECTION: (&str, &str) = ("No contact", "Distance from someone who hurt you, for as long as you need.");

/// No contact, in "Moving on" mode.
const HEALING_DAYS: (&str, &str) = ("Healing days", "Days of space for yourself, counted the same way, slips and all.");

/// "Your path": the whole program at a glance, each stage with where the
/// person stands in it. When "Should you even try?" found a red flag, the
/// path says so and why, and the stages about reaching out give way to
/// getting yourself back.
#[component]
pub fn Home() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let state = expect_context::<SafetyNow>();
    let safety = state.held;
    let moving_on = Memo::new(move |_| store.doc.with(|d| d.moving_on.since));
    let card = move |stage: StageId| {
        let status = Signal::derive(move || store.doc.with(|d| d.stage_status(stage)));
        let renamed = match (stage == StageId::NoContact, safety.get_untracked(), moving_on.get_untracked().is_some()) {
            (true, true, _) => Some(AS_PROTECTION),
            (true, false, true) => Some(HEALING_DAYS),
            _ => None,
        };
        match renamed {
            Some(r) => view! { <StageCard stage=stage status=status renamed=r/> }.into_any(),
            None => view! { <StageCard stage=stage status=status/> }.into_any(),
        }
    };
    // At start-up the stage list comes a task after the rest (see
    // `crate::StartupStep`).
    let startup = expect_context::<crate::StartupStep>();
    view! {
        <Page title="Your path">
            // The notice for a path that turned, and crisis help, come from
            // the screens' file when first needed: a first visit never is.
            <crate::routes::HomeSafety/>
            {move || {
                if safety.get() {
                    ().into_any()
                } else if let Some(since) = moving_on.get() {
                    view! {
                        <div class="notice" data-testid="moving-on">
                            <p class="notice-title">"Your path now: moving on"</p>
                            <p>
                                {format!("Since {}. This isn't giving up on love; it is choosing yourself. The stages about reconnecting are set aside below, with everything you wrote.", platform::long_date(since))}
                            </p>
                            <p><A href=href("/stage/accepting-their-decision")>"Change course"</A></p>
                        </div>
                    }
                        .into_any()
                } else {
                    view! {
                        <p class="lead">
                            "One step at a time, at your own pace. You can open any stage whenever you need it."
                        </p>
                    }
                        .into_any()
                }
            }}
            <crate::routes::HomeNextStep/>
            <p class="quiet">"Everything you write stays on this device. Nothing is sent anywhere."</p>
            // The backup reminder and the install card, once something is
            // saved: with the screens (see `routes::HomeKeepSafe`).
            <crate::routes::HomeKeepSafe/>
            <CheckInPrompt/>
            {move || {
                startup.settled().then(|| {
                    view! {
                        <ol class="stage-list">
                            {move || {
                                let safety = safety.get();
                                let moving = moving_on.get().is_some();
                                let mut cards = Vec::new();
                                for stage in StageId::ALL {
                                    if moving && SET_ASIDE_WHEN_MOVING_ON.contains(&stage) {
                                        continue;
                                    }
                                    if safety && RECONNECTION.contains(&stage) {
                                        if stage == RECONNECTION[0] {
                                            cards.push(view! { <SelfRecoveryCard/> }.into_any());
                                        }
                                        continue;
                                    }
                                    cards.push(card(stage).into_any());
                                }
                                cards.push(view! { <ClosingCard/> }.into_any());
                                cards.collect_view()
                            }}
                        </ol>
                        <Show when=move || moving_on.get().is_some()>
                            <details class="set-aside" data-testid="set-aside">
                                <summary>"Set aside for now"</summary>
                                <p class="quiet">"Nothing here is deleted. Open any of them whenever you like."</p>
                                <ol class="stage-list">
                                    {SET_ASIDE_WHEN_MOVING_ON.into_iter().map(card).collect_view()}
                                </ol>
                            </details>
                        </Show>
                        <p class="closing-thought">
                            {move || if moving_on.get().is_some() {
                                "This path leads back to you: calmer, clearer, and more yourself."
                            } else {
                                "Whatever they decide, this path leads back to you: calmer, clearer, and more yourself."
                            }}
                        </p>
                        <MarkWhole/>
                    }
                    .into_any()
                })
            }}
        </Page>
    }
}

/// Marks the moment the home screen is whole on the page (its effect runs
/// after the render), for the bench and the browser's performance panel.
#[component]
fn MarkWhole() -> impl IntoView {
    Effect::new(|_| platform::mark("unlost:home"));
}

/// Stands in for the reconnection stages on the "Getting yourself back" path.
#[component]
fn SelfRecoveryCard() -> impl IntoView {
    view! {
        <li class="stage-card" data-stage="getting-yourself-back">
            <A href=href("/getting-yourself-back")>
                <span class="stage-step">"Instead of reaching out"</span>
                <span class="stage-title">"Getting yourself back"</span>
                <span class="stage-summary">
                    "Why am I trying so hard to get back someone who hurt me? Safety, distance, and your own life."
                </span>
            </A>
        </li>
    }
}

/// The closing question on the path: the latest answer once there is one.
#[component]
fn ClosingCard() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let latest = Memo::new(move |_| store.doc.with(|d| d.moving_on.latest_answer().map(|a| a.text.clone())));
    let moving = store.doc.with_untracked(|d| d.moving_on.active());
    view! {
        <li class="stage-card closing-card" data-stage="closing-question">
            <A href=href("/who-you-want-to-be")>
                <span class="stage-step">"The closing question"</span>
                <span class="stage-title">"Who do I want to be in love, from now on?"</span>
                {move || match latest.get() {
                    Some(text) => view! { <span class="stage-summary closing-answer" data-testid="closing-answer">{text}</span> }.into_any(),
                    None => view! {
                        <span class="stage-summary">
                            {move || if moving { "The question that stays yours, wherever you go from here." } else { "Whatever they decide, the question that stays yours." }}
                        </span>
                    }.into_any(),
                }}
            </A>
        </li>
    }
}

/// A gentle prompt when today's check-in is missing; once done, a quiet line.
/// Links to the insights and the timeline either way.
#[component]
fn CheckInPrompt() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<crate::clock::Today>();
    let todays = Memo::new(move |_| {
        let t = today.0.get();
        store.doc.with(|d| crate::model::checkin::checkin_on(&d.checkins, t).map(|c| c.mood))
    });
    view! {
        <div class="card checkin-prompt" data-testid="checkin-prompt">
            {move || match todays.get() {
                None => view! {
                    <p class="notice-title">"How are you today?"</p>
                    <p><A href=href("/check-in") attr:class="button button-primary">"Check in (20 seconds)"</A></p>
                }
                .into_any(),
                Some(m) => view! {
                    <p>
                        {format!("Checked in today: {}. ", crate::model::checkin::mood_word(m).to_lowercase())}
                        <A href=href("/check-in")>"Change it"</A>
                    </p>
                }
                .into_any(),
            }}
            <p class="quiet"><A href=href("/insights")>"Insights"</A> " · " <A href=href("/timeline")>"Timeline and search"</A></p>
        </div>
    }
}
