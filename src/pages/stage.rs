use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::entry_list::EntryList;
use crate::components::journal_editor::JournalEditor;
use crate::components::page::Page;
use crate::model::{Origin, StageId};
use crate::platform::href;
use crate::storage::persist::AppStore;

/// A stage whose own tools are not built yet. It says plainly what the stage
/// will hold, and meanwhile lets the person write about it; those notes go to
/// the journal, linked back here.
#[component]
pub fn StagePage(stage: StageId) -> impl IntoView {
    let info = stage.info();
    let eyebrow = match info.number {
        Some(n) => format!("Stage {n}"),
        None => "When it happens".to_string(),
    };
    view! {
        <Page title=info.title eyebrow=eyebrow>
            <SafetyCaution stage=stage/>
            <p class="lead">{info.summary}</p>
            <section class="card" aria-labelledby="will-hold">
                <h2 id="will-hold">"What this stage will hold"</h2>
                <ul class="plain-list">
                    {info.will_hold.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}
                </ul>
                <p class="quiet">
                    "These tools are still being built. Until they arrive, you can write about this stage below; your notes are kept in your journal."
                </p>
            </section>
            <section aria-labelledby="stage-notes">
                <h2 id="stage-notes">"Your notes on this stage"</h2>
                <JournalEditor
                    origin=Origin { stage, prompt: None }
                    label="Write about where you are with this"
                    hint="Only you will see this."
                />
                <EntryList stage=stage empty_text="Nothing written here yet."/>
            </section>
            <p><A href=crate::platform::href("/")>"Back to your path"</A></p>
        </Page>
    }
}

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
