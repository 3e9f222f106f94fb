//! Helpers shared by the browser tests.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};

use wasm_bindgen::JsCast;

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A storage key no other test uses, still inside Unlost's namespace.
pub fn unique_key(name: &str) -> String {
    format!("unlost:test:{name}:{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

pub fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Waits for real time to pass (for debounced saves).
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A fresh element in the page to mount one test's component into.
pub fn fresh_container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let el: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&el).unwrap();
    el
}

/// Fills localStorage with junk under `unlost-filler:` keys until the browser
/// refuses more. Returns the keys, for `release_quota`.
pub fn fill_quota() -> Vec<String> {
    let storage = local_storage();
    let mut keys = Vec::new();
    let mut chunk = 1 << 20; // characters
    while chunk >= 16 {
        let key = format!("unlost-filler:{}", keys.len());
        let value = "x".repeat(chunk);
        if storage.set_item(&key, &value).is_ok() {
            keys.push(key);
        } else {
            chunk /= 2;
        }
    }
    keys
}

pub fn release_quota(keys: &[String]) {
    let storage = local_storage();
    for k in keys {
        storage.remove_item(k).unwrap();
    }
}
