//! "Your next step": the one thing the home screen suggests, worked out from
//! what is saved. The stages stay open in any order; this only answers "what
//! now?" for someone who doesn't want to choose among ten cards.

use super::assessment::{outcome, AssessmentKind, Verdict};
use super::document::Document;
use super::first_message::{Sender, READY_AFTER_DAYS};
use super::date::LocalDate;
use super::no_contact::{Lead, Streaks};
use super::self_work::{Prompt, PROMPTS};
use super::stages::StageId;

/// One suggestion: a sentence, a button's words, and where it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// Stable, for tests and styling.
    pub id: &'static str,
    pub text: String,
    pub action: &'static str,
    /// An in-app path.
    pub path: String,
}

/// The step for a first visit, before anything is saved.
pub const FIRST_STEP: (&str, &str, &str) = (
    "Start with an honest look at why you want them back. It takes about five minutes, and nobody else sees it.",
    "Take “Should you even try?”",
    "/stage/should-you-try",
);

/// Whether the next step is the first one: nothing turned the path (safety,
/// "Moving on") and "Should you even try?" was never finished. Cheap on
/// purpose: the home screen's core shows [`FIRST_STEP`] with this alone, and
/// fetches the rest of the rule only when it says no.
pub fn is_first_step(doc: &Document, stops_contact: bool) -> bool {
    !stops_contact && !doc.moving_on.active() && doc.latest_assessment(AssessmentKind::ShouldYouTry).is_none()
}

fn step(id: &'static str, text: impl Into<String>, action: &'static str, path: impl Into<String>) -> NextStep {
    NextStep { id, text: text.into(), action, path: path.into() }
}

fn days(n: i64) -> String {
    if n == 1 { "1 day".to_string() } else { format!("{n} days") }
}

/// Where the person stands in their days of space, in one sentence.
fn days_line(s: &Streaks, target: Option<i64>) -> String {
    match (s.lead, target) {
        (Lead::NewStart, _) => format!("A new start today, with {} of space behind you at your longest.", days(s.longest)),
        (_, Some(goal)) => format!("{} of {goal} days without contact. One day at a time.", s.current),
        (_, None) => format!("{} without contact so far. One day at a time.", days(s.current)),
    }
}

/// The first reflection question not yet answered, if any.
fn unanswered_prompt(doc: &Document) -> Option<&'static Prompt> {
    PROMPTS.iter().find(|p| doc.answers_to(StageId::WorkOnYourself, p.id).next().is_none())
}

/// The next step, from everything saved, as of `today`. Safety first: a
/// person the safety state holds is never pointed towards contact.
pub fn next_step(doc: &Document, today: LocalDate) -> NextStep {
    let safety = doc.safety();
    if safety.in_crisis() {
        return step(
            "crisis",
            "Tonight the one step that matters is not carrying this alone. The lines above are there to talk to, at any hour.",
            "Write down how you feel",
            "/journal",
        );
    }
    if safety.held() {
        return step(
            "yourself",
            "Your path now is getting yourself back: safety, distance, and a life that is yours.",
            "Getting yourself back",
            "/getting-yourself-back",
        );
    }
    if is_first_step(doc, safety.stops_contact()) {
        let (text, action, path) = FIRST_STEP;
        return step("should-you-try", text, action, path);
    }
    let streaks = doc.streaks(today);
    if doc.moving_on.active() {
        return healing_step(streaks.as_ref());
    }
    let Some(s) = streaks else {
        return step(
            "no-contact-start",
            "Give yourselves room to breathe: start no contact, and count the days here.",
            "Start no contact",
            "/stage/no-contact",
        );
    };
    if doc.first_message.sent().next().is_none() {
        before_reaching_out(doc, &s)
    } else {
        after_reaching_out(doc)
    }
}

/// In "Moving on": the healing days.
fn healing_step(streaks: Option<&Streaks>) -> NextStep {
    match streaks {
        None => step(
            "healing-start",
            "Give yourself some healing days: space from them, for you, counted day by day.",
            "Start your healing days",
            "/stage/no-contact",
        ),
        Some(s) => step(
            "healing",
            match s.lead {
                Lead::NewStart => format!("A new start today, with {} of healing behind you at your longest.", days(s.longest)),
                _ => format!("{} of healing so far. Each one is space you give yourself.", days(s.current)),
            },
            "Open your healing days",
            "/stage/no-contact",
        ),
    }
}

/// Counting the days, then the reality check, then what it said.
fn before_reaching_out(doc: &Document, s: &Streaks) -> NextStep {
    let goal = doc.no_contact.goal_days.filter(|g| *g > 0).map(i64::from);
    if s.current < goal.unwrap_or(READY_AFTER_DAYS) {
        let line = days_line(s, goal);
        let reflected = doc.entries_from(StageId::WorkOnYourself).next().is_some();
        return match unanswered_prompt(doc).filter(|_| !reflected) {
            Some(p) => reflect_step(format!("{line} Meanwhile, one question to sit with: “{}”", p.question), p),
            None => step("no-contact", line, "Open no contact", "/stage/no-contact"),
        };
    }
    let Some(check) = doc.latest_assessment(AssessmentKind::RealityCheck) else {
        return step(
            "reality-check",
            format!("{} of space. The reality check is due: is there still a real chance?", days(s.current)),
            "Take the reality check",
            "/stage/reality-check",
        );
    };
    match outcome(AssessmentKind::RealityCheck, &check.answers, &doc.safety()).verdict {
        Verdict::DoorClosed => step(
            "accepting",
            "Your reality check said the door looks closed. Letting go with grace is the next step, and a brave one.",
            "Accepting their decision",
            "/stage/accepting-their-decision",
        ),
        Verdict::DoorMayBeOpen => step(
            "first-message",
            "Your reality check said the door may be open. When you feel ready, the first message is next: light, short, no pressure.",
            "The first message",
            "/stage/first-message",
        ),
        _ => match unanswered_prompt(doc) {
            Some(p) => reflect_step(
                format!("Your reality check pointed both ways, so more time comes first. One question to sit with: “{}”", p.question),
                p,
            ),
            None => step(
                "work",
                "Your reality check pointed both ways, so more time and work on yourself come first.",
                "Work on yourself",
                "/stage/work-on-yourself",
            ),
        },
    }
}

fn reflect_step(text: String, p: &Prompt) -> NextStep {
    step("reflect", text, "Answer it", format!("/stage/work-on-yourself/reflect/{}", p.id))
}

/// Once a first message is sent: their reply, the talk, rebuilding trust.
fn after_reaching_out(doc: &Document) -> NextStep {
    if !doc.trust.is_empty() {
        return step(
            "rebuilding-trust",
            "Slowly does it: keep showing the change, one small, steady step at a time.",
            "Rebuilding trust",
            "/stage/rebuilding-trust",
        );
    }
    if !doc.real_talk.is_empty() {
        return step(
            "real-conversation",
            "Keep readying yourself for the real conversation: own your part, say what you learned, and listen.",
            "The real conversation",
            "/stage/real-conversation",
        );
    }
    match doc.first_message.last_sender() {
        Some(Sender::Them) => step(
            "reply",
            "They replied. Take your time before you answer; there is help with what to say.",
            "See how to answer",
            "/stage/first-message",
        ),
        _ => step(
            "waiting",
            "Your message is sent. Now let it be: your days are still yours, whatever comes back.",
            "Check in with yourself",
            "/check-in",
        ),
    }
}
