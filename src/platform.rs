//! Small wrappers over the browser for the UI: the clock, ids, local dates,
//! and downloads. Storage lives in `storage`, not here.

use wasm_bindgen::{JsCast, JsValue};

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

pub fn now_ms() -> i64 {
    now() as i64
}

/// Puts a named moment on the page's performance timeline (User Timing), for
/// the bench (scripts/bench.mjs) and the browser's performance panel. Costs
/// next to nothing; nothing leaves the page.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Runs `work` and records how long it took as the measure `name`. Only the
/// latest measure of each name is kept, so a long session doesn't pile them up.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return work();
    };
    let start = format!("{name}:start");
    let _ = performance.mark(&start);
    let out = work();
    performance.clear_measures_with_measure_name(name);
    let _ = performance.measure_with_start_mark(name, &start);
    performance.clear_marks_with_mark_name(&start);
    out
}

/// A new id, unique enough across tabs and devices for one person's data:
/// the time plus random characters.
pub fn new_id(prefix: &str) -> String {
    let mut bytes = [0u8; 6];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    let tail: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}-{}-{tail}", now_ms())
}

/// Random bytes from the browser's CSPRNG, for keys and nonces. `None` if
/// the browser has none (then nothing may be encrypted).
pub fn secure_random<const N: usize>() -> Option<[u8; N]> {
    let mut bytes = [0u8; N];
    let crypto = web_sys::window()?.crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// The local calendar date of a moment: (year, month 1-12, day).
pub fn local_date(ms: i64) -> (i32, u32, u32) {
    let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    (d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

pub fn today() -> (i32, u32, u32) {
    local_date(now_ms())
}

thread_local! {
    // Building an Intl.DateTimeFormat is slow; each style is made once.
    static FORMATTERS: std::cell::RefCell<Vec<(&'static [(&'static str, &'static str)], js_sys::Function)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn format_with(ms: i64, options: &'static [(&'static str, &'static str)]) -> String {
    let format = FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, f)) = cache.iter().find(|(o, _)| std::ptr::eq(*o, options)) {
            return f.clone();
        }
        let opts = js_sys::Object::new();
        for (k, v) in options {
            let _ = js_sys::Reflect::set(&opts, &JsValue::from_str(k), &JsValue::from_str(v));
        }
        // `format` is a getter that returns a function bound to its formatter.
        let f = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &opts).format();
        cache.push((options, f.clone()));
        f
    });
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    format.call1(&JsValue::NULL, &date).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

const LONG_DATE: &[(&str, &str)] = &[("weekday", "long"), ("day", "numeric"), ("month", "long"), ("year", "numeric")];
const TIME_OF_DAY: &[(&str, &str)] = &[("hour", "numeric"), ("minute", "2-digit")];
const DATE_AND_TIME: &[(&str, &str)] =
    &[("day", "numeric"), ("month", "short"), ("year", "numeric"), ("hour", "numeric"), ("minute", "2-digit")];

const SHORT_DATE: &[(&str, &str)] = &[("day", "numeric"), ("month", "short")];

/// Noon of a local calendar date, as a moment, for formatting it.
pub fn date_ms(d: crate::model::date::LocalDate) -> i64 {
    js_sys::Date::new_with_year_month_day_hr(d.year() as u32, d.month() as i32 - 1, d.day() as i32, 12).get_time() as i64
}

/// "29 Nov", for tight places such as chart labels.
pub fn short_date(d: crate::model::date::LocalDate) -> String {
    format_with(date_ms(d), SHORT_DATE)
}

const MEDIUM_DATE: &[(&str, &str)] = &[("day", "numeric"), ("month", "short"), ("year", "numeric")];

/// "29 Nov 2026".
pub fn medium_date(d: crate::model::date::LocalDate) -> String {
    format_with(date_ms(d), MEDIUM_DATE)
}

/// "Sunday 29 November 2026" for a calendar date.
pub fn long_local_date(d: crate::model::date::LocalDate) -> String {
    format_with(date_ms(d), LONG_DATE)
}

/// "Sunday 29 November 2026" in the reader's own language and calendar.
pub fn long_date(ms: i64) -> String {
    format_with(ms, LONG_DATE)
}

/// "21:44" or "9:44 PM", as the reader's locale writes it.
pub fn time_of_day(ms: i64) -> String {
    format_with(ms, TIME_OF_DAY)
}

/// "29 Nov 2026, 21:44".
pub fn date_and_time(ms: i64) -> String {
    format_with(ms, DATE_AND_TIME)
}

/// A day label relative to today: "Today", "Yesterday", or the long date.
pub fn day_label(ms: i64) -> String {
    let day = local_date(ms);
    let now = now_ms();
    if day == local_date(now) {
        "Today".into()
    } else if day == local_date(now - 86_400_000) && local_date(now - 86_400_000) != local_date(now) {
        "Yesterday".into()
    } else {
        long_date(ms)
    }
}

/// Resolves in a later task of the event loop, so that the browser can paint
/// and handle input in between: long start-up work is cut into pieces.
pub async fn next_task() {
    let Some(window) = web_sys::window() else { return };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = window.set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Removes what index.html shows until the app starts (the splash, and the
/// first visit's home screen): the app has something to show.
pub fn remove_splash() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    for id in ["splash", "first-visit"] {
        if let Some(element) = document.get_element_by_id(id) {
            element.remove();
        }
    }
}

pub fn page_is_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
        .unwrap_or(false)
}

/// Calls `f` each time the page is hidden or shown again (the document's
/// `visibilitychange`), with whether it is now hidden, for as long as the
/// page lives. It runs at the moment of the change, while a phone still
/// lets the page work.
pub fn on_visibility_change(f: impl Fn(bool) + 'static) {
    // Boxed here: one copy of the listener in the wasm, not one per caller.
    listen_for_visibility(Box::new(f));
}

fn listen_for_visibility(f: Box<dyn Fn(bool)>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || f(page_is_hidden()));
    let _ = document.add_event_listener_with_callback("visibilitychange", listener.as_ref().unchecked_ref());
    // Lives as long as the page.
    listener.forget();
}

/// What the person reads when the browser will not make the file. Every
/// caller shows it after "The download did not start: "; the browser's own
/// error is for developers and is never shown. Nothing is changed before the
/// file is made, so nothing was lost.
const FILE_NOT_MADE: &str = "This browser could not make the file. Nothing was lost; please try again.";

/// Offers `text` to the person as a file to save. Nothing leaves the device:
/// the file is made in the page and handed to the browser's download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let not_made = |_| FILE_NOT_MADE.to_string();
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).map_err(not_made)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(not_made)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(FILE_NOT_MADE)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(not_made)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Let the browser start the download before the URL is released.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Sets the document title for the current screen.
pub fn set_title(screen: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(&format!("{screen} · Unlost"));
    }
}

thread_local! {
    static FIRST_SCREEN: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// True only the first time it is asked: whether the screen being shown is
/// the first one since the page loaded.
pub fn take_first_screen() -> bool {
    FIRST_SCREEN.with(|f| f.replace(false))
}

/// The machine-readable form of a moment for `<time datetime>`.
/// Empty for a moment no date can hold (`toISOString` would throw).
pub fn iso_datetime(ms: i64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    if date.get_time().is_nan() {
        return String::new();
    }
    date.to_iso_string().as_string().unwrap_or_default()
}

thread_local! {
    static BASE_PATH: String = compute_base_path();
}

fn compute_base_path() -> String {
    // Trunk writes the public URL into `<base href>`; the page's base URI is
    // where the app lives ("/" at a site's root, "/unlost/" on a sub-path).
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let path = web_sys::Url::new(&base_uri).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// Where the app is served from, without a trailing slash: "" at a site's
/// root, "/unlost" on a sub-path.
pub fn base_path() -> String {
    BASE_PATH.with(|b| b.clone())
}

/// An in-app address ("/journal") as a link to put in the page, under the
/// path the app is served from.
pub fn href(app_path: &str) -> String {
    format!("{}{}", base_path(), app_path)
}

/// Sets the window title exactly, without the app's name.
pub fn set_plain_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// The browser's IANA time zone ("Europe/London"), or "" if it won't say.
pub fn time_zone() -> String {
    js_sys::Reflect::get(
        &js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options(),
        &JsValue::from_str("timeZone"),
    )
    .ok()
    .and_then(|v| v.as_string())
    .unwrap_or_default()
}

/// The browser's preferred languages, most preferred first ("en-GB", "en").
pub fn languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let mut out: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if out.is_empty() {
        out.extend(nav.language());
    }
    out
}

/// The person's time zone as the calendar file needs it: its IANA name, and
/// this year's changes of clock found by asking the browser for the UTC
/// offset day by day (then to the minute around each change).
pub fn current_zone() -> crate::model::ics::Zone {
    use crate::model::ics::{week_rule, Transition, Zone};
    let tzid = js_sys::Reflect::get(
        &js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options(),
        &JsValue::from_str("timeZone"),
    )
    .ok()
    .and_then(|v| v.as_string())
    .unwrap_or_else(|| "UTC".to_string());
    let offset_at = |ms: f64| -(js_sys::Date::new(&JsValue::from_f64(ms)).get_timezone_offset() as i32);
    let year = today().0;
    let start = js_sys::Date::utc(f64::from(year), 0.0) + 12.0 * 3_600_000.0;
    let day = 86_400_000.0;
    let mut changes = Vec::new();
    let mut previous = offset_at(start - day);
    for i in 0..366 {
        let noon = start + f64::from(i) * day;
        let now = offset_at(noon);
        if now != previous {
            let (mut lo, mut hi) = (noon - day, noon);
            while hi - lo > 60_000.0 {
                let mid = ((lo + hi) / 2.0 / 60_000.0).floor() * 60_000.0;
                if offset_at(mid) == previous {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            // The wall-clock time just before the change.
            let wall = js_sys::Date::new(&JsValue::from_f64(hi + f64::from(previous) * 60_000.0));
            let (m, d) = (wall.get_utc_month() + 1, wall.get_utc_date());
            if let Some((week, weekday)) = week_rule(year, m as u8, d as u8) {
                changes.push(Transition {
                    month: m as u8,
                    weekday,
                    week,
                    hour: wall.get_utc_hours() as u8,
                    minute: wall.get_utc_minutes() as u8,
                    from_offset: previous,
                    to_offset: now,
                });
            }
            previous = now;
        }
    }
    let standard = changes.iter().map(|c| c.from_offset.min(c.to_offset)).min().unwrap_or(previous);
    let daylight = match changes.as_slice() {
        [a, b] => {
            let (on, off) = if a.to_offset > a.from_offset { (*a, *b) } else { (*b, *a) };
            Some((on, off))
        }
        _ => None,
    };
    Zone { tzid, standard_offset: standard, daylight }
}

/// Now in UTC as iCalendar writes it: `20261130T120000Z`.
pub fn ics_stamp() -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(now()));
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.get_utc_full_year(),
        d.get_utc_month() + 1,
        d.get_utc_date(),
        d.get_utc_hours(),
        d.get_utc_minutes(),
        d.get_utc_seconds()
    )
}

/// Copies text to the clipboard. `false` when the browser refuses (then the
/// person can select and copy it by hand).
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return false };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

type LockWork = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce()>>>>;

thread_local! {
    /// Work handed to the Web Locks API and not yet run.
    static LOCK_WAITING: std::cell::RefCell<Vec<LockWork>> = const { std::cell::RefCell::new(Vec::new()) };
    /// One handler for every refused lock request: runs whatever waits.
    static LOCK_REFUSED: wasm_bindgen::closure::Closure<dyn FnMut(JsValue)> =
        wasm_bindgen::closure::Closure::new(|_e: JsValue| {
            for work in LOCK_WAITING.with(|w| w.take()) {
                run_lock_work(&work);
            }
        });
}

fn run_lock_work(work: &LockWork) {
    let taken = work.borrow_mut().take();
    if let Some(f) = taken {
        f();
    }
}

/// Runs `work` while holding the browser's cross-tab lock `name` (the Web
/// Locks API, `navigator.locks.request`): no other tab of this site runs
/// work under the same name at the same moment. It runs later, in a task of
/// its own (at once when no other tab holds the lock). Where the API is
/// missing (Safari before 15.4, Firefox before 96) or refuses, `work` runs
/// anyway, unserialised: then the storage event's merge is what keeps tabs
/// from losing each other's writing.
pub fn with_tab_lock(name: &str, work: Box<dyn FnOnce()>) {
    // Boxed by the caller: one copy of this function in the wasm, not one
    // for each kind of work.
    let work: LockWork = std::rc::Rc::new(std::cell::RefCell::new(Some(work)));
    let request = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("locks")).ok())
        .filter(|locks| locks.is_object())
        .and_then(|locks| {
            let request = js_sys::Reflect::get(&locks, &JsValue::from_str("request")).ok()?;
            Some((locks, request.dyn_into::<js_sys::Function>().ok()?))
        });
    let Some((locks, request)) = request else { return run_lock_work(&work) };
    let in_lock = {
        let work = work.clone();
        wasm_bindgen::closure::Closure::once_into_js(move |_lock: JsValue| {
            run_lock_work(&work);
            // Done: no longer waiting for a refusal.
            LOCK_WAITING.with(|w| w.borrow_mut().retain(|x| !std::rc::Rc::ptr_eq(x, &work)));
        })
    };
    match request.call2(&locks, &JsValue::from_str(name), &in_lock) {
        Ok(promise) => {
            LOCK_WAITING.with(|w| w.borrow_mut().push(work));
            let catch = js_sys::Reflect::get(&promise, &JsValue::from_str("catch"))
                .ok()
                .and_then(|c| c.dyn_into::<js_sys::Function>().ok());
            if let Some(catch) = catch {
                LOCK_REFUSED.with(|handler| {
                    let _ = catch.call1(&promise, handler.as_ref().unchecked_ref());
                });
            }
        }
        Err(_) => run_lock_work(&work),
    }
}
