//! Stage 2, working on yourself: the reflection prompts, the patterns that
//! ended the relationship, the four emotional skills with their ratings and
//! practices, and the plan for rebuilding a life of one's own.
//!
//! Prompt answers are journal entries (with an `Origin` naming the prompt);
//! everything else lives in `SelfWork`. Dates are the person's local
//! calendar dates, weeks run Monday to Sunday.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::date::{LocalDate, Moment};

/// One reflection prompt. Each can be answered as often as the person likes.
#[derive(Debug, PartialEq, Eq)]
pub struct Prompt {
    /// Stable id, stored in the answer's `Origin`.
    pub id: &'static str,
    pub question: &'static str,
    /// A line to help someone start.
    pub hint: &'static str,
}

pub static PROMPTS: &[Prompt] = &[
    Prompt {
        id: "tomorrow",
        question: "If you two got back together tomorrow, what would actually be different?",
        hint: "Think of an ordinary week together, not the first happy evening.",
    },
    Prompt {
        id: "same-person",
        question: "Would you be bringing a better version of yourself, or the same habits and hurts?",
        hint: "Nobody changes everything. What has really moved, and what hasn't yet?",
    },
    Prompt {
        id: "my-part",
        question: "What part did you play in how it ended?",
        hint: "Your side only. Their part is real too, but it isn't yours to work on.",
    },
    Prompt {
        id: "unsaid",
        question: "What did you not say early enough?",
        hint: "A need, a worry, a no, a thank you: whatever stayed inside too long.",
    },
    Prompt {
        id: "where-i-was",
        question: "When were you selfish, distant, controlling or careless?",
        hint: "Try one specific moment. Naming it is a step towards doing it differently.",
    },
];

pub fn prompt(id: &str) -> Option<&'static Prompt> {
    PROMPTS.iter().find(|p| p.id == id)
}

/// A pattern from the checklist of what tends to end relationships.
#[derive(Debug)]
pub struct PatternDef {
    pub id: &'static str,
    pub label: &'static str,
}

pub static PATTERNS: &[PatternDef] = &[
    PatternDef { id: "jealousy", label: "Jealousy or insecurity" },
    PatternDef { id: "checking", label: "Checking up on them" },
    PatternDef { id: "buried-arguments", label: "Arguments that were buried, never settled" },
    PatternDef { id: "taken-for-granted", label: "Feeling taken for granted" },
    PatternDef { id: "unspoken-needs", label: "Not saying what I needed" },
    PatternDef { id: "trust", label: "Trust issues" },
    PatternDef { id: "lies", label: "Lies or hiding things" },
    PatternDef { id: "shutdowns", label: "Shutting down emotionally" },
];

/// A pattern the person has named: from the checklist or in their own words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChosenPattern {
    /// A checklist id, or `own-…` for the person's own.
    pub id: String,
    /// The person's words, for their own patterns.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub own: String,
    /// Unticked patterns are kept (switched off) so a merge with an older copy
    /// cannot tick them again.
    pub chosen: bool,
    pub updated_at: i64,
}

impl ChosenPattern {
    pub fn label(&self) -> &str {
        PATTERNS
            .iter()
            .find(|p| p.id == self.id)
            .map(|p| p.label)
            .unwrap_or(self.own.as_str())
    }
}

/// The four emotional skills.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Skill {
    EmotionalControl,
    Communication,
    Boundaries,
    SelfWorth,
}

/// A small habit that builds a skill.
#[derive(Debug)]
pub struct PracticeDef {
    pub id: &'static str,
    pub label: &'static str,
}

impl Skill {
    pub const ALL: [Skill; 4] = [Skill::EmotionalControl, Skill::Communication, Skill::Boundaries, Skill::SelfWorth];

    pub fn id(self) -> &'static str {
        match self {
            Skill::EmotionalControl => "emotional-control",
            Skill::Communication => "communication",
            Skill::Boundaries => "boundaries",
            Skill::SelfWorth => "self-worth",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Skill::EmotionalControl => "Emotional control",
            Skill::Communication => "Communication",
            Skill::Boundaries => "Boundaries",
            Skill::SelfWorth => "Self-worth",
        }
    }

    pub fn about(self) -> &'static str {
        match self {
            Skill::EmotionalControl => "Staying with a strong feeling long enough to choose what you do with it.",
            Skill::Communication => "Saying what you need and feel in a way the other person can hear.",
            Skill::Boundaries => "Knowing where you end and they begin, and keeping hold of yourself.",
            Skill::SelfWorth => "Feeling that you are enough on your own, with or without a partner.",
        }
    }

    /// The honest question to ask yourself.
    pub fn question(self) -> &'static str {
        match self {
            Skill::EmotionalControl => {
                "When you're hurt or angry, do you blow up, go quiet, or say things you don't mean?"
            }
            Skill::Communication => "Can you ask for what you need without attacking or accusing?",
            Skill::Boundaries => {
                "Do you lose yourself in a relationship, or give and give until you feel resentful?"
            }
            Skill::SelfWorth => "Do you feel steady on your own, or hold on tight because being single scares you?",
        }
    }

    pub fn practices(self) -> &'static [PracticeDef] {
        match self {
            Skill::EmotionalControl => &[
                PracticeDef { id: "journal-not-text", label: "Write the feeling down here instead of texting it" },
                PracticeDef { id: "pause-before-reply", label: "Wait ten slow breaths before answering when upset" },
                PracticeDef { id: "therapist", label: "See a counsellor or therapist, and look at your patterns together" },
            ],
            Skill::Communication => &[
                PracticeDef { id: "i-statements", label: "Practise “I feel … when … and I need …”" },
                PracticeDef { id: "read-communication", label: "Read about healthy communication" },
                PracticeDef { id: "listen-to-understand", label: "In one conversation, listen only to understand" },
            ],
            Skill::Boundaries => &[
                PracticeDef { id: "say-no", label: "Say no to one thing you'd usually agree to" },
                PracticeDef { id: "notice-resentment", label: "Notice when giving turns into resentment, and write it down" },
                PracticeDef { id: "time-for-you", label: "Keep one evening a week just for you" },
            ],
            Skill::SelfWorth => &[
                PracticeDef { id: "attachment", label: "Read about attachment styles" },
                PracticeDef { id: "name-fears", label: "Name what scares you in love, honestly" },
                PracticeDef { id: "alone-and-ok", label: "Spend time alone doing something you enjoy" },
            ],
        }
    }

    pub fn from_id(id: &str) -> Option<Skill> {
        Skill::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// The rating scale, 1 to 5, in words.
pub const SCALE: [(u8, &str); 5] = [
    (1, "Really struggling"),
    (2, "Struggling"),
    (3, "Getting there"),
    (4, "Mostly steady"),
    (5, "Steady"),
];

pub fn scale_word(value: u8) -> &'static str {
    SCALE.iter().find(|(v, _)| *v == value).map(|(_, w)| *w).unwrap_or("")
}

/// One honest rating of a skill, with an optional note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillRating {
    pub id: String,
    pub skill: Skill,
    pub at: i64,
    pub on: LocalDate,
    /// 1 to 5, see `SCALE`.
    pub value: u8,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A practice the person has taken on, and the days they did it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeState {
    pub adopted: bool,
    #[serde(default)]
    pub done_on: Vec<LocalDate>,
    pub updated_at: i64,
}

/// The areas of a life of one's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    Friends,
    Hobby,
    Body,
    JustForMe,
}

impl Area {
    pub const ALL: [Area; 4] = [Area::Friends, Area::Hobby, Area::Body, Area::JustForMe];

    pub fn id(self) -> &'static str {
        match self {
            Area::Friends => "friends",
            Area::Hobby => "hobby",
            Area::Body => "body",
            Area::JustForMe => "just-for-me",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Area::Friends => "Friends to reconnect with",
            Area::Hobby => "A hobby to pick up again",
            Area::Body => "Body and health",
            Area::JustForMe => "Things just for me",
        }
    }

    pub fn example(self) -> &'static str {
        match self {
            Area::Friends => "e.g. Call Sam and suggest a walk",
            Area::Hobby => "e.g. Get the guitar restrung",
            Area::Body => "e.g. A long walk on Sunday morning",
            Area::JustForMe => "e.g. Cook a proper dinner for myself",
        }
    }

    pub fn from_id(id: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// One concrete thing in the plan, ticked off week by week.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    pub id: String,
    pub area: Area,
    pub text: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// The Mondays of the weeks it was done in, sorted, each once.
    #[serde(default)]
    pub done_weeks: Vec<LocalDate>,
    /// Taken off the plan; kept so the weeks it was done still show.
    #[serde(default)]
    pub archived: bool,
}

impl PlanItem {
    pub fn done_in_week(&self, week: LocalDate) -> bool {
        self.done_weeks.binary_search(&week.week_start()).is_ok()
    }
}

/// Everything in stage 2 apart from the prompt answers. (Format 3.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SelfWork {
    pub patterns: Vec<ChosenPattern>,
    pub ratings: Vec<SkillRating>,
    /// By practice id.
    pub practices: BTreeMap<String, PracticeState>,
    pub plan: Vec<PlanItem>,
    /// "I can stand on my own two feet", in the person's words.
    pub own_feet: String,
    pub own_feet_updated_at: i64,
}

/// One week of the plan: what was done in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanWeek {
    pub week: LocalDate,
    pub done: Vec<(Area, String)>,
}

impl SelfWork {
    pub fn is_empty(&self) -> bool {
        self == &SelfWork::default()
    }

    /// The patterns currently named, checklist first, in checklist order.
    pub fn chosen_patterns(&self) -> Vec<&ChosenPattern> {
        let mut out: Vec<&ChosenPattern> = self.patterns.iter().filter(|p| p.chosen).collect();
        let rank = |p: &ChosenPattern| PATTERNS.iter().position(|d| d.id == p.id).unwrap_or(PATTERNS.len());
        crate::model::sort::sort_by_key(&mut out, |p| rank(p));
        out
    }

    pub fn is_chosen(&self, id: &str) -> bool {
        self.patterns.iter().any(|p| p.id == id && p.chosen)
    }

    /// Ticks or unticks a pattern. `own` names a new pattern of the person's own.
    pub fn set_pattern(&mut self, id: &str, own: &str, chosen: bool, now: i64) {
        match self.patterns.iter_mut().find(|p| p.id == id) {
            Some(p) => {
                p.chosen = chosen;
                crate::model::stamp(&mut p.updated_at, now);
            }
            None => self.patterns.push(ChosenPattern {
                id: id.to_string(),
                own: own.trim().to_string(),
                chosen,
                updated_at: now,
            }),
        }
    }

    /// Keeps a rating; values outside 1 to 5 are refused.
    pub fn add_rating(&mut self, rating: SkillRating) -> bool {
        if !(1..=5).contains(&rating.value) || self.ratings.iter().any(|r| r.id == rating.id) {
            return false;
        }
        let at = self.ratings.partition_point(|r| (r.at, &r.id) <= (rating.at, &rating.id));
        self.ratings.insert(at, rating);
        true
    }

    /// A skill's ratings, oldest first.
    pub fn ratings_of(&self, skill: Skill) -> Vec<&SkillRating> {
        self.ratings.iter().filter(|r| r.skill == skill).collect()
    }

    pub fn practice(&self, id: &str) -> Option<&PracticeState> {
        self.practices.get(id)
    }

    pub fn set_adopted(&mut self, id: &str, adopted: bool, now: i64) {
        let p = self
            .practices
            .entry(id.to_string())
            .or_insert(PracticeState { adopted, done_on: Vec::new(), updated_at: now });
        p.adopted = adopted;
        crate::model::stamp(&mut p.updated_at, now);
    }

    /// Marks a practice done (or not) on a day.
    pub fn set_practice_done(&mut self, id: &str, on: LocalDate, done: bool, now: i64) {
        let p = self
            .practices
            .entry(id.to_string())
            .or_insert(PracticeState { adopted: true, done_on: Vec::new(), updated_at: now });
        match (p.done_on.binary_search(&on), done) {
            (Err(at), true) => p.done_on.insert(at, on),
            (Ok(at), false) => {
                p.done_on.remove(at);
            }
            _ => {}
        }
        crate::model::stamp(&mut p.updated_at, now);
    }

    pub fn add_plan_item(&mut self, item: PlanItem) -> bool {
        if item.text.trim().is_empty() || self.plan.iter().any(|i| i.id == item.id) {
            return false;
        }
        self.plan.push(item);
        true
    }

    fn plan_item_mut(&mut self, id: &str) -> Option<&mut PlanItem> {
        self.plan.iter_mut().find(|i| i.id == id)
    }

    /// Puts something new on the plan, in an area (blank is refused).
    pub fn add_to_plan(&mut self, id: &str, area: Area, text: &str, now: i64) -> bool {
        let text = text.trim();
        self.add_plan_item(PlanItem {
            id: id.to_string(),
            area,
            text: text.to_string(),
            created_at: now,
            updated_at: now,
            done_weeks: Vec::new(),
            archived: false,
        })
    }

    /// Takes an item off the plan; the weeks it was done in stay.
    pub fn archive_plan_item(&mut self, id: &str, now: i64) {
        if let Some(item) = self.plan_item_mut(id) {
            item.archived = true;
            crate::model::stamp(&mut item.updated_at, now);
        }
    }

    /// "Standing on my own feet", as the person types it.
    pub fn set_own_feet(&mut self, text: &str, now: i64) {
        self.own_feet = text.to_string();
        crate::model::stamp(&mut self.own_feet_updated_at, now);
    }

    /// Rates a skill (1 to 5) `when`, with an optional note.
    pub fn rate(&mut self, id: &str, skill: Skill, value: u8, note: &str, when: Moment) -> bool {
        self.add_rating(SkillRating { id: id.to_string(), skill, at: when.at, on: when.on, value, note: note.trim().to_string() })
    }

    /// Ticks an item for the week `day` falls in, or unticks it.
    pub fn set_done_this_week(&mut self, id: &str, day: LocalDate, done: bool, now: i64) {
        let week = day.week_start();
        if let Some(item) = self.plan_item_mut(id) {
            match (item.done_weeks.binary_search(&week), done) {
                (Err(at), true) => item.done_weeks.insert(at, week),
                (Ok(at), false) => {
                    item.done_weeks.remove(at);
                }
                _ => {}
            }
            crate::model::stamp(&mut item.updated_at, now);
        }
    }

    /// The plan's weeks, newest first, from the week of `today` back to the
    /// first week anything was done; weeks with nothing done are included
    /// (empty) so gaps are honest, up to `max_weeks`.
    pub fn plan_weeks(&self, today: LocalDate, max_weeks: usize) -> Vec<PlanWeek> {
        let mut by_week: BTreeMap<LocalDate, Vec<(Area, String)>> = BTreeMap::new();
        for item in &self.plan {
            for w in &item.done_weeks {
                by_week.entry(*w).or_default().push((item.area, item.text.clone()));
            }
        }
        let Some(first) = by_week.keys().next().copied() else { return Vec::new() };
        let mut out = Vec::new();
        let mut week = today.week_start();
        while week >= first && out.len() < max_weeks {
            let mut done = by_week.remove(&week).unwrap_or_default();
            crate::model::sort::sort_by(&mut done, |a, b| a.cmp(b));
            out.push(PlanWeek { week, done });
            week = week.plus_days(-7);
        }
        out
    }

    /// Folds another copy in: ratings by id, and for patterns, practices and
    /// plan items the newer change of each wins.
    pub fn merge_from(&mut self, other: &SelfWork) {
        for theirs in &other.patterns {
            match self.patterns.iter_mut().find(|p| p.id == theirs.id) {
                Some(mine) if theirs.updated_at > mine.updated_at => *mine = theirs.clone(),
                Some(_) => {}
                None => self.patterns.push(theirs.clone()),
            }
        }
        // One order whichever copy merges into which: the checklist's order,
        // then the person's own by id (which begins with the time it was named).
        let rank = |p: &ChosenPattern| PATTERNS.iter().position(|d| d.id == p.id).unwrap_or(PATTERNS.len());
        crate::model::sort::sort_by(&mut self.patterns, |a, b| rank(a).cmp(&rank(b)).then_with(|| a.id.cmp(&b.id)));
        for theirs in &other.ratings {
            self.add_rating(theirs.clone());
        }
        for (id, theirs) in &other.practices {
            match self.practices.get(id) {
                Some(mine) if mine.updated_at >= theirs.updated_at => {}
                _ => {
                    self.practices.insert(id.clone(), theirs.clone());
                }
            }
        }
        for theirs in &other.plan {
            match self.plan.iter_mut().find(|i| i.id == theirs.id) {
                Some(mine) if theirs.updated_at > mine.updated_at => *mine = theirs.clone(),
                Some(_) => {}
                None => self.plan.push(theirs.clone()),
            }
        }
        crate::model::sort::sort_by(&mut self.plan, |a, b| a.created_at.cmp(&b.created_at).then_with(|| a.id.cmp(&b.id)));
        if other.own_feet_updated_at > self.own_feet_updated_at {
            self.own_feet = other.own_feet.clone();
            self.own_feet_updated_at = other.own_feet_updated_at;
        }
    }
}

/// How a skill has moved: first and latest rating and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkillTrend {
    pub skill: Skill,
    pub count: usize,
    pub first: (LocalDate, u8),
    pub latest: (LocalDate, u8),
}

impl SkillTrend {
    /// "Up from 2 to 4", "Down from 4 to 3", "Holding at 3", or the one rating.
    pub fn words(&self) -> String {
        let (a, b) = (self.first.1, self.latest.1);
        if self.count == 1 {
            format!("Rated once: {} ({b} of 5)", scale_word(b))
        } else if b > a {
            format!("Up from {a} to {b} of 5 over {} ratings", self.count)
        } else if b < a {
            format!("Down from {a} to {b} of 5 over {} ratings; that happens, and it is worth noticing", self.count)
        } else {
            format!("Holding at {b} of 5 over {} ratings", self.count)
        }
    }
}

pub fn skill_trend(work: &SelfWork, skill: Skill) -> Option<SkillTrend> {
    let ratings = work.ratings_of(skill);
    let first = ratings.first()?;
    let latest = ratings.last()?;
    Some(SkillTrend { skill, count: ratings.len(), first: (first.on, first.value), latest: (latest.on, latest.value) })
}

/// A chart of ratings over time, in the SVG's own units.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub width: f32,
    pub height: f32,
    /// One point per rating, oldest first.
    pub points: Vec<(f32, f32)>,
    /// The y of each scale value 1 to 5, for grid lines.
    pub levels: [(u8, f32); 5],
    pub first_day: Option<LocalDate>,
    pub last_day: Option<LocalDate>,
}

impl Chart {
    /// The `points` attribute of an SVG polyline.
    pub fn polyline(&self) -> String {
        let mut out = String::with_capacity(self.points.len() * 12);
        for (i, (x, y)) in self.points.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&format!("{x:.1},{y:.1}"));
        }
        out
    }
}

/// Places ratings on a `width` × `height` chart with `pad` units of margin:
/// x by date (one rating, or all on one day, sit in the middle; several a day
/// are spread evenly within it), y by value (5 at the top).
pub fn chart(ratings: &[&SkillRating], width: f32, height: f32, pad: f32) -> Chart {
    let y_of = |v: u8| {
        let v = f32::from(v.clamp(1, 5));
        height - pad - (v - 1.0) / 4.0 * (height - 2.0 * pad)
    };
    let levels = [1u8, 2, 3, 4, 5].map(|v| (v, y_of(v)));
    let first_day = ratings.first().map(|r| r.on);
    let last_day = ratings.last().map(|r| r.on);
    let (Some(first), Some(last)) = (first_day, last_day) else {
        return Chart { width, height, points: Vec::new(), levels, first_day, last_day };
    };
    let span_days = first.days_until(last).max(0) as f32;
    let inner = width - 2.0 * pad;
    let points = if span_days == 0.0 {
        let n = ratings.len();
        ratings
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let x = if n == 1 { width / 2.0 } else { pad + inner * i as f32 / (n - 1) as f32 };
                (x, y_of(r.value))
            })
            .collect()
    } else {
        // Several ratings on one day share that day's slot, in order.
        let mut per_day: BTreeMap<LocalDate, (usize, usize)> = BTreeMap::new();
        for r in ratings {
            per_day.entry(r.on).or_insert((0, 0)).1 += 1;
        }
        let day_width = inner / (span_days + 1.0);
        ratings
            .iter()
            .map(|r| {
                let slot = per_day.get_mut(&r.on).expect("counted above");
                let (index, count) = (slot.0, slot.1);
                slot.0 += 1;
                let offset = first.days_until(r.on) as f32;
                let within = if count == 1 { 0.0 } else { (index as f32 / (count - 1) as f32 - 0.5) * day_width };
                let x = pad + inner * offset / span_days + within;
                (x.clamp(pad, width - pad), y_of(r.value))
            })
            .collect()
    };
    Chart { width, height, points, levels, first_day, last_day }
}

/// The stage at a glance, for the top of its page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glance {
    /// Prompts answered at least once, of `PROMPTS.len()`.
    pub prompts_answered: usize,
    pub answers: usize,
    pub patterns: usize,
    pub trends: Vec<SkillTrend>,
    pub practices_adopted: usize,
    pub plan_items: usize,
    pub done_this_week: usize,
    /// Of the last four weeks (this one included), how many had something done.
    pub active_weeks_of_last_four: usize,
}

/// Summarises the stage; `answer_prompts` are the prompt ids of the
/// journal's answers (one per answer).
pub fn glance<'a>(work: &SelfWork, answer_prompts: impl Iterator<Item = &'a str>, today: LocalDate) -> Glance {
    let mut answered: Vec<&str> = Vec::new();
    let mut answers = 0;
    for p in answer_prompts {
        if prompt(p).is_some() {
            answers += 1;
            if !answered.contains(&p) {
                answered.push(p);
            }
        }
    }
    let this_week = today.week_start();
    let live = || work.plan.iter().filter(|i| !i.archived);
    let weeks = work.plan_weeks(today, 4);
    Glance {
        prompts_answered: answered.len(),
        answers,
        patterns: work.chosen_patterns().len(),
        trends: Skill::ALL.iter().filter_map(|s| skill_trend(work, *s)).collect(),
        practices_adopted: work.practices.values().filter(|p| p.adopted).count(),
        plan_items: live().count(),
        done_this_week: live().filter(|i| i.done_in_week(this_week)).count(),
        active_weeks_of_last_four: weeks.iter().filter(|w| !w.done.is_empty()).count(),
    }
}
