//! One timeline of everything the person has done, filterable by kind and
//! stage, with full-text search across all their writing that ignores case
//! and accents. The index is built once per change of the data; a search
//! is one pass over pre-folded text, fast on thousands of items.

use super::assessment::AssessmentKind;
use super::document::Document;
use super::first_message::Sender;
use super::insights::hour_words;
use super::self_work::{prompt, scale_word};
use super::stages::StageId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Journal,
    Answer,
    CheckIn,
    Slip,
    TheyReachedOut,
    Urge,
    Unsent,
    Message,
    Assessment,
    Rating,
    Evidence,
    TalkNote,
    Closing,
}

impl Kind {
    pub const ALL: [Kind; 13] = [
        Kind::Journal,
        Kind::Answer,
        Kind::CheckIn,
        Kind::Slip,
        Kind::TheyReachedOut,
        Kind::Urge,
        Kind::Unsent,
        Kind::Message,
        Kind::Assessment,
        Kind::Rating,
        Kind::Evidence,
        Kind::TalkNote,
        Kind::Closing,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Kind::Journal => "journal",
            Kind::Answer => "answer",
            Kind::CheckIn => "check-in",
            Kind::Slip => "slip",
            Kind::TheyReachedOut => "they-reached-out",
            Kind::Urge => "urge",
            Kind::Unsent => "unsent",
            Kind::Message => "message",
            Kind::Assessment => "assessment",
            Kind::Rating => "rating",
            Kind::Evidence => "evidence",
            Kind::TalkNote => "talk-note",
            Kind::Closing => "closing",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::Journal => "Journal entries",
            Kind::Answer => "Reflection answers",
            Kind::CheckIn => "Check-ins",
            Kind::Slip => "Times you reached out",
            Kind::TheyReachedOut => "Times they reached out",
            Kind::Urge => "Urges",
            Kind::Unsent => "Unsent messages",
            Kind::Message => "Messages",
            Kind::Assessment => "Assessments",
            Kind::Rating => "Skill ratings",
            Kind::Evidence => "Moments of change",
            Kind::TalkNote => "Notes after the talk",
            Kind::Closing => "Who you want to be",
        }
    }

    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// One thing on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub at: i64,
    pub kind: Kind,
    pub stage: Option<StageId>,
    pub title: String,
    pub text: String,
    /// Where it lives in the app.
    pub path: String,
    /// A stable key for lists.
    pub key: String,
}

/// Everything on the timeline, newest first.
pub fn items(doc: &Document) -> Vec<Item> {
    let mut out = Vec::new();
    let mut push = |at: i64, kind: Kind, stage: Option<StageId>, title: String, text: String, path: String, key: String| {
        out.push(Item { at, kind, stage, title, text, path, key });
    };
    for e in &doc.journal {
        let stage = e.origin.as_ref().map(|o| o.stage);
        match e.origin.as_ref().and_then(|o| o.prompt.as_deref()).and_then(prompt) {
            Some(p) if stage == Some(StageId::WorkOnYourself) => push(
                e.created_at,
                Kind::Answer,
                stage,
                p.question.to_string(),
                e.text.clone(),
                format!("/stage/work-on-yourself/reflect/{}", p.id),
                e.id.clone(),
            ),
            _ => push(
                e.created_at,
                Kind::Journal,
                stage,
                match stage {
                    Some(s) => format!("Journal · {}", s.info().title),
                    None => "Journal".to_string(),
                },
                e.text.clone(),
                "/journal".to_string(),
                e.id.clone(),
            ),
        }
    }
    for c in &doc.checkins {
        push(
            c.at,
            Kind::CheckIn,
            None,
            format!(
                "Check-in: mood {}, urge {} of 10, {}",
                super::checkin::mood_word(c.mood).to_lowercase(),
                c.urge,
                c.contact.label().to_lowercase()
            ),
            c.line.clone(),
            "/check-in".to_string(),
            format!("checkin-{}", c.on),
        );
    }
    let nc = &doc.no_contact;
    for s in &nc.slips {
        let text = [s.trigger.as_str(), s.feeling.as_str()].iter().filter(|t| !t.is_empty()).copied().collect::<Vec<_>>().join(" · ");
        push(s.at, Kind::Slip, Some(StageId::NoContact), s.kind.label().to_string(), text, "/stage/no-contact".into(), s.id.clone());
    }
    for t in &nc.they_reached_out {
        let title = if t.engaged { "They reached out, and you answered" } else { "They reached out" };
        push(t.at, Kind::TheyReachedOut, Some(StageId::NoContact), title.into(), t.note.clone(), "/stage/no-contact".into(), t.id.clone());
    }
    for u in &nc.urges {
        let outcome = match u.outcome {
            super::no_contact::UrgeOutcome::HeldOn => "you held on",
            super::no_contact::UrgeOutcome::ReachedOut => "you reached out",
        };
        push(
            u.at,
            Kind::Urge,
            Some(StageId::NoContact),
            format!("An urge of {} at {}; {outcome}", u.intensity, hour_words(u.hour)),
            String::new(),
            "/help/urge".into(),
            u.id.clone(),
        );
    }
    for u in &nc.unsent {
        push(u.at, Kind::Unsent, Some(StageId::NoContact), "Unsent message".into(), u.text.clone(), "/stage/no-contact".into(), u.id.clone());
    }
    for m in &doc.first_message.messages {
        let title = match m.from {
            Sender::Me => "You sent a message".to_string(),
            Sender::Them => match m.tone {
                Some(t) => format!("They replied ({})", t.label().to_lowercase()),
                None => "They replied".to_string(),
            },
        };
        let text = if m.feeling.is_empty() { m.text.clone() } else { format!("{}\nYou felt: {}", m.text, m.feeling) };
        push(m.at, Kind::Message, Some(StageId::FirstMessage), title, text, "/stage/first-message".into(), m.id.clone());
    }
    for a in &doc.assessments {
        let stage = a.kind.stage();
        let notes = a.answers.notes.values().filter(|n| !n.trim().is_empty()).cloned().collect::<Vec<_>>().join("\n");
        let title = match a.kind {
            AssessmentKind::ShouldYouTry => "Finished “Should you even try?”",
            AssessmentKind::RealityCheck => "Finished the reality check",
            AssessmentKind::TheyCameBack => "Finished “If they come back”",
        };
        push(a.completed_at, Kind::Assessment, Some(stage), title.into(), notes, stage.path(), a.id.clone());
    }
    for r in &doc.self_work.ratings {
        push(
            r.at,
            Kind::Rating,
            Some(StageId::WorkOnYourself),
            format!("{}: {} of 5, {}", r.skill.title(), r.value, scale_word(r.value).to_lowercase()),
            r.note.clone(),
            "/stage/work-on-yourself/skills".into(),
            r.id.clone(),
        );
    }
    for e in &doc.trust.evidence {
        push(e.at, Kind::Evidence, Some(StageId::RebuildingTrust), "A moment of change".into(), e.text.clone(), "/stage/rebuilding-trust".into(), e.id.clone());
    }
    for n in &doc.real_talk.notes {
        let text = [n.they_said.as_str(), n.it_felt.as_str(), n.understood.as_str()]
            .iter()
            .filter(|t| !t.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n");
        push(n.at, Kind::TalkNote, Some(StageId::RealConversation), "After the talk".into(), text, "/stage/real-conversation".into(), n.id.clone());
    }
    for c in &doc.moving_on.closing {
        push(c.at, Kind::Closing, None, "Who I want to be in love".into(), c.text.clone(), "/who-you-want-to-be".into(), c.id.clone());
    }
    crate::model::sort::sort_by(&mut out, |a, b| b.at.cmp(&a.at).then_with(|| b.key.cmp(&a.key)));
    out
}

/// Lowercases and folds accents, so "Cafe" finds "café" and "ÉTÉ" finds "été".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        for l in c.to_lowercase() {
            match l {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
                'ç' | 'ć' | 'č' => out.push('c'),
                'ď' | 'đ' => out.push('d'),
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
                'ğ' => out.push('g'),
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => out.push('i'),
                'ł' => out.push('l'),
                'ñ' | 'ń' | 'ň' => out.push('n'),
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
                'ř' => out.push('r'),
                'ś' | 'š' | 'ş' => out.push('s'),
                'ť' | 'ţ' => out.push('t'),
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
                'ý' | 'ÿ' => out.push('y'),
                'ź' | 'ż' | 'ž' => out.push('z'),
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                '’' | '‘' => out.push('\''),
                other => out.push(other),
            }
        }
    }
    out
}

/// The timeline with its text folded once, ready to search.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    pub items: Vec<Item>,
    folded: Vec<String>,
}

impl Index {
    pub fn build(doc: &Document) -> Index {
        let items = items(doc);
        let folded = items.iter().map(|i| fold(&format!("{}\n{}", i.title, i.text))).collect();
        Index { items, folded }
    }

    /// The items matching every word of `query` (and the filters), best
    /// first: more matches, and matches at the start of a word, rank higher;
    /// ties go to the newer. An empty query lists everything newest first.
    pub fn search(&self, query: &str, kind: Option<Kind>, stage: Option<StageId>) -> Vec<usize> {
        let terms: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
        let mut hits: Vec<(usize, usize)> = Vec::new();
        'items: for (i, item) in self.items.iter().enumerate() {
            if kind.is_some_and(|k| k != item.kind) || stage.is_some_and(|s| Some(s) != item.stage) {
                continue;
            }
            let text = &self.folded[i];
            let mut score = 0;
            for t in &terms {
                let mut found = 0;
                for (at, _) in text.match_indices(t.as_str()) {
                    found += 1;
                    let word_start = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                    if word_start {
                        found += 2;
                    }
                }
                if found == 0 {
                    continue 'items;
                }
                score += found;
            }
            hits.push((i, score));
        }
        if !terms.is_empty() {
            crate::model::sort::sort_by(&mut hits, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        hits.into_iter().map(|(i, _)| i).collect()
    }
}
