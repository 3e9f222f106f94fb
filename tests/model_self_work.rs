//! Stage 2's model: the prompt and pattern catalogues, skill ratings and their
//! chart, practices, and the weekly life plan (including a week that spans
//! New Year), plus merging two copies.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::date::LocalDate;
use unlost::model::self_work::{
    chart, glance, skill_trend, Area, PlanItem, SelfWork, Skill, SkillRating, PATTERNS, PROMPTS,
};

fn d(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap()
}

fn rating(id: &str, skill: Skill, on: &str, value: u8) -> SkillRating {
    let on = d(on);
    // A stable, increasing time for each date (noon UTC, plus the id's order).
    let at = i64::from(on.day()) * 1000 + i64::from(on.month()) * 100_000 + i64::from(on.year()) * 10_000_000;
    SkillRating { id: id.into(), skill, at, on, value, note: String::new() }
}

fn item(id: &str, area: Area, text: &str, at: i64) -> PlanItem {
    PlanItem {
        id: id.into(),
        area,
        text: text.into(),
        created_at: at,
        updated_at: at,
        done_weeks: Vec::new(),
        archived: false,
    }
}

#[test]
fn catalogues_have_unique_ids_and_words() {
    let mut ids: Vec<&str> = PROMPTS.iter().map(|p| p.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), PROMPTS.len());
    assert!(PROMPTS.iter().all(|p| p.question.ends_with('?') && !p.hint.is_empty()));
    let mut ids: Vec<&str> = PATTERNS.iter().map(|p| p.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), PATTERNS.len());
    let mut practice_ids: Vec<&str> = Skill::ALL.iter().flat_map(|s| s.practices().iter().map(|p| p.id)).collect();
    let n = practice_ids.len();
    practice_ids.sort();
    practice_ids.dedup();
    assert_eq!(practice_ids.len(), n, "practice ids are unique across skills");
    for s in Skill::ALL {
        assert_eq!(Skill::from_id(s.id()), Some(s));
        assert!(s.question().ends_with('?'));
    }
    for a in Area::ALL {
        assert_eq!(Area::from_id(a.id()), Some(a));
    }
}

#[test]
fn plan_items_are_ticked_per_week_and_grouped_across_the_year_boundary() {
    let mut work = SelfWork::default();
    assert!(work.add_plan_item(item("p1", Area::Friends, "Call Sam", 1)));
    assert!(work.add_plan_item(item("p2", Area::Body, "Long walk", 2)));
    assert!(!work.add_plan_item(item("p3", Area::Hobby, "   ", 3)), "blank items are refused");
    assert!(!work.add_plan_item(item("p1", Area::Hobby, "again", 3)), "ids are unique");

    work.set_done_this_week("p1", d("2026-12-22"), true, 10);
    work.set_done_this_week("p1", d("2026-12-30"), true, 11);
    work.set_done_this_week("p2", d("2027-01-02"), true, 12);
    // Ticking twice in one week is still once.
    work.set_done_this_week("p2", d("2026-12-29"), true, 13);
    assert_eq!(work.plan[1].done_weeks, vec![d("2026-12-28")]);
    assert!(work.plan[0].done_in_week(d("2027-01-03")));

    let weeks = work.plan_weeks(d("2027-01-12"), 10);
    let starts: Vec<String> = weeks.iter().map(|w| w.week.to_string()).collect();
    assert_eq!(starts, ["2027-01-11", "2027-01-04", "2026-12-28", "2026-12-21"]);
    assert!(weeks[0].done.is_empty() && weeks[1].done.is_empty(), "quiet weeks are shown, empty");
    assert_eq!(
        weeks[2].done,
        vec![(Area::Friends, "Call Sam".to_string()), (Area::Body, "Long walk".to_string())]
    );
    assert_eq!(weeks[3].done, vec![(Area::Friends, "Call Sam".to_string())]);
    assert_eq!(work.plan_weeks(d("2027-01-12"), 2).len(), 2, "limited to the weeks asked for");

    work.set_done_this_week("p1", d("2026-12-31"), false, 14);
    assert_eq!(work.plan[0].done_weeks, vec![d("2026-12-21")]);
    assert!(SelfWork::default().plan_weeks(d("2027-01-12"), 5).is_empty());
}

#[test]
fn ratings_are_kept_in_time_order_and_checked() {
    let mut work = SelfWork::default();
    assert!(work.add_rating(rating("b", Skill::Boundaries, "2026-11-10", 3)));
    assert!(work.add_rating(rating("a", Skill::Boundaries, "2026-11-03", 2)));
    assert!(work.add_rating(rating("c", Skill::SelfWorth, "2026-11-04", 5)));
    assert!(!work.add_rating(rating("x", Skill::SelfWorth, "2026-11-04", 0)));
    assert!(!work.add_rating(rating("y", Skill::SelfWorth, "2026-11-04", 6)));
    assert!(!work.add_rating(rating("a", Skill::SelfWorth, "2026-11-04", 3)), "ids are unique");
    let b: Vec<&str> = work.ratings_of(Skill::Boundaries).iter().map(|r| r.id.as_str()).collect();
    assert_eq!(b, ["a", "b"]);
    let t = skill_trend(&work, Skill::Boundaries).unwrap();
    assert_eq!((t.first.1, t.latest.1, t.count), (2, 3, 2));
    assert!(t.words().starts_with("Up from 2 to 3"), "{}", t.words());
    assert!(skill_trend(&work, Skill::SelfWorth).unwrap().words().starts_with("Rated once"));
    assert!(skill_trend(&work, Skill::Communication).is_none());
}

#[test]
fn a_chart_of_one_rating_sits_in_the_middle() {
    let r = rating("a", Skill::Communication, "2026-11-03", 3);
    let c = chart(&[&r], 300.0, 100.0, 10.0);
    assert_eq!(c.points, vec![(150.0, 50.0)]);
    assert_eq!(c.levels[0], (1, 90.0));
    assert_eq!(c.levels[4], (5, 10.0));
    assert_eq!(c.polyline(), "150.0,50.0");
    assert_eq!(c.first_day, c.last_day);
    assert!(chart(&[], 300.0, 100.0, 10.0).points.is_empty());
}

#[test]
fn a_chart_spans_the_dates_and_values_exactly() {
    let rs = [
        rating("a", Skill::Communication, "2026-11-01", 1),
        rating("b", Skill::Communication, "2026-11-11", 5),
        rating("c", Skill::Communication, "2026-11-21", 3),
    ];
    let refs: Vec<&SkillRating> = rs.iter().collect();
    let c = chart(&refs, 220.0, 100.0, 10.0);
    assert_eq!(c.points, vec![(10.0, 90.0), (110.0, 10.0), (210.0, 50.0)]);
}

#[test]
fn a_chart_of_500_ratings_stays_inside_and_in_order() {
    let start = d("2025-01-01");
    let rs: Vec<SkillRating> = (0..500)
        .map(|i| {
            let on = start.plus_days(i / 2); // two a day, 250 days
            SkillRating {
                id: format!("r{i:03}"),
                skill: Skill::SelfWorth,
                at: i,
                on,
                value: (i % 5) as u8 + 1,
                note: String::new(),
            }
        })
        .collect();
    let refs: Vec<&SkillRating> = rs.iter().collect();
    let c = chart(&refs, 320.0, 120.0, 12.0);
    assert_eq!(c.points.len(), 500);
    for w in c.points.windows(2) {
        assert!(w[1].0 >= w[0].0, "x never goes backwards: {w:?}");
    }
    for (i, (x, y)) in c.points.iter().enumerate() {
        assert!((12.0..=308.0).contains(x), "point {i} x {x}");
        assert!((12.0..=108.0).contains(y), "point {i} y {y}");
        let expected = c.levels[usize::from(rs[i].value - 1)].1;
        assert_eq!(*y, expected, "point {i} sits on its level");
    }
    assert_eq!(c.points[0].0, 12.0);
    assert_eq!(c.points[499].0, 308.0);
    assert_eq!(c.polyline().split(' ').count(), 500);
}

#[test]
fn several_ratings_on_one_day_spread_across_the_width() {
    let rs = [
        rating("a", Skill::Boundaries, "2026-11-03", 2),
        rating("b", Skill::Boundaries, "2026-11-03", 4),
    ];
    let refs: Vec<&SkillRating> = rs.iter().collect();
    let c = chart(&refs, 100.0, 100.0, 10.0);
    assert_eq!(c.points[0].0, 10.0);
    assert_eq!(c.points[1].0, 90.0);
}

#[test]
fn patterns_are_named_unticked_and_listed_in_checklist_order() {
    let mut work = SelfWork::default();
    work.set_pattern("own-1", "  Keeping score  ", true, 1);
    work.set_pattern("shutdowns", "", true, 2);
    work.set_pattern("jealousy", "", true, 3);
    let labels: Vec<&str> = work.chosen_patterns().iter().map(|p| p.label()).collect();
    assert_eq!(labels, ["Jealousy or insecurity", "Shutting down emotionally", "Keeping score"]);
    work.set_pattern("jealousy", "", false, 4);
    assert!(!work.is_chosen("jealousy"));
    assert_eq!(work.chosen_patterns().len(), 2);
    assert_eq!(work.patterns.len(), 3, "an unticked pattern is kept, switched off");
}

#[test]
fn practices_are_adopted_and_done_on_days() {
    let mut work = SelfWork::default();
    work.set_adopted("say-no", true, 1);
    work.set_practice_done("say-no", d("2026-11-05"), true, 2);
    work.set_practice_done("say-no", d("2026-11-02"), true, 3);
    work.set_practice_done("say-no", d("2026-11-05"), true, 4);
    assert_eq!(work.practice("say-no").unwrap().done_on, vec![d("2026-11-02"), d("2026-11-05")]);
    work.set_practice_done("say-no", d("2026-11-02"), false, 5);
    assert_eq!(work.practice("say-no").unwrap().done_on, vec![d("2026-11-05")]);
    work.set_adopted("say-no", false, 6);
    assert!(!work.practice("say-no").unwrap().adopted);
    assert_eq!(work.practice("say-no").unwrap().done_on.len(), 1, "history stays");
}

#[test]
fn merging_keeps_both_sides_and_the_newer_change() {
    let mut a = SelfWork::default();
    a.add_rating(rating("r1", Skill::Boundaries, "2026-11-01", 2));
    a.set_pattern("jealousy", "", true, 10);
    a.add_plan_item(item("p1", Area::Friends, "Call Sam", 1));
    a.own_feet = "old words".into();
    a.own_feet_updated_at = 5;

    let mut b = a.clone();
    b.add_rating(rating("r2", Skill::Boundaries, "2026-11-08", 4));
    b.set_pattern("jealousy", "", false, 20);
    b.set_done_this_week("p1", d("2026-11-04"), true, 30);
    b.add_plan_item(item("p2", Area::Hobby, "Guitar", 2));
    b.own_feet = "new words".into();
    b.own_feet_updated_at = 9;
    a.add_rating(rating("r3", Skill::SelfWorth, "2026-11-09", 3));

    let mut merged = a.clone();
    merged.merge_from(&b);
    assert_eq!(merged.ratings.len(), 3);
    assert!(!merged.is_chosen("jealousy"), "the later untick wins");
    assert_eq!(merged.plan.len(), 2);
    assert!(merged.plan[0].done_in_week(d("2026-11-03")));
    assert_eq!(merged.own_feet, "new words");

    // The other way round gives the same result.
    let mut other_way = b.clone();
    other_way.merge_from(&a);
    assert_eq!(other_way.ratings, merged.ratings);
    assert_eq!(other_way.own_feet, "new words");
    assert!(!other_way.is_chosen("jealousy"));
}

#[test]
fn the_glance_counts_what_moved() {
    let mut work = SelfWork::default();
    work.add_rating(rating("r1", Skill::Boundaries, "2026-11-01", 2));
    work.add_rating(rating("r2", Skill::Boundaries, "2026-11-20", 4));
    work.set_pattern("lies", "", true, 1);
    work.set_adopted("say-no", true, 1);
    work.add_plan_item(item("p1", Area::Friends, "Call Sam", 1));
    work.add_plan_item(item("p2", Area::Body, "Walk", 2));
    work.set_done_this_week("p1", d("2026-11-25"), true, 3);
    work.set_done_this_week("p2", d("2026-11-10"), true, 3);
    let answers = ["my-part", "unsaid", "my-part", "not-a-prompt"];
    let g = glance(&work, answers.iter().copied(), d("2026-11-26"));
    assert_eq!((g.prompts_answered, g.answers), (2, 3));
    assert_eq!(g.patterns, 1);
    assert_eq!(g.trends.len(), 1);
    assert_eq!(g.trends[0].latest.1, 4);
    assert_eq!(g.practices_adopted, 1);
    assert_eq!((g.plan_items, g.done_this_week), (2, 1));
    // Weeks of 23 Nov (p1) and 9 Nov (p2) out of the last four.
    assert_eq!(g.active_weeks_of_last_four, 2);
}
