use leptos::html;
use leptos::prelude::*;

use crate::platform;

/// The frame of one screen: sets the window title and gives the screen its
/// single `h1`. After moving between screens, focus goes to that heading so a
/// screen reader announces where the person now is.
#[component]
pub fn Page(
    /// The screen's name, shown as its heading and in the window title.
    #[prop(into)]
    title: String,
    /// A short line above the heading, such as "Stage 1".
    #[prop(optional, into)]
    eyebrow: Option<String>,
    children: Children,
) -> impl IntoView {
    platform::set_title(&title);
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            if platform::take_first_screen() {
                return; // On first load the browser's own focus order is right.
            }
            let _ = h.focus();
        }
    });
    view! {
        <div class="page">
            {eyebrow.map(|e| view! { <p class="eyebrow">{e}</p> })}
            <h1 tabindex="-1" node_ref=heading>{title}</h1>
            {children()}
        </div>
    }
}
