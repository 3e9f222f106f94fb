//! Dates as the person lived them (`model::date`): parsing and printing
//! `YYYY-MM-DD`, whole days between dates across leap years and New Year,
//! weeks from Monday, and the UTC fallback for records saved before their
//! local date was kept.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::date::LocalDate;

fn d(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap()
}

#[test]
fn dates_parse_print_and_count_whole_days() {
    assert_eq!(d("2026-03-01").to_string(), "2026-03-01");
    assert_eq!(LocalDate::parse("2026-02-30"), None);
    assert_eq!(LocalDate::parse("not a date"), None);
    assert_eq!(d("2024-02-28").days_until(d("2024-03-01")), 2, "leap year");
    assert_eq!(d("2026-12-31").days_until(d("2027-01-01")), 1);
    assert_eq!(d("2027-01-01").days_until(d("2026-12-31")), -1);
    assert_eq!(d("2026-12-30").plus_days(3), d("2027-01-02"));
    let json = serde_json::to_string(&d("2026-11-29")).unwrap();
    assert_eq!(json, "\"2026-11-29\"");
    assert!(serde_json::from_str::<LocalDate>("\"2026-13-01\"").is_err());
}

#[test]
fn weeks_start_on_monday_even_across_new_year() {
    assert_eq!(d("2026-12-31").week_start(), d("2026-12-28"), "a Thursday");
    assert_eq!(d("2027-01-03").week_start(), d("2026-12-28"), "the Sunday after New Year is the same week");
    assert_eq!(d("2027-01-04").week_start(), d("2027-01-04"), "a Monday is its own start");
    assert_eq!(d("2024-03-01").week_start(), d("2024-02-26"), "across a leap day");
}

#[test]
fn old_records_without_a_local_date_fall_back_to_their_utc_date() {
    assert_eq!(LocalDate::utc_of_ms(0), d("1970-01-01"));
    assert_eq!(LocalDate::utc_of_ms(-1), d("1969-12-31"));
    assert_eq!(LocalDate::utc_of_ms(1_796_083_199_999), d("2026-11-30"));
    assert_eq!(LocalDate::utc_of_ms(1_796_083_200_000), d("2026-12-01"));
    // Values at the edge of the type never panic.
    let _ = LocalDate::utc_of_ms(i64::MAX);
    let _ = LocalDate::utc_of_ms(i64::MIN);
}
