//! "Download my writing": everything the person wrote as one Markdown file
//! they can open, read and keep — grouped by where it was written, dated,
//! newest last so it reads like a diary.
//!
//! Dates are formatted by the caller (in the reader's locale), so this
//! module stays plain Rust.

use super::document::Document;
use super::first_message::Sender;
use super::self_work::{prompt, PROMPTS};
use super::stages::StageId;

/// Keeps the person's text as text: Markdown that could change its meaning
/// (a line starting with `#`, `>`, `-`, a number and dot…) is escaped, so
/// what they wrote is what they read.
pub fn escape_block(text: &str) -> String {
    text.trim_end()
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            let lead = &line[..line.len() - trimmed.len()];
            let needs = trimmed.starts_with(['#', '>', '-', '+', '*', '=', '`', '|', '<'])
                || trimmed.split_once(". ").is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            let body = if needs { format!("\\{trimmed}") } else { trimmed.to_string() };
            // Two spaces keep the person's line breaks.
            format!("{lead}{body}  ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn section(out: &mut String, title: &str, entries: Vec<(i64, String, String)>, date: &dyn Fn(i64) -> String) {
    if entries.is_empty() {
        return;
    }
    out.push_str(&format!("\n## {title}\n"));
    let mut entries = entries;
    crate::model::sort::sort_by_key(&mut entries, |e| e.0);
    for (at, heading, text) in entries {
        if heading.is_empty() {
            out.push_str(&format!("\n### {}\n\n", date(at)));
        } else {
            out.push_str(&format!("\n### {} · {}\n\n", date(at), heading));
        }
        if !text.trim().is_empty() {
            out.push_str(&escape_block(&text));
            out.push('\n');
        }
    }
}

/// The whole export. `date` turns a moment into words ("Sunday 29 November
/// 2026, 21:14"); `today` names the day of the export.
pub fn markdown(doc: &Document, date: &dyn Fn(i64) -> String, today: &str) -> String {
    let mut out = format!(
        "# My writing in Unlost\n\nExported {today}. Only you have this file; Unlost never sent any of it anywhere.\n"
    );
    let journal: Vec<_> = doc
        .journal
        .iter()
        .filter(|e| !e.origin.as_ref().is_some_and(|o| o.prompt.as_deref().and_then(prompt).is_some()))
        .map(|e| {
            let from = e.origin.as_ref().map(|o| format!("written in {}", o.stage.info().title)).unwrap_or_default();
            (e.created_at, from, e.text.clone())
        })
        .collect();
    section(&mut out, "Journal", journal, date);

    for p in PROMPTS {
        let answers: Vec<_> = doc
            .answers_to(StageId::WorkOnYourself, p.id)
            .map(|e| (e.created_at, String::new(), e.text.clone()))
            .collect();
        section(&mut out, &format!("Reflection: {}", p.question), answers, date);
    }
    let patterns = doc.self_work.chosen_patterns();
    if !patterns.is_empty() {
        out.push_str("\n## The patterns I named\n\n");
        for p in patterns {
            out.push_str(&format!("- {}\n", escape_block(p.label()).trim_end()));
        }
    }
    let ratings: Vec<_> = doc
        .self_work
        .ratings
        .iter()
        .filter(|r| !r.note.trim().is_empty())
        .map(|r| (r.at, format!("{}, {} of 5", r.skill.title(), r.value), r.note.clone()))
        .collect();
    section(&mut out, "Notes on my skills", ratings, date);
    if !doc.self_work.own_feet.trim().is_empty() {
        out.push_str("\n## On my own two feet\n\n");
        out.push_str(&escape_block(&doc.self_work.own_feet));
        out.push('\n');
    }
    if !doc.no_contact.reasons.trim().is_empty() {
        out.push_str("\n## Why I am doing no contact\n\n");
        out.push_str(&escape_block(&doc.no_contact.reasons));
        out.push('\n');
    }
    let unsent: Vec<_> = doc.no_contact.unsent.iter().map(|u| (u.at, String::new(), u.text.clone())).collect();
    section(&mut out, "Messages I wrote and did not send", unsent, date);
    let checkins: Vec<_> = doc
        .checkins
        .iter()
        .filter(|c| !c.line.trim().is_empty())
        .map(|c| (c.at, format!("mood: {}", super::checkin::mood_word(c.mood).to_lowercase()), c.line.clone()))
        .collect();
    section(&mut out, "Check-in notes", checkins, date);
    let messages: Vec<_> = doc
        .first_message
        .messages
        .iter()
        .map(|m| {
            let who = match m.from {
                Sender::Me => "me".to_string(),
                Sender::Them => "them".to_string(),
            };
            let text = if m.feeling.is_empty() { m.text.clone() } else { format!("{}\n\n(I felt: {})", m.text, m.feeling) };
            (m.at, format!("from {who}"), text)
        })
        .collect();
    section(&mut out, "Messages", messages, date);
    let rt = &doc.real_talk;
    let prep: Vec<(&str, &str)> = vec![
        ("My mistakes, specifically", rt.mistakes.as_str()),
        ("What I learned", rt.learned.as_str()),
        ("My feelings", rt.feelings.as_str()),
    ];
    if prep.iter().any(|(_, t)| !t.trim().is_empty()) {
        out.push_str("\n## Preparing the real conversation\n");
        for (title, text) in prep.into_iter().filter(|(_, t)| !t.trim().is_empty()) {
            out.push_str(&format!("\n### {title}\n\n{}\n", escape_block(text)));
        }
    }
    let notes: Vec<_> = rt
        .notes
        .iter()
        .map(|n| {
            let text = [("They said", &n.they_said), ("It felt", &n.it_felt), ("I understood", &n.understood)]
                .iter()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(k, t)| format!("{k}: {t}"))
                .collect::<Vec<_>>()
                .join("\n");
            (n.at, String::new(), text)
        })
        .collect();
    section(&mut out, "After the talk", notes, date);
    let evidence: Vec<_> = doc.trust.evidence.iter().map(|e| (e.at, String::new(), e.text.clone())).collect();
    section(&mut out, "Moments of change", evidence, date);
    if !doc.moving_on.closure_letter.trim().is_empty() {
        out.push_str("\n## The letter I kept\n\n");
        out.push_str(&escape_block(&doc.moving_on.closure_letter));
        out.push('\n');
    }
    let closing: Vec<_> = doc.moving_on.closing.iter().map(|c| (c.at, String::new(), c.text.clone())).collect();
    section(&mut out, "Who I want to be in love, from now on", closing, date);
    out
}
