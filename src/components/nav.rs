use leptos::prelude::*;
use leptos_router::components::A;

use crate::platform::href;

/// The main navigation: a bar at the bottom of a phone screen, within reach
/// of a thumb, and across the top on wider screens. "I want to text them"
/// stands out so it can be found in a hurry.
#[component]
pub fn BottomNav() -> impl IntoView {
    view! {
        <nav class="main-nav" aria-label="Main">
            <A href=href("/") exact=true>
                <svg aria-hidden="true" viewBox="0 0 24 24"><path d="M5 19c3-1 4-5 7-7s5-3 7-7"/><circle cx="5" cy="19" r="2"/><circle cx="19" cy="5" r="2"/></svg>
                <span>"Path"</span>
            </A>
            <A href=href("/journal")>
                <svg aria-hidden="true" viewBox="0 0 24 24"><path d="M6 3h11a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H6z"/><path d="M9 8h6M9 12h6"/></svg>
                <span>"Journal"</span>
            </A>
            <A href=href("/help/urge")>
                <svg aria-hidden="true" viewBox="0 0 24 24"><path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"/></svg>
                <span class="urge-label">"I want to text them"</span>
            </A>
            <A href=href("/settings")>
                <svg aria-hidden="true" viewBox="0 0 24 24"><circle cx="12" cy="12" r="3"/><path d="M12 3v3M12 18v3M3 12h3M18 12h3M5.6 5.6l2.1 2.1M16.3 16.3l2.1 2.1M5.6 18.4l2.1-2.1M16.3 7.7l2.1-2.1"/></svg>
                <span>"Settings"</span>
            </A>
        </nav>
    }
}
