use leptos::html;
use leptos::prelude::*;

use crate::components::support_card::CrisisWatch;
use crate::model::draft_keys;
use crate::model::journal::has_words;
use crate::model::{JournalEntry, Origin};
use crate::platform;
use crate::storage::persist::AppStore;

/// A box to write a new journal entry in, from any screen. What is typed is
/// kept as a draft on every keystroke, so leaving mid-sentence loses nothing;
/// "Save to journal" turns it into a dated entry linked to where it was written.
#[component]
pub fn JournalEditor(
    /// Where the entry is written; `None` for the journal itself.
    #[prop(optional)]
    origin: Option<Origin>,
    /// The visible label of the text box.
    #[prop(into)]
    label: String,
    /// A line under the label that helps someone start.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The button's words.
    #[prop(into, default = "Save to journal".to_string())]
    save_label: String,
) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let draft_key = draft_keys::new_entry(origin.as_ref());
    let field_id = format!("editor-{}", draft_key.replace(':', "-"));
    let hint_id = format!("{field_id}-hint");
    let textarea = NodeRef::<html::Textarea>::new();
    let announcement = RwSignal::new(String::new());

    // The draft as saved: follows other tabs, and never changes on our own
    // keystrokes (they update the document quietly).
    let saved_draft = {
        let key = draft_key.clone();
        move || store.doc.with(|d| d.draft(&key).to_string())
    };
    let has_text = RwSignal::new(has_words(&store.doc.with_untracked(|d| d.draft(&draft_key).to_string())));

    // What is typed, for the crisis watch; `piece` counts saved entries.
    let typed = RwSignal::new(store.doc.with_untracked(|d| d.draft(&draft_key).to_string()));
    let piece = RwSignal::new(0usize);

    let on_input = {
        let key = draft_key.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            store.set_draft(&key, &text);
            typed.set(text.clone());
            let words = has_words(&text);
            if has_text.get_untracked() != words {
                has_text.set(words);
            }
        }
    };

    let save = {
        let key = draft_key.clone();
        move || {
            let Some(el) = textarea.get_untracked() else { return };
            let text = el.value();
            if !has_words(&text) {
                return;
            }
            let now = platform::now_ms();
            let entry = JournalEntry::new(platform::new_id("j"), now, text.trim_end(), origin.clone());
            store.update(|d| {
                d.add_entry(entry);
                d.clear_draft(&key, now);
            });
            el.set_value("");
            has_text.set(false);
            // A new piece of writing begins: the card may come again.
            typed.set(String::new());
            piece.update(|p| *p += 1);
            // Kept safe right away rather than after the usual pause, and
            // said to be saved only once it is.
            store.save_saying("Saved in your journal.", move |words| {
                let _ = announcement.try_set(words);
            });
        }
    };
    let save_on_key = save.clone();

    let described_by = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="editor">
            <label for=field_id.clone() class="field-label">{label}</label>
            {hint.map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            <textarea
                id=field_id
                node_ref=textarea
                rows="5"
                aria-describedby=described_by
                prop:value=saved_draft
                on:input=on_input
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                        ev.prevent_default();
                        save_on_key();
                    }
                }
            ></textarea>
            <div class="button-row">
                <button
                    type="button"
                    class="button button-primary"
                    aria-disabled=move || (!has_text.get()).to_string()
                    on:click=move |_| save()
                >
                    {save_label}
                </button>
                <span class="editor-kept">"Kept as you type"</span>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
            <CrisisWatch text=typed piece=piece/>
        </div>
    }
}

