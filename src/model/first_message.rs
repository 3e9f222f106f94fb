//! Stage 4, the first message: an honest readiness check built from what the
//! app already knows, the cool-down before copying a message, the history of
//! messages both ways, and coaching for the next reply. (The message checker
//! itself is `checker`.)

use serde::{Deserialize, Serialize};

use super::assessment::{outcome, AssessmentKind, Verdict};
use super::document::Document;
use super::date::LocalDate;
use super::no_contact::{last_contact_words, Lead, Streaks};
use super::self_work::{PROMPTS, Skill};
use super::safety::SafetyState;
use super::stages::StageId;

/// The wait before "Copy message" unlocks, unless the person picks another.
pub const DEFAULT_WAIT_MINUTES: u32 = 10;
/// Waits offered; the person can also type their own (1 to 1440 minutes).
pub const WAIT_CHOICES: [u32; 5] = [5, 10, 30, 60, 24 * 60];
/// Days without contact after which the "time and space" check reads ready.
pub const READY_AFTER_DAYS: i64 = 21;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sender {
    Me,
    Them,
}

/// How their reply felt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReplyTone {
    Warm,
    Neutral,
    Short,
    Cold,
}

impl ReplyTone {
    pub const ALL: [ReplyTone; 4] = [ReplyTone::Warm, ReplyTone::Neutral, ReplyTone::Short, ReplyTone::Cold];

    pub fn id(self) -> &'static str {
        match self {
            ReplyTone::Warm => "warm",
            ReplyTone::Neutral => "neutral",
            ReplyTone::Short => "short",
            ReplyTone::Cold => "cold",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ReplyTone::Warm => "Warm",
            ReplyTone::Neutral => "Neutral",
            ReplyTone::Short => "Short",
            ReplyTone::Cold => "Cold",
        }
    }

    pub fn from_id(id: &str) -> Option<ReplyTone> {
        ReplyTone::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// Coaching for the next step after they reply, in the spirit of the guide:
/// match their energy, keep it simple, don't rush the big talk.
#[derive(Debug, PartialEq, Eq)]
pub struct Coaching {
    pub headline: &'static str,
    pub tips: &'static [&'static str],
    /// Openers for a reply, ours, to edit freely.
    pub suggestions: &'static [&'static str],
}

pub fn coaching(tone: ReplyTone) -> Coaching {
    const ALWAYS: &str = "Leave the breakup, “do you miss me” and the big feelings for much later. Right now you are only rebuilding a little comfort.";
    match tone {
        ReplyTone::Warm => Coaching {
            headline: "They sound glad to hear from you. Enjoy it, and go slowly.",
            tips: &[
                "Match their warmth without going further than they did.",
                "Ask one simple question about their life, and listen to the answer.",
                ALWAYS,
                "It's fine to end the chat first, kindly, while it still feels good.",
            ],
            suggestions: &[
                "It's really nice to hear from you. How has work been treating you?",
                "Glad you're doing well. Are you still going to that Thursday class?",
            ],
        },
        ReplyTone::Neutral => Coaching {
            headline: "A friendly, neutral reply. Keep yours neutral and kind too.",
            tips: &[
                "Match their energy: about as long as theirs, about as light.",
                "An easy question is enough, like how they have been or how work is going.",
                ALWAYS,
            ],
            suggestions: &["Good to hear. How have things been with you lately?", "Thanks for replying. How's work going?"],
        },
        ReplyTone::Short => Coaching {
            headline: "A short reply. Keep yours short too, and give them room.",
            tips: &[
                "Answer briefly and warmly, and don't ask for more than they offered.",
                "No follow-up message if they go quiet. Their pace counts as much as yours.",
                ALWAYS,
            ],
            suggestions: &["Good to hear you're okay. Take care.", "Thanks for letting me know. Have a good week."],
        },
        ReplyTone::Cold => Coaching {
            headline: "A cold reply hurts. It is also an answer worth respecting for now.",
            tips: &[
                "You don't have to reply at all. If you do, keep it to one kind line and let it rest.",
                "Don't argue, explain or ask why. Pushing now would close the door further.",
                "Take this to your journal, or to someone who cares about you, rather than to them.",
                "If it stays cold, the stage on accepting their decision is there for you.",
            ],
            suggestions: &["Understood. I wish you well.", "Thanks for replying. Take care of yourself."],
        },
    }
}

/// One message in the exchange, either way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    pub at: i64,
    pub from: Sender,
    pub text: String,
    /// For their messages: how it felt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tone: Option<ReplyTone>,
    /// How the person felt afterwards, in their words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub feeling: String,
    #[serde(default)]
    pub updated_at: i64,
    /// The person's own calendar date when it was sent or received (kept
    /// since format 3 gained it; older messages have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<LocalDate>,
}

/// Everything about the first message. (Format 3.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FirstMessage {
    /// The person's own answer to "I still feel this is worth saving".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worth_saving: Option<bool>,
    /// When they chose to go on despite what the readiness check said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged_at: Option<i64>,
    /// The chosen wait; 0 means the default.
    pub wait_minutes: u32,
    /// When the current wait began; `None` until one is started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_started_at: Option<i64>,
    /// Oldest first.
    pub messages: Vec<Message>,
    pub updated_at: i64,
}

impl FirstMessage {
    pub fn is_empty(&self) -> bool {
        self == &FirstMessage::default()
    }

    pub fn wait_minutes(&self) -> u32 {
        if self.wait_minutes == 0 { DEFAULT_WAIT_MINUTES } else { self.wait_minutes.min(24 * 60) }
    }

    /// Milliseconds left before copying unlocks: `None` when no wait has been
    /// started, `Some(0)` once it is over. A clock set backwards never
    /// lengthens the wait past its full length.
    pub fn wait_left(&self, now: i64) -> Option<i64> {
        let start = self.wait_started_at?;
        let full = i64::from(self.wait_minutes()) * 60_000;
        let elapsed = (now - start).max(0);
        Some((full - elapsed).clamp(0, full))
    }

    pub fn add_message(&mut self, message: Message) -> bool {
        if message.text.trim().is_empty() || self.messages.iter().any(|m| m.id == message.id) {
            return false;
        }
        let at = self.messages.partition_point(|m| (m.at, &m.id) <= (message.at, &message.id));
        self.messages.insert(at, message);
        true
    }

    pub fn sent(&self) -> impl Iterator<Item = &Message> {
        self.messages.iter().filter(|m| m.from == Sender::Me)
    }

    /// The days the person sent a message: contact, by choice. Messages
    /// saved before the date was kept fall back to their UTC date.
    pub fn sent_days(&self) -> Vec<LocalDate> {
        self.sent().map(|m| m.on.unwrap_or_else(|| LocalDate::utc_of_ms(m.at))).collect()
    }

    /// The person's answer to "is it still worth saving?".
    pub fn set_worth_saving(&mut self, worth: Option<bool>, now: i64) {
        self.worth_saving = worth;
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// The person chose to go on although not everything reads ready.
    pub fn go_on_anyway(&mut self, now: i64) {
        self.acknowledged_at = Some(now);
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// "Actually, I'll wait": only before anything was sent.
    pub fn wait_after_all(&mut self, now: i64) -> bool {
        if !self.can_still_wait() {
            return false;
        }
        self.acknowledged_at = None;
        crate::model::stamp(&mut self.updated_at, now);
        true
    }

    /// Starts the cool-down now.
    pub fn start_wait(&mut self, now: i64) {
        self.set_wait(Some(now), None, now);
    }

    /// Stops the cool-down (the wait chosen stays).
    pub fn stop_wait(&mut self, now: i64) {
        self.set_wait(None, None, now);
    }

    /// Chooses how long the cool-down lasts, keeping one already running.
    pub fn choose_wait(&mut self, minutes: u32, now: i64) {
        self.set_wait(self.wait_started_at, Some(minutes), now);
    }

    /// Starts the cool-down (or stops it, with `None`), with the wait chosen.
    pub fn set_wait(&mut self, started_at: Option<i64>, minutes: Option<u32>, now: i64) {
        self.wait_started_at = started_at;
        if let Some(m) = minutes {
            self.wait_minutes = m.min(24 * 60);
        }
        crate::model::stamp(&mut self.updated_at, now);
    }

    /// Keeps a message, either way, stamped `now` on the person's date `on`.
    /// A sent one ends the cool-down. Nothing is kept for blank text.
    #[allow(clippy::too_many_arguments)]
    pub fn record(&mut self, id: String, from: Sender, text: &str, tone: Option<ReplyTone>, feeling: &str, now: i64, on: LocalDate) -> bool {
        let message = Message {
            id,
            at: now,
            from,
            text: text.trim().to_string(),
            tone,
            feeling: feeling.trim().to_string(),
            updated_at: now,
            on: Some(on),
        };
        if !self.add_message(message) {
            return false;
        }
        if from == Sender::Me {
            self.wait_started_at = None;
        }
        crate::model::stamp(&mut self.updated_at, now);
        true
    }

    /// Whether the composer and the exchange are shown: everything reads
    /// ready, the person chose to go on, or a message has been sent. Once
    /// one is sent the exchange always shows: nothing that happened may look
    /// deleted.
    pub fn exchange_open(&self, all_ready: bool) -> bool {
        all_ready || self.acknowledged_at.is_some() || self.sent().next().is_some()
    }

    /// Whether "Actually, I'll wait" still applies: only before anything
    /// was sent.
    pub fn can_still_wait(&self) -> bool {
        self.sent().next().is_none()
    }

    /// Their latest message, if they have replied since the person's last one
    /// or at all.
    pub fn last_from_them(&self) -> Option<&Message> {
        self.messages.iter().rev().find(|m| m.from == Sender::Them)
    }

    /// Whose turn it looks like: the last message's sender.
    pub fn last_sender(&self) -> Option<Sender> {
        self.messages.last().map(|m| m.from)
    }

    pub fn merge_from(&mut self, other: &FirstMessage) {
        for theirs in &other.messages {
            match self.messages.iter_mut().find(|m| m.id == theirs.id) {
                Some(mine) if theirs.updated_at > mine.updated_at => *mine = theirs.clone(),
                Some(_) => {}
                None => {
                    self.add_message(theirs.clone());
                }
            }
        }
        if other.updated_at > self.updated_at {
            self.worth_saving = other.worth_saving;
            self.acknowledged_at = other.acknowledged_at;
            self.wait_minutes = other.wait_minutes;
            self.wait_started_at = other.wait_started_at;
            self.updated_at = other.updated_at;
        }
    }
}

/// How one readiness question stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    NotYet,
    /// The app doesn't know: the person hasn't used that part.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadinessItem {
    pub id: &'static str,
    pub title: &'static str,
    pub state: Readiness,
    pub detail: String,
    /// Where to go to change it: a label and an in-app path.
    pub link: Option<(&'static str, String)>,
}

/// The honest readiness check, from what is saved: time since contact, the
/// reflection done, the reality check's outcome, and the person's own view.
pub fn readiness(doc: &Document, today: LocalDate) -> Vec<ReadinessItem> {
    let safety = doc.safety();
    vec![
        stage0_item(doc, &safety),
        time_item(doc, today),
        reflection_item(doc),
        reality_item(doc, &safety),
        worth_item(doc),
    ]
}

/// An honest look at why: stage 0's outcome, unless the person's safety comes first.
fn stage0_item(doc: &Document, safety: &SafetyState) -> ReadinessItem {
    let stage0 = AssessmentKind::ShouldYouTry.stage().path();
    let (state, detail, link) = match doc.latest_assessment(AssessmentKind::ShouldYouTry) {
        None => (
            Readiness::Unknown,
            "You haven't answered “Should you even try?” yet. It asks the honest questions first, your safety among them.".to_string(),
            Some(("Answer “Should you even try?”", stage0)),
        ),
        Some(_) if safety.stops_contact() => (
            Readiness::NotYet,
            "Your answers say your path is about you now, not about reaching out.".to_string(),
            Some(("Look at your answers again", stage0)),
        ),
        Some(_) if safety.shows_help() => (
            Readiness::NotYet,
            "You weren't sure about some of the safety questions. Give that a slow look before reaching out; the support lines are there if you want to talk it through.".to_string(),
            Some(("Look at your answers again", stage0)),
        ),
        Some(r) => match outcome(AssessmentKind::ShouldYouTry, &r.answers, safety).verdict {
            Verdict::NotAsItWas => (
                Readiness::NotYet,
                "When you answered “Should you even try?”, you said the relationship, as it was, wasn't good for you.".to_string(),
                Some(("Look at your answers again", stage0)),
            ),
            Verdict::MostlyPanic => (
                Readiness::NotYet,
                "When you answered “Should you even try?”, your reasons were mostly fear and loneliness. See whether that has changed.".to_string(),
                Some(("Look at your answers again", stage0)),
            ),
            _ => (Readiness::Ready, "You have taken an honest look at why you want them back.".to_string(), None),
        },
    };
    ReadinessItem { id: "should-you-try", title: "An honest look at why", state, detail, link }
}

/// Time and space since they were last in touch.
fn time_item(doc: &Document, today: LocalDate) -> ReadinessItem {
    let (state, detail) = match doc.streaks(today) {
        None => (
            Readiness::Unknown,
            "You haven't tracked no contact here, so only you know how much time has passed. Weeks, not days, is what usually helps.".to_string(),
        ),
        Some(s) if s.current >= READY_AFTER_DAYS => (
            Readiness::Ready,
            format!("{} full days since you were last in touch. That is real time and space.", s.current),
        ),
        Some(Streaks { lead: Lead::MessageSent(day), longest, .. }) => (
            Readiness::Ready,
            format!(
                "You sent your first message {}, after {} of space.",
                last_contact_words(day, today),
                full_days(longest)
            ),
        ),
        Some(s) => {
            let when = match s.last_contact {
                Some(day) if s.current == 0 => format!("You were last in touch {}.", last_contact_words(day, today)),
                _ => format!("{} since you were last in touch.", full_days(s.current)),
            };
            (
                Readiness::NotYet,
                format!("{when} Feelings are usually still raw this soon; {READY_AFTER_DAYS} days or more gives you both more room."),
            )
        }
    };
    ReadinessItem { id: "time", title: "Time and space", state, detail, link: None }
}

/// The reflection done in “Work on yourself”.
fn reflection_item(doc: &Document) -> ReadinessItem {
    let mut answered: Vec<&str> = doc
        .entries_from(StageId::WorkOnYourself)
        .filter_map(|e| e.origin.as_ref().and_then(|o| o.prompt.as_deref()))
        .filter(|p| PROMPTS.iter().any(|q| q.id == *p))
        .collect();
    answered.sort_unstable();
    answered.dedup();
    let rated = Skill::ALL.iter().filter(|s| !doc.self_work.ratings_of(**s).is_empty()).count();
    let (state, detail) = if answered.len() >= 3 && rated >= 1 {
        (
            Readiness::Ready,
            format!("You have reflected on {} of {} questions and rated your skills.", answered.len(), PROMPTS.len()),
        )
    } else if answered.is_empty() && rated == 0 {
        (
            Readiness::NotYet,
            "You haven't done the reflection in “Work on yourself” yet. Reaching out goes better once you know what you'd do differently.".to_string(),
        )
    } else {
        (
            Readiness::NotYet,
            format!(
                "You've started: {} of {} reflection questions, {} of 4 skills rated. A little more would help you know what has changed.",
                answered.len(),
                PROMPTS.len(),
                rated
            ),
        )
    };
    ReadinessItem { id: "reflection", title: "Real reflection", state, detail, link: None }
}

/// The reality check's outcome.
fn reality_item(doc: &Document, safety: &SafetyState) -> ReadinessItem {
    let (state, detail) = match doc.latest_assessment(AssessmentKind::RealityCheck) {
        None => (Readiness::Unknown, "You haven't taken the reality check yet.".to_string()),
        Some(r) => match outcome(AssessmentKind::RealityCheck, &r.answers, safety).verdict {
            Verdict::DoorMayBeOpen => (Readiness::Ready, "Your reality check said the door may still be open.".to_string()),
            Verdict::DoorClosed => (
                Readiness::NotYet,
                "Your reality check said the door looks closed. Reaching out now would likely hurt you both.".to_string(),
            ),
            _ => (
                Readiness::NotYet,
                "Your reality check pointed both ways: more time and work first.".to_string(),
            ),
        },
    };
    ReadinessItem { id: "reality", title: "The reality check", state, detail, link: None }
}

/// Whether it still feels worth saving, in the person's own eyes.
fn worth_item(doc: &Document) -> ReadinessItem {
    let worth = worth_saving(doc);
    let (state, detail) = match worth.answer {
        Some(true) if worth.from_stage0 => (
            Readiness::Ready,
            "In “Should you even try?” you said what you had was good and worth saving.".to_string(),
        ),
        Some(true) => (Readiness::Ready, "You still feel this relationship is worth saving.".to_string()),
        Some(false) => (
            Readiness::NotYet,
            "You said you're not sure it is worth saving. That is worth listening to.".to_string(),
        ),
        None => (Readiness::Unknown, "Only you can say whether it still feels worth saving.".to_string()),
    };
    ReadinessItem { id: "worth", title: "Worth saving, in your eyes", state, detail, link: None }
}

/// The person's view of whether it is worth saving, and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Worth {
    pub answer: Option<bool>,
    /// The answer is stage 0's "good and worth saving", not asked again here.
    pub from_stage0: bool,
}

/// An answer given in this stage wins; otherwise stage 0's latest answers
/// count when they named "good and worth saving" among the reasons, so the
/// person isn't asked the same thing twice. Otherwise it is still to ask.
pub fn worth_saving(doc: &Document) -> Worth {
    if let Some(answer) = doc.first_message.worth_saving {
        return Worth { answer: Some(answer), from_stage0: false };
    }
    let said = doc
        .latest_assessment(AssessmentKind::ShouldYouTry)
        .is_some_and(|r| r.answers.has("motives", "worth"));
    Worth { answer: said.then_some(true), from_stage0: said }
}

pub fn all_ready(items: &[ReadinessItem]) -> bool {
    items.iter().all(|i| i.state == Readiness::Ready)
}

fn full_days(n: i64) -> String {
    if n == 1 { "1 full day".into() } else { format!("{n} full days") }
}

/// "9:59" style countdown text for milliseconds left (rounded up to the second).
pub fn countdown(ms: i64) -> String {
    let secs = (ms.max(0) + 999) / 1000;
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}
