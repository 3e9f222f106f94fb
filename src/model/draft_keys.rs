//! Every key a draft is kept under: the unsent text of each box a person
//! types in, in `Document::drafts`.
//!
//! These strings are saved (in the document and in the drafts record), so
//! they are part of the saved format. Renaming one orphans people's drafts:
//! what they had typed is still stored under the old key, and the box no
//! longer finds it. Add new keys here; never change an existing one.
//! `tests/model_draft_keys.rs` pins every key to its string.

use super::journal::Origin;
use super::self_work::{Area, Skill};

// The journal: a new entry's keys are built by `new_entry`, an edit's by
// `edit_entry`.

/// "I want to text them": the words the person did not send.
pub const URGE_UNSENT: &str = "urge:unsent";

/// No contact, "I slipped": what set it off.
pub const SLIP_TRIGGER: &str = "no-contact:slip:trigger";
/// No contact, "I slipped": how it felt.
pub const SLIP_FEELING: &str = "no-contact:slip:feeling";
/// No contact, "They reached out": a note about it.
pub const THEY_REACHED_OUT_NOTE: &str = "no-contact:they:note";

/// Work on yourself: a pattern the person names in their own words.
pub const OWN_PATTERN: &str = "self-work:own-pattern";

/// The first message: the message being written.
pub const FIRST_MESSAGE: &str = "first-message:draft";
/// The first message: the person's reply, once they have written back.
pub const FIRST_MESSAGE_REPLY: &str = "first-message:reply";
/// The first message: what they wrote back.
pub const THEIR_MESSAGE: &str = "first-message:theirs";
/// The first message: how what they wrote felt.
pub const THEIR_FEELING: &str = "first-message:their-feeling";
/// The first message: how the person feels, once it is copied to send.
pub const MY_FEELING: &str = "first-message:my-feeling";

/// The real conversation, notes afterwards: what they said.
pub const TALK_THEY_SAID: &str = "real-talk:they-said";
/// The real conversation, notes afterwards: how it felt.
pub const TALK_FELT: &str = "real-talk:felt";
/// The real conversation, notes afterwards: what the person understood.
pub const TALK_UNDERSTOOD: &str = "real-talk:understood";
/// The real conversation: a question of the person's own to add.
pub const TALK_NEW_QUESTION: &str = "real-talk:new-question";

/// Rebuilding trust: a step of the person's own to add.
pub const TRUST_NEW_STEP: &str = "trust:new-step";

/// Accepting their decision: a graceful reply to them.
pub const ACCEPTING_REPLY: &str = "accepting:reply";

/// "Who do I want to be in love?": a new version of the answer.
pub const CLOSING_NEW: &str = "closing:new";

/// A new journal entry written in a given place: `journal:new`, then the
/// stage's slug and the prompt's id when there are any.
pub fn new_entry(origin: Option<&Origin>) -> String {
    match origin {
        None => "journal:new".to_string(),
        Some(Origin { stage, prompt: None }) => format!("journal:new:{}", stage.slug()),
        Some(Origin { stage, prompt: Some(p) }) => format!("journal:new:{}:{p}", stage.slug()),
    }
}

/// Editing the journal entry with this id.
pub fn edit_entry(id: &str) -> String {
    format!("journal:edit:{id}")
}

/// Work on yourself: a new item for a life area's plan.
pub fn plan_item(area: Area) -> String {
    format!("self-work:plan:{}", area.id())
}

/// Work on yourself: the note with a skill's rating.
pub fn rating_note(skill: Skill) -> String {
    format!("self-work:rating:{}", skill.id())
}

/// Rebuilding trust: a moment that showed a change, for the theme with
/// this id.
pub fn trust_moment(theme_id: &str) -> String {
    format!("trust:moment:{theme_id}")
}
