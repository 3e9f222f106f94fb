//! The timeline, search (case, accents, ranking, filters), the Markdown
//! export and the calendar reminder.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::checkin::{set_checkin, CheckIn, ContactToday};
use unlost::model::export::{escape_block, markdown};
use unlost::model::ics::{daily_reminder, escape_text, fold_line, week_rule, Transition, Zone};
use unlost::model::date::LocalDate;
use unlost::model::no_contact::{Slip, SlipKind};
use unlost::model::timeline::{fold, items, no_contact_history, Index, Kind};
use unlost::model::{Document, JournalEntry, Origin, StageId};

fn d(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap()
}

fn sample() -> Document {
    let mut doc = Document::default();
    doc.add_entry(JournalEntry::new("j1", 1_000, "Walked past our café and felt fine.", None));
    doc.add_entry(JournalEntry::new("j2", 2_000, "Cafe again. The CAFÉ is just a café now.", None));
    doc.add_entry(JournalEntry::new(
        "j3",
        3_000,
        "I went quiet when I was hurt.",
        Some(Origin { stage: StageId::WorkOnYourself, prompt: Some("my-part".into()) }),
    ));
    doc.add_entry(JournalEntry::new("j4", 4_000, "Scaffolding outside, noisy day.", None));
    set_checkin(
        &mut doc.checkins,
        CheckIn { on: d("2026-11-02"), mood: 2, urge: 9, contact: ContactToday::None, line: "Rough café morning".into(), at: 5_000, updated_at: 5_000 },
    );
    doc.no_contact.slips.push(Slip {
        id: "s1".into(),
        at: 6_000,
        on: d("2026-11-03"),
        kind: SlipKind::Texted,
        trigger: "their birthday".into(),
        feeling: String::new(),
    });
    doc
}

#[test]
fn everything_is_on_the_timeline_newest_first() {
    let index = Index::build(&sample());
    let kinds: Vec<Kind> = index.items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [Kind::Slip, Kind::CheckIn, Kind::Journal, Kind::Answer, Kind::Journal, Kind::Journal]);
    assert_eq!(index.items[3].title, "What part did you play in how it ended?");
    assert_eq!(index.items[3].path, "/stage/work-on-yourself/reflect/my-part");
}

/// The sample, with contact either way, urges, an unsent message, and the
/// first message and what followed.
fn with_contact() -> Document {
    use unlost::model::first_message::{Message, ReplyTone, Sender};
    use unlost::model::no_contact::{TheyReachedOut, Unsent, Urge, UrgeOutcome};
    let mut doc = sample();
    let on = d("2026-11-04");
    doc.no_contact.they_reached_out.push(TheyReachedOut { id: "t1".into(), at: 7_000, on, engaged: false, note: "A birthday text".into() });
    doc.no_contact.they_reached_out.push(TheyReachedOut { id: "t2".into(), at: 8_000, on, engaged: true, note: String::new() });
    doc.no_contact.urges.push(Urge { id: "u1".into(), at: 9_000, on, hour: 23, intensity: 7, outcome: UrgeOutcome::HeldOn });
    doc.no_contact.urges.push(Urge { id: "u2".into(), at: 10_000, on, hour: 0, intensity: 9, outcome: UrgeOutcome::ReachedOut });
    doc.no_contact.unsent.push(Unsent { id: "v1".into(), at: 11_000, text: "I miss you.".into() });
    let message = |id: &str, at: i64, from: Sender, text: &str| Message {
        id: id.into(),
        at,
        from,
        text: text.into(),
        tone: None,
        feeling: String::new(),
        updated_at: at,
        on: None,
    };
    doc.first_message.add_message(Message { feeling: "Nervous".into(), ..message("m1", 12_000, Sender::Me, "Hi, I hope you're well.") });
    doc.first_message.add_message(Message { tone: Some(ReplyTone::Warm), ..message("m2", 13_000, Sender::Them, "Good to hear from you.") });
    doc.first_message.add_message(message("m3", 14_000, Sender::Me, "Coffee next week?"));
    doc
}

/// One wording for each moment, on the timeline and on the no-contact page.
#[test]
fn the_no_contact_history_is_the_timeline_s_own_items() {
    let doc = with_contact();
    let history = no_contact_history(&doc);
    let rows: Vec<(&str, &str, &str)> = history.iter().map(|i| (i.key.as_str(), i.title.as_str(), i.text.as_str())).collect();
    assert_eq!(
        rows,
        [
            ("m3", "I sent a message", "Coffee next week?"),
            ("m1", "I sent my first message", "Hi, I hope you're well.\nI felt: Nervous"),
            ("u2", "Wanted to text them, and reached out", "Strength 9 of 10"),
            ("u1", "Wanted to text them, and held on", "Strength 7 of 10"),
            ("t2", "They got in touch, and I replied", ""),
            ("t1", "They got in touch; I didn't engage", "A birthday text"),
            ("s1", "I texted or messaged them", "Set off by: their birthday"),
        ],
        "their reply, the unsent message, the journal and check-ins are not on it"
    );
    let timeline = items(&doc);
    for h in &history {
        assert!(timeline.contains(h), "{} is on the timeline, worded the same", h.key);
    }
    let titles: Vec<&str> = timeline.iter().filter(|i| i.key == "m2" || i.key == "v1").map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["They replied (warm)", "Unsent message"]);
    assert_eq!(timeline.len(), history.len() + 7, "four journal entries, a check-in, the unsent message and their reply");
}

#[test]
fn search_ignores_case_and_accents_and_ranks_better_matches_first() {
    let index = Index::build(&sample());
    let keys = |q: &str| index.search(q, None, None).into_iter().map(|i| index.items[i].key.clone()).collect::<Vec<_>>();
    // j2 says it four times; j1 and the check-in once each; "scaffolding" is no match for a word start but still contains "caf".
    assert_eq!(keys("CAFE"), ["j2", "checkin-2026-11-02", "j1"]);
    assert_eq!(keys("café"), keys("cafe"));
    assert_eq!(keys("caf")[0], "j2");
    assert!(keys("caf").contains(&"j4".to_string()), "a match inside a word still counts");
    assert_eq!(keys("quiet hurt"), ["j3"], "every word must match");
    assert!(keys("quiet birthday").is_empty());
    assert_eq!(keys("birthday"), ["s1"]);
    assert_eq!(keys("").len(), 6, "no query lists everything");
    assert_eq!(keys("   ").len(), 6);
}

#[test]
fn filters_by_kind_and_stage() {
    let index = Index::build(&sample());
    assert_eq!(index.search("", Some(Kind::Journal), None).len(), 3);
    assert_eq!(index.search("", None, Some(StageId::WorkOnYourself)).len(), 1);
    assert_eq!(index.search("cafe", Some(Kind::CheckIn), None).len(), 1);
    assert!(index.search("cafe", None, Some(StageId::NoContact)).is_empty());
}

#[test]
fn folding_handles_accents_ligatures_and_curly_quotes() {
    assert_eq!(fold("Crème Brûlée"), "creme brulee");
    assert_eq!(fold("Straße ŁÓDŹ Æon"), "strasse lodz aeon");
    assert_eq!(fold("I don’t"), "i don't");
    assert_eq!(fold("💔 Ok"), "💔 ok");
}

#[test]
fn search_stays_fast_on_thousands_of_entries() {
    let mut doc = Document::default();
    for i in 0..3000 {
        doc.add_entry(JournalEntry::new(
            format!("j{i}"),
            i,
            format!("Day {i}. A long walk, a call with my sister, and a quiet evening writing here instead of texting."),
            None,
        ));
    }
    let index = Index::build(&doc);
    let start = std::time::Instant::now();
    let hits = index.search("sister quiet", None, None);
    let took = start.elapsed();
    assert_eq!(hits.len(), 3000);
    // Not a benchmark (the bench command measures it in the browser), only
    // a guard against an accidentally quadratic search.
    assert!(took.as_millis() < 2000, "{took:?}");
}

#[test]
fn markdown_export_is_grouped_dated_and_keeps_text_as_written() {
    let mut doc = sample();
    doc.add_entry(JournalEntry::new("j5", 500, "# not a heading\n- not a list\n1. not numbered", None));
    doc.no_contact.unsent.push(unlost::model::no_contact::Unsent { id: "u".into(), at: 700, text: "I miss you.".into() });
    doc.moving_on.closure_letter = "Thank you, and goodbye.".into();
    let md = markdown(&doc, &|at| format!("D{at}"), "30 November 2026");
    assert!(md.starts_with("# My writing in Unlost\n\nExported 30 November 2026."));
    let journal = md.find("## Journal").unwrap();
    let reflection = md.find("## Reflection: What part did you play in how it ended?").unwrap();
    assert!(journal < reflection);
    // Oldest first within a section, each dated.
    let a = md.find("### D500").unwrap();
    let b = md.find("### D1000").unwrap();
    assert!(a < b);
    assert!(md.contains("\\# not a heading  \n\\- not a list  \n\\1. not numbered"), "{md}");
    assert!(md.contains("## Messages I wrote and did not send\n\n### D700\n\nI miss you."));
    assert!(md.contains("## Check-in notes\n\n### D5000 · mood: low\n\nRough café morning"));
    assert!(md.contains("## The letter I kept\n\nThank you, and goodbye."));
    assert!(!md.contains("## After the talk"), "empty sections are left out");
    assert_eq!(escape_block("  > quoted"), "  \\> quoted  ");
}

fn berlin() -> Zone {
    Zone {
        tzid: "Europe/Berlin".into(),
        standard_offset: 60,
        daylight: Some((
            Transition { month: 3, weekday: 0, week: -1, hour: 2, minute: 0, from_offset: 60, to_offset: 120 },
            Transition { month: 10, weekday: 0, week: -1, hour: 3, minute: 0, from_offset: 120, to_offset: 60 },
        )),
    }
}

#[test]
fn week_rules_name_last_and_nth_weekdays() {
    assert_eq!(week_rule(2026, 3, 29), Some((-1, 0)), "last Sunday of March 2026");
    assert_eq!(week_rule(2026, 3, 8), Some((2, 0)), "second Sunday of March (US)");
    assert_eq!(week_rule(2026, 11, 1), Some((1, 0)), "first Sunday of November (US)");
    assert_eq!(week_rule(2026, 4, 5), Some((1, 0)), "first Sunday of April (Sydney)");
    assert_eq!(week_rule(2026, 2, 30), None);
}

#[test]
fn the_reminder_is_a_daily_event_in_the_persons_zone() {
    let ics = daily_reminder(&berlin(), 21, 30, d("2026-12-01"), "abc@unlost", "20261130T120000Z");
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "every line ends with CRLF");
    let lines: Vec<&str> = ics.split("\r\n").collect();
    for l in &lines {
        assert!(l.len() <= 75, "line too long: {l}");
    }
    for needed in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "TZID:Europe/Berlin",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "UID:abc@unlost",
        "DTSTAMP:20261130T120000Z",
        "DTSTART;TZID=Europe/Berlin:20261201T213000",
        "RRULE:FREQ=DAILY",
        "SUMMARY:A moment for yourself",
        "BEGIN:VALARM",
    ] {
        assert!(lines.contains(&needed), "missing {needed:?} in\n{ics}");
    }
    let begins = lines.iter().filter(|l| l.starts_with("BEGIN:")).count();
    let ends = lines.iter().filter(|l| l.starts_with("END:")).count();
    assert_eq!(begins, ends);
    // Nothing about the breakup in a calendar others may see.
    let lower = ics.to_lowercase();
    assert!(!lower.contains("breakup") && !lower.contains(" ex ") && !lower.contains("text them"));
}

#[test]
fn zones_without_daylight_saving_and_west_of_utc() {
    let tokyo = Zone { tzid: "Asia/Tokyo".into(), standard_offset: 540, daylight: None };
    let ics = daily_reminder(&tokyo, 8, 0, d("2026-12-01"), "u", "20261130T000000Z");
    assert!(ics.contains("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\n"));
    assert!(!ics.contains("DAYLIGHT"));
    let ny = Zone {
        tzid: "America/New_York".into(),
        standard_offset: -300,
        daylight: Some((
            Transition { month: 3, weekday: 0, week: 2, hour: 2, minute: 0, from_offset: -300, to_offset: -240 },
            Transition { month: 11, weekday: 0, week: 1, hour: 2, minute: 0, from_offset: -240, to_offset: -300 },
        )),
    };
    let ics = daily_reminder(&ny, 20, 0, d("2026-12-01"), "u", "20261130T000000Z");
    assert!(ics.contains("DTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400"));
    assert!(ics.contains("DTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"));
}

#[test]
fn text_is_escaped_and_long_lines_folded_on_character_boundaries() {
    assert_eq!(escape_text("a, b; c\\d\nnew"), "a\\, b\\; c\\\\d\\nnew");
    let long = format!("DESCRIPTION:{}", "é".repeat(60));
    let folded = fold_line(&long);
    for (i, part) in folded.split("\r\n").enumerate() {
        assert!(part.len() <= 75, "{i}: {} octets", part.len());
        if i > 0 {
            assert!(part.starts_with(' '));
        }
    }
    assert_eq!(folded.replace("\r\n ", ""), long);
    assert_eq!(fold_line("SHORT:line"), "SHORT:line");
}
