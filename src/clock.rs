//! "Today" on the person's own calendar, kept current while the app is open:
//! it rolls over at local midnight and is checked again whenever the page
//! comes back into view (a phone may have slept through midnight).

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::date::{LocalDate, Moment};
use crate::platform;

/// The local date of a moment, as the browser's calendar and time zone see it.
pub fn local_date_of(ms: i64) -> LocalDate {
    let (y, m, d) = platform::local_date(ms);
    LocalDate::new(y, m, d).expect("the browser gives real dates")
}

/// The local hour of day (0 to 23) of a moment.
pub fn local_hour_of(ms: i64) -> u8 {
    js_sys::Date::new(&JsValue::from_f64(ms as f64)).get_hours() as u8
}

/// A moment with its local date and hour, as the browser's clock sees it.
pub fn moment_of(ms: i64) -> Moment {
    Moment { at: ms, on: local_date_of(ms), hour: local_hour_of(ms) }
}

/// Now, with its local date and hour: what the model stamps records with.
pub fn now() -> Moment {
    moment_of(platform::now_ms())
}

/// Milliseconds from `now` until the next local midnight.
fn ms_until_midnight(now: f64) -> f64 {
    let d = js_sys::Date::new(&JsValue::from_f64(now));
    let next = js_sys::Date::new_with_year_month_day(d.get_full_year(), d.get_month() as i32, d.get_date() as i32 + 1);
    (next.get_time() - now).max(1000.0)
}

/// Today's date, shared through context.
#[derive(Clone, Copy)]
pub struct Today(pub RwSignal<LocalDate>);

impl Today {
    pub fn start() -> Today {
        let today = Today(RwSignal::new(local_date_of(platform::now_ms())));
        today.schedule_midnight();
        platform::on_visibility_change(move |hidden| {
            if !hidden {
                today.refresh();
            }
        });
        today
    }

    fn refresh(&self) {
        let now = local_date_of(platform::now_ms());
        if self.0.get_untracked() != now {
            self.0.set(now);
        }
    }

    fn schedule_midnight(&self) {
        let today = *self;
        let wait = ms_until_midnight(platform::now());
        let _ = set_timeout_with_handle(
            move || {
                today.refresh();
                today.schedule_midnight();
            },
            // A little past midnight, so the new day has begun everywhere.
            Duration::from_millis(wait as u64 + 50),
        );
    }

    pub fn get(&self) -> LocalDate {
        self.0.get()
    }
}
