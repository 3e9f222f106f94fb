use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page::Page;
use crate::model::draft_keys;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// The closing question, answered in the person's words and revised over
/// time; every version is kept with its date, the latest shown on the path.
#[component]
pub fn ClosingPage() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let versions = Memo::new(move |_| store.doc.with(|d| d.moving_on.closing.clone()));
    let area = NodeRef::<html::Textarea>::new();
    let start = store.doc.with_untracked(|d| {
        let draft = d.draft(draft_keys::CLOSING_NEW);
        if draft.trim().is_empty() {
            d.moving_on.latest_answer().map(|a| a.text.clone()).unwrap_or_default()
        } else {
            draft.to_string()
        }
    });
    let status = RwSignal::new(String::new());
    let save = move |_| {
        let Some(el) = area.get_untracked() else { return };
        let text = el.value().trim().to_string();
        let now = platform::now_ms();
        let mut kept = false;
        store.update(|d| {
            kept = d.moving_on.answer_closing(&platform::new_id("c"), &text, now);
            if kept {
                d.clear_draft(draft_keys::CLOSING_NEW, now);
            }
        });
        if kept {
            store.save_saying("Saved as today's version.", move |w| {
                let _ = status.try_set(w);
            });
            return;
        }
        status.set("Nothing new to save: write or change your answer first.".to_string());
    };
    // What is typed, for the crisis watch.
    let typed = RwSignal::new(String::new());
    view! {
        <Page title="Who do you want to be in love?" eyebrow="The closing question">
            <p class="lead">"Whether they come back or not, one question stays yours:"</p>
            <p class="closing-question">"Who do I want to be in love, from now on?"</p>
            <p class="quiet">
                "Not who you want to find: who you want to be. How you listen, what you say early, what you stand for. Revise it whenever you grow; each version is kept with its date."
            </p>
            <label class="field-label" for="closing-answer">"My answer"</label>
            <textarea
                id="closing-answer"
                node_ref=area
                rows="6"
                prop:value=start
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    store.set_draft(draft_keys::CLOSING_NEW, &v);
                    typed.set(v);
                }
            ></textarea>
            <crate::components::support_card::CrisisWatch text=typed/>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=save>"Save this version"</button>
            </div>
            <p role="status" class="quiet">{move || status.get()}</p>
            <Show when=move || !versions.with(Vec::is_empty)>
                <section aria-labelledby="versions-heading" data-testid="closing-versions">
                    <h2 id="versions-heading">"Your answers over time"</h2>
                    <ol class="event-list">
                        {move || {
                            versions
                                .get()
                                .into_iter()
                                .rev()
                                .map(|v| {
                                    view! {
                                        <li>
                                            <p class="event-time">{platform::long_date(v.at)}</p>
                                            <p class="message-text">{v.text}</p>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ol>
                </section>
            </Show>
            <p><A href=href("/")>"Back to your path"</A></p>
        </Page>
    }
}
