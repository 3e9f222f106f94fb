use leptos::prelude::*;

use crate::components::page::Page;
use crate::components::stage_card::StageCard;
use crate::model::StageId;
use crate::storage::persist::AppStore;

/// "Your path": the whole program at a glance, each stage with where the
/// person stands in it.
#[component]
pub fn Home() -> impl IntoView {
    let store = expect_context::<AppStore>();
    view! {
        <Page title="Your path">
            <p class="lead">
                "One step at a time, at your own pace. You can open any stage whenever you need it."
            </p>
            <p class="quiet">"Everything you write stays on this device. Nothing is sent anywhere."</p>
            <ol class="stage-list">
                {StageId::ALL
                    .into_iter()
                    .map(|stage| {
                        let status = Signal::derive(move || store.doc.with(|d| d.stage_status(stage)));
                        view! { <StageCard stage=stage status=status/> }
                    })
                    .collect_view()}
            </ol>
            <p class="closing-thought">
                "Whatever they decide, this path leads back to you: calmer, clearer, and more yourself."
            </p>
        </Page>
    }
}
