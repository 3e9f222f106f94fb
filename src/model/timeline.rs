//! One timeline of everything the person has done, filterable by kind and
//! stage, with full-text search across all their writing that ignores case
//! and accents. The index is built once per change of the data; a search
//! is one pass over pre-folded text, fast on thousands of items.

use super::assessment::AssessmentKind;
use super::document::Document;
use super::first_message::Sender;
use super::no_contact::UrgeOutcome;
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

fn item(at: i64, kind: Kind, stage: Option<StageId>, title: String, text: String, path: &str, key: &str) -> Item {
    Item { at, kind, stage, title, text, path: path.to_string(), key: key.to_string() }
}

fn newest_first(mut list: Vec<Item>) -> Vec<Item> {
    crate::model::sort::sort_by(&mut list, |a, b| b.at.cmp(&a.at).then_with(|| b.key.cmp(&a.key)));
    list
}

/// Everything on the timeline, newest first. Each kind of record is worded
/// in one place below, so the timeline and the no-contact page's history
/// (`no_contact_history`) say the same thing about the same moment.
pub fn items(doc: &Document) -> Vec<Item> {
    let mut out = Vec::new();
    journal(doc, &mut out);
    checkins(doc, &mut out);
    contact(doc, &mut out);
    for u in &doc.no_contact.unsent {
        out.push(item(u.at, Kind::Unsent, Some(StageId::NoContact), "Unsent message".into(), u.text.clone(), NO_CONTACT, &u.id));
    }
    messages(doc, false, &mut out);
    assessments(doc, &mut out);
    later_stages(doc, &mut out);
    newest_first(out)
}

/// The no-contact page's "What has happened", newest first: the times the
/// person reached out, the times they got in touch, the urges, and the
/// messages the person chose to send (contact by choice). Unsent messages
/// have their own place on that page.
pub fn no_contact_history(doc: &Document) -> Vec<Item> {
    let mut out = Vec::new();
    contact(doc, &mut out);
    messages(doc, true, &mut out);
    newest_first(out)
}

const NO_CONTACT: &str = "/stage/no-contact";

fn journal(doc: &Document, out: &mut Vec<Item>) {
    for e in &doc.journal {
        let stage = e.origin.as_ref().map(|o| o.stage);
        out.push(match e.origin.as_ref().and_then(|o| o.prompt.as_deref()).and_then(prompt) {
            Some(p) if stage == Some(StageId::WorkOnYourself) => {
                let path = format!("/stage/work-on-yourself/reflect/{}", p.id);
                item(e.created_at, Kind::Answer, stage, p.question.to_string(), e.text.clone(), &path, &e.id)
            }
            _ => {
                let title = match stage {
                    Some(s) => format!("Journal · {}", s.info().title),
                    None => "Journal".to_string(),
                };
                item(e.created_at, Kind::Journal, stage, title, e.text.clone(), "/journal", &e.id)
            }
        });
    }
}

fn checkins(doc: &Document, out: &mut Vec<Item>) {
    for c in &doc.checkins {
        let title = format!(
            "Check-in: mood {}, urge {} of 10, {}",
            super::checkin::mood_word(c.mood).to_lowercase(),
            c.urge,
            c.contact.label().to_lowercase()
        );
        out.push(item(c.at, Kind::CheckIn, None, title, c.line.clone(), "/check-in", &format!("checkin-{}", c.on)));
    }
}

/// Contact either way, and the urges, in the person's own voice.
fn contact(doc: &Document, out: &mut Vec<Item>) {
    let nc = &doc.no_contact;
    let stage = Some(StageId::NoContact);
    for s in &nc.slips {
        let mut detail = Vec::new();
        if !s.trigger.is_empty() {
            detail.push(format!("Set off by: {}", s.trigger));
        }
        if !s.feeling.is_empty() {
            detail.push(format!("It felt: {}", s.feeling));
        }
        out.push(item(s.at, Kind::Slip, stage, s.kind.label().to_string(), detail.join(" · "), NO_CONTACT, &s.id));
    }
    for t in &nc.they_reached_out {
        let title = if t.engaged { "They got in touch, and I replied" } else { "They got in touch; I didn't engage" };
        out.push(item(t.at, Kind::TheyReachedOut, stage, title.into(), t.note.clone(), NO_CONTACT, &t.id));
    }
    for u in &nc.urges {
        let title = match u.outcome {
            UrgeOutcome::HeldOn => "Wanted to text them, and held on",
            UrgeOutcome::ReachedOut => "Wanted to text them, and reached out",
        };
        let text = format!("Strength {} of 10", u.intensity);
        out.push(item(u.at, Kind::Urge, stage, title.into(), text, "/help/urge", &u.id));
    }
}

/// The first message and what followed; with `sent_only`, only what the
/// person sent.
fn messages(doc: &Document, sent_only: bool, out: &mut Vec<Item>) {
    let first_sent = doc.first_message.sent().next().map(|m| m.id.as_str());
    for m in &doc.first_message.messages {
        let title = match m.from {
            Sender::Me if first_sent == Some(m.id.as_str()) => "I sent my first message".to_string(),
            Sender::Me => "I sent a message".to_string(),
            Sender::Them if sent_only => continue,
            Sender::Them => match m.tone {
                Some(t) => format!("They replied ({})", t.label().to_lowercase()),
                None => "They replied".to_string(),
            },
        };
        let text = if m.feeling.is_empty() { m.text.clone() } else { format!("{}\nI felt: {}", m.text, m.feeling) };
        out.push(item(m.at, Kind::Message, Some(StageId::FirstMessage), title, text, "/stage/first-message", &m.id));
    }
}

fn assessments(doc: &Document, out: &mut Vec<Item>) {
    for a in &doc.assessments {
        let stage = a.kind.stage();
        let notes = a.answers.notes.values().filter(|n| !n.trim().is_empty()).cloned().collect::<Vec<_>>().join("\n");
        let title = match a.kind {
            AssessmentKind::ShouldYouTry => "Finished “Should you even try?”",
            AssessmentKind::RealityCheck => "Finished the reality check",
            AssessmentKind::TheyCameBack => "Finished “If they come back”",
        };
        out.push(item(a.completed_at, Kind::Assessment, Some(stage), title.into(), notes, &stage.path(), &a.id));
    }
}

/// Skill ratings, moments of change, notes after the talk, and who the
/// person wants to be.
fn later_stages(doc: &Document, out: &mut Vec<Item>) {
    for r in &doc.self_work.ratings {
        let title = format!("{}: {} of 5, {}", r.skill.title(), r.value, scale_word(r.value).to_lowercase());
        out.push(item(r.at, Kind::Rating, Some(StageId::WorkOnYourself), title, r.note.clone(), "/stage/work-on-yourself/skills", &r.id));
    }
    for e in &doc.trust.evidence {
        let title = "A moment of change".to_string();
        out.push(item(e.at, Kind::Evidence, Some(StageId::RebuildingTrust), title, e.text.clone(), "/stage/rebuilding-trust", &e.id));
    }
    for n in &doc.real_talk.notes {
        let parts = [n.they_said.as_str(), n.it_felt.as_str(), n.understood.as_str()];
        let text = parts.iter().filter(|t| !t.is_empty()).copied().collect::<Vec<_>>().join("\n");
        out.push(item(n.at, Kind::TalkNote, Some(StageId::RealConversation), "After the talk".into(), text, "/stage/real-conversation", &n.id));
    }
    for c in &doc.moving_on.closing {
        let title = "Who I want to be in love".to_string();
        out.push(item(c.at, Kind::Closing, None, title, c.text.clone(), "/who-you-want-to-be", &c.id));
    }
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
