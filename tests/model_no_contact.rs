//! The no-contact tracker's figures, day by day, across slips, several slips
//! on one day, a start in the past, daylight-saving weekends, a year's end,
//! and a move to another time zone.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::date::LocalDate;
use unlost::model::no_contact::{
    last_contact_words, milestone_words, Lead, NoContact, Slip, SlipKind, Streaks, TheyReachedOut,
};

fn d(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap()
}

fn slip(id: &str, on: &str) -> Slip {
    Slip { id: id.into(), at: 0, on: d(on), kind: SlipKind::Texted, trigger: String::new(), feeling: String::new() }
}

fn started(on: &str) -> NoContact {
    NoContact { started_on: Some(d(on)), ..NoContact::default() }
}

/// (current, longest, total)
fn figures(s: &Streaks) -> (i64, i64, i64) {
    (s.current, s.longest, s.total)
}

#[test]
fn nothing_is_counted_before_no_contact_starts() {
    assert_eq!(NoContact::default().streaks(d("2026-11-29"), &[]), None);
}

#[test]
fn a_clean_run_counts_full_days_only() {
    let nc = started("2026-11-01");
    let table = [("2026-11-01", (0, 0, 0)), ("2026-11-02", (1, 1, 1)), ("2026-11-08", (7, 7, 7))];
    for (today, expected) in table {
        assert_eq!(figures(&nc.streaks(d(today), &[]).unwrap()), expected, "{today}");
    }
}

#[test]
fn a_start_date_in_the_past_counts_from_then() {
    let nc = started("2026-10-01");
    let s = nc.streaks(d("2026-11-01"), &[]).unwrap();
    assert_eq!(figures(&s), (31, 31, 31));
}

#[test]
fn a_slip_restarts_the_streak_but_keeps_the_longest_and_the_total() {
    let mut nc = started("2026-11-01");
    nc.slips.push(slip("a", "2026-11-05"));
    let table = [
        ("2026-11-05", (0, 4, 4)),
        ("2026-11-06", (0, 4, 4)),
        ("2026-11-07", (1, 4, 5)),
        ("2026-11-12", (6, 6, 10)),
    ];
    for (today, expected) in table {
        assert_eq!(figures(&nc.streaks(d(today), &[]).unwrap()), expected, "{today}");
    }
}

#[test]
fn several_slips_on_one_day_count_as_one_day_of_contact() {
    let mut nc = started("2026-11-01");
    for id in ["a", "b", "c"] {
        nc.slips.push(slip(id, "2026-11-03"));
    }
    let s = nc.streaks(d("2026-11-10"), &[]).unwrap();
    assert_eq!(s.contact_days, 1);
    assert_eq!(figures(&s), (6, 6, 8));
}

#[test]
fn slips_before_the_start_do_not_count() {
    let mut nc = started("2026-11-10");
    nc.slips.push(slip("old", "2026-11-02"));
    assert_eq!(figures(&nc.streaks(d("2026-11-12"), &[]).unwrap()), (2, 2, 2));
}

#[test]
fn they_reaching_out_breaks_nothing_unless_the_person_engaged() {
    let mut nc = started("2026-11-01");
    nc.they_reached_out.push(TheyReachedOut { id: "t1".into(), at: 0, on: d("2026-11-04"), engaged: false, note: String::new() });
    assert_eq!(nc.streaks(d("2026-11-08"), &[]).unwrap().current, 7);
    nc.they_reached_out.push(TheyReachedOut { id: "t2".into(), at: 0, on: d("2026-11-06"), engaged: true, note: String::new() });
    assert_eq!(figures(&nc.streaks(d("2026-11-08"), &[]).unwrap()), (1, 5, 6));
}

#[test]
fn daylight_saving_weekends_and_the_year_end_are_ordinary_days() {
    // Europe springs forward on 2026-03-29 and falls back on 2026-10-25; the
    // US on 2026-03-08 and 2026-11-01. Calendar days are still one each.
    for (start, today, days) in [
        ("2026-03-28", "2026-03-30", 2),
        ("2026-10-24", "2026-10-26", 2),
        ("2026-03-07", "2026-03-09", 2),
        ("2026-10-31", "2026-11-02", 2),
        ("2026-12-30", "2027-01-02", 3),
    ] {
        let s = started(start).streaks(d(today), &[]).unwrap();
        assert_eq!(s.current, days, "{start} to {today}");
    }
}

#[test]
fn a_move_to_another_time_zone_keeps_the_dates_as_lived() {
    // A slip logged on the evening of the 10th in New York, then a flight to
    // Tokyo where "today" is already the 12th: the slip stays on the 10th.
    let mut nc = started("2026-11-01");
    nc.slips.push(slip("ny", "2026-11-10"));
    let s = nc.streaks(d("2026-11-12"), &[]).unwrap();
    assert_eq!(figures(&s), (1, 9, 10));
}

#[test]
fn a_four_week_scenario_is_right_on_every_day() {
    // Start, hold, slip twice, hold.
    let mut nc = started("2026-11-02");
    nc.goal_days = Some(14);
    nc.slips.push(slip("1", "2026-11-09"));
    nc.slips.push(slip("2", "2026-11-15"));
    let start = d("2026-11-02");
    let mut previous_longest = 0;
    for day in 0..28 {
        let today = start.plus_days(day);
        let s = nc.streaks(today, &[]).unwrap();
        // Slips on day 7 and day 13: the streak is 0 on a slip day and the
        // day after, then counts up again.
        let expected_current = if day < 7 {
            day
        } else if day < 13 {
            (day - 8).max(0)
        } else {
            (day - 14).max(0)
        };
        assert_eq!(s.current, expected_current, "day {day} ({today})");
        assert!(s.longest >= s.current && s.longest >= previous_longest, "day {day}");
        assert!(s.total >= s.current, "day {day}");
        previous_longest = s.longest;
        assert_eq!(s.goal_progress, Some((expected_current as f64 / 14.0).min(1.0)));
    }
    let end = nc.streaks(start.plus_days(27), &[]).unwrap();
    assert_eq!(figures(&end), (13, 13, 25));
}

#[test]
fn milestones_are_gentle_and_only_once_reached() {
    assert_eq!(milestone_words(0), None);
    assert!(milestone_words(1).unwrap().contains("first full day"));
    assert!(milestone_words(8).unwrap().contains("week"));
    assert!(milestone_words(100).unwrap().starts_with("90 days"));
}

#[test]
fn merging_keeps_every_logged_event_from_both_tabs() {
    let mut a = started("2026-11-01");
    let mut b = started("2026-11-01");
    a.slips.push(slip("from-a", "2026-11-03"));
    b.slips.push(slip("from-b", "2026-11-05"));
    b.goal_days = Some(30);
    b.updated_at = 5;
    a.merge_from(&b);
    let ids: Vec<&str> = a.slips.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(a.goal_days, Some(30));
}

#[test]
fn runs_list_every_stretch_between_contact_days() {
    let mut nc = started("2026-11-01");
    nc.slips.push(slip("a", "2026-11-05"));
    nc.slips.push(slip("b", "2026-11-06"));
    let runs = nc.runs(d("2026-11-10"), &[]);
    assert_eq!(runs, vec![(d("2026-11-01"), d("2026-11-05"), 4), (d("2026-11-07"), d("2026-11-10"), 3)]);
    let longest = runs.iter().map(|r| r.2).max().unwrap();
    assert_eq!(longest, nc.streaks(d("2026-11-10"), &[]).unwrap().longest);
}

/// One rule for "current streak" and "last contact", around midnight after
/// a slip late on 5 November: the moment's local date decides, a day counts
/// once it is over, and the two figures never disagree (no "0 days" beside
/// "1 day since"). Each row: the local moment, the streak, the words for the
/// last contact, what leads.
#[test]
fn the_streak_and_the_last_contact_agree_around_midnight() {
    let mut nc = started("2026-11-01");
    nc.goal_days = Some(21);
    nc.slips.push(slip("late", "2026-11-05"));
    let table = [
        ("2026-11-05 23:58", "2026-11-05", 0, "today", Lead::NewStart),
        ("2026-11-06 00:01", "2026-11-06", 0, "yesterday", Lead::NewStart),
        ("2026-11-06 23:59", "2026-11-06", 0, "yesterday", Lead::NewStart),
        ("2026-11-07 00:00", "2026-11-07", 1, "2 days ago", Lead::Streak),
        ("2026-11-09 12:00", "2026-11-09", 3, "4 days ago", Lead::Streak),
    ];
    for (moment, today, current, words, lead) in table {
        let s = nc.streaks(d(today), &[]).unwrap();
        assert_eq!(s.current, current, "{moment}");
        assert_eq!(last_contact_words(s.last_contact.unwrap(), d(today)), words, "{moment}");
        assert_eq!(s.lead, lead, "{moment}");
        assert_eq!(s.longest, 4.max(current), "{moment}: the longest run stays");
        // The goal's progress follows the same count.
        assert_eq!(s.goal_progress, Some(current as f64 / 21.0), "{moment}");
    }
    // Before any contact, nothing but the streak leads, and there is no last contact.
    let clean = started("2026-11-01").streaks(d("2026-11-06"), &[]).unwrap();
    assert_eq!((clean.current, clean.last_contact, clean.lead), (5, None, Lead::Streak));
}

#[test]
fn a_first_message_sent_is_contact_by_choice_not_a_slip() {
    let nc = started("2026-10-01");
    let sent = [d("2026-11-10")];
    let s = nc.streaks(d("2026-11-12"), &sent).unwrap();
    assert_eq!(s.lead, Lead::MessageSent(d("2026-11-10")));
    assert_eq!((s.current, s.longest, s.contact_days), (1, 40, 1));
    assert_eq!(nc.runs(d("2026-11-12"), &sent).len(), 2);
    // A slip after the message: the slip is the last contact, and leads as one.
    let mut later = nc.clone();
    later.slips.push(slip("s", "2026-11-12"));
    assert_eq!(later.streaks(d("2026-11-12"), &sent).unwrap().lead, Lead::NewStart);
    // Sent before no contact began: not counted.
    assert_eq!(nc.streaks(d("2026-11-12"), &[d("2026-09-01")]).unwrap().contact_days, 0);
}
