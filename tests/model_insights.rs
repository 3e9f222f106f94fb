//! Check-ins, chart binning (1 point, 365 points, gaps), chart geometry,
//! and the observations computed from the data.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::checkin::{checkin_on, merge_checkins, set_checkin, CheckIn, ContactToday};
use unlost::model::insights::{
    bins, hour_words, line_chart, observations, urge_hours_summary, urge_peak, urges_by_hour, UrgePeak,
};
use unlost::model::date::LocalDate;
use unlost::model::no_contact::{Urge, UrgeOutcome};

fn d(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap()
}

fn ci(on: LocalDate, mood: u8, urge: u8) -> CheckIn {
    CheckIn { on, mood, urge, contact: ContactToday::None, line: String::new(), at: 0, updated_at: 0 }
}

#[test]
fn one_check_in_a_day_editable_and_merged_by_newest_edit() {
    let mut list = Vec::new();
    assert!(set_checkin(&mut list, ci(d("2026-11-03"), 2, 8)));
    assert!(set_checkin(&mut list, ci(d("2026-11-01"), 3, 5)));
    assert!(set_checkin(&mut list, CheckIn { updated_at: 5, ..ci(d("2026-11-03"), 4, 2) }));
    assert!(!set_checkin(&mut list, ci(d("2026-11-04"), 0, 2)), "mood is 1 to 5");
    assert!(!set_checkin(&mut list, ci(d("2026-11-04"), 3, 11)), "urge is 0 to 10");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].on, d("2026-11-01"));
    assert_eq!(checkin_on(&list, d("2026-11-03")).unwrap().mood, 4);
    assert!(checkin_on(&list, d("2026-11-02")).is_none());

    let theirs = vec![CheckIn { updated_at: 1, ..ci(d("2026-11-03"), 1, 9) }, ci(d("2026-11-02"), 2, 2)];
    merge_checkins(&mut list, &theirs);
    assert_eq!(list.len(), 3);
    assert_eq!(checkin_on(&list, d("2026-11-03")).unwrap().mood, 4, "the newer edit wins");
}

#[test]
fn thirty_days_are_daily_bins_with_gaps_as_gaps() {
    let today = d("2026-11-30");
    let points = vec![(d("2026-11-30"), 4.0), (d("2026-11-28"), 2.0), (d("2026-10-31"), 5.0), (d("2026-12-01"), 1.0)];
    let b = bins(&points, today, 30);
    assert_eq!(b.len(), 30);
    assert_eq!(b[0].from, d("2026-11-01"));
    assert_eq!(b[29].to, today);
    assert_eq!(b[29].value, Some(4.0));
    assert_eq!(b[28].value, None, "a missing day stays a gap");
    assert_eq!(b[27].value, Some(2.0));
    assert_eq!(b.iter().map(|x| x.count).sum::<usize>(), 2, "points outside the range are left out");
}

#[test]
fn a_year_is_binned_by_week_and_averaged() {
    let today = d("2026-12-31");
    let points: Vec<(LocalDate, f32)> = (0..365).map(|i| (today.plus_days(-i), (i % 5) as f32 + 1.0)).collect();
    let b = bins(&points, today, 365);
    assert_eq!(b.len(), 53);
    assert_eq!(b.iter().map(|x| x.count).sum::<usize>(), 365);
    assert_eq!(b[52].count, 7);
    assert_eq!(b[52].from, d("2026-12-25"));
    assert_eq!(b[0].count, 1, "the first bin is cut at the range's start");
    assert_eq!(b[0].from, b[0].to);
    // Seven consecutive days of 1..5 repeating average to a known value.
    let last = &b[52];
    let expected = (0..7).map(|i| (i % 5) as f32 + 1.0).sum::<f32>() / 7.0;
    assert!((last.value.unwrap() - expected).abs() < 1e-5);
}

#[test]
fn chart_geometry_for_one_point_gaps_and_a_full_year() {
    let today = d("2026-11-30");
    let one = bins(&[(today, 3.0)], today, 1);
    let c = line_chart(&one, 1.0, 5.0, 300.0, 100.0, 10.0);
    assert_eq!(c.dots, vec![(150.0, 50.0)]);
    assert!(c.runs.is_empty());

    let points = vec![
        (today.plus_days(-4), 1.0),
        (today.plus_days(-3), 5.0),
        (today.plus_days(-1), 3.0),
    ];
    let b = bins(&points, today, 5);
    let c = line_chart(&b, 1.0, 5.0, 90.0, 100.0, 10.0);
    assert_eq!(c.runs, vec![vec![(10.0, 90.0), (27.5, 10.0)]]);
    assert_eq!(c.dots, vec![(62.5, 50.0)], "a value alone between gaps is a dot");

    let year: Vec<(LocalDate, f32)> = (0..365).map(|i| (today.plus_days(-i), 7.0)).collect();
    let c = line_chart(&bins(&year, today, 365), 0.0, 10.0, 320.0, 120.0, 12.0);
    assert_eq!(c.runs.len(), 1);
    assert_eq!(c.runs[0].len(), 53);
    assert!(c.runs[0].iter().all(|(x, y)| (12.0..=308.0).contains(x) && (*y - 40.8).abs() < 0.01));
}

fn urge(hour: u8) -> Urge {
    Urge { id: format!("u{hour}"), at: 0, on: d("2026-11-01"), hour, intensity: 7, outcome: UrgeOutcome::HeldOn }
}

#[test]
fn observations_are_computed_from_the_data() {
    let today = d("2026-11-30");
    assert!(observations(&[], &[], None, today).is_empty(), "nothing to say without data");

    let urges: Vec<Urge> = [23, 23, 0, 1, 0, 14, 23].iter().map(|h| urge(*h)).collect();
    let obs = observations(&[], &urges, None, today);
    assert_eq!(obs.len(), 1);
    assert!(obs[0].starts_with("Your urges to contact them peak between 11pm and 2am (6 of 7)"), "{}", obs[0]);

    // Mood rising from 2 to 4, urge easing from 8 to 3, over four weeks.
    let mut checkins = Vec::new();
    for i in 0..28 {
        let on = today.plus_days(-i);
        let (mood, urge) = if i < 14 { (4, 3) } else { (2, 8) };
        let mut c = ci(on, mood, urge);
        if i == 3 {
            c.contact = ContactToday::IReachedOut;
        }
        set_checkin(&mut checkins, c);
    }
    let obs = observations(&checkins, &[], Some(12), today);
    assert!(obs.iter().any(|o| o.starts_with("Your mood has risen over the last four weeks, from about 2.0 to 4.0")), "{obs:#?}");
    assert!(obs.iter().any(|o| o.starts_with("The urge to contact them has eased")), "{obs:#?}");
    assert!(obs.contains(&"You checked in on 28 of the last 30 days.".to_string()), "{obs:#?}");
    assert!(obs.iter().any(|o| o.starts_with("You reached out on 1 of those days")), "{obs:#?}");
    assert!(obs.contains(&"Your longest stretch without contact so far: 12 days.".to_string()));

    // Too few check-ins for a trend: no trend claimed.
    let few: Vec<CheckIn> = checkins.iter().filter(|c| c.on.days_until(today) % 9 == 0).cloned().collect();
    let obs = observations(&few, &[], None, today);
    assert!(!obs.iter().any(|o| o.contains("four weeks")), "{obs:#?}");

    // Urges spread evenly through the day have no peak worth naming.
    let spread: Vec<Urge> = (0..24).map(urge).collect();
    assert!(observations(&[], &spread, None, today).is_empty());
}

#[test]
fn hours_read_naturally() {
    assert_eq!(hour_words(0), "midnight");
    assert_eq!(hour_words(12), "noon");
    assert_eq!(hour_words(9), "9am");
    assert_eq!(hour_words(23), "11pm");
}

fn hours(list: &[u8]) -> [u32; 24] {
    let urges: Vec<Urge> = list.iter().map(|h| urge(*h)).collect();
    urges_by_hour(&urges)
}

/// When the urges cluster: one rule for the no-contact page, the insights
/// observation and the chart's summary. Each row: urges by hour, then the
/// peak as (from, until, busiest, count, total), or none.
#[test]
fn the_hardest_hours_rule() {
    #[rustfmt::skip]
    let rows: &[(&str, &[u8], Option<(u8, u8, u8, u32, u32)>)] = &[
        ("no urges", &[], None),
        ("too few urges, however close", &[23, 23, 23, 23], None),
        ("five at one hour", &[23, 23, 23, 23, 23], Some((23, 0, 23, 5, 5))),
        ("across midnight", &[23, 23, 0, 1, 0, 14, 23], Some((23, 2, 23, 6, 7))),
        ("a tie goes to the span centred on the busiest hour", &[22, 23, 23, 0, 0, 1, 23, 15], Some((22, 1, 23, 6, 8))),
        ("an equal tie goes to the earliest after midnight", &[23, 0, 1, 2, 12], Some((0, 3, 0, 3, 5))),
        ("trimmed to the hours with urges", &[15, 15, 15, 9, 20], Some((15, 16, 15, 3, 5))),
        ("the busiest of a tie is the earliest in the span", &[8, 8, 10, 10, 3, 17], Some((8, 11, 8, 4, 6))),
        ("exactly 40 % is named", &[9, 10, 1, 5, 18], Some((9, 11, 9, 2, 5))),
        ("three of eight (37.5 %) is not", &[9, 9, 10, 14, 17, 20, 23, 3], None),
        ("evenly spread through the day", &(0..24).collect::<Vec<u8>>(), None),
        ("an hour past 23 counts as 23", &[30, 23, 23, 23, 23], Some((23, 0, 23, 5, 5))),
    ];
    for (what, list, expected) in rows {
        let got = urge_peak(&hours(list)).map(|p| (p.from, p.until, p.busiest, p.count, p.total));
        assert_eq!(got, *expected, "{what}");
    }
}

#[test]
fn the_hardest_hours_in_words_agree_on_every_screen() {
    let peak = UrgePeak { from: 22, until: 1, busiest: 23, count: 6, total: 8 };
    assert_eq!(peak.between(), "between 10pm and 1am");
    assert_eq!(peak.hardest_hours(), "Your hardest hours so far: between 10pm and 1am (6 of your 8 urges).");
    assert_eq!(
        peak.observation(),
        "Your urges to contact them peak between 10pm and 1am (6 of 8). That is a time to plan something kind for yourself."
    );
    let one = UrgePeak { from: 23, until: 0, busiest: 23, count: 5, total: 5 };
    assert_eq!(one.between(), "between 11pm and midnight");

    // The observation names the same hours the no-contact page does.
    let list = [22, 23, 23, 0, 0, 1, 23, 15];
    let urges: Vec<Urge> = list.iter().map(|h| urge(*h)).collect();
    let obs = observations(&[], &urges, None, d("2026-11-30"));
    assert_eq!(obs, vec![urge_peak(&hours(&list)).unwrap().observation()]);
}

#[test]
fn the_chart_summary_names_the_busiest_hour_of_the_peak() {
    #[rustfmt::skip]
    let rows: &[(&[u8], Option<&str>)] = &[
        (&[], None),
        (&[15], Some("1 urge logged; too few yet to see when they come.")),
        (&[23, 23, 15, 2], Some("4 urges logged; too few yet to see when they come.")),
        (&[22, 23, 23, 0, 0, 1, 23, 15], Some("8 urges logged; the most around 11pm.")),
        (&[0, 0, 0, 12, 12], Some("5 urges logged; the most around midnight.")),
        (&[0, 3, 6, 9, 12, 15, 18, 21], Some("8 urges logged, spread through the day with no clear peak.")),
    ];
    for (list, expected) in rows {
        assert_eq!(urge_hours_summary(&hours(list)).as_deref(), *expected, "{list:?}");
    }
}
