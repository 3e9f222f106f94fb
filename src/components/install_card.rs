//! The home screen's install card: a calm offer to put Unlost on the home
//! screen, in the words this browser needs (found by feature, see
//! `crate::install`). Never a pop-up; put away with "Not now" for 14 days
//! (`model::safekeeping::install_card_may_show`); never while the safety
//! state shows help (Quick exit on Esc); never once installed.

use leptos::prelude::*;

use crate::components::safety::SafetyNow;
use crate::install;
use crate::model::safekeeping::{install_card_may_show, InstallWay};
use crate::platform;
use crate::storage;

/// The card, while Unlost is open in a browser tab.
#[component]
pub fn InstallCard() -> impl IntoView {
    let safety = expect_context::<SafetyNow>();
    let installed = RwSignal::new(install::installed());
    let way = RwSignal::new(install::way());
    let put_away = RwSignal::new(!install_card_may_show(storage::install_card_put_away_at(), platform::now_ms()));
    // Chromium's offer may come after the card; an install ends it.
    let ready = window_event_listener_untyped(install::OFFER_READY_EVENT, move |_| way.set(install::way()));
    let done = window_event_listener_untyped("appinstalled", move |_| installed.set(true));
    on_cleanup(move || {
        ready.remove();
        done.remove();
    });
    let not_now = move |_| {
        storage::set_install_card_put_away_at(platform::now_ms());
        put_away.set(true);
        crate::components::keep_safe::focus_heading();
    };
    let shown = move || !installed.get() && !put_away.get() && !safety.help.get();
    view! {
        <Show when=shown>
            <section class="card install-card" aria-labelledby="install-title" data-testid="install-card">
                <h2 id="install-title">
                    {move || if way.get() == InstallWay::None { "Unlost works offline here" } else { "Keep Unlost on your home screen" }}
                </h2>
                // Home Screen web apps are not under Safari's seven-day rule:
                // sources in `model::safekeeping`.
                <p>"It opens offline like an app and, on iPhone and iPad, keeps your writing from being cleared."</p>
                {move || how(way.get())}
                <button type="button" class="button button-quiet" on:click=not_now>"Not now"</button>
            </section>
        </Show>
    }
}

/// What to do in this browser.
fn how(way: InstallWay) -> AnyView {
    match way {
        InstallWay::Prompt => view! {
            <button type="button" class="button button-primary" on:click=|_| install::prompt()>"Install Unlost"</button>
        }
        .into_any(),
        InstallWay::ShareSheet => view! {
            <ol class="install-steps" data-testid="install-steps">
                <li>"Tap " <strong>"Share"</strong> " " <ShareIcon/> " in the browser's toolbar."</li>
                <li>"Choose " <strong>"Add to Home Screen"</strong> "."</li>
                <li>"Open Unlost from its new icon from now on."</li>
            </ol>
        }
        .into_any(),
        InstallWay::BrowserMenu => view! {
            <ol class="install-steps" data-testid="install-steps">
                <li>"Open Firefox's menu (" <strong>"⋮"</strong> ")."</li>
                <li>"Choose " <strong>"Install"</strong> " (or " <strong>"Add to Home screen"</strong> ")."</li>
            </ol>
        }
        .into_any(),
        InstallWay::None => view! {
            <p>"This browser doesn't offer to install it, and that's fine: Unlost already works offline here. A backup file keeps your writing safe."</p>
        }
        .into_any(),
    }
}

/// Safari's Share icon (a square with an arrow up), drawn inline: nothing
/// is fetched from anywhere. Decorative: the word "Share" is beside it.
#[component]
pub fn ShareIcon() -> impl IntoView {
    view! {
        <svg class="share-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M12 15V3M8 7l4-4 4 4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
            <path d="M9 10H6v11h12V10h-3" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>
        </svg>
    }
}
