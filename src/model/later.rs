//! Stages 5, 6 and 7 and the closing question: preparing the real
//! conversation, showing change consistently and rebuilding slowly, accepting
//! their decision (and "Moving on" mode), and who the person wants to be in
//! love from now on.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::first_message::{FirstMessage, ReplyTone, Sender};
use super::date::{LocalDate, Moment};
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

/// The worksheet's three fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TalkField {
    Mistakes,
    Learned,
    Feelings,
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

    pub fn set_they_raised_it(&mut self, on: bool, now: i64) {
        self.they_raised_it = on;
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// One field of the worksheet, as the person types it.
    pub fn set_field(&mut self, field: TalkField, text: &str, now: i64) {
        *match field {
            TalkField::Mistakes => &mut self.mistakes,
            TalkField::Learned => &mut self.learned,
            TalkField::Feelings => &mut self.feelings,
        } = text.to_string();
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// Changes the questions to ask them (the suggested ones, until the
    /// person first changes them): `f` adds, rewords or removes.
    fn change_questions(&mut self, now: i64, f: impl FnOnce(&mut Vec<String>)) {
        let mut list = self.questions_or_defaults();
        f(&mut list);
        self.questions = Some(list);
        crate::model::stamp(&mut self.updated_at, now);
    }

    pub fn add_question(&mut self, text: &str, now: i64) {
        let text = text.trim().to_string();
        if !text.is_empty() {
            self.change_questions(now, |l| l.push(text));
        }
    }

    /// Rewords the question at `index` (its place in the list).
    pub fn reword_question(&mut self, index: usize, text: &str, now: i64) {
        self.change_questions(now, |l| {
            if let Some(q) = l.get_mut(index) {
                *q = text.to_string();
            }
        });
    }

    pub fn remove_question(&mut self, index: usize, now: i64) {
        self.change_questions(now, |l| {
            if index < l.len() {
                l.remove(index);
            }
        });
    }

    /// Keeps notes from after the talk (all three blank is refused).
    pub fn add_note(&mut self, id: &str, they_said: &str, it_felt: &str, understood: &str, now: i64) -> bool {
        let note = TalkNote {
            id: id.to_string(),
            at: now,
            they_said: they_said.trim().to_string(),
            it_felt: it_felt.trim().to_string(),
            understood: understood.trim().to_string(),
        };
        if (note.they_said.is_empty() && note.it_felt.is_empty() && note.understood.is_empty())
            || self.notes.iter().any(|n| n.id == note.id)
        {
            return false;
        }
        let at = self.notes.partition_point(|n| (n.at, &n.id) <= (note.at, &note.id));
        self.notes.insert(at, note);
        crate::model::stamp(&mut self.updated_at, now);
        true
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

/// A change to one step of the pace ladder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepChange {
    /// When it happened; `None` while still ahead.
    On(Option<LocalDate>),
    /// How we both felt, then.
    Then(String),
    /// And after.
    After(String),
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

    /// What the changed behaviour looks like, for a theme, as typed.
    pub fn set_looks_like(&mut self, theme: &str, text: &str, now: i64) {
        self.looks_like.insert(theme.to_string(), text.to_string());
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// Logs a moment the change showed, for a theme (blank is refused).
    pub fn log_evidence(&mut self, id: &str, theme: &str, text: &str, when: Moment) -> bool {
        let e = Evidence { id: id.to_string(), theme: theme.to_string(), at: when.at, on: when.on, text: text.trim().to_string() };
        let added = self.add_evidence(e);
        if added {
            crate::model::stamp(&mut self.updated_at, when.at);
        }
        added
    }

    /// Changes the pace ladder (the suggested one, until first changed).
    fn change_ladder(&mut self, now: i64, f: impl FnOnce(&mut Vec<PaceStep>)) {
        let mut l = self.ladder_or_defaults();
        f(&mut l);
        self.ladder = Some(l);
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// Adds a step to the ladder, still ahead (blank is refused).
    pub fn add_step(&mut self, id: &str, title: &str, now: i64) {
        let title = title.trim().to_string();
        if !title.is_empty() {
            let step = PaceStep { id: id.to_string(), title, on: None, then_note: String::new(), after_note: String::new() };
            self.change_ladder(now, |l| l.push(step));
        }
    }

    pub fn remove_step(&mut self, id: &str, now: i64) {
        self.change_ladder(now, |l| l.retain(|s| s.id != id));
    }

    /// Changes one step: when it happened, or a note on it.
    pub fn edit_step(&mut self, id: &str, change: StepChange, now: i64) {
        self.change_ladder(now, |l| {
            if let Some(s) = l.iter_mut().find(|s| s.id == id) {
                match change {
                    StepChange::On(on) => s.on = on,
                    StepChange::Then(text) => s.then_note = text,
                    StepChange::After(text) => s.after_note = text,
                }
            }
        });
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

    /// Turns "Moving on" on (from `now`) or off.
    pub fn set_active(&mut self, on: bool, now: i64) {
        self.since = on.then_some(now);
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// The letter never sent, as the person types it.
    pub fn set_closure_letter(&mut self, text: &str, now: i64) {
        self.closure_letter = text.to_string();
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// Keeps a new answer to the closing question, written at `now`;
    /// blank or unchanged text is refused.
    pub fn answer_closing(&mut self, id: &str, text: &str, now: i64) -> bool {
        let kept = self.answer(ClosingAnswer { id: id.to_string(), at: now, text: text.trim().to_string() });
        if kept {
            crate::model::stamp(&mut self.updated_at, now);
        }
        kept
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
