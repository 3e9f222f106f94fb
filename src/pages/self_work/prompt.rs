use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::components::entry_list::EntryList;
use crate::components::journal_editor::JournalEditor;
use crate::components::page::Page;
use crate::model::self_work::prompt;
use crate::model::{Origin, StageId};
use crate::pages::not_found::NotFound;
use crate::platform::href;

use super::part_path;

/// One reflection prompt: a fresh answer, and every earlier one with its date.
#[component]
pub fn PromptPage() -> impl IntoView {
    let params = use_params_map();
    let current = Memo::new(move |_| params.with(|p| p.get("prompt").and_then(|id| prompt(&id))));
    move || match current.get() {
        None => view! { <NotFound/> }.into_any(),
        Some(p) => view! {
            <Page title="Reflection" eyebrow="Stage 2 · Work on yourself">
                <p class="lead prompt-question">{p.question}</p>
                <JournalEditor
                    origin=Origin { stage: StageId::WorkOnYourself, prompt: Some(p.id.to_string()) }
                    label="Your answer today"
                    hint=p.hint
                    save_label="Save this answer"
                />
                <section aria-labelledby="answers-heading">
                    <h2 id="answers-heading">"Your answers over time"</h2>
                    <EntryList
                        stage=StageId::WorkOnYourself
                        prompt=p.id
                        empty_text="No answers yet. Whatever you write is kept with today's date."
                    />
                </section>
                <p><A href=href(&part_path("reflect"))>"Back to all the questions"</A></p>
            </Page>
        }
        .into_any(),
    }
}
