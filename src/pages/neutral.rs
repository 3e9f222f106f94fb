use leptos::prelude::*;

use crate::components::quick_exit::QuickExit;
use crate::platform;

/// What quick exit shows: a plain page that says nothing about breakups,
/// relationships or this app. It needs no network.
#[component]
pub fn NeutralPage() -> impl IntoView {
    let exit = expect_context::<QuickExit>();
    platform::set_plain_title("Today");
    let date = platform::long_date(platform::now_ms());
    view! {
        <main id="main" class="page neutral" data-testid="neutral-page">
            <h1>"Today"</h1>
            <p class="quiet">{date}</p>
            <p>"A quiet day. A couple of small things:"</p>
            <ul class="plain-list">
                <li>"Water the plants"</li>
                <li>"Call about the appointment"</li>
            </ul>
            <button type="button" class="button button-quiet neutral-continue" on:click=move |_| exit.come_back()>
                "Continue"
            </button>
        </main>
    }
}
