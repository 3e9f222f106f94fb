//! Shared by the stages about reaching out.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::model::StageId;
use crate::platform::href;
use crate::storage::persist::AppStore;

/// On the stages about reaching out, when "Should you even try?" found a red
/// flag: a plain caution in place of any help with contacting them.
#[component]
pub fn SafetyCaution(stage: StageId) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let applies = matches!(stage, StageId::FirstMessage | StageId::RealConversation | StageId::RebuildingTrust);
    let active = move || applies && store.doc.with(|d| d.safety_path());
    view! {
        <Show when=active>
            <div class="notice notice-warning" data-testid="safety-caution">
                <p class="notice-title">"Your path is about you now"</p>
                <p>
                    "From what you shared in “Should you even try?”, reaching out to them could put you back somewhere that hurt you. Unlost won't help with messages or talks here; it will help you get yourself back."
                </p>
                <p><A href=href("/getting-yourself-back")>"Getting yourself back"</A></p>
            </div>
        </Show>
    }
}
