//! Stages 5, 6 and 7 and the closing question: preparing the real
//! conversation, showing change consistently and rebuilding slowly, accepting
//! their decision (and "Moving on" mode), and who the person wants to be in
//! love from now on.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::first_message::{FirstMessage, ReplyTone, Sender};
use super::no_contact::LocalDate;
use super::self_work::SelfWork;

// ---------------------------------------------------------------- stage 5

/// Questions that invite their side, suggested and editable.
pub const DEFAULT_QUESTIONS: [&str; 3] = [
    "How did it feel for you, back then?",
    "What do you wish I had seen back then?",
    "What would you want me to know now?",
];

/// How many friendly replies from them before the app suggests the talk.
pub const FRIENDLY_EXCHANGES: usize = 3;

/// After the talk: what they said, how it felt, what was understood.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TalkNote {
    pub id: String,
    pub at: i64,
    #[serde(default)]
    pub they_said: String,
    #[serde(default)]
    pub it_felt: String,
    #[serde(default)]
    pub understood: String,
}

/// Stage 5's worksheet and notes. (Format 3.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RealTalk {
    /// They brought the breakup up themselves.
    pub they_raised_it: bool,
    /// Own your mistakes, specifically.
    pub mistakes: String,
    /// What you learned and now do differently.
    pub learned: String,
    /// Your feelings, said without begging.
    pub feelings: String,
    /// `None` until edited: then the person's own list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<String>>,
    pub notes: Vec<TalkNote>,
    pub updated_at: i64,
}

impl RealTalk {
    pub fn is_empty(&self) -> bool {
        self == &RealTalk::default()
    }

    pub fn questions_or_defaults(&self) -> Vec<String> {
        self.questions.clone().unwrap_or_else(|| DEFAULT_QUESTIONS.iter().map(|q| q.to_string()).collect())
    }

    pub fn merge_from(&mut self, other: &RealTalk) {
        let mut notes = std::mem::take(&mut self.notes);
        for n in &other.notes {
            if !notes.iter().any(|m| m.id == n.id) {
                notes.push(n.clone());
            }
        }
        crate::model::sort::sort_by(&mut notes, |a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        if other.updated_at > self.updated_at {
            *self = other.clone();
        }
        self.notes = notes;
    }
}

/// Whether the app suggests having the real conversation yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TalkTiming {
    /// No message has been exchanged yet.
    NoContactYet,
    /// Some exchanges, but few or cool ones: `friendly` so far.
    TooEarly { friendly: usize },
    /// A few friendly exchanges: `friendly` so far.
    Suggested { friendly: usize },
    /// They raised it themselves.
    TheyRaisedIt,
}

pub fn talk_timing(messages: &FirstMessage, talk: &RealTalk) -> TalkTiming {
    if talk.they_raised_it {
        return TalkTiming::TheyRaisedIt;
    }
    let theirs: Vec<_> = messages.messages.iter().filter(|m| m.from == Sender::Them).collect();
    if theirs.is_empty() {
        return TalkTiming::NoContactYet;
    }
    let friendly = theirs
        .iter()
        .filter(|m| matches!(m.tone, Some(ReplyTone::Warm) | Some(ReplyTone::Neutral)))
        .count();
    let last_cold = theirs.last().is_some_and(|m| m.tone == Some(ReplyTone::Cold));
    if friendly >= FRIENDLY_EXCHANGES && !last_cold {
        TalkTiming::Suggested { friendly }
    } else {
        TalkTiming::TooEarly { friendly }
    }
}

// ---------------------------------------------------------------- stage 6

/// The "familiar but different" changes the guide names, offered beside
/// the person's own patterns from stage 2.
pub static GROWTH: &[(&str, &str)] = &[
    ("calm", "More calm, less reacting"),
    ("honesty", "More honesty, less defensiveness"),
    ("listening", "More listening, less winning arguments"),
    ("independence", "More independence, less clinging"),
];

/// A pattern (stage 2 id or a growth id) and the label it goes by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub id: String,
    pub label: String,
}

/// The themes change can be shown in: the stage-2 patterns the person named,
/// then the guide's four.
pub fn themes(work: &SelfWork) -> Vec<Theme> {
    let mut out: Vec<Theme> = work
        .chosen_patterns()
        .iter()
        .map(|p| Theme { id: p.id.clone(), label: p.label().to_string() })
        .collect();
    out.extend(GROWTH.iter().map(|(id, label)| Theme { id: id.to_string(), label: label.to_string() }));
    out
}

/// A concrete moment the changed behaviour showed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub id: String,
    pub theme: String,
    pub at: i64,
    pub on: LocalDate,
    pub text: String,
}

/// A step on the pace ladder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaceStep {
    pub id: String,
    pub title: String,
    /// When it happened; `None` while it is still ahead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<LocalDate>,
    /// How we both felt, then.
    #[serde(default)]
    pub then_note: String,
    /// And after.
    #[serde(default)]
    pub after_note: String,
}

pub const DEFAULT_LADDER: [&str; 4] = [
    "Simple, easy conversations",
    "A coffee or a walk",
    "A longer time together",
    "Talking about what we want now",
];

/// Steps closer together than this get a gentle warning.
pub const GENTLE_GAP_DAYS: i64 = 7;

/// Stage 6: what change looks like, evidence of it, and the pace. (Format 3.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Trust {
    /// What the changed behaviour looks like, by theme id.
    pub looks_like: BTreeMap<String, String>,
    pub evidence: Vec<Evidence>,
    /// `None` until shaped: then the person's own ladder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ladder: Option<Vec<PaceStep>>,
    pub updated_at: i64,
}

/// One week of evidence: how many moments for each theme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceWeek {
    pub week: LocalDate,
    pub by_theme: Vec<(String, usize)>,
    pub total: usize,
}

impl Trust {
    pub fn is_empty(&self) -> bool {
        self == &Trust::default()
    }

    pub fn ladder_or_defaults(&self) -> Vec<PaceStep> {
        self.ladder.clone().unwrap_or_else(|| {
            DEFAULT_LADDER
                .iter()
                .enumerate()
                .map(|(i, t)| PaceStep {
                    id: format!("step-{i}"),
                    title: t.to_string(),
                    on: None,
                    then_note: String::new(),
                    after_note: String::new(),
                })
                .collect()
        })
    }

    pub fn add_evidence(&mut self, e: Evidence) -> bool {
        if e.text.trim().is_empty() || self.evidence.iter().any(|x| x.id == e.id) {
            return false;
        }
        let at = self.evidence.partition_point(|x| (x.at, &x.id) <= (e.at, &e.id));
        self.evidence.insert(at, e);
        true
    }

    /// The last `weeks` weeks up to `today`'s, newest first, each with its
    /// count of moments per theme (themes in first-seen order).
    pub fn consistency(&self, today: LocalDate, weeks: usize) -> Vec<EvidenceWeek> {
        let this_week = today.week_start();
        (0..weeks)
            .map(|i| {
                let week = this_week.plus_days(-7 * i as i64);
                let mut by_theme: Vec<(String, usize)> = Vec::new();
                for e in self.evidence.iter().filter(|e| e.on.week_start() == week) {
                    match by_theme.iter_mut().find(|(t, _)| *t == e.theme) {
                        Some((_, n)) => *n += 1,
                        None => by_theme.push((e.theme.clone(), 1)),
                    }
                }
                let total = by_theme.iter().map(|(_, n)| n).sum();
                EvidenceWeek { week, by_theme, total }
            })
            .collect()
    }

    /// Gentle warnings where steps came too soon after the one before.
    pub fn pace_warnings(&self) -> Vec<(String, i64)> {
        let ladder = self.ladder_or_defaults();
        let mut out = Vec::new();
        let mut previous: Option<LocalDate> = None;
        for step in &ladder {
            let Some(on) = step.on else { continue };
            if let Some(p) = previous {
                let gap = p.days_until(on);
                if gap < GENTLE_GAP_DAYS {
                    out.push((step.id.clone(), gap));
                }
            }
            previous = Some(on);
        }
        out
    }

    pub fn merge_from(&mut self, other: &Trust) {
        let mut evidence = std::mem::take(&mut self.evidence);
        for e in &other.evidence {
            if !evidence.iter().any(|x| x.id == e.id) {
                evidence.push(e.clone());
            }
        }
        crate::model::sort::sort_by(&mut evidence, |a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        if other.updated_at > self.updated_at {
            *self = other.clone();
        }
        self.evidence = evidence;
    }
}

// ---------------------------------------------------------------- stage 7

/// A short, dignified reply to a no, ours, for the person to make their own.
pub const GRACEFUL_REPLY: &str = "Thank you for being honest with me. It hurts, and I respect it. I'm grateful for what we shared and for what I learned, and I truly wish you well.";

/// One version of the answer to the closing question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosingAnswer {
    pub id: String,
    pub at: i64,
    pub text: String,
}

/// Stage 7 and the closing question. (Format 3.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MovingOn {
    /// Since when the program is in "Moving on" mode; `None` when it is not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
    /// The letter to them that is never sent.
    pub closure_letter: String,
    /// Every version of "who do I want to be in love from now on", oldest first.
    pub closing: Vec<ClosingAnswer>,
    pub updated_at: i64,
}

impl MovingOn {
    pub fn is_empty(&self) -> bool {
        self == &MovingOn::default()
    }

    pub fn active(&self) -> bool {
        self.since.is_some()
    }

    pub fn latest_answer(&self) -> Option<&ClosingAnswer> {
        self.closing.last()
    }

    /// Keeps a new version; blank or unchanged text is refused.
    pub fn answer(&mut self, answer: ClosingAnswer) -> bool {
        let text = answer.text.trim();
        if text.is_empty() || self.latest_answer().is_some_and(|a| a.text.trim() == text) {
            return false;
        }
        if self.closing.iter().any(|a| a.id == answer.id) {
            return false;
        }
        let at = self.closing.partition_point(|a| (a.at, &a.id) <= (answer.at, &answer.id));
        self.closing.insert(at, answer);
        true
    }

    pub fn merge_from(&mut self, other: &MovingOn) {
        let mut closing = std::mem::take(&mut self.closing);
        for a in &other.closing {
            if !closing.iter().any(|x| x.id == a.id) {
                closing.push(a.clone());
            }
        }
        crate::model::sort::sort_by(&mut closing, |a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        if other.updated_at > self.updated_at {
            *self = other.clone();
        }
        self.closing = closing;
    }
}
