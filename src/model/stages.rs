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
    },
    StageInfo {
        id: StageId::NoContact,
        number: Some(1),
        slug: "no-contact",
        title: "No contact",
        summary: "Give both of you room to breathe, and get through the urge to reach out.",
    },
    StageInfo {
        id: StageId::WorkOnYourself,
        number: Some(2),
        slug: "work-on-yourself",
        title: "Work on yourself",
        summary: "Look at what went wrong and your part in it, and build a life of your own again.",
    },
    StageInfo {
        id: StageId::RealityCheck,
        number: Some(3),
        slug: "reality-check",
        title: "Reality check",
        summary: "Is there still a real chance? Look at the signs without wishful thinking.",
    },
    StageInfo {
        id: StageId::FirstMessage,
        number: Some(4),
        slug: "first-message",
        title: "The first message",
        summary: "If you reach out, keep it light, short and free of pressure.",
    },
    StageInfo {
        id: StageId::RealConversation,
        number: Some(5),
        slug: "real-conversation",
        title: "The real conversation",
        summary: "Own your mistakes clearly, share what you learned, and listen.",
    },
    StageInfo {
        id: StageId::RebuildingTrust,
        number: Some(6),
        slug: "rebuilding-trust",
        title: "Rebuilding trust",
        summary: "Go slowly, and let small, steady actions show the change.",
    },
    StageInfo {
        id: StageId::AcceptingTheirDecision,
        number: Some(7),
        slug: "accepting-their-decision",
        title: "Accepting their decision",
        summary: "If the answer is no, let go with dignity and move on well.",
    },
    StageInfo {
        id: StageId::IfTheyComeBack,
        number: None,
        slug: "if-they-come-back",
        title: "If they come back on their own",
        summary: "Take your time. Check what has changed before you answer.",
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
    fn every_stage_has_a_title_and_a_summary() {
        for s in &STAGES {
            assert!(!s.summary.is_empty() && !s.title.is_empty(), "{}", s.slug);
        }
    }
}
