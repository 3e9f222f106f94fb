//! The program's stages, in the order the guide walks them, with the words the
//! app uses for each. Plain data: no browser code, so it is tested natively.

use serde::{Deserialize, Serialize};

/// One stage of the program. Serialized as its URL slug so saved data and
/// links read the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StageId {
    ShouldYouTry,
    NoContact,
    WorkOnYourself,
    RealityCheck,
    FirstMessage,
    RealConversation,
    RebuildingTrust,
    AcceptingTheirDecision,
    IfTheyComeBack,
}

/// What a person sees about a stage before they open it.
#[derive(Debug)]
pub struct StageInfo {
    pub id: StageId,
    /// The guide's step number; `None` for the part that sits outside the steps.
    pub number: Option<u8>,
    pub slug: &'static str,
    pub title: &'static str,
    /// One line for the path on the home screen.
    pub summary: &'static str,
    /// What the stage's page will hold once its tools are built.
    pub will_hold: &'static [&'static str],
}

impl StageId {
    /// Every stage in the order the program walks them.
    pub const ALL: [StageId; 9] = [
        StageId::ShouldYouTry,
        StageId::NoContact,
        StageId::WorkOnYourself,
        StageId::RealityCheck,
        StageId::FirstMessage,
        StageId::RealConversation,
        StageId::RebuildingTrust,
        StageId::AcceptingTheirDecision,
        StageId::IfTheyComeBack,
    ];

    pub fn info(self) -> &'static StageInfo {
        STAGES
            .iter()
            .find(|s| s.id == self)
            .expect("every stage has an entry in STAGES")
    }

    pub fn slug(self) -> &'static str {
        self.info().slug
    }

    pub fn from_slug(slug: &str) -> Option<StageId> {
        STAGES.iter().find(|s| s.slug == slug).map(|s| s.id)
    }

    /// The in-app path of the stage's page, relative to the app's base.
    pub fn path(self) -> String {
        format!("/stage/{}", self.slug())
    }
}

pub static STAGES: [StageInfo; 9] = [
    StageInfo {
        id: StageId::ShouldYouTry,
        number: Some(0),
        slug: "should-you-try",
        title: "Should you even try?",
        summary: "An honest look at why you want them back, before anything else.",
        will_hold: &[
            "The reasons you want them back, and which ones are worth building on",
            "Three honest questions about what the relationship was really like",
            "Gentle questions about warning signs, with a path towards getting yourself back and help if you are not safe",
        ],
    },
    StageInfo {
        id: StageId::NoContact,
        number: Some(1),
        slug: "no-contact",
        title: "No contact",
        summary: "Give both of you room to breathe, and get through the urge to reach out.",
        will_hold: &[
            "What no contact means, and what it does not",
            "A tracker that counts your days and keeps your progress even after a slip",
            "Help for the moments you want to text them",
        ],
    },
    StageInfo {
        id: StageId::WorkOnYourself,
        number: Some(2),
        slug: "work-on-yourself",
        title: "Work on yourself",
        summary: "Look at what went wrong and your part in it, and build a life of your own again.",
        will_hold: &[
            "Questions that help you see the patterns that ended things",
            "Four emotional skills you can rate and practise over time",
            "A simple plan for friends, hobbies, health and things just for you",
        ],
    },
    StageInfo {
        id: StageId::RealityCheck,
        number: Some(3),
        slug: "reality-check",
        title: "Reality check",
        summary: "Is there still a real chance? Look at the signs without wishful thinking.",
        will_hold: &[
            "Questions about how it ended and where they are now",
            "A plain summary of the signs that the door is closed or may be open",
            "A suggested next step that fits what you found",
        ],
    },
    StageInfo {
        id: StageId::FirstMessage,
        number: Some(4),
        slug: "first-message",
        title: "The first message",
        summary: "If you reach out, keep it light, short and free of pressure.",
        will_hold: &[
            "A check of whether you are ready to write at all",
            "A message checker that spots pleading, guilt and walls of text, on your phone only",
            "Ideas for answering if they reply",
        ],
    },
    StageInfo {
        id: StageId::RealConversation,
        number: Some(5),
        slug: "real-conversation",
        title: "The real conversation",
        summary: "Own your mistakes clearly, share what you learned, and listen.",
        will_hold: &[
            "A worksheet to prepare: what you did, what you learned, what you feel",
            "Questions that invite their side of the story",
            "A place to note what they said and how it went",
        ],
    },
    StageInfo {
        id: StageId::RebuildingTrust,
        number: Some(6),
        slug: "rebuilding-trust",
        title: "Rebuilding trust",
        summary: "Go slowly, and let small, steady actions show the change.",
        will_hold: &[
            "Your old patterns side by side with what you do differently now",
            "A log of the moments you acted the new way, week by week",
            "A pace you set together, one small step at a time",
        ],
    },
    StageInfo {
        id: StageId::AcceptingTheirDecision,
        number: Some(7),
        slug: "accepting-their-decision",
        title: "Accepting their decision",
        summary: "If the answer is no, let go with dignity and move on well.",
        will_hold: &[
            "A calm, respectful reply you can shape in your own words",
            "A private letter for closure that is never sent",
            "A switch to a moving-on path, with everything you wrote kept",
        ],
    },
    StageInfo {
        id: StageId::IfTheyComeBack,
        number: None,
        slug: "if-they-come-back",
        title: "If they come back on their own",
        summary: "Take your time. Check what has changed before you answer.",
        will_hold: &[
            "Questions to ask yourself before you reply",
            "A reminder that you can take your time, and that respect goes both ways",
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_has_exactly_one_entry_and_a_unique_slug() {
        for id in StageId::ALL {
            assert_eq!(STAGES.iter().filter(|s| s.id == id).count(), 1, "{id:?}");
            assert_eq!(StageId::from_slug(id.slug()), Some(id));
        }
        let mut slugs: Vec<_> = STAGES.iter().map(|s| s.slug).collect();
        crate::model::sort::sort_by(&mut slugs, |a, b| a.cmp(b));
        slugs.dedup();
        assert_eq!(slugs.len(), STAGES.len());
    }

    #[test]
    fn stages_follow_the_guide_order_zero_to_seven() {
        let numbers: Vec<_> = StageId::ALL.iter().filter_map(|s| s.info().number).collect();
        assert_eq!(numbers, vec![0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(StageId::ALL.last().unwrap().info().number, None);
    }

    #[test]
    fn slug_serialization_matches_the_url_slug() {
        for id in StageId::ALL {
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(json, format!("\"{}\"", id.slug()));
        }
        assert_eq!(StageId::from_slug("nope"), None);
        assert_eq!(StageId::NoContact.path(), "/stage/no-contact");
    }

    #[test]
    fn every_stage_says_what_it_will_hold() {
        for s in &STAGES {
            assert!(!s.will_hold.is_empty(), "{}", s.slug);
            assert!(!s.summary.is_empty() && !s.title.is_empty());
        }
    }
}
