use leptos::prelude::*;
use leptos_router::components::A;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::platform::href;

/// The main navigation: a bar at the bottom of a phone screen, within reach
/// of a thumb, and across the top on wider screens. "I want to text them"
/// stands out so it can be found in a hurry.
#[component]
pub fn BottomNav() -> impl IntoView {
    let handle = window_event_listener(leptos::ev::focusin, |ev| {
        if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            // After the browser's own scroll for the focus, on the next frame.
            request_animation_frame(move || keep_clear_of_bars(&el));
        }
    });
    on_cleanup(move || handle.remove());
    // The page keeps clear of the fixed bars by their measured heights,
    // watched for as long as the app is open (once the bar is on the page).
    request_animation_frame(watch_bars);
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

/// Measures the bars now and whenever their size changes (larger text, a
/// wrapped label, a turned phone). The app's own bars only: a first visit's
/// early screen carries copies of them inside `#first-visit`.
fn watch_bars() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let measure = Closure::<dyn FnMut()>::new(measure_bars);
    if let Ok(watch) = web_sys::ResizeObserver::new(measure.as_ref().unchecked_ref()) {
        for selector in ["body > header.top-bar", "body > nav.main-nav"] {
            if let Some(bar) = doc.query_selector(selector).ok().flatten() {
                watch.observe(&bar);
            }
        }
        // Kept for the life of the page, like the bars it watches.
        std::mem::forget(watch);
    }
    measure.forget();
}

/// The heights of the top bar and the navigation, as `--top-space` and
/// `--nav-space` on the root element: the page's padding keeps clear of the
/// bars by exactly that much (style/main.css), however large the text.
fn measure_bars() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = doc.document_element().and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) else { return };
    for (selector, property) in [("body > header.top-bar", "--top-space"), ("body > nav.main-nav", "--nav-space")] {
        if let Some(bar) = doc.query_selector(selector).ok().flatten() {
            // Whole pixels, rounded up: formatting a float would bring its
            // formatting code into the first visit's download.
            let height = bar.get_bounding_client_rect().height().ceil() as i64;
            // Not shown yet (a first visit's early screen stands in, with
            // its own copies): the stylesheet's room for it stays.
            let _ = if height == 0 {
                root.style().remove_property(property).map(|_| ())
            } else {
                root.style().set_property(property, &format!("{height}px"))
            };
        }
    }
}

/// Brings a focused element out from under the top bar or the navigation
/// (WCAG 2.4.11, focus not obscured). Browsers scroll focus into the
/// viewport, but count a sticky bar's part of it as open space.
fn keep_clear_of_bars(el: &web_sys::Element) {
    let Some(window) = web_sys::window() else { return };
    let Some(doc) = window.document() else { return };
    if el.closest("header.top-bar, nav.main-nav").ok().flatten().is_some() {
        return;
    }
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let edge = |selector: &str| doc.query_selector(selector).ok().flatten().map(|b| b.get_bounding_client_rect());
    let top = edge("body > header.top-bar").map(|r| r.bottom()).filter(|b| *b < height / 2.0).unwrap_or(0.0);
    // The navigation is at the bottom on a phone only.
    let bottom = edge("body > nav.main-nav").map(|r| r.top()).filter(|t| *t > height / 2.0).unwrap_or(height);
    let r = el.get_bounding_client_rect();
    const ROOM: f64 = 8.0;
    if r.height() > bottom - top {
        // Too tall to show whole: its start shows, just under the top bar.
        if r.top() < top || r.top() > bottom - 4.0 * ROOM {
            window.scroll_by_with_x_and_y(0.0, r.top() - top - ROOM);
        }
        return;
    }
    if r.bottom() > bottom {
        window.scroll_by_with_x_and_y(0.0, r.bottom() - bottom + ROOM);
    } else if r.top() < top {
        window.scroll_by_with_x_and_y(0.0, r.top() - top - ROOM);
    }
}
