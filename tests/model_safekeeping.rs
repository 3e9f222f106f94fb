//! Keeping the writing safe: the backup reminder comes sooner where this
//! browser puts the writing at risk (and says so), the install card stays
//! away 14 days after it is put away, the way to install is picked by
//! feature, and the "keep a copy" suggestion comes once.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::safekeeping::{
    install_card_may_show, install_way, reminder_interval, suggest_keep_copy, InstallWay, ReminderInterval, Risk,
};
use unlost::model::Document;

const fn risk(webkit: bool, installed: bool, persisted: Option<bool>) -> Risk {
    Risk { webkit, installed, persisted }
}

#[test]
fn the_reminder_interval_from_the_choice_and_the_risk() {
    let safe = risk(false, false, Some(true));
    let unknown = risk(false, false, None);
    let safari_tab = risk(true, false, None);
    let safari_home = risk(true, true, None);
    let safari_home_refused = risk(true, true, Some(false));
    let refused = risk(false, false, Some(false));
    let safari_tab_granted = risk(true, false, Some(true));
    let at = |days, sooner| ReminderInterval { days, sooner };
    #[rustfmt::skip]
    let cases: &[(Option<u32>, Risk, ReminderInterval, &str)] = &[
        (None,     safe,                at(14, false), "the default where nothing is at risk"),
        (None,     unknown,             at(14, false), "a browser that can't say is not counted as refusing"),
        (Some(30), safe,                at(30, false), "the chosen interval where nothing is at risk"),
        (Some(7),  safe,                at(7, false),  "a week chosen, nothing at risk"),
        (Some(0),  safe,                at(0, false),  "never stays never"),
        (None,     safari_tab,          at(7, true),   "Safari in a tab: a week instead of the default"),
        (Some(30), safari_tab,          at(7, true),   "Safari in a tab: a week instead of a month"),
        (Some(14), safari_tab,          at(7, true),   "Safari in a tab: a week instead of two"),
        (Some(7),  safari_tab,          at(7, false),  "a week chosen is not made sooner, nor said to be"),
        (Some(3),  safari_tab,          at(3, false),  "something shorter chosen stays"),
        (Some(0),  safari_tab,          at(0, false),  "never stays never, even at risk"),
        (None,     safari_home,         at(14, false), "Safari from the Home Screen is not under the seven-day rule"),
        (Some(30), safari_home,         at(30, false), "installed, the choice stands"),
        (None,     safari_home_refused, at(7, true),   "installed but persistent storage refused"),
        (None,     refused,             at(7, true),   "persistent storage refused"),
        (Some(30), refused,             at(7, true),   "persistent storage refused, a month chosen"),
        (Some(0),  refused,             at(0, false),  "refused, but never chosen"),
        (None,     safari_tab_granted,  at(7, true),   "granted storage does not lift Safari's seven-day rule"),
    ];
    for (chosen, r, want, why) in cases {
        assert_eq!(reminder_interval(*chosen, *r), *want, "{why}");
    }
}

#[test]
fn the_risk_in_words_names_the_seven_day_rule_only_where_it_applies() {
    assert!(risk(true, false, None).describe().contains("a week"));
    assert!(!risk(true, true, Some(true)).describe().contains("a week"));
    assert!(risk(false, false, Some(false)).describe().contains("short of space"));
    assert!(risk(false, false, Some(true)).describe().contains("agreed"));
    assert!(risk(false, false, None).describe().contains("doesn't say"));
}

#[test]
fn the_install_card_stays_away_fourteen_days_after_it_is_put_away() {
    let day = 86_400_000i64;
    #[rustfmt::skip]
    let cases: &[(Option<i64>, i64, bool, &str)] = &[
        (None,           0,               true,  "never put away"),
        (Some(10 * day), 10 * day,        false, "just put away"),
        (Some(10 * day), 23 * day,        false, "thirteen days later"),
        (Some(10 * day), 24 * day - 1,    false, "a moment before fourteen days"),
        (Some(10 * day), 24 * day,        true,  "fourteen days later"),
        (Some(10 * day), 90 * day,        true,  "long after"),
        (Some(10 * day), 5 * day,         false, "a clock set back keeps it away"),
    ];
    for (dismissed, now, want, why) in cases {
        assert_eq!(install_card_may_show(*dismissed, *now), *want, "{why}");
    }
}

#[test]
fn the_way_to_install_is_picked_most_specific_first() {
    #[rustfmt::skip]
    let cases: &[(bool, bool, bool, InstallWay)] = &[
        (true,  false, false, InstallWay::Prompt),
        (true,  true,  true,  InstallWay::Prompt),
        (false, true,  false, InstallWay::ShareSheet),
        (false, true,  true,  InstallWay::ShareSheet),
        (false, false, true,  InstallWay::BrowserMenu),
        (false, false, false, InstallWay::None),
    ];
    for (prompt, ios, firefox, want) in cases {
        assert_eq!(install_way(*prompt, *ios, *firefox), *want, "{prompt} {ios} {firefox}");
    }
}

#[test]
fn keep_a_copy_follows_the_first_entry_once_and_only_at_risk() {
    let at_risk = risk(true, false, None);
    let safe = risk(false, true, Some(true));
    assert!(suggest_keep_copy(at_risk, 1, false, false));
    assert!(!suggest_keep_copy(safe, 1, false, false), "not at risk");
    assert!(!suggest_keep_copy(at_risk, 0, false, false), "nothing written yet");
    assert!(!suggest_keep_copy(at_risk, 2, false, false), "only after the first");
    assert!(!suggest_keep_copy(at_risk, 1, true, false), "once");
    assert!(!suggest_keep_copy(at_risk, 1, false, true), "a backup already made");

    let mut doc = Document::default();
    doc.note_keep_copy_suggested(100);
    assert_eq!(doc.settings.keep_copy_suggested_at, Some(100));
    let stamped = doc.settings.updated_at;
    assert!(stamped >= 100);
    doc.note_keep_copy_suggested(200);
    assert_eq!(doc.settings.keep_copy_suggested_at, Some(100), "the first time is kept");
    assert_eq!(doc.settings.updated_at, stamped, "nothing changed, nothing stamped");
}
