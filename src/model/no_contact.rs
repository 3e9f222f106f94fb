//! No contact: the commitment, the tracker that survives slips, and the log of
//! urges and unsent messages. Days are counted on the person's own calendar:
//! every event keeps the local date it happened on (as the browser saw it),
//! and all counting is whole calendar days between such dates (see
//! [`super::date`]), so daylight-saving changes and travel cannot skew a count.

use serde::{Deserialize, Serialize};

use super::date::{LocalDate, Moment};

/// One of the promises the person makes to themselves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    pub id: String,
    pub text: String,
    pub agreed: bool,
}

/// The commitments the guide describes, as a starting point the person can edit.
pub fn default_commitments() -> Vec<Commitment> {
    [
        ("no-messages", "No texts, calls or messages, not even “just to check in”"),
        ("no-social", "No liking, commenting on or watching what they post"),
        ("no-friends", "No asking mutual friends how they are or what they are doing"),
        ("no-run-ins", "No “accidental” run-ins at places they go"),
    ]
    .into_iter()
    .map(|(id, text)| Commitment { id: id.into(), text: text.into(), agreed: false })
    .collect()
}

/// What happened when the person reached out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SlipKind {
    Texted,
    Called,
    CheckedProfile,
    AskedFriend,
    SawThem,
    Other,
}

impl SlipKind {
    pub const ALL: [SlipKind; 6] = [
        SlipKind::Texted,
        SlipKind::Called,
        SlipKind::CheckedProfile,
        SlipKind::AskedFriend,
        SlipKind::SawThem,
        SlipKind::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            SlipKind::Texted => "texted",
            SlipKind::Called => "called",
            SlipKind::CheckedProfile => "checked-profile",
            SlipKind::AskedFriend => "asked-friend",
            SlipKind::SawThem => "saw-them",
            SlipKind::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<SlipKind> {
        SlipKind::ALL.into_iter().find(|k| k.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            SlipKind::Texted => "I texted or messaged them",
            SlipKind::Called => "I called them",
            SlipKind::CheckedProfile => "I checked their profile",
            SlipKind::AskedFriend => "I asked a friend about them",
            SlipKind::SawThem => "I went where I might see them",
            SlipKind::Other => "Something else",
        }
    }
}

/// A time the person reached out. Information, not failure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slip {
    pub id: String,
    pub at: i64,
    pub on: LocalDate,
    pub kind: SlipKind,
    #[serde(default)]
    pub trigger: String,
    #[serde(default)]
    pub feeling: String,
}

/// A time they got in touch. Whether it breaks no contact depends on whether
/// the person engaged, which they decide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TheyReachedOut {
    pub id: String,
    pub at: i64,
    pub on: LocalDate,
    pub engaged: bool,
    #[serde(default)]
    pub note: String,
}

/// How an urge ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UrgeOutcome {
    HeldOn,
    ReachedOut,
}

/// One "I want to text them" moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Urge {
    pub id: String,
    pub at: i64,
    pub on: LocalDate,
    /// Local hour of day, 0 to 23, for "your hardest hours".
    pub hour: u8,
    /// 0 to 10.
    pub intensity: u8,
    pub outcome: UrgeOutcome,
}

/// A message written instead of sent. Kept here only; never sent or shared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unsent {
    pub id: String,
    pub at: i64,
    pub text: String,
}

/// Everything about no contact. (Format 2.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NoContact {
    /// When no contact began; `None` until the person starts it.
    pub started_on: Option<LocalDate>,
    /// The length the person is aiming for, in days.
    pub goal_days: Option<u32>,
    /// `None` until the person first looks at them (then the defaults, editable).
    pub commitments: Option<Vec<Commitment>>,
    /// "Why I'm doing this", in their words.
    pub reasons: String,
    pub slips: Vec<Slip>,
    pub they_reached_out: Vec<TheyReachedOut>,
    pub urges: Vec<Urge>,
    pub unsent: Vec<Unsent>,
    pub updated_at: i64,
}

/// What the tracker leads with. One rule for every screen that shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    /// The run still going leads.
    Streak,
    /// Contact today, or the day after it (no full day has passed since):
    /// what stays leads (the longest run, the days in all), and today is a
    /// new start.
    NewStart,
    /// The last contact was the first message, sent by choice on that day:
    /// not a slip.
    MessageSent(LocalDate),
}

/// The figures the tracker shows, all in whole days.
#[derive(Clone, Debug, PartialEq)]
pub struct Streaks {
    /// Full days in a row without contact, up to yesterday. The same count
    /// answers "how long since I was last in touch": a day counts once it is
    /// over, so the day after contact is day 0, not day 1.
    pub current: i64,
    pub longest: i64,
    /// Full days without contact since the start, slips or not.
    pub total: i64,
    /// Days that had contact.
    pub contact_days: usize,
    /// The last day with contact, on or before today.
    pub last_contact: Option<LocalDate>,
    pub lead: Lead,
    /// Share of the goal reached by the current streak, 0 to 1.
    pub goal_progress: Option<f64>,
}

/// When the last contact was, in words: "today", "yesterday", or "3 days ago".
pub fn last_contact_words(last: LocalDate, today: LocalDate) -> String {
    match last.days_until(today) {
        i64::MIN..=0 => "today".to_string(),
        1 => "yesterday".to_string(),
        n => format!("{n} days ago"),
    }
}

impl NoContact {
    /// The days with contact on or after the start: slips, times they got in
    /// touch and the person engaged, and `also` (the days a first message was
    /// sent). Sorted, each day once.
    pub fn contact_days(&self, also: &[LocalDate]) -> Vec<LocalDate> {
        let Some(start) = self.started_on else { return Vec::new() };
        let mut days: Vec<LocalDate> = self
            .slips
            .iter()
            .map(|s| s.on)
            .chain(self.they_reached_out.iter().filter(|t| t.engaged).map(|t| t.on))
            .chain(also.iter().copied())
            .filter(|d| *d >= start)
            .collect();
        crate::model::sort::sort_by(&mut days, |a, b| a.cmp(b));
        days.dedup();
        days
    }

    /// The figures as of `today`, counting the days in `sent` (first messages
    /// sent) as contact too. A day counts once it is over: the day of the
    /// start and today are not yet full days.
    pub fn streaks(&self, today: LocalDate, sent: &[LocalDate]) -> Option<Streaks> {
        let start = self.started_on?;
        let contact_so_far: Vec<LocalDate> =
            self.contact_days(sent).into_iter().filter(|d| *d <= today).collect();
        let elapsed = start.days_until(today).max(0);
        let total = elapsed - contact_so_far.iter().filter(|d| **d < today).count() as i64;
        let runs = self.runs(today, sent);
        let longest = runs.iter().map(|r| r.2).max().unwrap_or(0);
        let last_contact = contact_so_far.last().copied();
        let current = match last_contact {
            Some(day) => (day.days_until(today) - 1).max(0),
            None => elapsed,
        };
        let lead = match last_contact {
            Some(day) if sent.contains(&day) => Lead::MessageSent(day),
            Some(_) if current == 0 => Lead::NewStart,
            _ => Lead::Streak,
        };
        let goal_progress = self.goal_days.filter(|g| *g > 0).map(|g| (current as f64 / f64::from(g)).min(1.0));
        Some(Streaks {
            current,
            longest,
            total: total.max(0),
            contact_days: contact_so_far.len(),
            last_contact,
            lead,
            goal_progress,
        })
    }

    /// Folds another copy in: every logged event from both (matched by id),
    /// and the settings (start, goal, commitments, reasons) of the newer copy.
    pub fn merge_from(&mut self, other: &NoContact) {
        fn union<T: Clone>(mine: &mut Vec<T>, theirs: &[T], id: impl Fn(&T) -> &str, at: impl Fn(&T) -> i64) {
            for t in theirs {
                if !mine.iter().any(|m| id(m) == id(t)) {
                    mine.push(t.clone());
                }
            }
            crate::model::sort::sort_by_key(mine, |x| at(x));
        }
        union(&mut self.slips, &other.slips, |x| &x.id, |x| x.at);
        union(&mut self.they_reached_out, &other.they_reached_out, |x| &x.id, |x| x.at);
        union(&mut self.urges, &other.urges, |x| &x.id, |x| x.at);
        union(&mut self.unsent, &other.unsent, |x| &x.id, |x| x.at);
        if other.updated_at > self.updated_at {
            self.started_on = other.started_on;
            self.goal_days = other.goal_days;
            self.commitments = other.commitments.clone();
            self.reasons = other.reasons.clone();
            self.updated_at = other.updated_at;
        }
    }

    /// Every run of days without contact, oldest first: its first day, the
    /// day it ended (a contact day, or `today` for the one still going), and
    /// its length in full days. Runs of no days are left out.
    pub fn runs(&self, today: LocalDate, sent: &[LocalDate]) -> Vec<(LocalDate, LocalDate, i64)> {
        let Some(start) = self.started_on else { return Vec::new() };
        let mut out = Vec::new();
        let mut run_start = start;
        for day in self.contact_days(sent).into_iter().filter(|d| *d <= today) {
            let len = run_start.days_until(day);
            if len > 0 {
                out.push((run_start, day, len));
            }
            run_start = day.plus_days(1);
        }
        let len = run_start.days_until(today);
        if len > 0 {
            out.push((run_start, today, len));
        }
        out
    }

    /// Starts no contact, or changes its start (kept as it was with `None`)
    /// and its goal (none with `None` or 0).
    pub fn set_start(&mut self, on: Option<LocalDate>, goal_days: Option<u32>, now: i64) {
        if on.is_some() {
            self.started_on = on;
        }
        self.goal_days = goal_days.filter(|g| *g > 0);
        crate::model::stamp(&mut self.updated_at, now);
    }

    pub fn commitments_or_defaults(&self) -> Vec<Commitment> {
        self.commitments.clone().unwrap_or_else(default_commitments)
    }

    /// Changes the commitments (the defaults, until the person first
    /// changes them) and stamps the change.
    fn change_commitments(&mut self, now: i64, f: impl FnOnce(&mut Vec<Commitment>)) {
        let mut list = self.commitments_or_defaults();
        f(&mut list);
        self.commitments = Some(list);
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// Adds a commitment in the person's words, agreed to (blank is refused).
    pub fn add_commitment(&mut self, id: &str, text: &str, now: i64) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        self.change_commitments(now, |l| l.push(Commitment { id: id.to_string(), text: text.to_string(), agreed: true }));
        true
    }

    /// Agrees to a commitment, or takes the agreement back.
    pub fn toggle_commitment(&mut self, id: &str, now: i64) {
        self.change_commitments(now, |l| {
            if let Some(c) = l.iter_mut().find(|c| c.id == id) {
                c.agreed = !c.agreed;
            }
        });
    }

    /// Rewords a commitment (blank is refused).
    pub fn reword_commitment(&mut self, id: &str, text: &str, now: i64) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        self.change_commitments(now, |l| {
            if let Some(c) = l.iter_mut().find(|c| c.id == id) {
                c.text = text.to_string();
            }
        });
        true
    }

    pub fn remove_commitment(&mut self, id: &str, now: i64) {
        self.change_commitments(now, |l| l.retain(|c| c.id != id));
    }

    /// "Why I'm doing this", as the person types it.
    pub fn set_reasons(&mut self, text: &str, now: i64) {
        self.reasons = text.to_string();
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// Logs that the person reached out (`when`): what, what set it off, how it felt.
    pub fn log_slip(&mut self, id: &str, kind: SlipKind, trigger: &str, feeling: &str, when: Moment) {
        let slip = Slip {
            id: id.to_string(),
            at: when.at,
            on: when.on,
            kind,
            trigger: trigger.trim().to_string(),
            feeling: feeling.trim().to_string(),
        };
        let at = self.slips.partition_point(|s| s.at <= slip.at);
        self.slips.insert(at, slip);
    }

    /// Logs that they got in touch (`when`), and whether the person engaged.
    pub fn log_they_reached_out(&mut self, id: &str, engaged: bool, note: &str, when: Moment) {
        let entry = TheyReachedOut { id: id.to_string(), at: when.at, on: when.on, engaged, note: note.trim().to_string() };
        let at = self.they_reached_out.partition_point(|t| t.at <= entry.at);
        self.they_reached_out.insert(at, entry);
    }

    /// Logs an urge that began at `began` and how it ended; one that ended
    /// in reaching out is also a slip (a text), logged as of `ended`.
    pub fn log_urge(&mut self, ids: (&str, &str), intensity: u8, outcome: UrgeOutcome, began: Moment, ended: Moment) {
        let urge = Urge { id: ids.0.to_string(), at: began.at, on: began.on, hour: began.hour.min(23), intensity: intensity.min(10), outcome };
        let at = self.urges.partition_point(|u| u.at <= urge.at);
        self.urges.insert(at, urge);
        if outcome == UrgeOutcome::ReachedOut {
            self.log_slip(ids.1, SlipKind::Texted, "The urge to text them", "", ended);
        }
    }

    /// Keeps a message written instead of sent (blank is refused).
    pub fn keep_unsent(&mut self, id: &str, text: &str, now: i64) -> bool {
        let text = text.trim_end();
        if text.trim().is_empty() {
            return false;
        }
        let unsent = Unsent { id: id.to_string(), at: now, text: text.to_string() };
        let at = self.unsent.partition_point(|u| u.at <= unsent.at);
        self.unsent.insert(at, unsent);
        true
    }
}

/// Gentle markers along the way.
pub const MILESTONES: [i64; 9] = [1, 3, 7, 14, 21, 30, 45, 60, 90];

/// The words for the milestone just reached by a streak, if any.
pub fn milestone_words(current: i64) -> Option<String> {
    let reached = MILESTONES.iter().rev().find(|m| current >= **m)?;
    Some(match reached {
        1 => "Your first full day. The hardest ones are often the first.".to_string(),
        3 => "Three days. Your nervous system is starting to settle.".to_string(),
        7 => "A whole week. That took real strength.".to_string(),
        14 => "Two weeks. Notice the moments that feel a little lighter.".to_string(),
        21 => "Three weeks. New habits are taking root.".to_string(),
        30 => "A month. Look how far you have come.".to_string(),
        n => format!("{n} days. This is what steadiness looks like."),
    })
}

/// Goal lengths offered; the person can also type their own.
pub const GOAL_CHOICES: [u32; 6] = [14, 21, 30, 45, 60, 90];
