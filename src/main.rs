//! Starts Unlost in the browser.
fn main() {
    // The wasm is instantiated: the bench measures from here and from
    // navigation start to "unlost:home" (src/pages/home.rs).
    unlost::platform::mark("unlost:start");
    console_error_panic_hook::set_once();
    // Mounting waits a task, so instantiating the wasm and the app's first
    // work are two short tasks rather than one long one (see `unlost::App`).
    // The app removes the splash from index.html once it has something to show.
    wasm_bindgen_futures::spawn_local(async {
        unlost::platform::next_task().await;
        leptos::mount::mount_to_body(unlost::App);
    });
}
