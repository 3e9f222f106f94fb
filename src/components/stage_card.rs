use leptos::prelude::*;
use leptos_router::components::A;

use crate::model::{StageId, StageStatus};

/// One stage on the home path: its number, name, one line, and where the
/// person stands with it. The whole card is one link.
#[component]
pub fn StageCard(
    stage: StageId,
    /// Where the person stands, computed from saved data.
    #[prop(into)]
    status: Signal<StageStatus>,
    /// Other words for the stage, as in "Moving on" mode.
    #[prop(optional)]
    renamed: Option<(&'static str, &'static str)>,
) -> impl IntoView {
    let info = stage.info();
    let (title, summary) = renamed.unwrap_or((info.title, info.summary));
    let step = match info.number {
        Some(n) => format!("Stage {n}"),
        None => "When it happens".to_string(),
    };
    let status_class = move || match status.get() {
        StageStatus::NotStarted => "status status-not-started",
        StageStatus::InProgress => "status status-in-progress",
        StageStatus::Done => "status status-done",
    };
    view! {
        <li class="stage-card" data-stage=info.slug>
            <A href=crate::platform::href(&stage.path())>
                <span class="stage-step">{step}</span>
                <span class="stage-title">{title}</span>
                <span class="stage-summary">{summary}</span>
                <span class=status_class>
                    <span class="visually-hidden">"Status: "</span>
                    {move || status.get().label()}
                </span>
            </A>
        </li>
    }
}
