use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page::Page;
use crate::components::stage_card::StageCard;
use crate::model::StageId;
use crate::platform::href;
use crate::storage::persist::AppStore;

/// The stages about reaching out, set aside on the "Getting yourself back" path.
const RECONNECTION: [StageId; 3] = [StageId::FirstMessage, StageId::RealConversation, StageId::RebuildingTrust];

/// "Your path": the whole program at a glance, each stage with where the
/// person stands in it. When "Should you even try?" found a red flag, the
/// path says so and why, and the stages about reaching out give way to
/// getting yourself back.
#[component]
pub fn Home() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let safety = Memo::new(move |_| store.doc.with(|d| d.safety_path()));
    let card = move |stage: StageId| {
        let status = Signal::derive(move || store.doc.with(|d| d.stage_status(stage)));
        view! { <StageCard stage=stage status=status/> }
    };
    view! {
        <Page title="Your path">
            {move || {
                if safety.get() {
                    view! {
                        <div class="notice notice-warning" data-testid="safety-path">
                            <p class="notice-title">"Your path now: getting yourself back"</p>
                            <p>
                                "From your answers in “Should you even try?”, this is about you, not about winning them back. The steps about reaching out are set aside."
                            </p>
                            <p>
                                <A href=href("/getting-yourself-back")>"Why, and what comes instead"</A>
                            </p>
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
            <p class="quiet">"Everything you write stays on this device. Nothing is sent anywhere."</p>
            <ol class="stage-list">
                {move || {
                    let safety = safety.get();
                    let mut cards = Vec::new();
                    for stage in StageId::ALL {
                        if safety && RECONNECTION.contains(&stage) {
                            if stage == RECONNECTION[0] {
                                cards.push(view! { <SelfRecoveryCard/> }.into_any());
                            }
                            continue;
                        }
                        cards.push(card(stage).into_any());
                    }
                    cards.collect_view()
                }}
            </ol>
            <p class="closing-thought">
                "Whatever they decide, this path leads back to you: calmer, clearer, and more yourself."
            </p>
        </Page>
    }
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
