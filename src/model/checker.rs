//! A gentle, rule-based checker for messages to an ex (the guide's steps 4
//! and 5: the first message after no contact, replies while things are still
//! new, and the "real talk" about what went wrong). It never blocks anything
//! and never scores a person: it points at phrases and habits the guide warns
//! about, and at the things it recommends, each with one kind sentence.
//!
//! Plain Rust with no dependencies (no regex crate), because it is compiled
//! to wasm and runs on every keystroke.
//!
//! # How matching works
//!
//! 1. The draft is cut into words (runs of letters and digits; an apostrophe
//!    between letters stays inside the word, so `can’t` is one word). Each
//!    word keeps its byte span in the original draft. Emoji, symbols, commas
//!    and single line breaks are simply skipped, so "please 🙏\ntake me back"
//!    still reads as four words. Sentences end at `. ! ? ; …` and at blank
//!    lines; a phrase never matches across a sentence end.
//! 2. Each word is normalised into one or more tokens: lower case, curly
//!    apostrophes made straight, letters repeated three or more times
//!    squeezed (`pleeease` → `please`, `sooo` → `so`), contractions spelled
//!    out (`can't`/`cant`/`cannot` → `can not`, `I'm`/`im` → `i am`,
//!    `won't`/`wont` → `will not`, `it's`/`its` → `it is`, …) and a few
//!    texting forms (`u`, `ur`, `pls`, `plz`, `gonna`…). Spelled-out tokens
//!    keep the span of the word they came from, so a match is always
//!    reported on whole words of the original text.
//! 3. Phrase rules are static tables of small token patterns (see the
//!    `PHRASES` table for the syntax: alternatives, optional words, short gaps,
//!    "not followed by" and "end of sentence"). A finding spans from the first
//!    to the last matched token. Overlapping matches of one rule are merged,
//!    and a Caution phrase lying wholly inside a Problem phrase is left out
//!    ("we need to talk about what happened" is a heavy opener; it is not
//!    also shown as rehashing).
//!    Softeners (`just`, `really`, `even`, `honestly`, `still`, `ever`,
//!    `exactly`…) standing right after a matched word are stepped over, so
//!    "why did you just leave like that" matches "why did you leave like".
//!    Tag and negated questions ("you miss me, don't you?", "don't you
//!    still care about me?") and reports through friends ("Mia told me you
//!    still talk about me") have patterns of their own.
//! 4. Shape rules (length, paragraphs, several texts in one, capitals,
//!    stacked `?!`) are counted directly on the text.
//! 5. One clause rule (#19): in a first message or reply, a "miss you" after
//!    a light opener or a time-apart phrase ("Hope you're good. Miss you.")
//!    is desperation, quoted on the "miss you"; a bare "I miss you" is left
//!    to the tables. An invitation to meet with a time on it ("Coffee this
//!    weekend?") is pressure there; a bare "Can we meet?" is not.
//!
//! 6. The learned reader (`checker_learned.rs`, #19) reads each sentence as
//!    a whole, for the endless wordings no table lists ("Things just aren't
//!    the same without you"): a small linear model over the sentence's
//!    tokens, pairs of tokens and question openings, trained by
//!    `cargo run --release --example train_checker` on drafts written for
//!    Unlost. It raises a kind only where the tables found none of that kind
//!    and quotes the sentence that scored highest, with the kind's own
//!    explanation. Crisis talk is learned on its own, as a yes or no for
//!    every draft, and is part of the one crisis source the whole app shares
//!    ([`crisis_words`]: the crisis phrases, the crisis clauses and this
//!    reader): it is noticed in any sentence the phrases missed, even one
//!    that also says something else, because crisis help must not wait on
//!    the wording ("I've been giving my things away").
//!
//! The drafts in `tests/fixtures/checker/train*.tsv` are the training set the
//! tables are tuned against and the learned reader is trained on
//! (`tests/model_checker_train.rs` prints the agreement and keeps a
//! ratchet); `heldout*.tsv` are never used for either
//! (`tests/model_checker_heldout.rs`).
//!
//! Patterns are read once into slots (never parsed while matching) and
//! looked up by their first word among the draft's distinct words; their
//! gaps are short and never leave the sentence, so the work grows linearly
//! with the draft: a 2,000-character draft takes about a millisecond
//! natively, tables and learned reader together (the bench times it in the
//! browser).
//!
//! # Spans of whole-message findings
//!
//! No finding is ever empty. Findings about the message as a whole cover the
//! part that goes past the limit, so highlighting shows where it starts to
//! get long: [`Rule::WallOfText`], [`Rule::Longish`] and
//! [`Rule::LongerThanTheirs`] run from the first word past the limit to the
//! end of the trimmed draft; [`Rule::SeveralParagraphs`] from the first
//! paragraph past the allowance; [`Rule::SeveralMessages`] from the start of
//! the second "text". [`segments`] lets narrower findings win inside them.
//!
//! # Thresholds (characters are Unicode scalar values of the trimmed draft)
//!
//! | Rule | First message | Reply | Real talk |
//! |---|---|---|---|
//! | [`Rule::Longish`] (Caution) | > 160 chars or > 30 words | – | – |
//! | [`Rule::WallOfText`] (Problem) | > 300 chars or > 60 words | > max(600, 2 × theirs) chars | > 1,200 chars or > 220 words |
//! | [`Rule::LongerThanTheirs`] (Caution) | – | > 3 × theirs and > theirs + 120 chars (skipped when `theirs_chars` is 0, meaning unknown) | – |
//! | [`Rule::SeveralParagraphs`] (Caution) | ≥ 2 paragraphs of ≥ 10 words | ≥ 3 such paragraphs | – |
//! | [`Rule::SeveralMessages`] (Caution) | a separator line (`---`) with text after it, ≥ 2 numbered lines (`1.`, `2)`), or ≥ 4 lines that each read like a text | same | – |
//! | [`Rule::AllCaps`] (Caution) | a run of ≥ 2 capitalised words with ≥ 6 letters, one capitalised word of ≥ 5 letters, or an everyday short word in capitals ("NO", "WHY", "NEED"; not intensifiers like "SO") | same | same |
//! | [`Rule::StackedPunctuation`] (Caution) | two or more `?`/`!` in a row (`??`, `!!`, `?!`, `‼`) | same | same |
//!
//! When [`Rule::WallOfText`] fires, the milder length finding of the same mode
//! is left out so a long draft gets one length note, not two. A "paragraph"
//! needs 10 words so that a one-line "No pressure to reply." after a blank line
//! is not counted. For separate texts, lines ending in a comma ("Hi Sam,",
//! "Take care,"), kisses (`x`, `xx`), a short greeting as the first line
//! ("Hey Sam") and a short sign-off as the last ("Alex", "Speak soon") are not
//! counted, so a five-line note with a greeting and a name passes. Capitals
//! ignore "I", single letters and common acronyms (OK, UK, TV, BBC, LOL…),
//! which neither count as shouting nor break a run of it.
//!
//! # Which rules apply where
//!
//! Begging, desperation, guilt trips, pressure, heavy openers, ultimatums,
//! fishing, overnight-change promises, capitals, stacked marks and
//! [`Rule::HurtingYourself`] apply in every mode. Going back over the breakup
//! ([`Rule::Rehashing`]) and "can we talk about us" openers are only noted in
//! the first message and replies: in the real talk that is the point, and the
//! guide itself suggests inviting that conversation. The apology rules
//! ([`Rule::VagueApology`], [`Rule::BlameSharing`], [`Rule::ApologyBut`]) and
//! the good signals [`Rule::OwnsPart`] and [`Rule::AsksTheirSide`] are for the
//! real talk only. [`Rule::AcknowledgesTime`] and [`Rule::LightTone`] are for
//! the first message and replies; [`Rule::NoPressure`] applies everywhere.
//! [`Rule::LightTone`] is only given to a draft of at most 160 characters with
//! no Problem or Caution finding, and only once.
//!
//! # False alarms, decided
//!
//! The tables prefer missing a borderline phrase to nagging about an innocent
//! one. Everyday logistics stay clean: "please say hi to your mum", "I can't
//! wait to hear about the trip", "I need you to know I'm okay", "I need your
//! address", "we need to talk about the car insurance" (only a bare "we need
//! to talk", or "…about us / what happened / our relationship", is heavy),
//! "how could you possibly know", "answer me this: …", "why did you leave
//! your bike at mine", "if you don't mind, I'll drop the box round", "if you
//! don't reply, that's completely fine", "do you want me to bring your
//! jumper". "You never …" and "you always …" are only blame with verbs such as
//! *listened*, *cared*, *ignored*. "Sorry if this is out of the blue" is not a
//! vague apology; "sorry if I hurt you" is. "I'm sorry for everything" is
//! always vague, even with more words after it. Known acronyms and a single
//! short stressed word ("SO good") are not shouting. An ultimatum needs a
//! threat: "if you don't reply, I'll understand" and "this is the last time
//! I'm reaching out" are left alone, "if you don't reply by Friday, I'm done"
//! is not. "Now or never" and "last chance" only count about the two of you
//! ("last chance to get cinnamon buns" is fine).
//!
//! [`Rule::HurtingYourself`] leans the other way on purpose: a joking "I
//! want to die" or "I'm going to kill myself lol" is flagged too, because the
//! cost of missing the real thing is far higher than a gentle note.

use std::ops::Range;

#[path = "checker_learned.rs"]
pub mod learned;

/// Which kind of message is being drafted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The first message after a stretch of no contact (guide step 4).
    FirstMessage,
    /// Answering them once they have replied; `theirs_chars` is the length of
    /// their last message in characters (0 when not known).
    Reply { theirs_chars: usize },
    /// The honest conversation about the breakup (guide step 5).
    RealTalk,
}

impl Mode {
    fn mask(self) -> u8 {
        match self {
            Mode::FirstMessage => F,
            Mode::Reply { .. } => R,
            Mode::RealTalk => T,
        }
    }
}

/// How a finding is shown. Ordered: Problem first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Something the guide clearly warns against.
    Problem,
    /// Worth a second look; often fine in another moment.
    Caution,
    /// Something the guide recommends, said back to encourage.
    Good,
}

/// One thing the checker looks for. The first eight are Problems, the
/// twelve after them Cautions, the last five Good signs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// Far too long for the moment (see the thresholds table).
    WallOfText,
    /// "Please take me back", "give me another chance", "I'm begging you".
    Begging,
    /// "I can't live without you", "you're my everything", "I need you".
    Desperation,
    /// "After everything I did for you", "you never listened", "you owe me".
    GuiltTrip,
    /// "Answer me", "why aren't you replying", "call me now", "I know you saw this".
    Pressure,
    /// "We need to talk (about us)", "I have something important to tell you".
    HeavyOpener,
    /// "If you don't reply by Friday I'm done", "last chance", "now or never".
    Ultimatum,
    /// Words about wanting to die or hurting yourself.
    HurtingYourself,
    /// A little long for a first message.
    Longish,
    /// Several real paragraphs.
    SeveralParagraphs,
    /// Reads like several texts queued up.
    SeveralMessages,
    /// A reply far longer than their message.
    LongerThanTheirs,
    /// "Why did you leave", "what went wrong", "was it my fault".
    Rehashing,
    /// "Do you miss me", "are you seeing someone", "do you still love me".
    Fishing,
    /// "I've completely changed", "I'll never do it again", "I promise I'll change".
    OvernightChange,
    /// Shouting in capitals.
    AllCaps,
    /// `??`, `!!`, `?!`.
    StackedPunctuation,
    /// "Sorry for everything", "sorry if I hurt you", "sorry you feel that way".
    VagueApology,
    /// "We both messed up", "it takes two", "you did things too".
    BlameSharing,
    /// "I'm sorry, but…".
    ApologyBut,
    /// "It's been a while", "I've been giving you space".
    AcknowledgesTime,
    /// "No pressure to reply", "only if you feel like it", "I respect your decision".
    NoPressure,
    /// A short, warm message with a simple question or wish.
    LightTone,
    /// "I was dismissive", "I should have listened", "that was on me".
    OwnsPart,
    /// "How was it for you?", "I'd like to hear your side".
    AsksTheirSide,
}

impl Rule {
    /// Every rule, in the order above.
    pub const ALL: [Rule; 25] = [
        Rule::WallOfText,
        Rule::Begging,
        Rule::Desperation,
        Rule::GuiltTrip,
        Rule::Pressure,
        Rule::HeavyOpener,
        Rule::Ultimatum,
        Rule::HurtingYourself,
        Rule::Longish,
        Rule::SeveralParagraphs,
        Rule::SeveralMessages,
        Rule::LongerThanTheirs,
        Rule::Rehashing,
        Rule::Fishing,
        Rule::OvernightChange,
        Rule::AllCaps,
        Rule::StackedPunctuation,
        Rule::VagueApology,
        Rule::BlameSharing,
        Rule::ApologyBut,
        Rule::AcknowledgesTime,
        Rule::NoPressure,
        Rule::LightTone,
        Rule::OwnsPart,
        Rule::AsksTheirSide,
    ];

    pub fn severity(self) -> Severity {
        use Rule::*;
        match self {
            WallOfText | Begging | Desperation | GuiltTrip | Pressure | HeavyOpener | Ultimatum | HurtingYourself => {
                Severity::Problem
            }
            AcknowledgesTime | NoPressure | LightTone | OwnsPart | AsksTheirSide => Severity::Good,
            _ => Severity::Caution,
        }
    }

    /// Stable kebab-case id, safe for CSS classes, tests and saved data.
    pub fn id(self) -> &'static str {
        self.text().0
    }

    /// A short heading, two to five words.
    pub fn title(self) -> &'static str {
        self.text().1
    }

    /// One kind sentence saying why it matters.
    pub fn explain(self) -> &'static str {
        self.text().2
    }

    /// Whether the person may be in danger; the app shows its support
    /// information next to this one.
    pub fn is_safety(self) -> bool {
        self == Rule::HurtingYourself
    }

    /// Id, title and explanation, from the group the rule belongs to.
    fn text(self) -> (&'static str, &'static str, &'static str) {
        self.problem_text()
            .or_else(|| self.caution_text())
            .or_else(|| self.good_text())
            .expect("every rule has its words in one group")
    }

    /// The words of the Problem rules.
    fn problem_text(self) -> Option<(&'static str, &'static str, &'static str)> {
        use Rule::*;
        Some(match self {
            WallOfText => (
                "wall-of-text",
                "A lot to take in",
                "A long message can feel heavy to open; a few light lines leave them more room to answer.",
            ),
            Begging => (
                "begging",
                "Sounds like pleading",
                "Pleading puts them on the spot; you can be honest about how you feel and still leave the choice with them.",
            ),
            Desperation => (
                "desperation",
                "Leans hard on them",
                "Lines like this can make them feel responsible for how you are; your own steadiness says far more.",
            ),
            GuiltTrip => (
                "guilt-trip",
                "Could feel like blame",
                "Blame or guilt tends to make people defensive, even when the hurt behind it is completely real.",
            ),
            Pressure => (
                "pressure",
                "Presses for an answer",
                "Asking for a reply, a call or a meeting can feel like pressure; a message they can answer in their own time is kinder to you both.",
            ),
            HeavyOpener => (
                "heavy-opener",
                "Heavy opening line",
                "Lines like \"we need to talk\" can put someone on guard; an easy, open invitation feels much safer.",
            ),
            Ultimatum => (
                "ultimatum",
                "Sounds like an ultimatum",
                "Deadlines and \"or else\" lines turn a conversation into a test; the door stays more open without them.",
            ),
            HurtingYourself => (
                "hurting-yourself",
                "Please look after you",
                "It sounds like you may be carrying a lot of pain; please reach out to someone you trust or a helpline before sending anything.",
            ),
            _ => return None,
        })
    }

    /// The words of the Caution rules.
    fn caution_text(self) -> Option<(&'static str, &'static str, &'static str)> {
        use Rule::*;
        Some(match self {
            Longish => (
                "longish",
                "A little long",
                "Short openers are the easiest to answer; see whether a line or two could go.",
            ),
            SeveralParagraphs => (
                "several-paragraphs",
                "More than one paragraph",
                "Paragraphs can make a message feel weighty; one short block keeps it gentle.",
            ),
            SeveralMessages => (
                "several-messages",
                "Reads like several texts",
                "Several texts in a row can feel like a lot to come back to; one short message is enough for now.",
            ),
            LongerThanTheirs => (
                "longer-than-theirs",
                "Much longer than theirs",
                "Matching the length and energy of their message helps the conversation feel easy and unhurried.",
            ),
            Rehashing => (
                "rehashing",
                "Goes back over the breakup",
                "Going over what went wrong this early can reopen old hurt; it can wait until you are both comfortable talking.",
            ),
            Fishing => (
                "fishing",
                "Asks about their feelings",
                "Questions about their feelings or love life can feel like a test; everyday questions are much easier to answer.",
            ),
            OvernightChange => (
                "overnight-change",
                "Promises a big change",
                "Big promises are hard to believe after a breakup; the changes you have really made will show with time.",
            ),
            AllCaps => (
                "all-caps",
                "Reads as shouting",
                "Capital letters can come across as shouting, even when you only mean to stress a word.",
            ),
            StackedPunctuation => (
                "stacked-punctuation",
                "Doubled ?! marks",
                "Stacked question or exclamation marks can read as urgent or upset; a single mark keeps the tone calm.",
            ),
            VagueApology => (
                "vague-apology",
                "Apology sounds vague",
                "A general or \"if\" apology can feel hollow; naming what you did is what makes it feel sincere.",
            ),
            BlameSharing => (
                "blame-sharing",
                "Shares out the blame",
                "Pointing to their part can cancel out your own; owning yours on its own says much more.",
            ),
            ApologyBut => (
                "apology-but",
                "A \"but\" after sorry",
                "A \"but\" after an apology tends to undo it; let the apology stand by itself.",
            ),
            _ => return None,
        })
    }

    /// The words of the good signs.
    fn good_text(self) -> Option<(&'static str, &'static str, &'static str)> {
        use Rule::*;
        Some(match self {
            AcknowledgesTime => (
                "acknowledges-time",
                "Acknowledges the time apart",
                "Recognising that time has passed shows you respect the space between you.",
            ),
            NoPressure => (
                "no-pressure",
                "Leaves them free",
                "Making it clear they are free to answer or not takes the pressure off you both.",
            ),
            LightTone => (
                "light-tone",
                "Light and easy to answer",
                "A short, warm message with a simple question or wish is easy to answer.",
            ),
            OwnsPart => (
                "owns-part",
                "Owns your part",
                "Naming your own part plainly, without excuses, is what helps an apology land.",
            ),
            AsksTheirSide => (
                "asks-their-side",
                "Makes room for their side",
                "Asking how it was for them, and then listening, shows you want to understand.",
            ),
            _ => return None,
        })
    }
}

/// One thing found in a draft. `start..end` are byte offsets into the
/// original draft, on char boundaries, and never empty (see the module docs
/// for what whole-message findings cover).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
}

impl Finding {
    fn new(rule: Rule, start: usize, end: usize) -> Finding {
        Finding { rule, severity: rule.severity(), start, end }
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Light first messages written for Unlost: `(id, label, text)`. Words in
/// square brackets are for the person to fill in. Each one passes [`check`]
/// with no Problem or Caution.
pub const FIRST_MESSAGE_TEMPLATES: &[(&str, &str, &str)] = &[
    (
        "small-hello",
        "A small hello",
        "Hi, it's been some time, so I thought I'd send a small hello. I hope things are going well for you. You don't need to reply.",
    ),
    (
        "you-were-right",
        "You were right about…",
        "Hi! I finally tried [something they always recommended] and you were right, it's great. Hope you're keeping well.",
    ),
    (
        "easy-question",
        "An easy question",
        "Hey, long time! How's [their work or new place] going these days? Only if you feel like a chat.",
    ),
    (
        "quiet-wish",
        "A quiet good wish",
        "Hey, I've been giving you space, so this is just a quick hello. Wishing you a good week.",
    ),
    (
        "occasion",
        "For an occasion",
        "Happy birthday! I hope the day is lovely and the year ahead treats you well. No need to reply.",
    ),
];

// ---------------------------------------------------------------------------
// Words and tokens

/// A word of the draft: byte span and sentence number.
struct Word {
    start: usize,
    end: usize,
    sent: u32,
}

/// A normalised token; spelled-out contractions share their word's span.
struct Tok {
    w: String,
    /// The word's number in the tables' vocabulary ([`vocab`]), or
    /// [`NOT_IN_TABLES`].
    id: u32,
    /// Whether the word is a softener ([`is_softener`]), worked out once.
    soft: bool,
    start: usize,
    end: usize,
    sent: u32,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | '′')
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '…' | '‼' | '⁉' | '‽' | '？' | '！' | '。')
}

fn scan(draft: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let (mut sent, mut start, mut newlines) = (0u32, None, 0);
    let mut it = draft.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c == '\n' {
            newlines += 1;
            if newlines == 2 {
                sent += 1;
            }
        } else if !c.is_whitespace() {
            newlines = 0;
        }
        if c.is_alphanumeric()
            || (start.is_some() && is_apostrophe(c) && it.peek().is_some_and(|&(_, n)| n.is_alphanumeric()))
        {
            start = start.or(Some(i));
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Word { start: s, end: i, sent });
        }
        if ends_sentence(c) {
            sent += 1;
        }
    }
    if let Some(s) = start {
        out.push(Word { start: s, end: draft.len(), sent });
    }
    out
}

/// Lower case, straight apostrophes, letters repeated 3+ times squeezed to one.
fn fold(raw: &str) -> String {
    let chars: Vec<char> =
        raw.chars().flat_map(char::to_lowercase).map(|c| if is_apostrophe(c) { '\'' } else { c }).collect();
    let mut out = String::with_capacity(raw.len());
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j < chars.len() && chars[j] == chars[i] {
            j += 1;
        }
        let n = if j - i >= 3 && chars[i].is_alphabetic() { 1 } else { j - i };
        out.extend(std::iter::repeat_n(chars[i], n));
        i = j;
    }
    out
}

/// Apostrophe-free spellings and texting forms, spelled out.
const SPELLED: &[(&str, &str)] = &[
    ("im", "i am"),
    ("ive", "i have"),
    ("cant", "can not"),
    ("cannot", "can not"),
    ("wont", "will not"),
    ("dont", "do not"),
    ("doesnt", "does not"),
    ("didnt", "did not"),
    ("isnt", "is not"),
    ("arent", "are not"),
    ("wasnt", "was not"),
    ("werent", "were not"),
    ("havent", "have not"),
    ("hasnt", "has not"),
    ("hadnt", "had not"),
    ("couldnt", "could not"),
    ("shouldnt", "should not"),
    ("wouldnt", "would not"),
    ("aint", "am not"),
    ("youre", "you are"),
    ("youve", "you have"),
    ("youll", "you will"),
    ("theyre", "they are"),
    ("theyve", "they have"),
    ("weve", "we have"),
    ("thats", "that is"),
    ("whats", "what is"),
    ("hows", "how is"),
    ("theres", "there is"),
    ("its", "it is"),
    ("lets", "let us"),
    ("gonna", "going to"),
    ("wanna", "want to"),
    ("gotta", "have to"),
    ("u", "you"),
    ("ya", "you"),
    ("ur", "your"),
    ("r", "are"),
    ("ok", "okay"),
    ("sory", "sorry"),
    ("soz", "sorry"),
    ("luv", "love"),
    ("y", "why"),
    ("wat", "what"),
    ("cud", "could"),
    ("wud", "would"),
    ("shud", "should"),
    ("msg", "message"),
    ("msgs", "messages"),
    ("txt", "text"),
    ("txts", "texts"),
    ("tmrw", "tomorrow"),
    ("tmr", "tomorrow"),
    ("2nite", "tonight"),
    ("tonite", "tonight"),
    ("4ever", "forever"),
    ("sum1", "someone"),
    ("any1", "anyone"),
    ("every1", "everyone"),
    ("no1", "no one"),
];

/// Words after which a bare "ill" is almost surely "I'll".
const ILL_NEXT: &str =
    "never|always|be|do|change|try|make|stop|get|come|call|text|miss|love|wait|keep|prove|show|leave|\
give|go|just|still|assume|block|delete|find|tell|understand|see|let|take|really|definitely|probably|forever";

fn tokens(draft: &str, words: &[Word]) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(words.len() + 8);
    let mut joined = false;
    for (i, wd) in words.iter().enumerate() {
        if std::mem::take(&mut joined) {
            continue;
        }
        // "w/o" is "without", one token over both letters.
        if let Some(n) = words.get(i + 1).filter(|n| &draft[wd.end..n.start] == "/") {
            if fold(&draft[wd.start..wd.end]) == "w" && fold(&draft[n.start..n.end]) == "o" {
                out.push(Tok { w: "without".to_string(), id: word_id("without"), soft: false, start: wd.start, end: n.end, sent: wd.sent });
                joined = true;
                continue;
            }
        }
        let mut push = |s: &str| out.push(Tok { w: s.to_string(), id: word_id(s), soft: is_softener(s), start: wd.start, end: wd.end, sent: wd.sent });
        let mut w = fold(&draft[wd.start..wd.end]);
        if w.contains('\'') {
            if let Some(stem) = w.strip_suffix("n't") {
                push(match stem {
                    "ca" => "can",
                    "wo" => "will",
                    "sha" => "shall",
                    "ai" => "am",
                    s => s,
                });
                push("not");
                continue;
            }
            let suffix = [("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would")]
                .into_iter()
                .find_map(|(suf, full)| w.strip_suffix(suf).map(|stem| (stem, full)));
            if let Some((stem, full)) = suffix {
                push(stem);
                push(full);
                continue;
            }
            if let Some(stem) = w.strip_suffix("'s") {
                push(stem);
                if stem == "let" {
                    push("us");
                } else if any("it|that|what|how|there|where|who|he|she|here|when|why|everything|nothing|nobody|everyone|everybody|someone|somebody|anyone|anybody|one", stem) {
                    push("is");
                }
                continue;
            }
            w.retain(|c| c != '\'');
        }
        if let Some((_, full)) = SPELLED.iter().find(|(k, _)| *k == w) {
            full.split(' ').for_each(&mut push);
        } else if is_please(&w) {
            push("please");
        } else if w == "ill"
            && (i == 0
                || words[i - 1].sent != wd.sent
                || words.get(i + 1).is_some_and(|n| any(ILL_NEXT, &fold(&draft[n.start..n.end]))))
        {
            push("i");
            push("will");
        } else {
            push(&w);
        }
    }
    out
}

/// please, pls, plz, plss, pleez, pleasee… (but not "plea" or "pleased").
fn is_please(w: &str) -> bool {
    w.starts_with("pl")
        && w.len() <= 8
        && w.chars().all(|c| "pleasz".contains(c))
        && w.contains(['s', 'z'])
        && w != "plea"
}

// ---------------------------------------------------------------------------
// Patterns

const F: u8 = 1;
const R: u8 = 2;
const T: u8 = 4;
const FR: u8 = F | R;
const ALL: u8 = F | R | T;

/// Whether token `w` is one of the `|`-separated alternatives (`~ing` means
/// "ends in ing").
fn any(alts: &str, w: &str) -> bool {
    alts.split('|').any(|a| a == w || a.strip_prefix('~').is_some_and(|s| w.len() > s.len() && w.ends_with(s)))
}

/// Words that soften a phrase without changing what it asks: stepped over
/// inside a pattern when they stand where the next slot does not match.
fn is_softener(w: &str) -> bool {
    matches!(
        w,
        "just" | "really" | "even" | "actually" | "honestly" | "truly" | "literally" | "seriously" | "ever" | "still" | "exactly" | "quite" | "totally"
    )
}

/// Alternatives of one slot, read once from a pattern's text.
struct Alts {
    /// Words of the tables' vocabulary, by number (compared as numbers).
    ids: Vec<u32>,
    /// Words outside it (only in patterns made on the spot, not the tables).
    words: Vec<&'static str>,
    /// `~ing`: a token ending in "ing" (and longer than it).
    suffixes: Vec<&'static str>,
    /// `$`: the sentence may end here.
    end: bool,
}

/// The id of a token that is no word of the tables.
const NOT_IN_TABLES: u32 = u32::MAX;

/// Every plain word in the tables' patterns, numbered, so matching compares
/// numbers instead of text.
fn vocab() -> &'static std::collections::HashMap<&'static str, u32> {
    static VOCAB: std::sync::OnceLock<std::collections::HashMap<&'static str, u32>> = std::sync::OnceLock::new();
    VOCAB.get_or_init(|| {
        let mut v = std::collections::HashMap::new();
        let words = PHRASES.iter().flat_map(|(_, _, pats)| pats.iter()).flat_map(|p| p.split_whitespace());
        for slot in words {
            let slot = slot.trim_start_matches(['<', '!']).trim_end_matches('?');
            for w in slot.split('|').filter(|w| !w.starts_with(['~', '*', '$']) && !w.is_empty()) {
                let n = v.len() as u32;
                v.entry(w).or_insert(n);
            }
        }
        v
    })
}

fn word_id(w: &str) -> u32 {
    vocab().get(w).copied().unwrap_or(NOT_IN_TABLES)
}

impl Alts {
    fn new(alts: &'static str) -> Alts {
        let mut a = Alts { ids: Vec::new(), words: Vec::new(), suffixes: Vec::new(), end: false };
        for alt in alts.split('|') {
            match alt.strip_prefix('~') {
                Some(s) => a.suffixes.push(s),
                None if alt == "$" => a.end = true,
                None => match word_id(alt) {
                    NOT_IN_TABLES => a.words.push(alt),
                    id => a.ids.push(id),
                },
            }
        }
        a
    }

    /// Whether token `t` is one of the alternatives (the same as [`any`]).
    fn has(&self, t: &Tok) -> bool {
        (t.id != NOT_IN_TABLES && self.ids.contains(&t.id))
            || self.words.contains(&t.w.as_str())
            || self.suffixes.iter().any(|s| t.w.len() > s.len() && t.w.ends_with(s))
    }
}

/// One slot of a pattern (see [`PHRASES`] for the syntax).
enum Slot {
    /// `!a|b`: the next token is not one of these; consumes nothing.
    Not(Alts),
    /// `*N`: skip up to N tokens.
    Skip(usize),
    /// `a|b` or `a|b?`.
    Word { alts: Alts, optional: bool },
}

/// A pattern read once into slots, so matching never parses text.
struct Pattern {
    /// `<a|b`: the token just before the match is not one of these.
    behind: Option<Alts>,
    slots: Vec<Slot>,
    /// The first slot's words, when it is a plain word slot: the pattern is
    /// only tried where one of them occurs. `None`: tried everywhere.
    first: Option<Vec<&'static str>>,
}

fn compile(pat: &'static str) -> Pattern {
    let (behind, body) = match pat.strip_prefix('<') {
        Some(rest) => {
            let (b, body) = rest.split_once(' ').unwrap_or((rest, ""));
            (Some(Alts::new(b)), body)
        }
        None => (None, pat),
    };
    let slots = body
        .split_whitespace()
        .map(|slot| {
            if let Some(alts) = slot.strip_prefix('!') {
                Slot::Not(Alts::new(alts))
            } else if let Some(n) = slot.strip_prefix('*') {
                Slot::Skip(n.parse().unwrap_or(1))
            } else {
                let (alts, optional) = slot.strip_suffix('?').map_or((slot, false), |a| (a, true));
                Slot::Word { alts: Alts::new(alts), optional }
            }
        })
        .collect();
    let first = body.split_whitespace().next().unwrap_or("");
    let first = (!first.contains(['?', '*', '!', '$', '~'])).then(|| {
        let mut words: Vec<&str> = first.split('|').collect();
        words.sort_unstable();
        words.dedup();
        words
    });
    Pattern { behind, slots, first }
}

/// Every pattern of [`PHRASES`], read once: `(rule, modes, patterns)`.
fn compiled() -> &'static [(Rule, u8, Vec<Pattern>)] {
    static TABLE: std::sync::OnceLock<Vec<(Rule, u8, Vec<Pattern>)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| PHRASES.iter().map(|&(r, m, pats)| (r, m, pats.iter().map(|p| compile(p)).collect())).collect())
}

/// Matches `slots` from token `pos`, all inside sentence `sent`; returns one
/// past the last token consumed. `from` is where the match began.
fn run(slots: &[Slot], t: &[Tok], pos: usize, sent: u32, end: usize, from: usize) -> Option<usize> {
    let Some((slot, next)) = slots.split_first() else { return Some(end) };
    let here = t.get(pos).filter(|x| x.sent == sent);
    match slot {
        Slot::Not(alts) => {
            if here.is_some_and(|x| alts.has(x)) {
                None
            } else {
                run(next, t, pos, sent, end, from)
            }
        }
        Slot::Skip(n) => {
            for k in 0..=*n {
                if k > 0 && t.get(pos + k - 1).is_none_or(|x| x.sent != sent) {
                    break;
                }
                if let Some(e) = run(next, t, pos + k, sent, end, from) {
                    return Some(e);
                }
            }
            None
        }
        Slot::Word { alts, optional } => {
            match here {
                Some(x) if alts.has(x) => {
                    if let Some(e) = run(next, t, pos + 1, sent, pos + 1, from) {
                        return Some(e);
                    }
                }
                None if alts.end => return run(next, t, pos, sent, end, from),
                // A softener right after a matched word is stepped over
                // ("please just come home", "give me even one more chance"),
                // so the tables need not list it at every place it can go.
                Some(x) if pos > from && end == pos && x.soft && !alts.end => {
                    if let Some(e) = run(slots, t, pos + 1, sent, end, from) {
                        return Some(e);
                    }
                }
                _ => {}
            }
            if *optional {
                run(next, t, pos, sent, end, from)
            } else {
                None
            }
        }
    }
}

/// Every match of `pat`, as byte spans (see [`find_pattern`]).
fn find(pat: &'static str, t: &[Tok], index: &[(&str, usize)], out: &mut Vec<(usize, usize)>) {
    find_pattern(&compile(pat), t, index, out);
}

/// Every match of `pat`, as byte spans. `index` lists `(token, position)`
/// sorted, so a pattern whose first slot is a plain word (nearly all) is only
/// tried where that word occurs.
fn find_pattern(pat: &Pattern, t: &[Tok], index: &[(&str, usize)], out: &mut Vec<(usize, usize)>) {
    match &pat.first {
        None => (0..t.len()).for_each(|i| match_at(pat, t, i, out)),
        Some(words) => {
            for alt in words {
                let from = index.partition_point(|&(w, _)| w < *alt);
                index[from..].iter().take_while(|&&(w, _)| w == *alt).for_each(|&(_, i)| match_at(pat, t, i, out));
            }
        }
    }
}

/// The match of `pat` starting at token `i`, if any, as a byte span.
fn match_at(pat: &Pattern, t: &[Tok], i: usize, out: &mut Vec<(usize, usize)>) {
    if let Some(behind) = &pat.behind {
        if i > 0 && t[i - 1].sent == t[i].sent && behind.has(&t[i - 1]) {
            return;
        }
    }
    if let Some(e) = run(&pat.slots, t, i, t[i].sent, i, i) {
        if e > i {
            out.push((t[i].start, t[e - 1].end));
        }
    }
}

/// The tables' patterns by their first word, for looking up only those
/// that can start at a word the draft has: `(rule's place in Rule::ALL,
/// modes, pattern)`.
struct ByFirst {
    words: std::collections::HashMap<&'static str, Vec<(usize, u8, &'static Pattern)>>,
    /// Patterns that do not start with a plain word, tried everywhere.
    anywhere: Vec<(usize, u8, &'static Pattern)>,
}

fn by_first() -> &'static ByFirst {
    static TABLE: std::sync::OnceLock<ByFirst> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = ByFirst { words: std::collections::HashMap::new(), anywhere: Vec::new() };
        for (rule, mask, pats) in compiled() {
            let r = Rule::ALL.iter().position(|x| x == rule).expect("every rule is in ALL");
            for p in pats {
                match &p.first {
                    None => t.anywhere.push((r, *mask, p)),
                    Some(words) => {
                        for w in words {
                            t.words.entry(*w).or_default().push((r, *mask, p));
                        }
                    }
                }
            }
        }
        t
    })
}

/// Every table match in the draft for `mask`'s mode, as byte spans per rule
/// (indexed like [`Rule::ALL`]). `index` is the draft's sorted tokens.
fn table_matches(t: &[Tok], index: &[(&str, usize)], mask: u8) -> Vec<Vec<(usize, usize)>> {
    let table = by_first();
    let mut out = vec![Vec::new(); Rule::ALL.len()];
    let mut at = 0;
    while at < index.len() {
        let w = index[at].0;
        let same = index[at..].iter().take_while(|(x, _)| *x == w).count();
        if let Some(pats) = table.words.get(w) {
            for &(r, m, p) in pats.iter().filter(|(_, m, _)| m & mask != 0) {
                let _ = m;
                index[at..at + same].iter().for_each(|&(_, i)| match_at(p, t, i, &mut out[r]));
            }
        }
        at += same;
    }
    for &(r, _, p) in table.anywhere.iter().filter(|(_, m, _)| m & mask != 0) {
        (0..t.len()).for_each(|i| match_at(p, t, i, &mut out[r]));
    }
    out
}

/// The phrase rules: `(rule, modes, patterns)`. Patterns are matched against
/// the normalised tokens, one space-separated slot per token:
///
/// * `word` — that token; `a|b|c` — any of them; `~ing` — a token ending in "ing";
/// * `slot?` — optional;
/// * `*N` — skip up to N tokens (inside the sentence);
/// * `!a|b` — the next token is not one of these (end of sentence is fine); consumes nothing;
/// * `$` — the sentence ends here; it may also be one of a slot's alternatives (`$|about`);
/// * a leading `<a|b` — the token just before the match is not one of these.
///
/// Contractions are spelled out (`can not`, `i am`, `it is`, `do not`), so the
/// patterns are written that way.
const PHRASES: &[(Rule, u8, &[&str])] = &[
    (
        Rule::HurtingYourself,
        ALL,
        &[
            "rather|sooner die than see|watch|let|lose|live|be|go|face",
            "rather|sooner be dead than see|watch|let|lose|live|be|go|face",
            "kill me now|already $",
            "easier|better|best *2 not to be here|around|alive",
            "if i *1 did not|never wake up",
            "do not want to wake up most|some|anymore|again|ever|$",
            "what is *1 the point *2 going|carrying on",
            "nothing *1 left here|to live for me?",
            "nothing *1 left for me here|anymore|now $",
            "lord|god *2 take me $|now|whenever|home|any",
            "kill|killing|harm|harming myself",
            "hurt|hurting|cut|cutting|burn|burning|starve|starving myself !shaving|accidentally|by|of",
            "kms",
            "self harm|harming",
            "suicide|suicidal !prevention|helpline|hotline|awareness|line|lifeline|rate|rates|research|documentary|squad",
            "end|ending|take|taking my *1 life",
            "end|ending it all",
            "going|want|wanting|ready|about to end it $|tonight|now|today|soon",
            "ending it *3 only option|way|answer",
            "want|wanting|going|ready to die",
            "wish *1 i was|were dead",
            "wish i was|had never been? born",
            "better off dead",
            "everyone|everybody|world|people|they|all|family|kids|children|friends *3 better off without me",
            "do not want to live|exist anymore|any|$",
            "do not want to be alive",
            "do not want to be here anymore",
            "do not want to wake up $|anymore",
            "no *2 reason|point *4 live|living|alive|exist|existing",
            "will not be around anymore|much|for",
            "going|might *1 do something stupid|drastic",
            "want|wanting|wish to disappear|vanish $|forever|and|from|completely|altogether",
            "want|wanting|wish to disappear|vanish for good|ever",
            "wish i could *1 disappear|vanish",
            "no point *1 anymore $",
            "no point *1 any more $",
            "no point in anything|living|going",
            "think|thinking|thought|planning|planned about how i would|will|could|might do it",
            "can not go on $|anymore|any|without",
            "can not go on like this|that",
            "can not keep living|going like this|anymore|on",
            "rather be dead",
            "never been born",
            "take|taking|swallow|swallowed|took all *2 pills|tablets",
            "should *2 end it $|all|now|tonight",
            "planning|planned how to do it|end|kill",
            "hope i die $|in|tonight|soon",
            "everyone|everybody|world|people|all|family|kids|friends *4 happier|easier without me",
            "do not want to be here any more",
            "rather die than live|go|be|lose|face",
            "wish *1 i was|were not alive|here|born",
            "sleep|asleep *2 not|never wake up",
            "fall|go|want|wanna *2 sleep|asleep forever",
            "sleep|asleep forever $",
            "hope *1 i do|will not|never wake up",
            "happier|better|easier off? if i was|were gone|dead",
            "happier|better|easier off? if i was|were not here|around|alive",
            "nobody|one would *2 notice|care|miss *2 if|when i *1 gone|died|dead|disappeared|disappear",
            "nothing *1 to live for",
            "what is the point *1 living|existing|life|anything $|anymore",
            "want out of *1 life|world",
            "too many pills|tablets",
            "pills|tablets *1 ready|saved|stockpiled",
            "pills|tablets *6 take|taking|swallow|swallowing them? all",
            "no point *1 going|carrying on",
            "no *2 reason|point to go|carry on",
            "could|just *1 not exist",
            "not want to wake up tomorrow|again|ever",
            "stop living $|anymore",
            "want to be alive anymore|any",
            "hope|hopes|hoping *3 not|never wake up",
            "rather not be alive|here|around|exist",
            "unless|until|once i am dead|gone",
            "<you feel|am *3 burden $|to|on|for",
            "world|everyone|everybody|people|they|all *4 better|happier|easier without me",
            "point in|of being alive|here",
            "not be *1 problem|burden *4 longer",
            "stopped existing",
            "everything *2 to end *2 including me",
            "just want it to end $|all|now",
            "can not see a|any future $|for|anymore",
            "do not want to live without",
            "if i died|die $|tomorrow|tonight|today|now",
            "tired of being here $|anymore",
            "might|could *2 do to myself",
            "how many pills|tablets",
            "i feel|am *1 dying $",
            "feel|feeling like dying|death",
            "keep going much|any longer",
            "to not exist",
            "to not be alive|here",
            "in case i *1 not make it",
            "ending|end things for good|forever",
            "be happier|better dead",
            "my own funeral",
            "why *4 still alive|here",
            "planning|planned how i would|will|could|might end|do|kill",
            "hate being alive",
            "overdose|overdosing|overdosed",
            "goodbye note|letter|letters",
            "my last|final goodbye",
            "not safe with|around|by myself",
            "jump|jumping|jumped off *2 bridge|building|roof|cliff|balcony|ledge",
            "in front of a|the *1 train|bus|car|truck",
            "way out except|but|is *1 dying|death|die|suicide",
            "not worth living",
            "life *2 not worth it|living",
            "stop existing|breathing",
            "tired of living $|anymore|and|like",
            "tired of being alive|existing",
            "not want to go on $|anymore|living",
            "give|given|giving up on life|living",
            "think|thinking|thought about death|dying all|every|constantly|lately|again|more|so|too|a",
            "am a burden to|on everyone|everybody|people|my|them|all|you",
            "will not be here|around much|long|anymore",
            "better off not existing|alive|here|around|being",
            "better|easier|happier *3 if i *1 disappeared|vanished|died",
            "ways|way|how to die|suicide $|quickly|painlessly|tonight|without",
            "googling|googled|searching|searched *3 ways|how to die|kill",
            "the point *1 living|existing $|anymore",
            "done with life|living|existing",
            "saying|say goodbye to everyone|everybody|all",
            "letters|letter|notes|note *4 saying goodbye",
            "standing|sitting|stood on *2 bridge|ledge|roof|edge|tracks",
            "not going to be around|here much|long|anymore",
            // #19: fresher wordings.
            "do not want to be here $|without",
            "what i *2 do to myself",
            "want it all to end|stop",
            "thinking|thought of|about ending it|things|my $|life|all",
            "no *2 reason|point to keep going|living",
            "see a|any way out !of",
            "see a|any way out of this|it|here|life $|anymore|now",
            "see a|any way out of this|the|my *1 pain|hole|darkness|dark|feeling|mess|misery|place|life|head|sadness",
            "no way out $|anymore",
            "not think i can *1 keep going $|anymore|like|on",
            "not think i can *1 go|carry on $|anymore|like",
        ],
    ),
    (
        Rule::Begging,
        ALL,
        &[
            "door is|stays|remains|will always be *1 open",
            "do anything *3 fix|make|get|have",
            "just say the word",
            "please *2 talk to me",
            "please do not *1 go quiet|shut me out|ignore me|leave|give up|block",
            "take me back !to|there|home|when|then|in",
            "please *2 take me back",
            "give me|us|this|things|love another|2nd chance|go|try|shot",
            "give me|us|this|things one more chance|go|try|shot",
            "give me|us a second|last|final|real? chance",
            "please|just one more chance",
            "one more chance $",
            "another chance please",
            "one more chance please",
            "i am begging|pleading !the|a|an|them|him|her|my|your|his|their",
            "begging you",
            "i beg you|of|for",
            "pleading with you",
            "on my knees",
            "please *2 come back !for|to|and|later|tomorrow|by|round|soon|at|with|after",
            "please *1 come home",
            "come back|home please",
            "come back to me|us",
            "want|need you to come back|home",
            "want|need you|us back",
            "please do not leave|go|walk|end|throw $|me|us|now|like|this|away|everything|what",
            "do not leave me !hanging|alone|out|with|to",
            "do not give up on us|me",
            "please please",
            "do anything|whatever it takes",
            "do anything|whatever *3 you|us back",
            "do anything you want|ask|say",
            "please let me|us prove|fix|make|try|show|explain|see|love",
            "please forgive me",
            // #19: softened and reworded asks for another go.
            "give me|us *3 chance|chances",
            "one more shot|go|try $|at|please",
            "please *2 reconsider",
            "reconsider us|this|things|everything|$",
            "do not give up on us|me|what we",
            "do not you think we *3 chance|try|again|another|deserve",
            "do not you want *3 try|again|back|together",
            "we deserve *2 chance|try|shot|go",
            "we *2 try again $|please",
            "let us *2 try again",
            "try again please",
            "can|could|should we *3 start over|again|afresh|fresh",
            "let us *1 start over|again|afresh",
            "we could|can|should *2 start over|again|afresh",
            "we *2 try *1 one more time",
            "let me make it|this|things up|right",
            "too late for us",
            "giving|give us|me *3 chance|shot|go|try",
            "do not let us|this|it end",
            "say you will come back|forgive",
            "<have|has|had just come back|home $",
            "i will|would do whatever you want|ask|say|need",
            "please *3 start over|again",
            "begging really|honestly|here",
            "forgive me please",
        ],
    ),
    (
        Rule::Desperation,
        ALL,
        &[
            "hear your voice",
            "can not take it|this $|anymore",
            "you were|are everything|my world|my whole",
            "can not live|breathe|breath|function|cope|survive|sleep|eat|exist|manage|continue|think|handle *1 without you",
            "can not be happy|okay|whole|complete|myself without you",
            "can not do this|life|anything without you",
            "can not go|carry on without you",
            "can not move on without|from you",
            "can not imagine my|a? life|future|living without you",
            "without you i am|have nothing|lost|empty|broken|miserable|incomplete|worthless|dead|dying|falling|no",
            "without you i can not",
            "without you my? life is|means|feels|has *1 nothing|pointless|meaningless|empty|over|no",
            "i am *2 nothing|lost|empty|broken|incomplete|worthless|dying|miserable|hopeless|useless|helpless|nobody|falling|wreck|mess *3 without you",
            "life is|means|feels *2 nothing|pointless|meaningless|empty|worthless|over *2 without you",
            "you|your are|were? my whole? everything|world|life|reason|oxygen|air|universe|purpose|soulmate",
            "you mean *1 world|everything to me",
            "you complete me",
            "you are|were all i *1 have|want|need|think",
            "<want i still|really|just|so? need you !to|for|back",
            "die|dying without you",
            "do not know how to *3 without you",
            "do not want to live|exist|go|be *2 without you",
            "no|nobody one? will|could ever? love you|me like|as",
            "i will wait *2 forever",
            "i will wait as long as it takes",
            "my world|life ended|stopped|collapsed|crumbled",
            "my world|life fell apart",
            "my life is over",
            // #19: the same lean, worded freshly: life without them as empty or wrong.
            "not|nothing *4 same|okay|right|sense|fine|real *3 without you",
            "not|nothing *4 same|okay|right|sense|fine|real *3 since you left|went|ended|walked",
            "nothing feels|is|seems|works *1 okay|right|fine|same|real $",
            "everything *3 wrong|empty|pointless|grey|gray|dark|harder|worse *3 without you",
            "every day|minute|second|hour|night without you",
            "no colour|color|meaning|purpose|joy *2 without you",
            "do not know who|what i am|be *1 without you",
            "i am|feel not okay|ok|fine|right|whole *2 without you",
            "not *1 slept|eaten|eating|sleeping|smiled|laughed *3 since you|we",
            "you are|were the only one|person who|that *3 understood|understands|gets|got|loved|knows|knew",
            "never love anyone|anybody|someone|somebody *4 like|way|as *3 you",
            "i *2 still|always love you|u",
            "i love you $|so|and|still|always|more",
            "never stopped loving|caring|missing|thinking",
            "miss|missing you|u|us *3 every|more|hurts|hurt|crazy|loads|terribly|desperately|constantly|lot|tons",
            "rather die than *2 lose|losing|live|be you|u?",
            "rather be dead than *2 lose|losing|live|be you|u?",
            "struggling|drowning|suffering|sinking|broken|wreck|falling *3 without you",
            "all i *1 think|thinking about|of $",
            "can not get over you",
            "do not see the|any point *3 without you",
            "can not stop crying|sobbing *2 over|about|for you",
            "without you nothing *2 means|matters|feels|makes|works",
            "wait for you *4 long|forever|matter",
            "i will *1 love you forever|always|until",
            "love you forever $|whatever|no",
            "miss|missed you *4 no idea",
            "you have no idea how much i *1 miss|missed|love|need",
            "hollow|numb|lonely|incomplete|grey|gray *2 without you",
            "missing without you",
            "days|life|world|heart|nights|everything *3 empty *2 without you",
            "not *2 coping|managing|sleeping|eating since|without you|we",
            "you were|are the best thing",
            "keep hoping|praying|waiting *2 you *3 back|return|change",
            "reminds me of you *3 hurts|hurt|breaks|cry|crying",
            "barely holding|keeping *1 together|on|going|surviving|functioning",
            "picture|see|imagine my|a future|life *2 without you",
            "can not stop thinking about|of you",
            "think|thinking about|of you *2 every|constantly|nonstop|24",
            "think|thinking about|of you *2 all the|day|night|week|weekend|morning|time",
        ],
    ),
    (
        Rule::GuiltTrip,
        ALL,
        &[
            "glad|good|nice|great|lucky one of us",
            "some of us had|have|actually|can not|could not|still|are|were",
            "nice|good|great|lovely to know i|that|how",
            "how lovely|nice|wonderful|convenient for you",
            "hope you are happy with|now $",
            "used to being last|second|ignored|forgotten|an afterthought",
            "enjoy your new life|girlfriend|boyfriend|man|woman|guy|girl",
            "thanks|thank you for teaching|showing me",
            "so thanks|thank you $",
            "you sleep well|fine|okay|soundly at night",
            "your conscience",
            "as happy as i tried|did|made|could",
            "pieces you left",
            "forgive|forgives you for what you did",
            "not even a *1 happy birthday|thank|goodbye|text|message|call|sorry",
            "might|would have expected|thought *3 at least",
            "easy to forget|replace|leave $",
            "means|meant nothing to some|you",
            "after all|everything i have|had? did|done|gave|given|sacrificed|tried|been|went|invested *3 for you",
            "after all|everything i *1 gave|sacrificed|invested *3 for? you|us",
            "after all|everything i *1 put up with",
            "how could you do|leave|just|walk|throw|treat|hurt|cheat|lie|forget|move|replace|ignore|block|abandon|give|not|let|end|choose|betray|be|say|dump|stop",
            "you owe me $",
            "you owe me an|closure|something|everything|more|this|that|at|answers|explanation|apology|respect|honesty explanation|answer|apology|least?",
            "you owe me the truth|courtesy",
            "you ruined|destroyed|wrecked|shattered my|me|everything|us|our|it|this|what|all|any|years|the life|world|heart|future|trust|confidence|relationship|everything?",
            "you broke my heart|promise|trust",
            "you broke me|us|everything|our|your",
            "you wasted my time|years|life|best",
            "you threw us|everything|me|our|all|years",
            "you never listened|cared|loved|appreciated|understood|tried|supported|respected|bothered|wanted|valued|thanked|listen|care|love|appreciate|understand|try|support|respect|bother|value|once|even|considered|noticed|apologised|apologized|apologise|apologize|showed|stood|fought|meant|put|gave|prioritised|prioritized",
            "you always ignored|blamed|chose|ran|walked|lied|yelled|shouted|nagged|belittled|dismissed|criticised|criticized|complained|twisted|expected",
            "you always had|have|needed|need to be|have|win|get",
            "<not all your fault",
            "is|was your fault",
            "you are to blame",
            "you did this to|$",
            "look what you have? done|did",
            "you made me feel *2 worthless|stupid|small|crazy|unloved|invisible|ugly|terrible|awful|nothing|dirt|rubbish|horrible|insane|used|unwanted",
            "you made me do this|that|it",
            "hope you are happy now $",
            "are you happy now $",
            "hope he|she|they|it|that|this|them|whoever *2 worth it",
            "thanks|thank you? for nothing",
            "shame on you",
            "you should be ashamed",
            "you do not even? care $|anymore|at",
            "you do not even? care about me|us",
            "you clearly|obviously|never *1 cared",
            "i guess|suppose i meant|mean nothing",
            "i meant|mean nothing to you",
            "did i ever? mean anything|nothing to you",
            "was i ever enough",
            "you gave up on us|me",
            "how dare you",
            "i gave you everything|years",
            "i gave you my all|heart|life|everything",
            "i gave you the best years",
            "<calling|call|called|think|not you|your are|were? a|an|so|such|being|just|really|completely? selfish|cruel|heartless|pathetic|toxic|coward|liar|narcissist|manipulative|disgusting|evil",
            "you will never find|meet *2 someone|anyone|anybody|somebody *1 like|better|who|as",
            "i deserve an|a|some|the? answer|answers|explanation|reply|response|closure|truth|better",
            "i deserve to know",
            "what you did to me",
            "what you have done to me",
            "you did not *1 say|text|call goodbye|sorry|bye",
            "you left me with nothing|no",
            "you left me alone|broke|stranded|hanging",
            "how could you $",
            // #19
            "how much|badly|bad you *1 hurt|hurted|treated|damaged|broke|wrecked|humiliated|used|betrayed",
            "you threw|throw it|this|that|us all? away",
            "i gave you *1 years|months|best",
            "hope you are proud of yourself",
            "you did|do not even? care|love|want $|about|me|us|did|do",
            "nice|good|kind of you to finally",
            "so now you *2 time|care|want|remember",
            "guess|suppose i was|am not *1 enough",
            "was i ever *1 enough",
        ],
    ),
    (
        Rule::Pressure,
        ALL,
        &[
            "i am *1 outside|downstairs $|your|now",
            "outside your work|building|house|flat|place|door|office",
            "wait as long as it takes",
            "be there either|anyway|regardless|whatever",
            "i am *1 waiting $",
            "left *2 voicemails|messages|texts",
            "had a chance to read|see",
            "by return $",
            "earliest convenience",
            "appreciate a reply|response|answer",
            "confirm receipt",
            "no is not *2 option",
            "just say yes $",
            "know you are online|there|reading|awake",
            "yes or no $|now|today|tonight",
            "already booked|reserved|bought",
            "courteous|polite|decent|manners to reply|respond|answer",
            "manners cost",
            "the least you can|could do",
            "honour|honor of a reply|response",
            "when is a good time to talk|meet|call $",
            "meet me at|in|by|tonight|tomorrow",
            "answer me !this|one|a|something|when|whenever|if|sometime",
            "reply|respond|answer|call|text|message|ring|write me|back *1 now|asap|immediately|already|tonight|today|please",
            "reply|respond to me *1 now|asap|please|already|$",
            "<not|never get back to me *1 now|asap|please|already|$",
            "please reply|respond|answer",
            "please write|get back",
            "please call|text|message|ring me|back $",
            "please just? talk to me",
            "just talk to me",
            "talk to me please|already|now",
            "reply|respond|answer|text back? please",
            "why are|have|will|would|can not you *1 reply|replying|replied|answer|answering|answered|respond|responding|responded|talk|talking|text|texting|texted|call|calling|called|message|messaging|messaged|speak|speaking|write|writing",
            "why are|have|will|would|can you not *1 reply|replying|replied|answer|answering|answered|respond|responding|responded|talk|talking|text|texting|texted|call|calling|called|message|messaging|messaged|speak|speaking|write|writing",
            "why did not you *1 reply|answer|respond|text|message|call|write|ring *1 back|me|$",
            "why did you not *1 reply|answer|respond|text|message|call|write|ring *1 back|me|$",
            "why do not you ever? answer|reply|respond|pick",
            "why are you ignoring|avoiding|blanking|ghosting|blocking|dodging me|my|us",
            "stop ignoring|avoiding|blanking|ghosting|blocking|dodging me|my|us",
            "why did you block|unfollow|delete|mute|unfriend me",
            "left me on read",
            "i know you *1 saw|read|got|seen|opened *2 this|it|my|these|message|messages|text|texts",
            "saw|see you *2 online|typing|active",
            "saw|see you *1 read|opened|viewed|seen my|it|this|that",
            "<like|not|feel|think|mean|saying|say you need|have|got to reply|respond|answer|decide|explain|unblock",
            "<like|not you need|have|got to talk|speak|listen|call|text|message|hear|tell to? me",
            "i need an|a|some? answer|answers|reply|response $|now|today|tonight|asap|please",
            "i need an|a|some? answer|answers|reply|response from you",
            "i need to see you now|tonight|today|please|asap|again|$",
            "i need to talk|speak to|with you now|tonight|today|please|asap",
            "i need you to reply|answer|respond|explain|unblock",
            "i need you to talk|speak|listen|call|text|message|hear|get to? me|back",
            "waiting for your reply|answer|response|text|call|message",
            "waiting for a|an reply|answer|response|text|call|message $",
            "waiting for a|an reply|answer|response|text|call|message from you",
            "i am still waiting $",
            "i will keep texting|calling|messaging|writing|coming|trying *2 until|till",
            "pick up the|your? phone",
            "answer your|the phone",
            "we need to meet $|asap|now|tonight|today|soon",
            "let me know asap|now|immediately",
            "call me now|asap|immediately|tonight",
            "<will|i|to|can|could|would|should|might reply|respond|answer|text|call|message asap|immediately|now",
            // #19: asking after earlier messages, demanding reasons, nudging replies.
            "did|have you see|get|read|receive|check|seen|got|received|checked my|the *1 messages|texts|letter|emails|voicemail|voicemails|calls|dms",
            "did|have you see|get|read|receive|check|seen|got|received|checked my|the last|earlier|previous|other|latest message|text|email|call",
            "messaged|texted|called|rang|emailed|written|tried *3 times|twice",
            "this is my *1 second|third|fourth|fifth|last|3rd|2nd|4th message|text|attempt",
            "you *2 not|never *1 answered|replied|responded|returned|read $|my|me",
            "you *2 not|never *1 answered|replied|responded|returned to *3 my|me",
            "read|seen|saw|opened my *1 message|messages|texts|text *3 and *2 nothing|not|ignored|never",
            "<will|to|should|might|could|may|it|things|work|they|would|not|never pick up $",
            "why *3 not|never *1 pick up",
            "did|have you looked|look|checked|check at? *1 my|the messages|texts|calls|voicemails|emails",
            "why no|not reply|answer|response|text|word",
            "why did it|you take|took *2 long|ages|forever",
            "why have|are|will not you *1 said|say|written|sent",
            "reply|answer|respond|text|call *3 or not",
            "my messages|texts|message|text *1 go|get|got through",
            "be|wait|waiting outside your",
            "write|text|reply|call back? soon ok|okay|please|yeah|alright",
            "<not|never owe me a|an|some conversation|talk|chat|word",
            "why do not you *1 text|call|message|write|reply back",
            "why are you replying|answering|texting *2 late|slow|short",
            "did|have you *1 read|see|get|receive|seen|got what i sent|wrote|said",
            "sent you *6 did|have you get|see|read|got|seen it|them",
            "reply|respond|answer already",
            "reply|respond|answer|text|call me? at least",
            "like|love|want to see you *2 soon|weekend|tonight|tomorrow|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday",
            "at least reply|answer|respond|text|acknowledge|tell|explain|give|write",
            "the decency|courtesy to",
            "give me an|a|some answer|answers|reply|explanation|reason",
            "i *1 need|want an|some? explanation|answers|reason $|why|for",
            "need|want|have to know why",
            "need|want|have to know what i did|went",
            "tell|explain to? me *1 why",
            "tell|explain to? me *1 what|where i|you|went|happened !felt|feel|feeling|thought|think|needed|need|missed|miss|wanted|want|saw|see|noticed|notice|meant|mean|were|went|lived|carried",
            "too much to ask",
            "reply|respond|answer|text|call|ring|message me? back? as? soon? as? when? you see|get|read this|it|my",
            "are you even reading|getting|seeing|reading these|this|my|them",
            "you can not *1 ignore|avoid|block me",
            "keep|keeps ignoring|avoiding|ghosting my|me",
            "why did not you *1 answer|reply|return|pick my|me|up",
            "why did you not *1 answer|reply|return|pick my|me|up",
            "why did it take|took you *3 to reply|answer|respond|text|get",
            "why are you being *2 short|cold|distant|weird|off|funny|like",
            "can|could not you *2 reply|answer|respond|text|write|talk|call|message",
            "<not|never owe me a|an|some reply|response|answer|explanation|call",
            "i *2 want|need to see you $|again|soon|now",
            "let us meet up? $|and|to|soon|properly|for|up",
            "we should meet up? $|this|soon|up",
            "when are you free",
        ],
    ),
    (
        // #19: an invitation to meet with a time on it, in a first message or
        // an early reply ("Coffee this weekend?", "Dinner next week?"). A bare
        // "Can we meet?" is left alone.
        Rule::Pressure,
        FR,
        &[
            "<had|have|our|my|the|after|before|from|for coffee|coffees|drink|drinks|dinner|lunch|brunch|breakfast|pint|pints|date *4 weekend|tonight|tomorrow|week|soon|friday|saturday|sunday|monday|tuesday|wednesday|thursday",
            "a walk *3 weekend|tonight|tomorrow|week|soon|friday|saturday|sunday|monday|tuesday|wednesday|thursday",
            "are you free *4 weekend|tonight|tomorrow|week|soon|friday|saturday|sunday|monday|tuesday|wednesday|thursday|for",
            "meet|catch|hang up? this|next? weekend|tonight|tomorrow|week|soon|friday|saturday|sunday|monday|tuesday|wednesday|thursday",
            "can|could i|we see you *2 soon|weekend|tonight|tomorrow|week|again",
        ],
    ),
    (
        // #19: telling them how they hurt you belongs in the real talk, not
        // in a first message or an early reply.
        Rule::GuiltTrip,
        FR,
        &[
            "you *1 hurt|humiliated|betrayed|abandoned|used me $|when|so|by|with|more|badly|really|a|and|the",
            "you were|are *1 cold|cruel|mean|horrible|harsh|distant|awful|nasty|unkind to|with me",
            "nice|good|glad to see you *4 without me",
            "you moved on *2 quick|quickly|fast",
            "did a number on me",
            "must be nice to forget|ignore|move|pretend|not|walk",
        ],
    ),
    (
        Rule::HeavyOpener,
        ALL,
        &[
            "where we stand",
            "something you need|should|have to know",
            "off my chest",
            "kind of|a|such a big deal",
            "must|need to speak|discuss with you",
            "it is serious $",
            "we really? need|have|must|got to? talk !about|to|with|more|less|later|tomorrow|soon|sometime|on|at|asap|now|tonight|today",
            "we really? need|have|must|got to? talk about us|things|everything|where|why|feelings|stuff",
            "we really? need|have|must|got to? talk about this|it|that $",
            "we really? need|have|must|got to? talk about what happened|went",
            "we really? need|have|must|got to? talk about the breakup|relationship|future|situation|way|past|end|split|fight|argument",
            "we really? need|have|must|got to? talk about our relationship|future|break|breakup|situation|feelings|past|fight|argument|split|history",
            "i really? need|have|got to talk|speak to|with you $",
            "i really? need|have|got to talk|speak to|with you about us|everything|things|where|why",
            "i really? need|have|got to talk|speak to|with you about what happened|went",
            "have|got something important|serious|big *3 tell|say|ask|discuss|talk",
            "have|got something i need|have|must|want to tell|say|ask",
            "there is something *3 to tell|say|ask|discuss|talk",
            "<every|any|those|avoided|dodged|dodge|avoid|skipped|skip big|serious|deep|heavy talk|conversation|chat|discussion",
            "tell|say|ask you something important|serious|big",
            "proper|real|honest talk|chat|conversation about where|us|what|things",
        ],
    ),
    (
        Rule::HeavyOpener,
        FR,
        &[
            "can|could we talk $",
            "can|could we talk about us|everything|things|where|why|it|this|that $",
            "can|could we talk about us|everything|things|where|why",
            "can|could we talk about what happened|went",
            "can|could we talk about the breakup|relationship|future|past|split|way|end",
            "can|could we talk about our relationship|future|break|breakup|situation|feelings|past|split|history",
            "we should talk $",
            "we should talk about us|everything|things|where|why",
            "we should talk about what happened|went",
            "we should talk about the breakup|relationship|future|past|split|end",
            "we should talk about our relationship|future|breakup|situation|feelings|past|split",
        ],
    ),
    (
        // In a first message or a reply, a bare "I miss you / us / what we
        // had" leans on them (in the real talk it may be the honest point).
        Rule::Desperation,
        FR,
        &["i *2 miss|missing you|u|us $", "miss|missing what we had|us|all of it"],
    ),
    (
        Rule::Ultimatum,
        ALL,
        &[
            "if i *1 have not|do not *1 heard|hear *3 by",
            "take|taking it as a no",
            "door is|will be *1 closed|shut",
            "not *1 going to wait forever|much longer",
            "if you *2 not|never|ignore|block|refuse|keep *8 i *3 assume|block|delete|post|tell|never|date|unfollow|burn|sell|throw|cut|blocking|deleting|posting|telling|dating|burning|selling|throwing|cutting",
            "if you *2 not|never|ignore|block|refuse|keep *8 we|it|that|this|i are|is|am done|over|finished|through|it|gone",
            "if you *2 not|never|ignore|block|refuse|keep *8 you will *1 regret|lose|never|sorry",
            "this is your|our last|final chance",
            "your last|final chance",
            "last|final chance for us",
            "now or never $",
            "now or never for us",
            "take it or leave it",
            "or else $",
            "or we|it|that|this|i are|is|am done|over|finished|through|gone",
            "or i !can|could *3 block|delete|post|tell|never|assume|date|burn|sell|throw|cut|blocking|deleting|posting|telling|dating|burning|selling|throwing|cutting",
            "or you will *1 regret|lose|never|sorry",
            "you will regret this|it|that|losing|leaving|dumping|ending|throwing|walking",
            "you will be sorry",
            "you have until",
            "or forget it|us|me|about",
            "if i *2 not hear|get *6 assume|done|over|block|delete|move",
            "you have|got *1 until|till|til",
            "do not bother *1 again|anymore",
            "by|before tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|noon|midnight *3 or i|we|forget|it|that|else|done",
            "i will take *1 as a no|sign|hint",
            "last chance before|or i|we",
            "you have *1 24|48|12|one|two|three|seven|ten hours|days|day|week|weeks|minutes",
            "i am giving you *1 until|hours|days|week|one|last",
        ],
    ),
    (
        Rule::Rehashing,
        FR,
        &[
            "was it *1 because|bc|cause|about",
            "was it the *3 thing|stuff $",
            "that ended|ruined|broke|killed it|us|things",
            "did i do something|anything",
            "any of it *2 real|true|mean",
            "waiting for an explanation|answer|reason",
            "deserve *3 explanation|reason",
            "without *1 explanation|reason|word",
            "understand why $",
            "why did you leave $",
            "why did you leave me|us|like|without",
            "why did you end|dump|cheat|lie|walk|stop|give|do|break it|me|us|things|this|that|our|up",
            "why did you dump|cheat|lie|walk",
            "why did we break|split|fall",
            "why did we end it|things|us",
            "why did it|things|we|this end|fail",
            "what went wrong $|between",
            "what went wrong with|for us|me|you",
            "what went wrong in our|the relationship",
            "what happened to|between us",
            "where did *1 go wrong",
            "what did i do wrong",
            "what did i do to deserve",
            "was it my fault",
            "was it because of me|something|what",
            "was it me $",
            "was it something i did|said?",
            "why was|am|were not i good? enough",
            "why was|am i not good? enough",
            "i still do not understand why|what|how *2 happened|ended|left|wrong|went|leave|end|did|broke",
            "i need closure",
            "need to understand why|what|how *2 happened|ended|left|wrong|went|leave|end|did|broke",
            "talk|talking|chat|discuss|discussing about? what happened|went",
            "go|going|went over what|the|why|how happened|breakup|split|it|we|you",
            "talk|talking|chat|discuss|discussing about? why|how *3 ended|happened|wrong|broke|split|left|apart|end",
            "talk|talking|chat|discuss|discussing about? the|our breakup|split|fight|argument|relationship",
            "i keep thinking|going|replaying *4 happened|breakup|split|fight|argument|ended|night",
            "you never told me why",
            "what could i have done *1 differently|better",
            "not get|understand why you|we *1 ended|left|did|broke|dumped|split|stopped|gave|end|leave",
            "thinking|thought about *1 the|that|our fight|argument|breakup|split|night|row",
            "why did you leave though|anyway",
            "what did i do to you $",
            "can not believe you *1 cheated|lied|dumped|ended",
            "can not believe you *1 left|walked|chose me|us|out|away",
        ],
    ),
    (
        Rule::Fishing,
        ALL,
        &[
            "with someone|anyone special",
            "go|went|going with someone|anyone $",
            "single these days|now|yet|again",
            "is it serious with",
            "your bf|gf|boyfriend|girlfriend now $",
            "i *2 cross|crossed your mind",
            "does|did that mean something|anything $",
            "watched|viewed|liked|saw my story|stories|post|posts|photo|photos",
            "still follow|following|watching|liking my",
            "ring|watch|necklace|bracelet|hoodie|jumper|ring *3 i gave you",
            "someone *1 take|took|taken mine|my place|my spot|my side",
            "ever regret|regretted",
            "come|coming|came running back",
            "knew you would *1 come back",
            "like i did|used to $",
            "in your dreams|yours $",
            "moving|move|moved|living in with him|her|them",
            "know how you feel $|about",
            "do|did you *2 miss me|us",
            "do|did|have you *2 think|thought|thinking about|of me|us",
            "do|did you *2 love|want|care|need|like about? me|us !to",
            "do|did you *2 have|had|feel|catch|still feelings",
            "do|did you *2 regret *2 breaking|leaving|ending|us|it|me|dumping|what|splitting",
            "are|were you *1 seeing|dating|with|sleeping|talking *2 someone|anyone|somebody|anybody|him|her",
            "is there someone|somebody|anyone|anybody *1 else|new",
            "have you moved on $|from|yet",
            "have you *1 gotten|got over me|us",
            "have you forgotten|replaced me|us",
            "are you over me|us",
            "are you *1 happy|better|okay|fine without me",
            "is there *2 chance|hope for|of us",
            "chance *1 we *2 try|again|together|over|back",
            "do you think we *3 together|again|back",
            "do you think there is *1 chance|hope|future",
            "do you hate me",
            "am i *2 on your mind",
            "who is he|she $",
            // #19: tag and negated questions, and their feelings read through friends.
            "you *2 miss|love|want|need|care|think|thinking me|us|about *5 do|did|does|are|have not? you $",
            "do not you *1 miss|love|care|want|need|think *2 me|us|about",
            "told|tells|say|says|said|mentioned|heard|telling *5 you *2 still|miss|missing|asking|cried|crying|not *4 me|us|over",
            "obviously|clearly|guess|so you *1 still care|love|miss $|me|us|about",
            "mean|means you *1 still care|love|miss|want|have",
            "who is the guy|girl|man|woman|boy *3 your",
            "is he|she your new? girlfriend|boyfriend|partner",
            "have you moved on already",
            "so you do|still *1 miss|love|care|want *2 me|us|about",
            "have you met|found someone|somebody|anyone|anybody $|new|else|special",
            "tell me you *2 think|miss|love|care|want|regret *2 me|us|about|it|leaving",
            "wonder|wondered|wondering what if",
            "wonder|wondered|wondering *2 about us",
            "told|tells|says|said|mentioned|heard|telling *5 you *2 cried|crying|sad|upset|missing",
            "girlfriend|boyfriend|partner *3 know|knows about me|us",
            "are you *1 into me $",
            "you still miss|love|care|think *2 me|us|about *2 right|yeah $",
            "surely you *2 miss|love|care|think|want *2 me|us|about",
            "guess|bet|obviously|clearly|must|probably you *2 regret|regretted it|us|me|leaving|breaking|ending|dumping|this|everything",
        ],
    ),
    (
        Rule::OvernightChange,
        ALL,
        &[
            "i *1 changed *2 for real|this time|now|i swear",
            "i have *1 changed *2 for real|this time|i swear",
            "not who|the person i was|used to",
            "new me",
            "i am reborn|a new|a different person|man|woman",
            "how much i have *1 grown|changed",
            "the person|man|woman you deserve",
            "everything you hated",
            "i have completely|totally|fully|really|truly|entirely|honestly|100 changed",
            "i have changed $|completely|totally|for|so|forever|now|i|a|everything|100",
            "<promising|promise|saying|say|claiming|claim|pretending|pretend i am a *1 changed|new|different|better person|man|woman|guy|girl",
            "i am not the same person|man|woman|guy|girl",
            "i will never do|hurt|lie|cheat|yell|shout|scream|treat|ignore|disappoint|let|behave|act|drink|be|say|make|leave|take|push|control|check|snap|raise|put|speak|talk *4 again",
            "it|that|this will never happen again",
            "i promise i|to|it|things|you|that|this|we *3 change|different|better|never",
            "i can|will change $",
            "i can|will change for|i",
            "will|could|would|can be different|better this time",
            "this time *2 will be different|better",
            "i have fixed|sorted|solved|cured *2 issues|problems|everything|myself|demons|anger|temper|drinking|jealousy",
            "i will be better|different $|i|this|now|for",
            "i have sorted|fixed myself out? completely|totally|fully",
            "turned my life|myself|things around",
            "going to be a *1 new|different|better|changed person|man|woman|guy|girl",
            "i will be a *1 new|different|better|changed person|man|woman|guy|girl",
        ],
    ),
    (
        Rule::VagueApology,
        T,
        &[
            "mistakes were made",
            "sorry for|about everything",
            "sorry for|about anything|whatever $",
            "sorry for|about anything|all that|which? happened|went",
            "sorry for|about whatever",
            "sorry for anything *2 did|said|wrong|hurt|upset",
            "sorry for|about anything|whatever *3 did|done|said|caused",
            "sorry for|about all of? it|that $",
            "sorry for|about it all",
            "sorry for|about all of it",
            "sorry if? you feel|felt|were|got *2 hurt|upset|that|like|offended|bad|sad",
            "sorry if i *3 hurt|upset|offended|did|said|made|caused|wrong|came|was",
            "sorry if that|it|anything|my *3 hurt|upset|offended",
            "if i hurt|upset|offended *2 you *3 sorry|apologise|apologize",
            "if you felt|feel|were|got hurt|upset|offended|bad",
            "sorry for|about what happened $",
            "sorry for|about how|the way? things|it ended|went|turned",
            "sorry *2 did not work out",
            "sorry *2 ended|turned|went *2 way",
            "sorry *2 ended|turned|went like that|this",
            "apologize|apologise|apologies for everything|anything|whatever|any",
            "apologies|apologise|apologize if",
            "nobody|one is perfect",
            "we all make mistakes",
            "everyone|everybody makes mistakes",
            "i guess|suppose i could|made|messed|was|did|might|may",
            "<said|says|say i was not perfect $|either",
            "i made *1 mistakes $",
            "sorry for my mistakes $",
        ],
    ),
    (
        Rule::BlameSharing,
        T,
        &[
            "so did you $",
            "we were|are both *1 a mess|to blame|at fault|wrong",
            "never|not one person *1 fault",
            "we both messed|screwed|stuffed|fucked|made|hurt|contributed|failed|played|share|shared|let",
            "we both were wrong|to|at|responsible|guilty|bad|terrible|awful|toxic fault|blame?",
            "we were both wrong|to|at|responsible|guilty|toxic|bad|awful|terrible|messed fault|blame?",
            "we both had *1 faults|part|problems|issues|role|share|blame",
            "we both did|said *1 things|stuff|wrong|hurtful",
            "both of us *2 messed|wrong|blame|fault|made|hurt|screwed|contributed",
            "both *1 our fault|faults",
            "both to blame",
            "takes two",
            "both sides|ways",
            "you did|made|said|hurt|messed|screwed|played|also *4 too|either",
            "you did|made|said|hurt|messed|screwed|played *4 as well",
            "you were|was *2 distant|cold|selfish|wrong|unfair|awful|horrible|mean|difficult|controlling|jealous|absent|toxic|hurtful|dismissive|unkind|harsh *1 too|either|as",
            "you also hurt|did|made|said|messed|played|had|were|lied|ignored",
            "was|is|were not all|only|just|entirely|completely|solely|100 my fault",
            "not all|only|just|entirely on me",
            "was|is not only|just me",
            "i was|am not the only one",
            "you are|were not a|an? saint|angel|innocent|blameless|perfect|faultless *2 either|too|$",
            "you played|had *1 part|role|hand|share",
            "what about what you did|said",
            "you *2 equally to? blame|guilty|responsible|at",
            "you *2 just as *2 blame|guilty|responsible|bad",
        ],
    ),
    (Rule::ApologyBut, T, &["sorry *8 but !also", "apologize|apologise|apologies *8 but !also"]),
    (
        Rule::AcknowledgesTime,
        FR,
        &[
            "it is|has been *2 while|awhile|minute|ages|age|months|weeks|year|years|forever|time",
            "been *2 while|awhile|minute|ages|forever|months|weeks",
            "been a long time",
            "long time no",
            "long time $",
            "giving|give|gave|given you some|the|more|enough? space|time|room",
            "after all this time",
            "have not *1 talked|spoken|chatted|seen|heard *3 while|ages|months|years|weeks|time",
            "since we last *1 talked|spoke",
        ],
    ),
    (
        Rule::NoPressure,
        ALL,
        &[
            "no pressure",
            "no need|obligation to reply|respond|answer|write|text|get|worry|rush?",
            "no worries|problem|stress if",
            "do not feel *2 obliged|obligated|pressured|pressure|bad|guilty",
            "do not feel *1 like|that? you have|need|must|should",
            "you do not have|need to reply|respond|answer|write|text|get|say|worry|rush?",
            "only if you",
            "if|whenever you ever|still? want|wanted|fancy|like",
            "if|whenever you ever|still? feel like|up|ready|able|comfortable",
            "if|whenever you are|would|were ever|still? open|up|ready|like|comfortable|interested|willing",
            "whenever you *2 ready|like|want|feel|can|have",
            "in|at your own time|pace",
            "no rush|hurry",
            "take your time",
            "i *1 respect your|that|whatever|it",
            "i *1 understand if",
            "i will *1 understand|respect $|that|it|your",
            "if you *3 not|rather *6 that|it is *2 okay|fine|alright|understandable",
            "totally|completely|absolutely|perfectly|also fine|okay|understandable if",
            "that|it is *2 okay|fine|alright|understandable if",
            "feel free *2 ignore|not",
            "ignore this|it if|$",
            "whatever you decide|choose|feel",
            "no expectations",
            "not expecting *2 anything|reply|response|answer",
            "do not expect *2 anything|reply|response|answer|back",
        ],
    ),
    (
        Rule::LightTone,
        FR,
        &[
            "hope *4 well|good|doing|okay|great|happy|safe|keeping|settling|enjoying|having|feeling|thriving|staying|alright|fine|healthy|kind|smoothly|amazing|lovely|nice|fun|going|treating|gentle|better you? well|lately|good?",
            "how are you|things",
            "how is|has|was *3 going|been|life|work|everything|things|your|the",
            "how have you|things been",
            "how you doing|been",
            "what *3 up to",
            "how did *3 go",
            "take care",
            "wishing you",
            "all the best",
            "good luck",
            "have a lovely|great|good|nice|wonderful|fun",
            "happy birthday|new|holidays|christmas|eid|diwali|hanukkah|easter",
            "congrats|congratulations",
            "reminded me of you",
            "made me think of you",
            "made me smile",
            "thought of you",
            "thinking of you",
        ],
    ),
    (
        Rule::OwnsPart,
        T,
        &[
            "<said|say|says|think|thought|called|claimed|claim|accused|felt|because|if|when i was *2 wrong|selfish|controlling|jealous|unfair|cold|distant|dismissive|defensive|harsh|unkind|careless|insecure|possessive|stubborn|absent|critical|rude|mean|hurtful|thoughtless|needy|clingy|closed|impatient|neglectful|inconsiderate|cruel|dishonest",
            "<said|say|says|think|thought|called|claimed|claim|accused|felt|because|if|when i was not *1 there|listening|fair|kind|present|honest|supportive|patient|available|attentive|open",
            "i should have|not !known|guessed|expected",
            "that|it is|was on me",
            "that|it is|was my fault|mistake",
            "i take *2 responsibility|ownership",
            "my part|share in",
            "i messed|screwed|stuffed|blew *1 up|it",
            "<if|when i did not listen|respect|support|show|appreciate|make|give|try|value|notice|hear|treat|prioritize|prioritise|communicate|trust|take|ask",
            "<if|when i hurt you",
            "<if|when i let you down",
            "<if|when i pushed you away",
            "<if|when i made you feel",
            "i took you for granted",
            "sorry that? i",
            "sorry for the|how way? i",
            "sorry for what i",
            "sorry for !everything|anything|something|nothing ~ing",
            "i have? realised|realized|realise|realize|learned|learnt|noticed|understand|understood *2 that|i|how|my",
            "i know|see now",
            "i have been working on",
            "been *2 therapy|counselling|counseling|counsellor|therapist",
        ],
    ),
    (
        Rule::AsksTheirSide,
        T,
        &[
            "how did|do|does|was *4 feel|felt|for you",
            "what was *2 like for you",
            "your side|view|perspective|version",
            "i *1 want|like|love to *1 hear|understand|listen",
            "is there anything you *1 wish|want|need|would",
            "what do|did you need",
            "tell me how you",
            "i am|will *1 listening|listen",
        ],
    ),
];

// ---------------------------------------------------------------------------
// Shape rules

const ACRONYMS: &str =
    "ok|uk|us|usa|tv|lol|omg|btw|fyi|asap|dm|pm|am|id|ps|nyc|la|bbc|nhs|gp|eu|un|tbh|idk|imo|brb|ttyl|\
xx|xxx|xoxo|diy|atm|ceo|pdf|url|uni|mri|ai|dj|mc|nb|rip|uae|nz|xo|bf|gf|irl|smh|fomo|yolo|ikea|nasa|ny|faq|wifi";

/// Everyday short words that, in capitals, are one stressed word shouted
/// ("NO i'm not fine", "WHY won't you answer", "I KNOW you read it"),
/// where a short word in capitals is otherwise more often a name for
/// something (an MOT, the BBQ, PE). Chosen from the training drafts: the
/// short words their writers labelled as shouting, and their neighbours.
/// Intensifiers ("SO good", "VERY late", "TOO much") are left out: a light
/// message stressing one word is not shouting (a pinned case), and where
/// such a word is shouted the draft says more that is noticed.
const SHOUTED: &str = "no|not|nor|yes|why|what|how|who|when|where|you|your|me|my|mine|we|our|he|she|him|her|his|they|them|\
can|cant|cannot|will|wont|would|should|could|must|did|didnt|does|doesnt|do|dont|done|is|isnt|are|arent|was|wasnt|were|\
have|has|had|been|be|im|ive|its|the|and|but|all|any|one|two|four|five|six|ten|last|ever|never|now|just|only|even|\
real|true|sure|fine|hell|god|love|hate|miss|need|want|know|knew|seen|saw|see|read|said|told|\
tell|ask|give|gave|take|took|make|made|care|hurt|lied|lie|lies|mean|meant|feel|felt|this|that|same|still|back|over|\
days|day|week|year|hey|stop|talk|call|text|pick|up|out|off|go|come|here|good|bad|sad|mad|long|once|again|free|happy|\
wrong|right|both|own|new|fun";

/// Runs of capitalised words, ignoring "I", single letters and acronyms.
fn all_caps(draft: &str, words: &[Word], out: &mut Vec<Finding>) {
    let mut run: Option<(usize, usize, usize, usize, bool)> = None; // start, end, loud words, loud letters, an everyday word
    let mut flush = |run: &mut Option<(usize, usize, usize, usize, bool)>| {
        if let Some((s, e, n, letters, everyday)) = run.take() {
            if (n >= 2 && letters >= 6) || (n == 1 && letters >= 5) || everyday {
                out.push(Finding::new(Rule::AllCaps, s, e));
            }
        }
    };
    for w in words {
        let raw = &draft[w.start..w.end];
        let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
        let caps = letters > 0 && raw.chars().any(char::is_uppercase) && !raw.chars().any(char::is_lowercase);
        if !caps {
            flush(&mut run);
            continue;
        }
        let lower: String = raw.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
        if letters < 2 || any(ACRONYMS, &lower) {
            continue; // neither shouting nor a break in it
        }
        let r = run.get_or_insert((w.start, w.end, 0, 0, false));
        r.1 = w.end;
        r.2 += 1;
        r.3 += letters;
        r.4 |= any(SHOUTED, &lower);
    }
    flush(&mut run);
}

/// `??`, `!!`, `?!`, `!!!`…, and the single-character forms `‼ ⁉`.
fn stacked(draft: &str, out: &mut Vec<Finding>) {
    let mark = |c: char| matches!(c, '?' | '!' | '‽' | '？' | '！' | '‼' | '⁉');
    let mut it = draft.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !mark(c) {
            continue;
        }
        let (mut end, mut n) = (i + c.len_utf8(), if matches!(c, '‼' | '⁉') { 2 } else { 1 });
        while let Some(&(j, d)) = it.peek().filter(|&&(_, d)| mark(d)) {
            end = j + d.len_utf8();
            n += 1;
            it.next();
        }
        if n >= 2 {
            out.push(Finding::new(Rule::StackedPunctuation, i, end));
        }
    }
}

/// Byte offset where the part past `limit` characters starts, moved back to
/// the start of the word it falls in.
fn overflow(draft: &str, words: &[Word], from: usize, limit: usize) -> usize {
    let off = draft[from..].char_indices().nth(limit).map_or(draft.len(), |(i, _)| from + i);
    words.iter().find(|w| w.end > off).map_or(off, |w| w.start.min(off))
}

/// Lines of the draft with their byte spans, trimmed.
fn lines(draft: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    draft.split('\n').map(move |l| {
        let start = at + (l.len() - l.trim_start().len());
        at += l.len() + 1;
        (start, l.trim())
    })
}

/// Words starting in `a..b` (words are in order, so this is two binary searches).
fn word_count(words: &[Word], a: usize, b: usize) -> usize {
    words.partition_point(|w| w.start < b) - words.partition_point(|w| w.start < a)
}

/// Paragraphs of at least 10 words; returns the start of the one past `allowed`.
fn paragraphs(draft: &str, words: &[Word], allowed: usize) -> Option<usize> {
    let mut starts = Vec::new();
    let mut block: Option<(usize, usize)> = None;
    for (s, l) in lines(draft).chain([(draft.len(), "")]) {
        if l.is_empty() {
            if let Some((a, b)) = block.take() {
                if word_count(words, a, b) >= 10 {
                    starts.push(a);
                }
            }
        } else {
            let b = s + l.len();
            block = Some(block.map_or((s, b), |(a, _)| (a, b)));
        }
    }
    starts.get(allowed).copied()
}

/// Start of the second "text" when the draft reads like several texts queued
/// up: a separator line, two numbered lines, or four lines that each read
/// like a message of their own. Not counted as texts: lines ending in a comma
/// ("Hi Sam,", "Take care,"), kisses, a short greeting as the first line and
/// a short sign-off (three words or fewer, no question) as the last.
///
/// A first message is lighter still (#19): unless it is laid out as a
/// letter (a first line ending in a comma, "Hi Sam,", or a name to sign off,
/// "Alex"), three lines with words in them already read as three texts
/// ("hey / happy bday / hope it's a good one"); one short line is enough.
fn several(draft: &str, words: &[Word], first: bool) -> Option<usize> {
    let (mut numbered, mut texts, mut after_sep) = (Vec::new(), Vec::new(), false);
    let all: Vec<(usize, &str)> = lines(draft).filter(|(_, l)| !l.is_empty()).collect();
    let signed = |l: &str| {
        let n = l.split_whitespace().count();
        (1..=2).contains(&n)
            && l.chars().next().is_some_and(char::is_uppercase)
            && l.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '.')
            && !l.chars().all(|c| c == 'x' || c == 'X' || c == ' ')
    };
    let letter = all.first().is_some_and(|(_, l)| l.ends_with(',')) || all.last().is_some_and(|(_, l)| signed(l));
    if first && !letter {
        let worded: Vec<usize> = all.iter().filter(|&&(s, l)| word_count(words, s, s + l.len()) > 0).map(|&(s, _)| s).collect();
        if worded.len() >= 3 {
            return Some(worded[1]);
        }
    }
    for (k, &(s, l)) in all.iter().enumerate() {
        if l.chars().count() >= 2 && l.chars().all(|c| "-–—_*=~•·#+".contains(c)) {
            after_sep = true;
            continue;
        }
        let n = word_count(words, s, s + l.len());
        if after_sep && n > 0 {
            return Some(s);
        }
        let body = l.trim_start_matches('(');
        let digits = body.chars().take_while(char::is_ascii_digit).count();
        if (1..=2).contains(&digits) && matches!(body[digits..].chars().next(), Some('.' | ')' | '/' | ':')) {
            numbered.push(s);
        }
        let kiss = l.chars().all(|c| !c.is_alphanumeric() || c == 'x' || c == 'X');
        let first =
            words.get(words.partition_point(|w| w.start < s)).map_or(String::new(), |w| fold(&draft[w.start..w.end]));
        let greeting = k == 0 && n <= 3 && any("hi|hey|hello|dear|hiya|heya|morning|evening|yo|howdy", &first);
        let sign_off = k + 1 == all.len() && n <= 3 && !l.contains('?');
        if n > 0 && !l.ends_with(',') && !kiss && !greeting && !sign_off {
            texts.push(s);
        }
    }
    if numbered.len() >= 2 {
        return Some(numbered[1]);
    }
    (texts.len() >= 4).then(|| texts[1])
}

// ---------------------------------------------------------------------------
// The checker

/// Checks a draft. Findings are sorted by start, then severity, then rule.
/// An empty or whitespace-only draft has no findings.
pub fn check(draft: &str, mode: Mode) -> Vec<Finding> {
    check_with(draft, mode, learned::model(), learned::THRESHOLD)
}

/// [`check`] with the learned reader's weights and threshold given (for
/// training and its cross-validation).
#[doc(hidden)]
pub fn check_with(draft: &str, mode: Mode, weights: &learned::Weights, threshold: i32) -> Vec<Finding> {
    let trimmed = draft.trim();
    if trimmed.is_empty() {
        return Vec::new();
    }
    let (t0, t1) = (draft.len() - draft.trim_start().len(), draft.trim_end().len());
    let words = scan(draft);
    let toks = tokens(draft, &words);
    let mask = mode.mask();
    let mut out = Vec::new();

    // Length and shape.
    let chars = trimmed.chars().count();
    let nwords = words.len();
    let long = |c: usize, w: usize| -> Option<usize> {
        let by_chars = (chars > c).then(|| overflow(draft, &words, t0, c));
        let by_words = (nwords > w).then(|| words[w].start);
        by_chars.into_iter().chain(by_words).min()
    };
    match mode {
        Mode::FirstMessage => {
            if let Some(s) = long(300, 60) {
                out.push(Finding::new(Rule::WallOfText, s, t1));
            } else if let Some(s) = long(160, 30) {
                out.push(Finding::new(Rule::Longish, s, t1));
            }
        }
        Mode::Reply { theirs_chars: theirs } => {
            let wall = theirs.saturating_mul(2).max(600);
            let more = theirs.saturating_mul(3).max(theirs.saturating_add(120));
            if chars > wall {
                out.push(Finding::new(Rule::WallOfText, overflow(draft, &words, t0, wall), t1));
            } else if theirs > 0 && chars > more {
                out.push(Finding::new(Rule::LongerThanTheirs, overflow(draft, &words, t0, more), t1));
            }
        }
        Mode::RealTalk => {
            if let Some(s) = long(1200, 220) {
                out.push(Finding::new(Rule::WallOfText, s, t1));
            }
        }
    }
    if mode != Mode::RealTalk {
        let allowed = if mode == Mode::FirstMessage { 1 } else { 2 };
        if let Some(s) = paragraphs(draft, &words, allowed) {
            out.push(Finding::new(Rule::SeveralParagraphs, s, t1));
        }
        if let Some(s) = several(draft, &words, mode == Mode::FirstMessage) {
            out.push(Finding::new(Rule::SeveralMessages, s, t1));
        }
    }
    all_caps(draft, &words, &mut out);
    stacked(draft, &mut out);

    // Phrases, merged per rule.
    let mut index: Vec<(&str, usize)> = toks.iter().enumerate().map(|(i, t)| (t.w.as_str(), i)).collect();
    index.sort_unstable();
    let (mut phrases, mut light) = (Vec::new(), None);
    let mut matches = table_matches(&toks, &index, mask);
    for (rule, spans) in Rule::ALL.into_iter().zip(&mut matches) {
        if rule == Rule::HurtingYourself {
            spans.extend(crisis_clauses(&toks));
        }
        spans.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for &(s, e) in spans.iter() {
            match merged.last_mut() {
                Some(last) if s < last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        if rule == Rule::LightTone {
            light = merged.first().copied();
        } else {
            phrases.extend(merged.iter().map(|&(s, e)| Finding::new(rule, s, e)));
        }
    }
    // A light opener (a light-tone or time-apart phrase) followed by "miss
    // you" (#19): "Hope you're good. Miss you." reads as easy at first and then leans on them all the same. A
    // bare "I miss you" is left to the other rules; after an opener, the
    // "miss you" is shown as desperation.
    let time_noted = phrases.iter().filter(|f| f.rule == Rule::AcknowledgesTime).map(|f| f.end).min();
    if let Some(opener_end) = light.map(|l| l.1).into_iter().chain(time_noted).min() {
        let mut spans = Vec::new();
        find("miss|missing|missed you|us", &toks, &index, &mut spans);
        find("miss|missing|missed talking|chatting|texting|hanging|seeing|hearing *2 you", &toks, &index, &mut spans);
        for &(s, e) in spans.iter().filter(|&&(s, _)| s >= opener_end) {
            if !phrases.iter().any(|g| g.rule == Rule::Desperation && g.start <= s && e <= g.end) {
                phrases.push(Finding::new(Rule::Desperation, s, e));
            }
        }
    }
    // A caution inside a problem phrase ("we need to talk about what
    // happened" is a heavy opener; it need not also be rehashing) is noise.
    let inside_problem = |f: &Finding| {
        f.severity == Severity::Caution
            && phrases.iter().any(|g| g.severity == Severity::Problem && g.start <= f.start && f.end <= g.end)
    };
    out.extend(phrases.iter().filter(|f| !inside_problem(f)));
    // The learned reader, for wording the tables do not list: only in
    // sentences no table finding touches (see `learned::find_with`).
    // (Length and shape findings do not count: they are about the whole message.)
    for (rule, s, e) in learned::find_with(weights, draft, &toks, mode, threshold, &phrases) {
        // A good sign saying the opposite in that sentence goes: the draft
        // is not praised for "no pressure" where it is found pressing.
        out.retain(|g| !(g.severity == Severity::Good && g.start < e && s < g.end && learned::contradicts(g.rule, rule)));
        out.push(Finding::new(rule, s, e));
    }
    if let Some((s, e)) = light {
        if chars <= 160 && out.iter().all(|f| f.severity == Severity::Good) {
            out.push(Finding::new(Rule::LightTone, s, e));
        }
    }
    out.sort_unstable_by_key(|f| (f.start, f.severity, f.rule));
    out
}

/// Where `text` talks about hurting oneself or not wanting to live, if it
/// does: the first such words, as a byte range. The same phrases, clauses
/// and learned crisis reader as [`Rule::HurtingYourself`] in [`check`] (one
/// source for the whole app), for
/// any writing: the journal, reflection answers, the Unsent vault. Like that
/// rule it leans towards noticing: a gentle card costs little.
pub fn crisis_words(text: &str) -> Option<Range<usize>> {
    if text.trim().is_empty() {
        return None;
    }
    let words = scan(text);
    let toks = tokens(text, &words);
    let mut index: Vec<(&str, usize)> = toks.iter().enumerate().map(|(i, t)| (t.w.as_str(), i)).collect();
    index.sort_unstable();
    let mut spans = Vec::new();
    for (_, _, pats) in compiled().iter().filter(|(r, _, _)| *r == Rule::HurtingYourself) {
        for p in pats {
            find_pattern(p, &toks, &index, &mut spans);
        }
    }
    spans.extend(crisis_clauses(&toks));
    let quotes = quoted(text);
    // Other people's quoted words, worked out once.
    let hidden: Vec<&Range<usize>> = quotes.iter().filter(|q| !own_words(&toks, q.start)).collect();
    // The learned reader quotes a whole sentence, which may begin outside a
    // quotation: it reads the text with other people's quoted words blanked
    // (byte for byte, so its spans still point into `text`).
    if hidden.is_empty() {
        spans.extend(learned::crisis_units(text, &toks));
    } else {
        let mut blanked = String::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            if hidden.iter().any(|q| q.start <= i && i < q.end) {
                blanked.extend(std::iter::repeat_n(' ', c.len_utf8()));
            } else {
                blanked.push(c);
            }
        }
        let blanked_words = scan(&blanked);
        spans.extend(learned::crisis_units(&blanked, &tokens(&blanked, &blanked_words)));
    }
    spans
        .into_iter()
        .filter(|&(s, _)| !hidden.iter().any(|q| q.start <= s && s < q.end))
        .min()
        .map(|(s, e)| s..e)
}

/// Crisis talk the phrase list has no exact words for: within one sentence
/// that speaks in the first person, a word about dying, not existing or not
/// waking up, with a wish or a state of mind just before it ("I'd be
/// happier dead", "part of me hopes I don't wake up", "I've had enough of
/// life"), and the everyday idioms set aside ("dying to", "dead tired",
/// "die for", "dead to me"). Part of the one crisis source: the message
/// checker and `crisis_words` both use it.
fn crisis_clauses(t: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = t.len();
    for i in 0..n {
        let sent = t[i].sent;
        let at = |j: usize| t.get(j).filter(|x| x.sent == sent).map(|x| x.w.as_str()).unwrap_or("");
        let next = at(i + 1);
        let before = |k: usize| (1..=k).filter_map(|d| i.checked_sub(d)).map(at).take_while(|w| !w.is_empty()).collect::<Vec<&str>>();
        let has_before = |k: usize, words: &str| before(k).iter().any(|w| any(words, w));
        let hit = match t[i].w.as_str() {
            "die" | "dying" | "dead" | "death" => {
                let idiom = match t[i].w.as_str() {
                    "dying" => any("to|for|of|laughing|inside|on|with|without|over", next),
                    "die" => any("for|of|laughing|down|out|off|hard|than", next),
                    "dead" => any("tired|serious|set|on|wrong|inside|to|end|ends|certain|sure|right|last|heat|weight|silence|quiet|and|because|or|now|again", next),
                    _ => any("warmed|metal|toll|stare", next),
                };
                !idiom
                    && before(1).first() != Some(&"rather")
                    && has_before(4, "want|wanna|wish|hope|hoping|ready|going|gonna|planning|plan|thinking|think|thought|could|should|might|feel|feeling|better|happier|easier|unless|until|just|pray|praying")
            }
            "died" => before(2) == ["i", "if"] || before(2) == ["i", "when"],
            "alive" => has_before(3, "not|hate|hating|tired|why|rather|point|stop|done|sick"),
            "exist" | "existing" => has_before(3, "not|stop|stopped|quit"),
            "wake" => next == "up" && has_before(3, "not|never") && has_before(7, "want|wanna|wish|hope|hoping|hopes|rather|pray|praying"),
            "life" | "living" => (next.is_empty() || next == "anymore") && has_before(3, "enough|done|tired|sick|hate|over"),
            "cutting" | "harming" | "burning" => any("again|myself", next),
            "disappear" | "vanish" => next == "forever",
            "gone" => has_before(3, "if|when") && has_before(2, "was|were|am"),
            "reason" | "point" => (1..=4).map(|d| at(i + d)).any(|w| any("living|alive|existing|exist", w)),
            _ => false,
        };
        if !hit {
            continue;
        }
        let first_person = t.iter().filter(|x| x.sent == sent).any(|x| any("i|me|my|myself|im", &x.w));
        if first_person {
            out.push((t[i].start, t[i].end));
        }
    }
    out
}

/// Byte ranges inside double quotation marks (`"…"` or `“…”`), paired in
/// order; an unpaired mark quotes nothing.
fn quoted(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '"') => open = Some((i + 1, '"')),
            (None, '“') => open = Some((i + c.len_utf8(), '”')),
            (Some((start, close)), c) if c == close => {
                out.push(start..i);
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether a quotation that starts at `at` is the writer's own words ("I
/// told her “…”", "I keep thinking “…”") rather than a song or someone else
/// ("the chorus goes “…”"): "I" and a verb of saying or thinking just before
/// it, in the same sentence. Quoted lyrics stay quiet; the writer's own
/// words, quoted, are noticed.
fn own_words(toks: &[Tok], at: usize) -> bool {
    let before: Vec<&Tok> = toks.iter().filter(|t| t.end <= at).collect();
    let Some(last) = before.last() else { return false };
    let sentence: Vec<&str> = before.iter().rev().take_while(|t| t.sent == last.sent).take(6).map(|t| t.w.as_str()).collect();
    sentence.contains(&"i")
        && sentence.iter().any(|w| {
            any("said|say|saying|told|tell|telling|texted|text|wrote|write|writing|typed|think|thinking|thought|keep|kept|feel|felt|mean|meant|scream|screamed|whisper|whispered", w)
        })
}

/// Splits `draft` into runs for highlighting: every byte of the draft is in
/// exactly one run, in order, with no gaps, and neighbouring runs differ. Each
/// run carries the index (into `findings`) of the finding shown there, or
/// `None` for plain text. Where findings overlap, the narrowest one wins (so a
/// phrase stays visible inside a "too long" tail), then the more severe, then
/// the earlier in the list. Findings outside the draft or not on char
/// boundaries are ignored.
pub fn segments(draft: &str, findings: &[Finding]) -> Vec<(Range<usize>, Option<usize>)> {
    let ok = |f: &Finding| {
        f.start < f.end && f.end <= draft.len() && draft.is_char_boundary(f.start) && draft.is_char_boundary(f.end)
    };
    let mut cuts: Vec<usize> = vec![0, draft.len()];
    cuts.extend(findings.iter().filter(|f| ok(f)).flat_map(|f| [f.start, f.end]));
    cuts.sort_unstable();
    cuts.dedup();
    // Piece k is cuts[k]..cuts[k + 1]. Findings claim pieces best first;
    // `next` skips pieces already claimed, so the work stays near-linear.
    let pieces = cuts.len() - 1;
    let mut owner: Vec<Option<usize>> = vec![None; pieces];
    let mut next: Vec<usize> = (0..=pieces).collect();
    let mut order: Vec<usize> = (0..findings.len()).filter(|&i| ok(&findings[i])).collect();
    order.sort_unstable_by_key(|&i| (findings[i].end - findings[i].start, findings[i].severity, i));
    for i in order {
        let at = |x: usize| cuts.partition_point(|&c| c < x);
        let (a, b) = (at(findings[i].start), at(findings[i].end));
        let mut k = free(&mut next, a);
        while k < b {
            owner[k] = Some(i);
            next[k] = k + 1;
            k = free(&mut next, k + 1);
        }
    }
    let mut out: Vec<(Range<usize>, Option<usize>)> = Vec::new();
    for (k, which) in owner.into_iter().enumerate() {
        match out.last_mut() {
            Some((r, w)) if *w == which => r.end = cuts[k + 1],
            _ => out.push((cuts[k]..cuts[k + 1], which)),
        }
    }
    out
}

/// The first unclaimed piece at or after `k` (with path compression).
fn free(next: &mut [usize], mut k: usize) -> usize {
    let mut root = k;
    while next[root] != root {
        root = next[root];
    }
    while next[k] != root {
        k = std::mem::replace(&mut next[k], root);
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        tokens(s, &scan(s)).into_iter().map(|t| t.w).collect()
    }

    #[test]
    fn contractions_and_texting_forms_are_spelled_out() {
        assert_eq!(toks("I can’t, cant, cannot"), ["i", "can", "not", "can", "not", "can", "not"]);
        assert_eq!(toks("Im sure I'm ok u r"), ["i", "am", "sure", "i", "am", "okay", "you", "are"]);
        assert_eq!(toks("won't WONT it's its"), ["will", "not", "will", "not", "it", "is", "it", "is"]);
        assert_eq!(toks("Ill never. I was ill yesterday"), ["i", "will", "never", "i", "was", "ill", "yesterday"]);
        assert_eq!(toks("pleeease plz pls pleased plea"), ["please", "please", "please", "pleased", "plea"]);
        assert_eq!(toks("Sam's soooo"), ["sam", "so"]);
    }

    #[test]
    fn sentences_split_on_marks_and_blank_lines_not_single_newlines() {
        let s = "a\nb. c\n\nd";
        let sents: Vec<u32> = scan(s).iter().map(|w| w.sent).collect();
        assert_eq!(sents, [0, 0, 1, 2]);
    }

    #[test]
    fn pattern_syntax() {
        let t = tokens("please just take me back now", &scan("please just take me back now"));
        let mut index: Vec<(&str, usize)> = t.iter().enumerate().map(|(i, t)| (t.w.as_str(), i)).collect();
        index.sort_unstable();
        let find = |p: &'static str, t: &[Tok], out: &mut Vec<(usize, usize)>| find(p, t, &index, out);
        let mut out = Vec::new();
        find("please *2 take me back", &t, &mut out);
        assert_eq!(out, [(0, 24)]);
        out.clear();
        find("take me back !now", &t, &mut out);
        assert!(out.is_empty());
        find("take me back $", &t, &mut out);
        assert!(out.is_empty());
        find("<just take me", &t, &mut out);
        assert!(out.is_empty());
        find("really? take me", &t, &mut out);
        assert_eq!(out.len(), 1);
        out.clear();
        find("take me back $|now", &t, &mut out);
        find("back now $", &t, &mut out);
        find("~ust take", &t, &mut out);
        assert_eq!(out, [(12, 28), (20, 28), (7, 16)]);
    }
}
