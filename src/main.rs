//! Starts Unlost in the browser.
fn main() {
    // The wasm is instantiated: the bench measures from here and from
    // navigation start to "unlost:home" (src/pages/home.rs).
    unlost::platform::mark("unlost:start");
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(unlost::App);
    // The app is on screen: the splash from index.html can go.
    if let Some(splash) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("splash"))
    {
        splash.remove();
    }
}
