//! Honest self-assessments: "Should you even try?" (stage 0), "Is there still
//! a real chance?" (stage 3) and "If they come back on their own". Each is a
//! list of questions; plain rules turn the answers into findings and a next
//! step. There is no score and no percentage: nobody can be reduced to one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::safety::{signals_in, SafetyState};
use super::stages::StageId;

/// Which assessment a set of answers belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AssessmentKind {
    ShouldYouTry,
    RealityCheck,
    TheyCameBack,
}

impl AssessmentKind {
    pub const ALL: [AssessmentKind; 3] =
        [AssessmentKind::ShouldYouTry, AssessmentKind::RealityCheck, AssessmentKind::TheyCameBack];

    pub fn stage(self) -> StageId {
        match self {
            AssessmentKind::ShouldYouTry => StageId::ShouldYouTry,
            AssessmentKind::RealityCheck => StageId::RealityCheck,
            AssessmentKind::TheyCameBack => StageId::IfTheyComeBack,
        }
    }

    pub fn for_stage(stage: StageId) -> Option<AssessmentKind> {
        AssessmentKind::ALL.into_iter().find(|k| k.stage() == stage)
    }

    pub fn questions(self) -> &'static [Question] {
        match self {
            AssessmentKind::ShouldYouTry => SHOULD_YOU_TRY,
            AssessmentKind::RealityCheck => REALITY_CHECK,
            AssessmentKind::TheyCameBack => THEY_CAME_BACK,
        }
    }

    pub fn question(self, id: &str) -> Option<&'static Question> {
        self.questions().iter().find(|q| q.id == id)
    }

    /// The questions asked now: those that stand in for stage 0's safety
    /// questions only while "Should you even try?" has never been finished.
    pub fn asked(self, stage0_done: bool) -> impl Iterator<Item = &'static Question> {
        self.questions().iter().filter(move |q| !(stage0_done && q.without_stage0))
    }

    /// The sections in order, as they are shown one step at a time.
    pub fn sections(self, stage0_done: bool) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for q in self.asked(stage0_done) {
            if !out.contains(&q.section) {
                out.push(q.section);
            }
        }
        out
    }
}

/// One option of a question.
#[derive(Debug)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
}

/// One question, with its options in the order they are shown.
#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    /// The step it is shown in.
    pub section: &'static str,
    pub prompt: &'static str,
    pub help: Option<&'static str>,
    pub choices: &'static [Choice],
    /// Several choices may be picked (each with its own note).
    pub multiple: bool,
    /// Whether answering it is needed before the outcome can be shown.
    pub required: bool,
    /// Whether a free-text note is offered.
    pub note: bool,
    /// Asked only when "Should you even try?" was never finished, so that
    /// the safety questions are never skipped by starting later in the path.
    pub without_stage0: bool,
}

const fn c(id: &'static str, label: &'static str) -> Choice {
    Choice { id, label }
}

const YES_NO_UNSURE: &[Choice] = &[c("yes", "Yes"), c("no", "No"), c("unsure", "I'm not sure")];

pub static SHOULD_YOU_TRY: &[Question] = &[
    Question {
        id: "motives",
        section: "Why you want them back",
        prompt: "What draws you back to them? Pick every reason that is true, even the uncomfortable ones.",
        help: Some("Nobody else sees this. Honest answers help you most."),
        choices: &[
            c("lonely", "I feel lonely and miss the comfort of having them"),
            c("regret", "I regret something I did and want to put it right"),
            c("fear", "I'm afraid I'll never find anyone like them again"),
            c("worth", "I believe what we had was good and worth saving"),
            c("own", "Something else, in my own words"),
        ],
        multiple: true,
        required: true,
        note: true,
        without_stage0: false,
    },
    Question {
        id: "healthy",
        section: "What it was really like",
        prompt: "Looking back, was the relationship mostly healthy, or full of lies, disrespect or hurt?",
        help: None,
        choices: &[
            c("healthy", "Mostly healthy"),
            c("mixed", "A mix of both"),
            c("hurtful", "Mostly lies, disrespect or hurt"),
            c("unsure", "I can't tell yet"),
        ],
        multiple: false,
        required: true,
        note: true,
        without_stage0: false,
    },
    Question {
        id: "best",
        section: "What it was really like",
        prompt: "Did you bring out the best in each other, or did you often feel small, anxious or not enough?",
        help: None,
        choices: &[
            c("best", "We mostly brought out the best in each other"),
            c("sometimes", "Sometimes one, sometimes the other"),
            c("small", "I often felt small, anxious or not enough"),
            c("unsure", "I can't tell yet"),
        ],
        multiple: false,
        required: true,
        note: true,
        without_stage0: false,
    },
    Question {
        id: "six-months",
        section: "What it was really like",
        prompt: "If you got back together and nothing changed, would you be happy six months from now?",
        help: None,
        choices: &[c("yes", "Yes, I think so"), c("unsure", "I'm not sure"), c("no", "No, probably not")],
        multiple: false,
        required: true,
        note: true,
        without_stage0: false,
    },
    Question {
        id: "abuse",
        section: "Your safety",
        prompt: "Were they ever physically, verbally or emotionally abusive towards you?",
        help: Some("This includes hitting or threatening, insults and humiliation, and controlling who you see or what you do."),
        choices: YES_NO_UNSURE,
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    Question {
        id: "manipulation",
        section: "Your safety",
        prompt: "Did they often make you doubt your own memory or judgement, twist what you said, or pull you away from friends and family?",
        help: Some("Being told something you clearly remember never happened, having your words turned against you, or slowly losing touch with the people close to you."),
        choices: YES_NO_UNSURE,
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    Question {
        id: "cheating",
        section: "Your safety",
        prompt: "Did they cheat or lie again and again, without ever taking responsibility?",
        help: None,
        choices: YES_NO_UNSURE,
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    Question {
        id: "afraid",
        section: "Your safety",
        prompt: "Did you feel small, afraid or unworthy most of the time you were together?",
        help: None,
        choices: YES_NO_UNSURE,
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    Question {
        id: "lost-self",
        section: "Your safety",
        prompt: "Did you lose yourself completely in the relationship, and are only now finding out who you are again?",
        help: None,
        choices: YES_NO_UNSURE,
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
];

/// The one safety question the reality check and "If they come back" ask
/// in place of stage 0's while it was never finished.
const HARM: Question = Question {
    id: "harm",
    section: "Your safety",
    prompt: "Did they ever hurt, threaten, control or frighten you, or often make you doubt your own mind?",
    help: Some("You haven't answered “Should you even try?”, so this one question stands in for its safety questions. Answer only if you feel safe to; it stays on this device."),
    choices: YES_NO_UNSURE,
    multiple: false,
    required: true,
    note: false,
    without_stage0: true,
};

pub static REALITY_CHECK: &[Question] = &[
    Question {
        id: "said-never",
        section: "Where they stand",
        prompt: "Have they told you clearly that they never want to speak to you again?",
        help: None,
        choices: YES_NO_UNSURE,
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    Question {
        id: "blocked",
        section: "Where they stand",
        prompt: "Have they blocked you?",
        help: None,
        choices: &[c("everywhere", "Yes, everywhere"), c("some", "In some places"), c("no", "No")],
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    Question {
        id: "new-relationship",
        section: "Where they stand",
        prompt: "Are they in a serious new relationship?",
        help: None,
        choices: &[c("yes", "Yes"), c("unsure", "I don't know"), c("no", "No")],
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    Question {
        id: "how-ended",
        section: "How it ended",
        prompt: "How did the breakup happen?",
        help: Some("Words said in the heat of the moment are different from a decision that grew over months."),
        choices: &[
            c("heat", "In the heat of the moment: a fight, or a very hard time"),
            c("checked-out", "They had been pulling away for months before they ended it"),
            c("unsure", "I'm not sure"),
        ],
        multiple: false,
        required: true,
        note: true,
        without_stage0: false,
    },
    Question {
        id: "why-left",
        section: "How it ended",
        prompt: "What did they leave over? Pick all that fit.",
        help: None,
        choices: &[
            c("communication", "Poor communication"),
            c("jealousy", "Jealousy"),
            c("immaturity", "Immaturity"),
            c("stress", "Stress from outside the relationship"),
            c("values", "Deeply different values or life plans"),
            c("abuse", "Abuse"),
            c("attraction", "They no longer felt attracted"),
            c("unsure", "I don't really know"),
        ],
        multiple: true,
        required: true,
        note: false,
        without_stage0: false,
    },
    Question {
        id: "contacted",
        section: "Signs since",
        prompt: "Have they reached out to you since the breakup?",
        help: None,
        choices: &[c("yes", "Yes"), c("no", "No")],
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    Question {
        id: "emotional",
        section: "Signs since",
        prompt: "When your name comes up, do they still seem emotional about you?",
        help: None,
        choices: &[c("yes", "Yes"), c("no", "No"), c("unknown", "I don't know")],
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    Question {
        id: "friends",
        section: "Signs since",
        prompt: "Have mutual friends told you, without you asking, that they still care or feel confused?",
        help: Some("Asking friends for news breaks no contact, so only count what came to you."),
        choices: &[c("yes", "Yes"), c("no", "No"), c("unknown", "I haven't heard anything")],
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    HARM,
];

pub static THEY_CAME_BACK: &[Question] = &[
    Question {
        id: "changed",
        section: "Before you answer",
        prompt: "Has anything actually changed: in them, in you, or in what led to the breakup?",
        help: None,
        choices: &[c("yes", "Yes, and I can name what"), c("unsure", "I'm not sure"), c("no", "No, not really")],
        multiple: false,
        required: true,
        note: true,
        without_stage0: false,
    },
    Question {
        id: "safe",
        section: "Before you answer",
        prompt: "Do you feel emotionally safe with them?",
        help: None,
        choices: &[c("yes", "Yes"), c("unsure", "I'm not sure"), c("no", "No")],
        multiple: false,
        required: true,
        note: true,
        without_stage0: false,
    },
    Question {
        id: "why",
        section: "Before you answer",
        prompt: "Are you drawn back mostly because you feel lonely, or because you believe you can build something better this time?",
        help: None,
        choices: &[
            c("better", "I believe we can build something better"),
            c("lonely", "Mostly because I feel lonely"),
            c("unsure", "I honestly can't tell"),
        ],
        multiple: false,
        required: true,
        note: true,
        without_stage0: false,
    },
    Question {
        id: "pressure",
        section: "Before you answer",
        prompt: "Are they pushing you to decide quickly, or are you afraid of how they would react if you said no?",
        help: None,
        choices: YES_NO_UNSURE,
        multiple: false,
        required: true,
        note: false,
        without_stage0: false,
    },
    HARM,
];

/// What someone answered, saved as they go. Choices are stored by id, so
/// rewording a question never breaks saved answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Question id to the chosen option ids.
    pub chosen: BTreeMap<String, Vec<String>>,
    /// Notes by question id, or by `question:choice` for a note on one option.
    pub notes: BTreeMap<String, String>,
    /// When these answers last changed (to settle a merge between two tabs).
    pub updated_at: i64,
}

impl Answers {
    pub fn is_empty(&self) -> bool {
        self.chosen.values().all(Vec::is_empty) && self.notes.values().all(|n| n.trim().is_empty())
    }

    /// The single answer to a question.
    pub fn one(&self, question: &str) -> Option<&str> {
        self.chosen.get(question).and_then(|c| c.first()).map(String::as_str)
    }

    pub fn has(&self, question: &str, choice: &str) -> bool {
        self.chosen.get(question).is_some_and(|c| c.iter().any(|x| x == choice))
    }

    pub fn note(&self, key: &str) -> &str {
        self.notes.get(key).map(|s| s.trim()).unwrap_or("")
    }

    /// Picks `choice`; for a single-answer question it replaces the old one,
    /// for a multiple-answer question it is added or removed.
    pub fn choose(&mut self, kind: AssessmentKind, question: &str, choice: &str) {
        let multiple = kind.question(question).is_some_and(|q| q.multiple);
        let list = self.chosen.entry(question.to_string()).or_default();
        if multiple {
            if let Some(at) = list.iter().position(|x| x == choice) {
                list.remove(at);
            } else {
                list.push(choice.to_string());
            }
        } else {
            *list = vec![choice.to_string()];
        }
    }

    pub fn set_note(&mut self, key: &str, text: &str) {
        if text.is_empty() {
            self.notes.remove(key);
        } else {
            self.notes.insert(key.to_string(), text.to_string());
        }
    }

    /// Required questions not yet answered, in order (of those asked: see
    /// [`AssessmentKind::asked`]).
    pub fn missing(&self, kind: AssessmentKind, stage0_done: bool) -> Vec<&'static Question> {
        kind.asked(stage0_done)
            .filter(|q| q.required && self.chosen.get(q.id).is_none_or(Vec::is_empty))
            .collect()
    }
}

/// A finished assessment, kept with its date so it can be retaken and compared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentRecord {
    pub id: String,
    pub kind: AssessmentKind,
    pub completed_at: i64,
    pub answers: Answers,
}

/// How a finding reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something to be careful about, for your own sake.
    Caution,
    /// A sign against trying.
    Against,
    /// Neither way.
    Neutral,
    /// A sign in favour, or something solid to build on.
    InFavour,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub tone: Tone,
    pub text: String,
}

fn finding(tone: Tone, text: impl Into<String>) -> Finding {
    Finding { tone, text: text.into() }
}

/// A titled group of findings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingGroup {
    pub title: &'static str,
    pub findings: Vec<Finding>,
}

/// Where the app suggests going next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub label: &'static str,
    /// An in-app path such as `/stage/no-contact`.
    pub path: String,
}

fn step(label: &'static str, path: &str) -> NextStep {
    NextStep { label, path: path.to_string() }
}

/// The overall direction an assessment points in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Stage 0 with a red flag: the path becomes "Getting yourself back".
    GetYourselfBack,
    /// Stage 0: your own answers say the old relationship was not good for you.
    NotAsItWas,
    /// Stage 0: the reasons are mostly fear and loneliness.
    MostlyPanic,
    /// Stage 0: there is something real to build on.
    SomethingToBuildOn,
    /// Mixed answers: keep steady and look again later.
    Unclear,
    /// Stage 3: the door looks closed.
    DoorClosed,
    /// Stage 3: the door may be open.
    DoorMayBeOpen,
    /// Stage 3: signs both ways.
    WaitAndWork,
    /// They came back, and you do not feel safe.
    TakeCareFirst,
    /// They came back, but something is missing.
    TakeYourTime,
    /// They came back, and it may be worth talking.
    WorthTalking,
}

/// What an assessment's answers suggest, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub verdict: Verdict,
    pub headline: &'static str,
    pub explanation: String,
    pub groups: Vec<FindingGroup>,
    pub next: Vec<NextStep>,
}

/// A warning sign from stage 0 that turns the program towards getting
/// yourself back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedFlag {
    Abuse,
    Manipulation,
    RepeatedCheating,
    SmallAndAfraid,
    LostYourself,
}

impl RedFlag {
    pub const ALL: [(RedFlag, &'static str); 5] = [
        (RedFlag::Abuse, "abuse"),
        (RedFlag::Manipulation, "manipulation"),
        (RedFlag::RepeatedCheating, "cheating"),
        (RedFlag::SmallAndAfraid, "afraid"),
        (RedFlag::LostYourself, "lost-self"),
    ];

    /// How the app names it back to the person, in the second person.
    pub fn described(self) -> &'static str {
        match self {
            RedFlag::Abuse => "they were abusive towards you",
            RedFlag::Manipulation => {
                "they often made you doubt your own mind, twisted what you said or pulled you away from the people close to you"
            }
            RedFlag::RepeatedCheating => "they cheated or lied again and again without taking responsibility",
            RedFlag::SmallAndAfraid => "you felt small, afraid or unworthy most of the time",
            RedFlag::LostYourself => "you lost yourself completely in the relationship",
        }
    }
}

/// The red flags answered "yes".
pub fn red_flags(answers: &Answers) -> Vec<RedFlag> {
    RedFlag::ALL.iter().filter(|(_, q)| answers.one(q) == Some("yes")).map(|(f, _)| *f).collect()
}

/// One rule of an assessment: an answer, how it weighs (`W`, one kind for
/// each assessment) and what it reads back as. `choice: None` stands for any
/// other answer to the question.
struct Reading<W> {
    question: &'static str,
    choice: Option<&'static str>,
    weight: W,
    tone: Tone,
    text: &'static str,
}

const fn read<W>(question: &'static str, choice: Option<&'static str>, weight: W, tone: Tone, text: &'static str) -> Reading<W> {
    Reading { question, choice, weight, tone, text }
}

/// Each answer to `kind`'s questions that a row of `table` reads, with the
/// first such row: in the order of the questions, and for a question with
/// several choices in the order they were picked.
fn readings<'a, W>(
    kind: AssessmentKind,
    answers: &'a Answers,
    table: &'static [Reading<W>],
) -> impl Iterator<Item = (&'a str, &'static Reading<W>)> + 'a {
    kind.questions().iter().flat_map(move |q| {
        let picked: Vec<&str> = if q.multiple {
            answers.chosen.get(q.id).into_iter().flatten().map(String::as_str).collect()
        } else {
            answers.one(q.id).into_iter().collect()
        };
        picked.into_iter().filter_map(move |choice| {
            let row = table.iter().find(|r| r.question == q.id && r.choice.is_none_or(|c| c == choice))?;
            Some((choice, row))
        })
    })
}

/// How an answer to stage 0 weighs in its verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Weight {
    /// A reason that is mostly loneliness or fear.
    Panic,
    /// A reason worth building on.
    Building,
    /// A sign the relationship was good for you.
    Good,
    /// A sign it was not.
    Bad,
    /// Neither way.
    Nothing,
}

/// Stage 0's answers about why and about what it was like, one rule a row.
/// "Something else" reads back the person's own words when there are any
/// (see [`should_you_try`]).
const STAGE0_READINGS: &[Reading<Weight>] = {
    use Tone::*;
    use Weight::*;
    &[
        read("motives", Some("lonely"), Panic, Against, "Missing the comfort is real and it hurts. It also tends to ease as your days fill up again, so on its own it is a shaky reason to go back."),
        read("motives", Some("fear"), Panic, Against, "The fear of never finding anyone like them is one of the most common feelings after a breakup. It is fear speaking, and fear is not a forecast of your future."),
        read("motives", Some("regret"), Building, InFavour, "Regret can be worth building on, if it turns into real change and not only an apology."),
        read("motives", Some("worth"), Building, InFavour, "Believing it was good and worth saving is something to build on, as long as your honest answers about what it was like agree."),
        read("motives", Some("own"), Nothing, Neutral, "You have a reason of your own. Writing it down in a sentence can show whether it comes from calm or from panic."),
        read("healthy", Some("healthy"), Good, InFavour, "You see the relationship as mostly healthy."),
        read("healthy", Some("mixed"), Nothing, Neutral, "You see a mix of good and hurtful times."),
        read("healthy", Some("hurtful"), Bad, Against, "You describe it as mostly lies, disrespect or hurt. That is not something to go back to as it was."),
        read("healthy", None, Nothing, Neutral, "You can't yet tell whether it was healthy. That is fine; it often gets clearer with some distance."),
        read("best", Some("best"), Good, InFavour, "You mostly brought out the best in each other."),
        read("best", Some("sometimes"), Nothing, Neutral, "Sometimes you brought out the best in each other, sometimes not."),
        read("best", Some("small"), Bad, Against, "You often felt small, anxious or not enough. Love should not leave you feeling that way."),
        read("best", None, Nothing, Neutral, "You can't yet tell how you were with each other."),
        read("six-months", Some("yes"), Good, InFavour, "You think you could be happy together even if little changed."),
        read("six-months", Some("no"), Bad, Against, "You don't think you'd be happy in six months if nothing changed. So the goal is not to go back to how it was; it is change."),
        read("six-months", None, Nothing, Neutral, "You're not sure you'd be happy in six months if nothing changed."),
    ]
};

/// What stage 0's verdict rules look at.
#[derive(Default)]
struct Stage0Tally {
    red_flags: usize,
    panic: u32,
    building: u32,
    good: u32,
    bad: u32,
}

impl Stage0Tally {
    fn add(&mut self, weight: Weight) {
        match weight {
            Weight::Panic => self.panic += 1,
            Weight::Building => self.building += 1,
            Weight::Good => self.good += 1,
            Weight::Bad => self.bad += 1,
            Weight::Nothing => {}
        }
    }
}

/// One verdict rule: when it applies (given what the answers added up to,
/// `T`), and what the outcome then says.
struct VerdictRule<T> {
    when: fn(&T) -> bool,
    verdict: Verdict,
    headline: &'static str,
    explanation: &'static str,
    /// Label and path of each next step.
    next: &'static [(&'static str, &'static str)],
}

/// The first rule that applies, or `otherwise`.
fn decide<'r, T>(rules: &'r [VerdictRule<T>], otherwise: &'r VerdictRule<T>, tally: &T) -> &'r VerdictRule<T> {
    rules.iter().find(|r| (r.when)(tally)).unwrap_or(otherwise)
}

impl<T> VerdictRule<T> {
    fn next_steps(&self) -> Vec<NextStep> {
        self.next.iter().map(|(label, path)| step(label, path)).collect()
    }
}

const NO_CONTACT_THEN_WORK: &[(&str, &str)] =
    &[("Start with no contact", "/stage/no-contact"), ("Work on yourself", "/stage/work-on-yourself")];

/// Stage 0's verdicts, the first that applies wins.
const STAGE0_VERDICTS: &[VerdictRule<Stage0Tally>] = &[
    VerdictRule {
        when: |t| t.red_flags > 0,
        verdict: Verdict::GetYourselfBack,
        headline: "This is about getting yourself back",
        explanation: "From what you shared, trying to win them back could put you back somewhere that hurt you. The path now turns towards you: your safety, your strength, your own life. You can look at your answers again at any time.",
        next: &[("Getting yourself back", "/getting-yourself-back")],
    },
    VerdictRule {
        when: |t| t.bad >= 2,
        verdict: Verdict::NotAsItWas,
        headline: "Not as it was",
        explanation: "Your own answers say the relationship, as it was, was not good for you. Before anything else, give yourself room: no contact and time for yourself.",
        next: NO_CONTACT_THEN_WORK,
    },
    VerdictRule {
        when: |t| t.panic > 0 && t.building == 0,
        verdict: Verdict::MostlyPanic,
        headline: "Mostly fear and loneliness, for now",
        explanation: "The reasons you picked are about loneliness and fear. They are real and they hurt, and they tend to quieten with time and space. Steady yourself first, then look again.",
        next: NO_CONTACT_THEN_WORK,
    },
    VerdictRule {
        when: |t| t.building > 0 && t.good >= 2 && t.bad == 0,
        verdict: Verdict::SomethingToBuildOn,
        headline: "There may be something real here",
        explanation: "You have reasons worth building on, and your answers about the relationship are mostly good. That is a start, not a promise: the next step is still space, and work on yourself.",
        next: &[("Go on to no contact", "/stage/no-contact")],
    },
];

/// Stage 0's verdict when none of its rules applies.
const STAGE0_UNCLEAR: VerdictRule<Stage0Tally> = VerdictRule {
    when: |_| true,
    verdict: Verdict::Unclear,
    headline: "It's not clear yet, and that's all right",
    explanation: "Your answers point both ways. Give it time: hold no contact, work on yourself, and come back to these questions in a few weeks to see what has changed.",
    next: &[("Go on to no contact", "/stage/no-contact"), ("Work on yourself", "/stage/work-on-yourself")],
};

/// The titled groups that have findings, in order.
fn groups<const N: usize>(groups: [(&'static str, Vec<Finding>); N]) -> Vec<FindingGroup> {
    groups
        .into_iter()
        .filter(|(_, findings)| !findings.is_empty())
        .map(|(title, findings)| FindingGroup { title, findings })
        .collect()
}

/// Stage 0's safety findings: each red flag, then the ones left unsure.
fn stage0_safety(answers: &Answers, flags: &[RedFlag]) -> Vec<Finding> {
    let mut safety: Vec<Finding> =
        flags.iter().map(|flag| finding(Tone::Caution, format!("You said {}.", flag.described()))).collect();
    let unsure: Vec<&str> = RedFlag::ALL
        .iter()
        .filter(|(_, q)| answers.one(q) == Some("unsure"))
        .map(|(f, _)| f.described())
        .collect();
    if !unsure.is_empty() {
        safety.push(finding(
            Tone::Caution,
            format!(
                "You weren't sure whether {}. That deserves a slow, careful look, and the support numbers below are there if you want to talk to someone.",
                unsure.join(", or whether ")
            ),
        ));
    }
    safety
}

/// Stage 0: should you even try?
pub fn should_you_try(answers: &Answers) -> Outcome {
    let flags = red_flags(answers);
    let mut tally = Stage0Tally { red_flags: flags.len(), ..Stage0Tally::default() };

    let (mut motives, mut honesty) = (Vec::new(), Vec::new());
    let own = answers.note("motives:own");
    for (choice, row) in readings(AssessmentKind::ShouldYouTry, answers, STAGE0_READINGS) {
        tally.add(row.weight);
        if row.question != "motives" {
            honesty.push(finding(row.tone, row.text));
        } else if choice == "own" && !own.is_empty() {
            motives.push(finding(row.tone, format!("In your own words: “{own}”. Read it back slowly: does it come from calm, or from panic?")));
        } else {
            motives.push(finding(row.tone, row.text));
        }
    }

    let rule = decide(STAGE0_VERDICTS, &STAGE0_UNCLEAR, &tally);
    Outcome {
        verdict: rule.verdict,
        headline: rule.headline,
        explanation: rule.explanation.to_string(),
        groups: groups([
            ("Your safety", stage0_safety(answers, &flags)),
            ("Why you want them back", motives),
            ("What it was really like", honesty),
        ]),
        next: rule.next_steps(),
    }
}

/// Why the person's safety state keeps the app from pointing towards them,
/// in one sentence; `None` when it doesn't.
fn stops_contact_because(safety: &SafetyState) -> Option<String> {
    if let Some(why) = safety.why() {
        Some(format!("{why} Your safety comes first, so the app will not guide you towards reaching out."))
    } else if safety.in_crisis() {
        Some("Some of what you wrote lately sounded very heavy. Reaching out to them can wait; right now, you come first.".to_string())
    } else {
        None
    }
}

/// Where an answer to the reality check puts its finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sign {
    /// A clear no: the door is closed, whatever else.
    Closes,
    /// A sign the door is closed.
    Closed,
    /// A sign it may be open.
    Open,
    /// A reason they left that could change.
    Changeable,
}

/// The reality check's answers, one rule a row.
const STAGE3_READINGS: &[Reading<Sign>] = {
    use Sign::*;
    use Tone::*;
    &[
        read("said-never", Some("yes"), Closes, Against, "They told you clearly they never want to speak again."),
        read("blocked", Some("everywhere"), Closes, Against, "They have blocked you everywhere."),
        read("blocked", Some("some"), Closed, Neutral, "They have blocked you in some places: they want some distance."),
        read("new-relationship", Some("yes"), Closes, Against, "They are in a serious new relationship."),
        read("how-ended", Some("checked-out"), Closed, Against, "They had been pulling away for months before ending it: a decision that grew slowly is harder to undo."),
        read("how-ended", Some("heat"), Open, InFavour, "It ended in the heat of the moment, which can be different from a settled decision."),
        read("why-left", Some("communication"), Changeable, InFavour, "Poor communication can be learned differently."),
        read("why-left", Some("jealousy"), Changeable, InFavour, "Jealousy can be worked on, with time and honesty."),
        read("why-left", Some("immaturity"), Changeable, InFavour, "Immaturity is something people grow out of."),
        read("why-left", Some("stress"), Changeable, InFavour, "Stress from outside can ease, and can be handled better together."),
        read("why-left", Some("values"), Closed, Against, "Deeply different values or life plans are very hard to bridge."),
        read("why-left", Some("abuse"), Closes, Caution, "Abuse was part of how it ended. That is not a door to reopen; what matters now is that you are safe."),
        read("why-left", Some("attraction"), Closed, Against, "They no longer felt attracted. That rarely returns through effort alone."),
        read("contacted", Some("yes"), Open, InFavour, "They have reached out to you since the breakup."),
        read("emotional", Some("yes"), Open, InFavour, "They still seem emotional when your name comes up."),
        read("friends", Some("yes"), Open, InFavour, "Mutual friends say they still care or feel confused."),
        read("harm", Some("yes"), Closes, Caution, "You said they hurt, threatened, controlled or frightened you. Your safety matters more than any sign of an open door."),
        read("harm", Some("unsure"), Closed, Caution, "You weren't sure whether they hurt, controlled or frightened you. That deserves a slow, careful look, and the support lines below are there if you want to talk it through."),
    ]
};

/// What the reality check's verdict rules look at.
struct Stage3Tally {
    /// Any clear no.
    closes: bool,
    /// Signs against, among the closed ones.
    against: usize,
    open: usize,
}

/// The reality check's verdicts, the first that applies wins.
const STAGE3_VERDICTS: &[VerdictRule<Stage3Tally>] = &[
    VerdictRule {
        when: |t| t.closes,
        verdict: Verdict::DoorClosed,
        headline: "This looks like a time to accept, and to heal",
        explanation: "Some of what you described is a clear no. Pressing against it would only bring more hurt, to you both. None of this measures your worth. What will help you most now is turning towards your own healing.",
        next: &[("Accepting their decision", "/stage/accepting-their-decision"), ("Work on yourself", "/stage/work-on-yourself")],
    },
    VerdictRule {
        when: |t| t.against == 0 && t.open >= 2,
        verdict: Verdict::DoorMayBeOpen,
        headline: "The door may still be open",
        explanation: "Nothing you described closes the door, and there are real signs it may be open. Nobody can read their mind, so go gently: the first-message stage starts by checking whether you are ready.",
        next: &[("The first message", "/stage/first-message")],
    },
];

/// The reality check's verdict when none of its rules applies.
const STAGE3_WAIT: VerdictRule<Stage3Tally> = VerdictRule {
    when: |_| true,
    verdict: Verdict::WaitAndWork,
    headline: "Keep working on yourself, and wait",
    explanation: "The signs point both ways, or there are too few to go on. Give it more time: hold no contact, keep working on yourself, and look at this again in a few weeks.",
    next: &[("Work on yourself", "/stage/work-on-yourself"), ("No contact", "/stage/no-contact")],
};

/// Stage 3: is there still a real chance? `safety` is the person's whole
/// safety state, these answers included.
pub fn reality_check(answers: &Answers, safety: &SafetyState) -> Outcome {
    let (mut closed, mut open, mut changeable, mut closes) = (Vec::new(), Vec::new(), Vec::new(), false);
    for (_, row) in readings(AssessmentKind::RealityCheck, answers, STAGE3_READINGS) {
        let f = finding(row.tone, row.text);
        match row.weight {
            Sign::Closes => {
                closes = true;
                closed.push(f);
            }
            Sign::Closed => closed.push(f),
            Sign::Open => open.push(f),
            Sign::Changeable => changeable.push(f),
        }
    }
    let against = closed.iter().filter(|f| f.tone == Tone::Against).count();
    let rule = decide(STAGE3_VERDICTS, &STAGE3_WAIT, &Stage3Tally { closes, against, open: open.len() });

    // Whatever the signs, when the person's safety state stops contact this
    // check never points towards reaching out.
    let (headline, explanation, next) = match stops_contact_because(safety) {
        Some(why) if rule.verdict == Verdict::DoorMayBeOpen => (
            "Some signs look open, but your path is about you now",
            format!("Some of what you described could look like an open door. {why}"),
            vec![step("Getting yourself back", "/getting-yourself-back")],
        ),
        Some(why) => (
            rule.headline,
            format!("{} {why}", rule.explanation),
            vec![step("Getting yourself back", "/getting-yourself-back")],
        ),
        None => (rule.headline, rule.explanation.to_string(), rule.next_steps()),
    };
    Outcome {
        verdict: rule.verdict,
        headline,
        explanation,
        groups: groups([
            ("Signs the door is closed", closed),
            ("Signs it may be open", open),
            ("What could change", changeable),
        ]),
        next,
    }
}

/// If they come back on their own: a checklist before answering. `safety`
/// is the person's whole safety state, these answers included: while it
/// stops contact, this never suggests talking.
pub fn they_came_back(answers: &Answers, safety: &SafetyState) -> Outcome {
    let mut findings = Vec::new();
    let safe = answers.one("safe");
    let changed = answers.one("changed");
    let why = answers.one("why");
    match safe {
        Some("no") => findings.push(finding(Tone::Caution, "You don't feel emotionally safe with them. That matters more than anything they say.")),
        Some("unsure") => findings.push(finding(Tone::Caution, "You're not sure you feel safe with them. That feeling deserves time and a careful look; the support lines below are there if you want to talk it through.")),
        Some(_) => findings.push(finding(Tone::InFavour, "You feel emotionally safe with them.")),
        None => {}
    }
    match answers.one("pressure") {
        Some("yes") => findings.push(finding(
            Tone::Caution,
            "You feel pushed to decide, or afraid of how they would take a no. Someone who has really changed can wait for your answer.",
        )),
        Some("unsure") => findings.push(finding(
            Tone::Caution,
            "You're not sure whether you feel pushed or afraid. Notice how your body feels when their name comes up; it often knows first.",
        )),
        _ => {}
    }
    match answers.one("harm") {
        Some("yes") => findings.push(finding(
            Tone::Caution,
            "You said they hurt, threatened, controlled or frightened you. Whatever they say now, your safety comes first.",
        )),
        Some("unsure") => findings.push(finding(
            Tone::Caution,
            "You weren't sure whether they hurt, controlled or frightened you. That is worth talking over with someone you trust, or a support line.",
        )),
        _ => {}
    }
    match changed {
        Some("no") => findings.push(finding(Tone::Against, "Nothing has really changed yet. Without change, the same ending is likely.")),
        Some("unsure") => findings.push(finding(Tone::Neutral, "You're not sure anything has changed. It is fair to ask them what would be different.")),
        Some(_) => {
            let what = answers.note("changed");
            findings.push(finding(
                Tone::InFavour,
                if what.is_empty() { "You can name what has changed.".to_string() } else { format!("What has changed: “{what}”.") },
            ))
        }
        None => {}
    }
    match why {
        Some("lonely") => findings.push(finding(
            Tone::Against,
            "You're drawn back mostly by loneliness. That is human, and it is a reason to lean on friends, not to rush back.",
        )),
        Some("unsure") => findings.push(finding(Tone::Neutral, "You can't tell yet why you want to go back. Taking time will help.")),
        Some(_) => findings.push(finding(Tone::InFavour, "You believe you can build something better this time.")),
        None => {}
    }

    let mut groups = vec![FindingGroup { title: "What you said", findings }];
    let (verdict, headline, explanation, next) = if safety.stops_contact() {
        groups.push(FindingGroup { title: "If you answer at all", findings: answering_safely() });
        let because = stops_contact_because(safety).unwrap_or_default();
        (
            Verdict::TakeCareFirst,
            "Take care of yourself first",
            format!(
                "{because} You don't owe them an answer, today or ever. If you do reply, it can be short, in writing, and final."
            ),
            vec![step("Getting yourself back", "/getting-yourself-back")],
        )
    } else if safe == Some("yes") && changed == Some("yes") && why == Some("better") {
        (
            Verdict::WorthTalking,
            "It may be worth talking, slowly",
            "You feel safe, something real has changed, and you want something better, not just less lonely. If you go ahead, hold to the standard: effort, respect and growth from both of you.".to_string(),
            vec![step("The real conversation", "/stage/real-conversation")],
        )
    } else {
        (
            Verdict::TakeYourTime,
            "Take your time before you answer",
            "Something is still missing. You have every right to wait, to ask questions, and to answer only when you are sure. Choosing carefully is a way of respecting yourself.".to_string(),
            vec![step("Work on yourself", "/stage/work-on-yourself")],
        )
    };
    Outcome { verdict, headline, explanation, groups, next }
}

/// How to answer someone who hurt you, or who frightens you, if at all.
fn answering_safely() -> Vec<Finding> {
    [
        "You can leave it unanswered. Silence is an answer, and it is yours to give.",
        "If you reply, keep it to a line or two in writing, for example: “I'm not going to get back together. Please don't contact me again.” No reasons are needed, and none are owed.",
        "Don't agree to meet alone to “talk it through”. If you must see them, choose a public place and tell someone you trust where you'll be.",
        "Keep their messages, especially threats or pressure, somewhere they can't reach. They can matter later.",
        "Tell one person you trust what is happening, and consider calling a support line below: they help people make a safety plan every day.",
    ]
    .into_iter()
    .map(|t| finding(Tone::Caution, t))
    .collect()
}

/// The outcome for any kind. `safety` is the person's whole safety state
/// (`Document::safety`), which these answers are part of when finished.
/// An earlier record's own safety answers always count, whatever the state
/// is now.
pub fn outcome(kind: AssessmentKind, answers: &Answers, safety: &SafetyState) -> Outcome {
    let mut safety = safety.clone();
    for s in signals_in(kind, answers) {
        if !safety.signals.contains(&s) {
            safety.signals.push(s);
        }
    }
    match kind {
        AssessmentKind::ShouldYouTry => should_you_try(answers),
        AssessmentKind::RealityCheck => reality_check(answers, &safety),
        AssessmentKind::TheyCameBack => they_came_back(answers, &safety),
    }
}

/// Whether the outcome of these answers shows the support card and Quick
/// exit: any safety signal in them, or in the person's state.
pub fn needs_support(kind: AssessmentKind, answers: &Answers, safety: &SafetyState) -> bool {
    !signals_in(kind, answers).is_empty() || safety.shows_help()
}
