//! Keeping the writing safe on this device: how much this browser puts it
//! at risk, how soon the backup reminder comes because of that, when the
//! install card may show again after it was put away, and which way of
//! installing to describe. Every input is a plain value; the browser code
//! that finds them (by feature, not by the user agent) is `crate::install`.
//!
//! Why the risk: Safari, and every browser on iPhone and iPad (they all run
//! WebKit), deletes a site's script-written storage, localStorage included,
//! after seven days of browser use without a visit, unless the site was
//! added to the Home Screen. Other browsers may clear a site's data when the
//! device runs short of space unless it was granted persistent storage.
//! Sources, checked 2026-12-02:
//! - WebKit's "Full Third-Party Cookie Blocking and More" (March 2020),
//!   quoted word for word at <https://ionicframework.com/blog/is-apple-trying-to-kill-pwas/>
//!   ("deleting all of a website's script-writable storage after seven days
//!   of Safari use without user interaction on the site", LocalStorage
//!   listed), and reported with the Home Screen exception at
//!   <https://www.theregister.com/2020/03/26/apple_relax_were_not_totally/>
//!   ("applies to other browsers on iOS too", "there's a way to avoid that").
//! - <https://www.simoahava.com/amp/privacy/first-party-cookies-webkit-revisited/>
//!   (LocalStorage among what is removed after 7 days of browser use without
//!   interaction).
//! - MDN, storage quotas and eviction:
//!   <https://developer.mozilla.org/docs/Web/API/Storage_API/Storage_quotas_and_eviction_criteria>;
//!   persistent storage: <https://web.dev/persistent-storage>.

use super::import::DEFAULT_BACKUP_REMINDER_DAYS;

/// The backup reminder's interval where the writing is at risk.
pub const AT_RISK_REMINDER_DAYS: u32 = 7;

/// How long the install card stays away after it was put away.
pub const INSTALL_CARD_PAUSE_DAYS: i64 = 14;

const DAY_MS: i64 = 86_400_000;

/// What this browser means for the writing kept in it, found by feature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Risk {
    /// A WebKit browser (Safari, or any browser on iPhone and iPad).
    pub webkit: bool,
    /// Opened as an installed app (from the home screen or the dock).
    pub installed: bool,
    /// Whether the browser agreed to keep the data (`navigator.storage
    /// .persisted()`); `None` where it can't say.
    pub persisted: Option<bool>,
}

impl Risk {
    /// Safari's seven-day rule applies here: WebKit, opened in a tab.
    pub fn seven_day_rule(&self) -> bool {
        self.webkit && !self.installed
    }

    /// Whether the writing is at risk of being cleared by the browser: the
    /// seven-day rule, or persistent storage not granted.
    pub fn at_risk(&self) -> bool {
        self.seven_day_rule() || self.persisted == Some(false)
    }

    /// The risk on this browser, in plain words.
    pub fn describe(&self) -> &'static str {
        if self.seven_day_rule() {
            "On this browser, your writing can be cleared if Unlost isn't opened for a week of browsing. On iPhone and iPad, adding Unlost to the Home Screen stops that; a backup file keeps a copy either way."
        } else if self.persisted == Some(false) {
            "This browser may clear Unlost's data if the device runs short of space. A backup file keeps a copy either way."
        } else if self.persisted == Some(true) {
            "This browser has agreed to keep Unlost's data. Clearing the browser's data by hand would still remove it, so a backup is still worth having."
        } else {
            "This browser doesn't say whether it keeps Unlost's data. A backup file keeps a copy either way."
        }
    }
}

/// How often the backup reminder comes, and whether it comes sooner than
/// the person chose because of the risk (then it says so).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReminderInterval {
    /// Days without a backup before the reminder; 0 for never.
    pub days: u32,
    /// Shortened to `AT_RISK_REMINDER_DAYS` because the writing is at risk.
    pub sooner: bool,
}

/// The reminder's interval from the person's choice (`None`: the default,
/// 0: never) and the risk: where the writing is at risk, a week, unless the
/// person chose never or something no longer than a week.
pub fn reminder_interval(chosen: Option<u32>, risk: Risk) -> ReminderInterval {
    let days = chosen.unwrap_or(DEFAULT_BACKUP_REMINDER_DAYS);
    if risk.at_risk() && days > AT_RISK_REMINDER_DAYS {
        ReminderInterval { days: AT_RISK_REMINDER_DAYS, sooner: true }
    } else {
        ReminderInterval { days, sooner: false }
    }
}

/// Whether the install card may show, given when it was last put away.
/// A clock set back before that moment keeps it away until it is past.
pub fn install_card_may_show(dismissed_at: Option<i64>, now: i64) -> bool {
    match dismissed_at {
        None => true,
        Some(at) => now.saturating_sub(at) >= INSTALL_CARD_PAUSE_DAYS * DAY_MS,
    }
}

/// How Unlost can be put on the home screen in this browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstallWay {
    /// The browser offered its own install prompt (Chromium's
    /// `beforeinstallprompt`): one button.
    Prompt,
    /// Safari on iPhone or iPad (`navigator.standalone` is false): Share,
    /// then Add to Home Screen.
    ShareSheet,
    /// Firefox on Android: the menu, then Install.
    BrowserMenu,
    /// No way to install found: it already works offline here.
    None,
}

/// Which way to describe, most specific first.
pub fn install_way(prompt_ready: bool, ios_tab: bool, firefox_android: bool) -> InstallWay {
    if prompt_ready {
        InstallWay::Prompt
    } else if ios_tab {
        InstallWay::ShareSheet
    } else if firefox_android {
        InstallWay::BrowserMenu
    } else {
        InstallWay::None
    }
}

/// Whether the first journal entry should be followed by the gentle "keep
/// a copy" suggestion: at risk, exactly one entry so far, never suggested
/// before, and no backup made yet.
pub fn suggest_keep_copy(risk: Risk, entries: usize, suggested_before: bool, backed_up: bool) -> bool {
    risk.at_risk() && entries == 1 && !suggested_before && !backed_up
}
