//! Everything Unlost keeps for a person, as one plain value. The storage layer
//! saves it whole; the UI changes it only through these methods.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::assessment::{AssessmentKind, AssessmentRecord, Answers};
use super::draft_keys;
use super::journal::{has_words, newest_first, JournalEntry, Origin};
use super::date::LocalDate;
use super::no_contact::{NoContact, Streaks};
use super::checkin::{checkin_on, merge_checkins, set_checkin, CheckIn, ContactToday};
use super::first_message::FirstMessage;
use super::later::{MovingOn, RealTalk, Trust};
use super::self_work::SelfWork;
use super::safety::{safety_state, CrisisNote, SafetyState};
use super::stages::StageId;

/// Text typed but not yet saved as an entry, kept so that closing the tab
/// mid-sentence loses nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub text: String,
    pub updated_at: i64,
}

/// What the person has recorded about a stage as a whole.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<i64>,
    #[serde(default)]
    pub updated_at: i64,
}

/// Preferences and bookkeeping that are not writing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// When the person last downloaded a backup.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_backup_at: Option<i64>,
    /// Days without a backup before a quiet reminder; `None` for the
    /// default, 0 for never. (Format 3.)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_reminder_days: Option<u32>,
    /// Minutes of no use (or of the page being hidden) before the lock
    /// closes again; `None` for the default. (Format 3.)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_lock_minutes: Option<u32>,
    /// Whose help lines to show: a region code from `helplines::REGIONS`,
    /// "" for "my country isn't listed", `None` to go by the browser's time
    /// zone and language. Older builds ignore it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help_region: Option<String>,
    /// When the gentle "keep a copy" suggestion followed the first journal
    /// entry, on a browser that puts the writing at risk: it comes once.
    /// Older builds ignore it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep_copy_suggested_at: Option<i64>,
    pub updated_at: i64,
}

/// Where a stage stands, computed from what is saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageStatus {
    NotStarted,
    InProgress,
    Done,
}

impl StageStatus {
    pub fn label(self) -> &'static str {
        match self {
            StageStatus::NotStarted => "Not started",
            StageStatus::InProgress => "In progress",
            StageStatus::Done => "Done",
        }
    }
}

/// The whole saved state, version 1 of the format (see `codec`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    /// Kept newest first (see `journal::newest_first`).
    pub journal: Vec<JournalEntry>,
    /// Ids of deleted entries and when they were deleted, so another tab's
    /// older copy cannot bring them back when the two are merged.
    pub deleted: BTreeMap<String, i64>,
    /// Unsent text by the place it is typed in (the keys are in
    /// [`super::draft_keys`], for example `journal:new`).
    pub drafts: BTreeMap<String, Draft>,
    pub stages: BTreeMap<StageId, StageRecord>,
    pub settings: Settings,
    /// Finished assessments, oldest first, each kept so it can be compared
    /// with a later retake. (Format 2.)
    pub assessments: Vec<AssessmentRecord>,
    /// Answers given so far to an assessment not yet finished. (Format 2.)
    pub assessment_drafts: BTreeMap<AssessmentKind, Answers>,
    /// The no-contact tracker, urges and unsent messages. (Format 2.)
    pub no_contact: NoContact,
    /// Stage 2's patterns, skills and life plan. (Format 3.)
    pub self_work: SelfWork,
    /// Stage 4's readiness, cool-down and messages. (Format 3.)
    pub first_message: FirstMessage,
    /// Stage 5's worksheet and notes. (Format 3.)
    pub real_talk: RealTalk,
    /// Stage 6's change, evidence and pace. (Format 3.)
    pub trust: Trust,
    /// Stage 7, "Moving on" mode and the closing question. (Format 3.)
    pub moving_on: MovingOn,
    /// Daily check-ins, one a day, sorted by date. (Format 3.)
    pub checkins: Vec<CheckIn>,
    /// When everything was last replaced on the person's explicit choice (a
    /// backup restored with "Replace", or "start fresh"); 0 if never. Another
    /// tab's copy from before that moment is not merged back in (see
    /// [`Document::sync_from`]). Older builds ignore it.
    #[serde(skip_serializing_if = "is_zero")]
    pub replaced_at: i64,
    /// Which tabs' saves this copy includes: each tab's id and the time of
    /// its latest save folded in here. A tab whose save another tab wrote
    /// over without reading it finds its id missing (or older) and saves the
    /// two merged (see `includes_save`). Bookkeeping, not writing; kept for a
    /// day. Older builds ignore it.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub saves: BTreeMap<String, i64>,
    /// When the passphrase lock was last turned off, on purpose and with the
    /// passphrase; 0 if never. A tab holding the key takes a document stored
    /// in the clear as "the lock is off" only if it was turned off after
    /// that tab got its key; any other plain copy is sealed again at once.
    #[serde(skip_serializing_if = "is_zero")]
    pub lock_removed_at: i64,
    /// When crisis words were last noticed in the person's writing, and when
    /// they last said they were safe for now (see `safety`); 0 if never.
    /// Two plain fields, not a struct, to keep the saved format's code small
    /// in the app's core. Older builds ignore them.
    #[serde(skip_serializing_if = "is_zero")]
    pub crisis_noticed_at: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub crisis_set_aside_at: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// What happened to one draft when another tab's copy of it came in while
/// this tab held unsaved text of its own in the same box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftKept {
    pub key: String,
    /// Both had words: the other copy's were added below this tab's.
    /// Otherwise one side was empty (saved or cleared there) and the box
    /// holds the other's words.
    pub joined: bool,
}

impl Document {
    /// Nothing written or chosen (when everything was last replaced doesn't count).
    pub fn is_empty(&self) -> bool {
        self == &Document {
            replaced_at: self.replaced_at,
            saves: self.saves.clone(),
            lock_removed_at: self.lock_removed_at,
            ..Document::default()
        }
    }

    pub fn entry(&self, id: &str) -> Option<&JournalEntry> {
        self.journal.iter().find(|e| e.id == id)
    }

    /// Adds an entry in its place (newest first). Blank text is refused.
    pub fn add_entry(&mut self, entry: JournalEntry) -> bool {
        if !has_words(&entry.text) || self.entry(&entry.id).is_some() {
            return false;
        }
        self.deleted.remove(&entry.id);
        let at = self
            .journal
            .partition_point(|e| newest_first(e, &entry) == std::cmp::Ordering::Less);
        self.journal.insert(at, entry);
        true
    }

    /// Replaces an entry's text. Blank text is refused: deleting is its own,
    /// undoable action.
    pub fn edit_entry(&mut self, id: &str, text: &str, now: i64) -> bool {
        if !has_words(text) {
            return false;
        }
        match self.journal.iter_mut().find(|e| e.id == id) {
            Some(e) if e.text != text => {
                e.text = text.to_string();
                crate::model::stamp(&mut e.updated_at, now);
                e.edited_at = Some(now);
                true
            }
            _ => false,
        }
    }

    /// Removes an entry and returns it, so the UI can offer to undo.
    pub fn delete_entry(&mut self, id: &str, now: i64) -> Option<JournalEntry> {
        let at = self.journal.iter().position(|e| e.id == id)?;
        self.deleted.insert(id.to_string(), now);
        Some(self.journal.remove(at))
    }

    /// Puts a deleted entry back exactly as it was (the undo of `delete_entry`).
    pub fn restore_entry(&mut self, mut entry: JournalEntry, now: i64) -> bool {
        self.deleted.remove(&entry.id);
        // Newer than the tombstone, so a merge with another tab keeps it.
        crate::model::stamp(&mut entry.updated_at, now);
        if self.entry(&entry.id).is_some() {
            return false;
        }
        let at = self
            .journal
            .partition_point(|e| newest_first(e, &entry) == std::cmp::Ordering::Less);
        self.journal.insert(at, entry);
        true
    }

    pub fn entries_from(&self, stage: StageId) -> impl Iterator<Item = &JournalEntry> {
        self.journal
            .iter()
            .filter(move |e| e.origin.as_ref().is_some_and(|o| o.stage == stage))
    }

    /// The answers to one prompt of a stage, newest first.
    pub fn answers_to<'a>(&'a self, stage: StageId, prompt: &'a str) -> impl Iterator<Item = &'a JournalEntry> + 'a {
        self.entries_from(stage)
            .filter(move |e| e.origin.as_ref().and_then(|o| o.prompt.as_deref()) == Some(prompt))
    }

    pub fn draft(&self, key: &str) -> &str {
        self.drafts.get(key).map(|d| d.text.as_str()).unwrap_or("")
    }

    /// Records what is typed. An emptied draft is kept (empty) with its time,
    /// so an older copy in another tab cannot bring the text back.
    pub fn set_draft(&mut self, key: &str, text: &str, now: i64) {
        let d = self.drafts.entry(key.to_string()).or_default();
        if d.text != text {
            d.text = text.to_string();
            // Not `model::stamp`: a draft's time is compared with what
            // each tab has seen of it (`unseen_drafts`), so it stays the
            // clock's time and never runs ahead of it.
            d.updated_at = now.max(d.updated_at);
        }
    }

    /// Takes drafts kept apart from the document (see `codec::encode_drafts`):
    /// each one newer than the copy here replaces it. Returns how many did.
    pub fn apply_drafts(&mut self, drafts: &BTreeMap<String, Draft>) -> usize {
        let mut taken = 0;
        for (key, theirs) in drafts {
            match self.drafts.get(key) {
                Some(mine) if mine.updated_at >= theirs.updated_at => {}
                _ => {
                    self.drafts.insert(key.clone(), theirs.clone());
                    taken += 1;
                }
            }
        }
        taken
    }

    /// Takes another tab's drafts, as `apply_drafts`, but never at the cost
    /// of words only one side has:
    /// - in a box where this tab holds text not yet saved (`holding`), a
    ///   newer copy from elsewhere doesn't replace it: this tab's text stays,
    ///   stamped newer so every tab ends up with it, with the other copy's
    ///   own words added below when it had some;
    /// - a copy this tab never saw (`unseen`) that is older than this tab's
    ///   (this tab saved or cleared the box meanwhile) still has its words
    ///   kept: put back in an emptied box, or added below.
    ///
    /// Returns the boxes where both were kept.
    pub fn apply_drafts_holding(
        &mut self,
        drafts: &BTreeMap<String, Draft>,
        holding: &[String],
        unseen: &[String],
    ) -> Vec<DraftKept> {
        let mut kept = Vec::new();
        for (key, theirs) in drafts {
            let Some(mine) = self.drafts.get(key).cloned() else {
                self.drafts.insert(key.clone(), theirs.clone());
                continue;
            };
            let theirs_newer = theirs.updated_at > mine.updated_at;
            let would_lose = if theirs_newer {
                holding.contains(key) && mine.text != theirs.text
            } else {
                unseen.contains(key) && has_words(&theirs.text) && !mine.text.contains(theirs.text.trim())
            };
            if !would_lose {
                if theirs_newer {
                    self.drafts.insert(key.clone(), theirs.clone());
                }
                continue;
            }
            let joined = has_words(&theirs.text) && has_words(&mine.text) && !mine.text.contains(theirs.text.trim());
            let text = if joined {
                format!("{}\n\n{}", mine.text.trim_end(), theirs.text.trim())
            } else if has_words(&mine.text) {
                mine.text
            } else {
                theirs.text.clone()
            };
            let at = mine.updated_at.max(theirs.updated_at).saturating_add(1);
            self.drafts.insert(key.clone(), Draft { text, updated_at: at });
            kept.push(DraftKept { key: key.clone(), joined });
        }
        kept
    }

    pub fn clear_draft(&mut self, key: &str, now: i64) {
        if self.drafts.contains_key(key) {
            self.set_draft(key, "", now);
        }
    }

    pub fn unsent_drafts(&self) -> usize {
        self.drafts.values().filter(|d| has_words(&d.text)).count()
    }

    /// No contact's figures as of `today`; a first message sent counts as
    /// contact (by choice, not a slip).
    pub fn streaks(&self, today: LocalDate) -> Option<Streaks> {
        self.no_contact.streaks(today, &self.first_message.sent_days())
    }

    /// Every run without contact, as [`NoContact::runs`], first messages
    /// sent included.
    pub fn runs(&self, today: LocalDate) -> Vec<(LocalDate, LocalDate, i64)> {
        self.no_contact.runs(today, &self.first_message.sent_days())
    }

    /// Not started, in progress, or done, from what is saved: a stage is done
    /// when its own tools say so (for an assessment, once it has been
    /// finished), and in progress once anything was written or answered in it.
    pub fn stage_status(&self, stage: StageId) -> StageStatus {
        if self.stages.get(&stage).is_some_and(|r| r.completed_at.is_some()) {
            return StageStatus::Done;
        }
        if stage == StageId::NoContact && self.no_contact.started_on.is_some() {
            return StageStatus::InProgress;
        }
        if stage == StageId::WorkOnYourself && !self.self_work.is_empty() {
            return StageStatus::InProgress;
        }
        let touched = match stage {
            StageId::FirstMessage => !self.first_message.is_empty(),
            StageId::RealConversation => !self.real_talk.is_empty(),
            StageId::RebuildingTrust => !self.trust.is_empty(),
            StageId::AcceptingTheirDecision => {
                self.moving_on.active() || !self.moving_on.closure_letter.trim().is_empty()
            }
            _ => false,
        };
        if touched {
            return StageStatus::InProgress;
        }
        if let Some(kind) = AssessmentKind::for_stage(stage) {
            if self.latest_assessment(kind).is_some() {
                return StageStatus::Done;
            }
            if self.assessment_drafts.get(&kind).is_some_and(|a| !a.is_empty()) {
                return StageStatus::InProgress;
            }
        }
        // A new entry's draft in this stage, with or without a prompt.
        let prefix = draft_keys::new_entry(Some(&Origin { stage, prompt: None }));
        let drafting = self
            .drafts
            .iter()
            .any(|(k, d)| k.starts_with(&prefix) && has_words(&d.text));
        if drafting || self.entries_from(stage).next().is_some() {
            StageStatus::InProgress
        } else {
            StageStatus::NotStarted
        }
    }

    /// The answers being given now: the draft if there is one, otherwise a
    /// copy of the last finished answers (so a retake starts from them).
    pub fn answers_in_progress(&self, kind: AssessmentKind) -> Answers {
        self.assessment_drafts
            .get(&kind)
            .cloned()
            .or_else(|| self.latest_assessment(kind).map(|r| r.answers.clone()))
            .unwrap_or_default()
    }

    /// Keeps answers in progress, stamped at `now`.
    pub fn set_answers(&mut self, kind: AssessmentKind, mut answers: Answers, now: i64) {
        crate::model::stamp(&mut answers.updated_at, now);
        self.assessment_drafts.insert(kind, answers);
    }

    /// Keeps the answers as a finished assessment with its date. Refused
    /// while a required question is unanswered.
    pub fn finish_assessment(&mut self, kind: AssessmentKind, id: String, now: i64) -> bool {
        let answers = self.answers_in_progress(kind);
        let stage0_done = self.latest_assessment(AssessmentKind::ShouldYouTry).is_some();
        if !answers.missing(kind, stage0_done).is_empty() {
            return false;
        }
        self.assessment_drafts.remove(&kind);
        self.assessments.push(AssessmentRecord { id, kind, completed_at: now, answers });
        true
    }

    pub fn latest_assessment(&self, kind: AssessmentKind) -> Option<&AssessmentRecord> {
        self.assessments.iter().filter(|r| r.kind == kind).max_by_key(|r| r.completed_at)
    }

    /// Every finished assessment of a kind, newest first.
    pub fn assessment_history(&self, kind: AssessmentKind) -> Vec<&AssessmentRecord> {
        let mut list: Vec<_> = self.assessments.iter().filter(|r| r.kind == kind).collect();
        crate::model::sort::sort_by(&mut list, |a, b| b.completed_at.cmp(&a.completed_at));
        list
    }

    /// The person's safety, from every signal the app holds (see
    /// `model::safety`). Every screen reads this and nothing else.
    pub fn safety(&self) -> SafetyState {
        let latest: Vec<(AssessmentKind, &Answers)> = AssessmentKind::ALL
            .into_iter()
            .filter_map(|k| self.latest_assessment(k).map(|r| (k, &r.answers)))
            .collect();
        let stage0_done = self.latest_assessment(AssessmentKind::ShouldYouTry).is_some();
        safety_state(&latest, &self.crisis(), stage0_done)
    }

    /// Chooses whose help lines to show (see `Settings::help_region`): a
    /// region code, "" for "not listed", `None` to go by the browser. An
    /// unknown code is refused.
    pub fn set_help_region(&mut self, choice: Option<&str>, now: i64) -> bool {
        let choice = match choice {
            None => None,
            Some("") => Some(String::new()),
            Some(code) => match crate::model::helplines::region(code) {
                Some(r) => Some(r.code.to_string()),
                None => return false,
            },
        };
        if self.settings.help_region == choice {
            return false;
        }
        self.settings.help_region = choice;
        crate::model::stamp(&mut self.settings.updated_at, now);
        true
    }

    /// A backup was downloaded at `now`.
    pub fn note_backup(&mut self, now: i64) {
        self.settings.last_backup_at = Some(now);
        crate::model::stamp(&mut self.settings.updated_at, now);
    }

    /// The "keep a copy" suggestion was shown at `now` (see
    /// `safekeeping::suggest_keep_copy`); once is enough.
    pub fn note_keep_copy_suggested(&mut self, now: i64) {
        if self.settings.keep_copy_suggested_at.is_none() {
            self.settings.keep_copy_suggested_at = Some(now);
            crate::model::stamp(&mut self.settings.updated_at, now);
        }
    }

    /// Days without a backup before the reminder (`None`: the default, 0: never).
    pub fn set_backup_reminder_days(&mut self, days: Option<u32>, now: i64) {
        self.settings.backup_reminder_days = days;
        crate::model::stamp(&mut self.settings.updated_at, now);
    }

    /// Minutes before the lock closes again (`None`: the default).
    pub fn set_auto_lock_minutes(&mut self, minutes: Option<u32>, now: i64) {
        self.settings.auto_lock_minutes = minutes;
        crate::model::stamp(&mut self.settings.updated_at, now);
    }

    /// Keeps today's check-in (`on`), made or changed at `now`: the first
    /// one of the day keeps its time. Out-of-range values are refused.
    pub fn check_in(&mut self, on: LocalDate, mood: u8, urge: u8, contact: ContactToday, line: &str, now: i64) -> bool {
        let (at, mut updated_at) = checkin_on(&self.checkins, on).map_or((now, 0), |c| (c.at, c.updated_at));
        crate::model::stamp(&mut updated_at, now);
        set_checkin(&mut self.checkins, CheckIn { on, mood, urge, contact, line: line.trim().to_string(), at, updated_at })
    }

    /// Crisis words were noticed in something the person is writing: the
    /// app keeps help close until they say they are safe for now.
    pub fn note_crisis_words(&mut self, now: i64) {
        self.crisis_noticed_at = self.crisis_noticed_at.max(now).max(self.crisis_set_aside_at + 1);
    }

    /// Crisis words noticed and set aside, as one value.
    pub fn crisis(&self) -> CrisisNote {
        CrisisNote { noticed_at: self.crisis_noticed_at, set_aside_at: self.crisis_set_aside_at }
    }

    /// The person says they are safe for now. Words noticed later bring the
    /// help back.
    pub fn set_crisis_aside(&mut self, now: i64) {
        if self.crisis().active() {
            self.crisis_set_aside_at = now.max(self.crisis_noticed_at);
        }
    }

    /// Folds another copy of the data (another tab's, or a backup) into this
    /// one without losing either side's writing: entries are matched by id and
    /// the newer edit wins; a deletion wins over edits made before it.
    pub fn merge_from(&mut self, other: &Document) {
        self.merge_records(other);
        self.apply_drafts(&other.drafts);
    }

    /// `merge_from` for everything but drafts.
    fn merge_records(&mut self, other: &Document) {
        self.lock_removed_at = self.lock_removed_at.max(other.lock_removed_at);
        self.crisis_noticed_at = self.crisis_noticed_at.max(other.crisis_noticed_at);
        self.crisis_set_aside_at = self.crisis_set_aside_at.max(other.crisis_set_aside_at);
        for (tab, &at) in &other.saves {
            let mine = self.saves.entry(tab.clone()).or_insert(at);
            *mine = (*mine).max(at);
        }
        for (id, &at) in &other.deleted {
            let mine = self.deleted.entry(id.clone()).or_insert(at);
            *mine = (*mine).max(at);
        }
        for theirs in &other.journal {
            match self.journal.iter_mut().find(|e| e.id == theirs.id) {
                Some(mine) if theirs.updated_at > mine.updated_at => *mine = theirs.clone(),
                Some(_) => {}
                None => self.journal.push(theirs.clone()),
            }
        }
        let deleted = &self.deleted;
        self.journal
            .retain(|e| deleted.get(&e.id).is_none_or(|&at| e.updated_at > at));
        // A restored entry is newer than its tombstone: the tombstone goes.
        let live: Vec<String> = self.journal.iter().map(|e| e.id.clone()).collect();
        self.deleted.retain(|id, _| !live.contains(id));
        crate::model::sort::sort_by(&mut self.journal, newest_first);

        for (stage, theirs) in &other.stages {
            match self.stages.get(stage) {
                Some(mine) if mine.updated_at >= theirs.updated_at => {}
                _ => {
                    self.stages.insert(*stage, theirs.clone());
                }
            }
        }
        if other.settings.updated_at > self.settings.updated_at {
            self.settings = other.settings.clone();
        }
        for theirs in &other.assessments {
            if !self.assessments.iter().any(|r| r.id == theirs.id) {
                self.assessments.push(theirs.clone());
            }
        }
        crate::model::sort::sort_by(&mut self.assessments, |a, b| a.completed_at.cmp(&b.completed_at).then_with(|| a.id.cmp(&b.id)));
        self.no_contact.merge_from(&other.no_contact);
        self.self_work.merge_from(&other.self_work);
        self.first_message.merge_from(&other.first_message);
        self.real_talk.merge_from(&other.real_talk);
        self.trust.merge_from(&other.trust);
        self.moving_on.merge_from(&other.moving_on);
        merge_checkins(&mut self.checkins, &other.checkins);
        for (kind, theirs) in &other.assessment_drafts {
            match self.assessment_drafts.get(kind) {
                Some(mine) if mine.updated_at >= theirs.updated_at => {}
                _ => {
                    self.assessment_drafts.insert(*kind, theirs.clone());
                }
            }
        }
    }
}

/// How long a tab's save is remembered in [`Document::saves`].
pub const SAVES_KEPT_MS: i64 = 24 * 60 * 60 * 1000;

impl Document {
    /// The drafts among `theirs` newer than any version of them a tab has
    /// held (`seen`: each draft's latest time that tab took or wrote): words
    /// that tab never saw.
    pub fn unseen_drafts(theirs: &BTreeMap<String, Draft>, seen: &BTreeMap<String, i64>) -> Vec<String> {
        theirs
            .iter()
            .filter(|(k, d)| seen.get(*k).is_none_or(|&at| d.updated_at > at))
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// Adds the drafts held now to what a tab has seen (`unseen_drafts`).
    pub fn note_drafts_seen(&self, seen: &mut BTreeMap<String, i64>) {
        for (k, d) in &self.drafts {
            let at = seen.entry(k.clone()).or_insert(d.updated_at);
            *at = (*at).max(d.updated_at);
        }
    }

    /// Notes that the lock was turned off at `now` (with the passphrase).
    pub fn note_lock_removed(&mut self, now: i64) {
        self.lock_removed_at = self.lock_removed_at.max(now);
    }

    /// Stamps a save by `tab` at `now` (just before it is written), and
    /// forgets saves older than a day (no tab stays behind that long).
    pub fn note_save(&mut self, tab: &str, now: i64) {
        self.saves.retain(|_, at| now.saturating_sub(*at) < SAVES_KEPT_MS);
        let at = self.saves.entry(tab.to_string()).or_insert(now);
        *at = (*at).max(now);
    }

    /// Whether this copy includes `tab`'s save made at `at` (`None`: that tab
    /// never saved, so there is nothing to include).
    pub fn includes_save(&self, tab: &str, at: Option<i64>) -> bool {
        at.is_none_or(|at| self.saves.get(tab).is_some_and(|&seen| seen >= at))
    }

    /// Puts `other` in place of everything, on the person's explicit choice
    /// (restoring a backup with "Replace", starting fresh), stamped so that
    /// other tabs take it whole instead of merging their older copy back in.
    pub fn replace_with(&mut self, other: Document, now: i64) {
        let after = self.replaced_at.max(other.replaced_at);
        *self = other;
        self.replaced_at = now.max(after.saturating_add(1));
    }

    /// Folds in another tab's saved copy. Copies from the same "generation"
    /// are merged (`merge_from`); a copy that replaced everything after this
    /// one did is taken whole, and one from before this copy's own
    /// replacement is set aside. Either way, drafts this tab is holding
    /// (`holding`, see `apply_drafts_holding`) are kept, and so are the
    /// words of drafts this tab never saw (`unseen`).
    pub fn sync_from(&mut self, theirs: &Document, holding: &[String], unseen: &[String]) -> Vec<DraftKept> {
        use std::cmp::Ordering;
        match theirs.replaced_at.cmp(&self.replaced_at) {
            Ordering::Equal => {
                self.merge_records(theirs);
                self.apply_drafts_holding(&theirs.drafts, holding, unseen)
            }
            Ordering::Greater => {
                let held: Vec<(String, Draft)> = std::mem::take(&mut self.drafts)
                    .into_iter()
                    .filter(|(k, d)| holding.contains(k) && has_words(&d.text))
                    .collect();
                let written_since = self.entries_written_after(theirs.replaced_at);
                *self = theirs.clone();
                for e in written_since {
                    self.add_entry(e);
                }
                let _ = unseen;
                for (key, mut draft) in held {
                    if let Some(there) = self.drafts.get(&key) {
                        draft.updated_at = draft.updated_at.max(there.updated_at.saturating_add(1));
                    }
                    self.drafts.insert(key, draft);
                }
                Vec::new()
            }
            // A copy from before this one's replacement: only entries written
            // after it are taken (written in that tab before it heard of it).
            Ordering::Less => {
                for e in theirs.entries_written_after(self.replaced_at) {
                    if self.entry(&e.id).is_none() && !self.deleted.contains_key(&e.id) {
                        self.add_entry(e);
                    }
                }
                Vec::new()
            }
        }
    }

    /// Journal entries created or changed after `at`.
    fn entries_written_after(&self, at: i64) -> Vec<JournalEntry> {
        self.journal.iter().filter(|e| e.updated_at > at).cloned().collect()
    }
}

/// What "delete everything" would remove, in words for the confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inventory {
    pub entries: usize,
    pub drafts: usize,
    pub stages_touched: usize,
}

impl Document {
    pub fn inventory(&self) -> Inventory {
        Inventory {
            entries: self.journal.len(),
            drafts: self.unsent_drafts(),
            stages_touched: StageId::ALL
                .iter()
                .filter(|s| self.stage_status(**s) != StageStatus::NotStarted)
                .count(),
        }
    }
}

impl Inventory {
    /// "3 journal entries, 1 unfinished draft" — or a plain "nothing yet".
    pub fn describe(&self) -> String {
        fn n(count: usize, one: &str, many: &str) -> String {
            if count == 1 {
                format!("1 {one}")
            } else {
                format!("{count} {many}")
            }
        }
        let mut parts = Vec::new();
        if self.entries > 0 {
            parts.push(n(self.entries, "journal entry", "journal entries"));
        }
        if self.drafts > 0 {
            parts.push(n(self.drafts, "unfinished draft", "unfinished drafts"));
        }
        if self.stages_touched > 0 {
            parts.push(n(self.stages_touched, "stage with your progress", "stages with your progress"));
        }
        if parts.is_empty() {
            "nothing written yet".to_string()
        } else {
            parts.join(", ")
        }
    }
}
