//! A daily check-in reminder as an iCalendar file (RFC 5545) that phone
//! calendars import: a daily recurring event at the chosen local time, in
//! the person's own time zone, described by a VTIMEZONE built from the
//! zone's rules as the browser reports them. No server is involved.
//!
//! The summary is deliberately neutral ("A moment for yourself"), since a
//! calendar is often seen by others.

use time::{Date, Month, Weekday};

use super::date::LocalDate;

/// One yearly change of clocks: on the `week`-th `weekday` (0 = Sunday) of
/// `month` (-1 = the last one), at `hour`:`minute` local time before the
/// change, from one UTC offset to another (in minutes east of UTC).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transition {
    pub month: u8,
    pub weekday: u8,
    pub week: i8,
    pub hour: u8,
    pub minute: u8,
    pub from_offset: i32,
    pub to_offset: i32,
}

/// What the calendar needs to know about the person's time zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Zone {
    /// The IANA name, such as `Europe/Berlin`.
    pub tzid: String,
    /// The offset outside daylight saving time, minutes east of UTC.
    pub standard_offset: i32,
    /// The change into daylight saving time and back, if the zone has one.
    pub daylight: Option<(Transition, Transition)>,
}

/// Describes a day of the month as the week-of-month rule calendars use:
/// (week, weekday) with week -1 for the last one, as in "last Sunday".
pub fn week_rule(year: i32, month: u8, day: u8) -> Option<(i8, u8)> {
    let m = Month::try_from(month).ok()?;
    let date = Date::from_calendar_date(year, m, day).ok()?;
    let weekday = date.weekday().number_days_from_sunday();
    let len = m.length(year);
    let week = if day + 7 > len { -1 } else { ((day - 1) / 7 + 1) as i8 };
    Some((week, weekday))
}

/// The date a week rule falls on in a year.
fn rule_date(year: i32, t: &Transition) -> Option<Date> {
    let m = Month::try_from(t.month).ok()?;
    let want = match t.weekday {
        0 => Weekday::Sunday,
        1 => Weekday::Monday,
        2 => Weekday::Tuesday,
        3 => Weekday::Wednesday,
        4 => Weekday::Thursday,
        5 => Weekday::Friday,
        _ => Weekday::Saturday,
    };
    if t.week < 0 {
        let mut d = Date::from_calendar_date(year, m, m.length(year)).ok()?;
        while d.weekday() != want {
            d = d.previous_day()?;
        }
        Some(d)
    } else {
        let mut d = Date::from_calendar_date(year, m, 1).ok()?;
        while d.weekday() != want {
            d = d.next_day()?;
        }
        d.checked_add(time::Duration::weeks(i64::from(t.week) - 1))
    }
}

fn offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

const WEEKDAYS: [&str; 7] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

fn observance(kind: &str, t: &Transition) -> Vec<String> {
    let start = rule_date(1970, t).expect("a valid rule");
    vec![
        format!("BEGIN:{kind}"),
        format!(
            "DTSTART:1970{:02}{:02}T{:02}{:02}00",
            u8::from(start.month()),
            start.day(),
            t.hour,
            t.minute
        ),
        format!("RRULE:FREQ=YEARLY;BYMONTH={};BYDAY={}{}", t.month, t.week, WEEKDAYS[usize::from(t.weekday % 7)]),
        format!("TZOFFSETFROM:{}", offset(t.from_offset)),
        format!("TZOFFSETTO:{}", offset(t.to_offset)),
        format!("END:{kind}"),
    ]
}

/// Escapes a TEXT value (RFC 5545, 3.3.11).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line to at most 75 octets per line (RFC 5545, 3.1),
/// never inside a character, continuation lines starting with a space.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    // The first line holds 75 octets; later ones 74 after their leading space.
    let mut limit = 75;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > limit {
            out.push_str("\r\n ");
            used = 0;
            limit = 74;
        }
        out.push(c);
        used += len;
    }
    out
}

/// The whole file: a daily event at `hour`:`minute` in `zone`, from `start`.
/// `stamp` is the creation time in UTC as `YYYYMMDDTHHMMSSZ`; `uid` must be
/// unique to this reminder.
pub fn daily_reminder(zone: &Zone, hour: u8, minute: u8, start: LocalDate, uid: &str, stamp: &str) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Unlost//Daily check-in reminder//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VTIMEZONE".into(),
        format!("TZID:{}", zone.tzid),
    ];
    match &zone.daylight {
        Some((to_daylight, to_standard)) => {
            lines.extend(observance("STANDARD", to_standard));
            lines.extend(observance("DAYLIGHT", to_daylight));
        }
        None => {
            lines.extend([
                "BEGIN:STANDARD".into(),
                "DTSTART:19700101T000000".into(),
                format!("TZOFFSETFROM:{}", offset(zone.standard_offset)),
                format!("TZOFFSETTO:{}", offset(zone.standard_offset)),
                "END:STANDARD".into(),
            ]);
        }
    }
    lines.extend([
        "END:VTIMEZONE".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{stamp}"),
        format!(
            "DTSTART;TZID={}:{:04}{:02}{:02}T{:02}{:02}00",
            zone.tzid,
            start.year(),
            start.month(),
            start.day(),
            hour.min(23),
            minute.min(59)
        ),
        "DURATION:PT5M".into(),
        "RRULE:FREQ=DAILY".into(),
        format!("SUMMARY:{}", escape_text("A moment for yourself")),
        format!(
            "DESCRIPTION:{}",
            escape_text("How are you today? Open Unlost for your check-in: it takes less than a minute.")
        ),
        "TRANSP:TRANSPARENT".into(),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", escape_text("A moment for yourself")),
        "TRIGGER:PT0M".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ]);
    let mut out = String::new();
    for l in lines {
        out.push_str(&fold_line(&l));
        out.push_str("\r\n");
    }
    out
}
