//! The person's safety, decided in one place from everything the app holds:
//! the safety answers in "Should you even try?", the Reality check and "If
//! they come back", and crisis words noticed in their writing. Every screen
//! asks [`Document::safety`](super::Document::safety) and nothing else
//! decides it.
//!
//! It never ends on its own. A flag lasts until the assessment it came from
//! is taken again without it; crisis words last until the person says they
//! are safe for now (`Document::set_crisis_aside`).

use super::assessment::{AssessmentKind, Answers, RedFlag};

/// Where a signal came from, so the person can look at it again there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    ShouldYouTry,
    RealityCheck,
    TheyCameBack,
    /// Something the person wrote.
    Writing,
}

impl Source {
    /// The place's name, as a reader would find it.
    pub fn name(self) -> &'static str {
        match self {
            Source::ShouldYouTry => "“Should you even try?”",
            Source::RealityCheck => "the reality check",
            Source::TheyCameBack => "“If they come back”",
            Source::Writing => "your writing",
        }
    }

    /// Where to look again (an in-app path); writing has no one place.
    pub fn path(self) -> Option<String> {
        match self {
            Source::ShouldYouTry => Some(AssessmentKind::ShouldYouTry.stage().path()),
            Source::RealityCheck => Some(AssessmentKind::RealityCheck.stage().path()),
            Source::TheyCameBack => Some(AssessmentKind::TheyCameBack.stage().path()),
            Source::Writing => None,
        }
    }

    fn of(kind: AssessmentKind) -> Source {
        match kind {
            AssessmentKind::ShouldYouTry => Source::ShouldYouTry,
            AssessmentKind::RealityCheck => Source::RealityCheck,
            AssessmentKind::TheyCameBack => Source::TheyCameBack,
        }
    }
}

/// What a signal is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concern {
    /// One of stage 0's red flags.
    Flag(RedFlag),
    /// Hurt, threatened, controlled or frightened (the one question asked in
    /// place of stage 0's when it was never finished).
    Harm,
    /// Not feeling safe with them, now that they are back.
    NotSafe,
    /// Pushed to decide, or afraid of how they would take a no.
    Pressure,
    /// Self-harm or suicide words in the person's writing.
    Crisis,
}

impl Concern {
    /// Said back to the person, in the second person, after "You said".
    pub fn described(self) -> &'static str {
        match self {
            Concern::Flag(f) => f.described(),
            Concern::Harm => "they hurt, threatened, controlled or frightened you",
            Concern::NotSafe => "you don't feel safe with them",
            Concern::Pressure => "they are pushing you to decide, or you are afraid of how they would take a no",
            Concern::Crisis => "you have been thinking about hurting yourself",
        }
    }
}

/// One thing the app noticed. `sure` is false for an "I'm not sure" answer:
/// help is shown, but the path does not turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signal {
    pub concern: Concern,
    pub source: Source,
    pub sure: bool,
}

/// The safety signals in one set of answers to an assessment.
pub fn signals_in(kind: AssessmentKind, answers: &Answers) -> Vec<Signal> {
    let source = Source::of(kind);
    let mut out = Vec::new();
    let mut answer = |concern: Concern, question: &str, danger: &str| match answers.one(question) {
        Some(a) if a == danger => out.push(Signal { concern, source, sure: true }),
        Some("unsure") => out.push(Signal { concern, source, sure: false }),
        _ => {}
    };
    match kind {
        AssessmentKind::ShouldYouTry => {
            for (flag, question) in RedFlag::ALL {
                answer(Concern::Flag(flag), question, "yes");
            }
        }
        AssessmentKind::RealityCheck => {
            answer(Concern::Harm, "harm", "yes");
            if answers.has("why-left", "abuse") {
                out.push(Signal { concern: Concern::Flag(RedFlag::Abuse), source, sure: true });
            }
        }
        AssessmentKind::TheyCameBack => {
            answer(Concern::NotSafe, "safe", "no");
            answer(Concern::Pressure, "pressure", "yes");
            answer(Concern::Harm, "harm", "yes");
        }
    }
    out
}

/// Crisis words noticed in the person's writing, and when they said they
/// were safe for now. Both 0 when never. Saved as two fields of the
/// document (`Document::crisis`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CrisisNote {
    pub noticed_at: i64,
    pub set_aside_at: i64,
}

impl CrisisNote {
    pub fn active(&self) -> bool {
        self.noticed_at > self.set_aside_at
    }
}

/// Everything the app knows about the person's safety, in one value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SafetyState {
    /// In order of source, then as the questions are asked.
    pub signals: Vec<Signal>,
    /// Whether "Should you even try?" has been finished at least once.
    pub stage0_done: bool,
}

impl SafetyState {
    /// The relationship itself hurt, or they frighten or pressure the
    /// person: the path turns to getting yourself back, and no screen points
    /// towards reaching out.
    pub fn held(&self) -> bool {
        self.signals.iter().any(|s| s.sure && s.concern != Concern::Crisis)
    }

    /// Crisis words were noticed and the person has not yet said they are
    /// safe for now.
    pub fn in_crisis(&self) -> bool {
        self.signals.iter().any(|s| s.concern == Concern::Crisis)
    }

    /// Whether screens that lead towards contact stand aside.
    pub fn stops_contact(&self) -> bool {
        self.held() || self.in_crisis()
    }

    /// Anything at all, "not sure" included: help and Quick exit are shown.
    pub fn shows_help(&self) -> bool {
        !self.signals.is_empty()
    }

    /// Concerns the person answered "not sure" about, and nothing sure.
    pub fn only_unsure(&self) -> bool {
        !self.signals.is_empty() && self.signals.iter().all(|s| !s.sure)
    }

    /// What was said, each once, sure ones only (crisis words aside).
    pub fn reasons(&self) -> Vec<Concern> {
        let mut out: Vec<Concern> = Vec::new();
        for s in self.signals.iter().filter(|s| s.sure && s.concern != Concern::Crisis) {
            if !out.contains(&s.concern) {
                out.push(s.concern);
            }
        }
        out
    }

    /// Where the path turned from, each once, for "look at it again".
    pub fn sources(&self) -> Vec<Source> {
        let mut out: Vec<Source> = Vec::new();
        for s in self.signals.iter().filter(|s| s.sure && s.concern != Concern::Crisis) {
            if !out.contains(&s.source) {
                out.push(s.source);
            }
        }
        out
    }

    /// One calm sentence on why the path turned, naming where from.
    pub fn why(&self) -> Option<String> {
        let sources = self.sources();
        if sources.is_empty() {
            return None;
        }
        let names: Vec<&str> = sources.iter().map(|s| s.name()).collect();
        let from = join_and(&names);
        Some(format!(
            "Because of what you shared in {from}, this path is about you now: your safety and your own life. The steps about reaching out are set aside."
        ))
    }
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The state from the latest finished answers of each assessment (in the
/// order of `AssessmentKind::ALL`) and the crisis note. `Document::safety`
/// is the one caller.
pub fn safety_state(latest: &[(AssessmentKind, &Answers)], crisis: &CrisisNote, stage0_done: bool) -> SafetyState {
    let mut signals: Vec<Signal> = Vec::new();
    for (kind, answers) in latest {
        signals.extend(signals_in(*kind, answers));
    }
    if crisis.active() {
        signals.push(Signal { concern: Concern::Crisis, source: Source::Writing, sure: true });
    }
    SafetyState { signals, stage0_done }
}
