//! Dates as the person lived them. Every record keeps the local date it
//! happened on (as the browser saw it), and counting is whole calendar days
//! between such dates, done by the `time` crate, so daylight-saving changes
//! and travel cannot skew a count. Only the browser knows the person's clock:
//! `crate::clock` turns a reading of it into a [`Moment`].

use serde::{Deserialize, Serialize};
use time::{Date, Month};

/// A calendar date as the person lived it, stored as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate(Date);

impl LocalDate {
    pub fn new(year: i32, month: u32, day: u32) -> Option<LocalDate> {
        let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
        Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok().map(LocalDate)
    }

    /// Parses `YYYY-MM-DD` (what `<input type="date">` gives).
    pub fn parse(text: &str) -> Option<LocalDate> {
        let mut parts = text.trim().splitn(3, '-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        LocalDate::new(y, m, d)
    }

    /// Whole calendar days from `self` to `later` (negative if earlier).
    pub fn days_until(self, later: LocalDate) -> i64 {
        i64::from(later.0.to_julian_day() - self.0.to_julian_day())
    }

    /// The UTC calendar date of a moment: only for records saved before
    /// their local date was kept with them, where a day out either way
    /// around midnight is the best that can be known.
    pub fn utc_of_ms(ms: i64) -> LocalDate {
        const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;
        let jd = (UNIX_EPOCH_JULIAN_DAY + ms.div_euclid(86_400_000)).clamp(-5_000_000, 5_000_000);
        LocalDate(Date::from_julian_day(jd as i32).unwrap_or(Date::MIN))
    }

    pub fn plus_days(self, days: i64) -> LocalDate {
        let jd = i64::from(self.0.to_julian_day()) + days;
        LocalDate(Date::from_julian_day(jd as i32).unwrap_or(self.0))
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }
    pub fn month(self) -> u32 {
        u32::from(u8::from(self.0.month()))
    }
    pub fn day(self) -> u32 {
        u32::from(self.0.day())
    }

    /// The Monday of this date's week (weeks run Monday to Sunday, as in
    /// ISO 8601), so a week that spans New Year stays one week.
    pub fn week_start(self) -> LocalDate {
        self.plus_days(-i64::from(self.0.weekday().number_days_from_monday()))
    }
}

impl std::fmt::Display for LocalDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
    }
}

impl Serialize for LocalDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LocalDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        LocalDate::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date: {text}")))
    }
}

/// A moment as the person lived it: the time, and the date and hour on
/// their own clock then (which only the browser knows). Records that keep
/// "when" take one of these, so every part of a "when" comes from one clock
/// reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    pub at: i64,
    pub on: LocalDate,
    /// 0 to 23.
    pub hour: u8,
}
