use leptos::html;
use leptos::prelude::*;

/// A modal question before something that cannot be taken back. Built on the
/// browser's `<dialog>`, so focus stays inside it and Escape cancels. The safe
/// choice is focused first.
#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is showing.
    open: RwSignal<bool>,
    #[prop(into)] title: String,
    /// The words on the button that goes ahead.
    #[prop(into)]
    confirm_label: String,
    /// The words on the button that keeps things as they are.
    #[prop(into, default = "Keep everything".to_string())]
    cancel_label: String,
    /// Runs when the person confirms.
    on_confirm: Callback<()>,
    /// What will happen, said plainly.
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let cancel_button = NodeRef::<html::Button>::new();
    let title_id = format!("dialog-{}", title.to_lowercase().replace(|c: char| !c.is_alphanumeric(), "-"));

    let labelled_by = title_id.clone();
    Effect::new(move |_| {
        let Some(d) = dialog.get() else { return };
        if open.get() {
            if !d.open() {
                let _ = d.show_modal();
                if let Some(b) = cancel_button.get_untracked() {
                    let _ = b.focus();
                }
            }
        } else if d.open() {
            d.close();
        }
    });

    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby=labelled_by on:close=move |_| open.set(false)>
            <h2 id=title_id>{title}</h2>
            <div class="dialog-body">{children()}</div>
            <div class="button-row">
                <button type="button" class="button" node_ref=cancel_button on:click=move |_| open.set(false)>
                    {cancel_label}
                </button>
                <button
                    type="button"
                    class="button button-danger"
                    on:click=move |_| {
                        open.set(false);
                        on_confirm.run(());
                    }
                >
                    {confirm_label}
                </button>
            </div>
        </dialog>
    }
}
