use leptos::prelude::*;

use crate::platform;
use crate::storage::persist::AppStore;

/// A one-line text box with its button, for adding an item to a list:
/// Enter or the button adds it, blank text is ignored, and what is typed is
/// kept as a draft (under `draft_key`) so a closed tab loses nothing. Crisis
/// words typed here bring the crisis card, as in every writing box.
#[component]
pub fn InlineAdd(
    /// The text box's id.
    #[prop(into)]
    id: String,
    /// Its visible label.
    #[prop(into)]
    label: String,
    /// Where what is typed is kept until it is added.
    #[prop(into)]
    draft_key: String,
    /// Receives the trimmed text; the box empties afterwards.
    on_add: Callback<String>,
    /// The button's words.
    #[prop(into, default = "Add".to_string())]
    button: String,
    /// The button's name for screen readers, when "Add" alone is not enough.
    #[prop(optional, into)]
    button_label: Option<String>,
    #[prop(optional, into)] placeholder: Option<String>,
    #[prop(default = 160)] max_length: usize,
) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let text = RwSignal::new(store.doc.with_untracked(|d| d.draft(&draft_key).to_string()));
    let key = StoredValue::new(draft_key);
    let add = move || {
        let words = text.get_untracked().trim().to_string();
        if words.is_empty() {
            return;
        }
        on_add.run(words);
        let now = platform::now_ms();
        store.update(|d| key.with_value(|k| d.clear_draft(k, now)));
        text.set(String::new());
    };
    view! {
        <label class="field-label small" for=id.clone()>{label}</label>
        <div class="inline-add">
            <input
                id=id
                class="text-input"
                type="text"
                maxlength=max_length.to_string()
                placeholder=placeholder
                prop:value=move || text.get()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    key.with_value(|k| store.set_draft(k, &value));
                    text.set(value);
                }
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        add();
                    }
                }
            />
            <button type="button" class="button" aria-label=button_label on:click=move |_| add()>
                {button}
            </button>
        </div>
        <crate::components::support_card::CrisisWatch text=text/>
    }
}
