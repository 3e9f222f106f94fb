//! Starts Unlost in the browser.
fn main() {
    // The wasm is instantiated: the bench measures from here and from
    // navigation start to "unlost:home" (src/pages/home.rs).
    unlost::platform::mark("unlost:start");
    console_error_panic_hook::set_once();
    // The app removes the splash from index.html once it has something to show.
    leptos::mount::mount_to_body(unlost::App);
}
