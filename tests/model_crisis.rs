//! Crisis words in any writing (`checker::crisis_words`): the same phrases
//! the message checker flags as hurting yourself, for the journal and every
//! other box. Leans towards noticing, but ordinary figures of speech stay
//! quiet, and so do lyrics and other people's words in quotation marks.
//!
//! The phrases, and the clause rule beside them (`crisis_clauses`: first
//! person, a word about dying, not existing or not waking up, and a wish or
//! state of mind just before it, idioms set aside), were tuned against
//! NOTICED and QUIET (241 + 178 cases, plus quoted and own-words cases).
//! HELD_OUT was written after the last change and was not tuned against: it
//! measures how the rules do on writing they have not seen. Its score when
//! written (16 of 20 noticed, 19 of 20 quiet) is the floor below. Earlier
//! held-out sets, each scored before it was tuned against and then moved
//! into NOTICED/QUIET: 21/30, 17/25, 18/25, 13/25, 6/20 and 15/20 noticed
//! with phrases alone (19-20 of 20 quiet); the clause rule came after the
//! sixth. Next: tune against this set's misses and write a fresh one.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::checker::crisis_words;
use unlost::model::checker::learned::train::parse_table;

const NOTICED: &[&str] = &[
    "I want to kill myself",
    "i want to KILL MYSELF",
    "sometimes i think about killing myself",
    "I keep harming myself when it gets bad",
    "I've been self harming again",
    "I've been self-harming again",
    "thinking about suicide tonight",
    "I feel suicidal",
    "I want to end my life",
    "I could just end it all",
    "I want to die",
    "I just want to die",
    "i'm ready to die",
    "I wish I was dead",
    "I wish I were dead",
    "I wish I had never been born",
    "honestly everyone would be better off without me",
    "the world is better off without me",
    "I'd be better off dead",
    "I don't want to live anymore",
    "I don’t want to live anymore",
    "i dont want to live anymore",
    "I do not want to exist anymore",
    "I don't want to be alive",
    "I don't want to be here anymore",
    "I don’t want to be here anymore",
    "I don't want to wake up",
    "there's no reason to live",
    "no point living without her",
    "I won't be around much longer",
    "I might do something stupid tonight",
    "I'm going to kill myself lol",
    "Without him, I want to end my life.",
    "Day 12. Hard. I want to die.\n\nTomorrow is another day.",
    "I want to disappear",
    "sometimes i just want to vanish",
    "I wish I could just disappear",
    "there's no point anymore",
    "theres no point any more",
    "no point in anything without him",
    "I keep thinking about how I'd do it",
    "I can't go on like this",
    "i cant go on anymore",
    "they'd all be better off without me",
    "I want to kill myself tonight",
    "i wanna kill myself",
    "I'm going to end it tonight",
    "I'm thinking of ending it all",
    "I've been thinking about ending my life",
    "I want it all to stop, I want to die",
    "i just wanna die",
    "I'd rather be dead than without him",
    "I'd rather die than live without her",
    "I wish I wasn't alive",
    "I wish I could go to sleep and not wake up",
    "I hope I don't wake up tomorrow",
    "maybe everyone would be happier if I was gone",
    "nobody would even notice if I was gone",
    "nobody would miss me if I died",
    "I have nothing left to live for",
    "what's the point of living",
    "what is the point in living anymore",
    "I can't do this anymore, I want out of life",
    "I'm thinking about hurting myself",
    "I cut myself again last night",
    "I want to hurt myself",
    "I feel like hurting myself",
    "I took too many pills on purpose",
    "I've got the pills ready",
    "I wrote a goodbye note",
    "I've been planning my suicide",
    "suicidal thoughts all day",
    "I'm not safe with myself tonight",
    "I keep thinking about jumping off the bridge",
    "i dont see a way out except dying",
    "life isn't worth living without you",
    "My life is not worth living",
    "I feel like I'd be better off dead",
    "I want to stop existing",
    "I don't want to exist",
    "I'm tired of living",
    "I'm so tired of being alive",
    "I don't want to go on",
    "I can't go on without him",
    "there's no point in going on",
    "I give up on life",
    "I just want to fall asleep forever",
    "Ending it feels like the only option",
    "I think about death all the time and it feels like relief",
    "I'm a burden to everyone",
    "everyone would be better off if I wasn't here",
    "I won't be here much longer",
    "I want to disappear forever",
    "I wanna disappear",
    "I should just kill myself",
    "killing myself seems easier",
    "I could just kill myself",
    "I'd be better off not existing",
    "i honestly want to die tonight",
    "I think I'm going to kill myself",
    "I'm scared I might hurt myself tonight",
    "Everything would be easier if I was dead",
    "It would be better for everyone if I just disappeared forever",
    "I keep googling ways to die",
    "I don't see the point in living anymore",
    "I can't keep living like this",
    "I have been self-harming since he left",
    "Part of me wants to end my life",
    "My kids would be better off without me",
    "I'm done with life",
    "I wrote letters to everyone saying goodbye",
    "I've been thinking about suicide every night",
    "I just want the pain to stop forever, I want to die",
    "I wish I could stop existing",
    "nobody would care if i died",
    "I feel like ending it all",
    "I bought pills to overdose",
    "I'm standing on the bridge right now",
    "no reason to keep living",
    "I don't want to be alive anymore without her",
    "what's the point of anything anymore",
    "i feel so suicidal today",
    "I've thought about how I would do it",
    "I'm not going to be around much longer",
    "i wanna end it all",
    "I want to go to sleep forever",
    "I'd be better off dead honestly",
    "I hate my life and I want to die",
    "I might kill myself if this keeps up",
    "I'm thinking of suicide again",
    "I wish I'd never been born",
    "everyone would be better off without me in their lives",
    "I'm going to take all my pills",
    "I slept with a knife next to me because I wanted to hurt myself",
    "Maybe I should just end it",
    "I can't take this anymore, I want to die",
    "I'm planning how to do it",
    "I'd rather be dead than feel this",
    "nobody would even miss me if I died tonight",
    "I feel like there's no point living",
    "I cut myself tonight",
    "I want to end my life, I can't do this",
    "I hope I die in my sleep",
    "It'd be easier for everyone if I died",
    "I really want to disappear forever",
    "I'm going to jump off the roof",
    "there is no reason for me to be alive",
    "i keep thinking everyone would be happier without me",
    "I don't want to be here any more",
    "i am going to kill myself",
    "My life isn't worth living anymore",
    "i'm a burden to my family",
    "I DONT WANT TO LIVE ANYMORE",
    "i’m thinking about killing myself",
    "honestly i just want to die",
    "Tonight I want to end my life",
    "i feel like everyone would be better off without me",
    "I’ve started cutting myself again",
    "i have the pills and i'm thinking of taking them all",
    "i want to disappear and never come back",
    "no point going on without him",
    "I keep thinking it would be easier if I was dead",
    "I wish I could just not exist",
    "I'm so done, I want to kill myself",
    "I don't want to wake up tomorrow",
    "I'm going to end it all tonight",
    "i think about suicide a lot since she left",
    "life isn’t worth living without him",
    "I want to stop living",
    "I'd be better off dead than alone",
    "i cant do this anymore i want to die",
    "there's no reason to go on",
    "I'm going to hurt myself",
    "Some days I wish I were dead",
    "I'm not sure I want to be alive anymore",
    "I have nothing to live for now",
    "I feel suicidal again tonight",
    "I want to die so badly right now",
    "sometimes I think the world would be better without me in it",
    "i'm going to take my own life",
    "I can't see a future, I just want it to end",
    "I'm thinking of jumping in front of a train",
    "I've been hurting myself to cope",
    "im gonna kill myself",
    "Honestly, what's the point in being alive",
    "Part of me hopes I don't wake up",
    "I feel like a burden to everyone I love",
    "i have a plan to end my life",
    "I won't be a problem for anyone much longer",
    "I keep thinking about overdosing",
    "nobody would care if I disappeared for good",
    "I'd rather not be alive than feel like this",
    "I just want to go to sleep and never wake up",
    "Suicide feels like the only way out",
    "i dont want to live without her i really dont",
    "I have been thinking I should end my life",
    "Maybe it's time I stopped existing",
    "I just want everything to end, including me",
    "I'm not going to make it through this, I want to die",
    "the pain won't stop unless I'm dead",
    "I'm done. I can't go on anymore.",
    "I really think I should kill myself",
    "I want to die, I can't stop crying",
    "if I died tomorrow nobody would notice",
    "I'm so tired of being here",
    "I'm scared of what I might do to myself tonight",
    "it would be so easy to just end it all",
    "I've been looking up how many pills it would take",
    "i feel like dying",
    "life without him isn't worth living",
    "I don't think I can keep going much longer",
    "I just want to not exist for a while",
    "I wrote him a note in case I don't make it",
    "everyone is better off without me honestly",
    "I hate being alive",
    "I'm thinking about ending things for good",
    "I'd be happier dead",
    "I keep imagining my own funeral and feeling relieved",
    "Why am I even still alive",
    "I want to sleep and never wake up again",
    "I've started planning how I'd end it",
    "I don't want to be alive tomorrow",
    "sometimes i think about just ending my life",
    "I can't live like this anymore, I want to die",
    "I've been cutting again",
    "it feels like the only way out is to kill myself",
    "I'm thinking of taking all my sleeping pills",
    "I just don't want to be here anymore, it hurts too much",
    "i think my family would be better off if i was dead",
    "I want to die in my sleep",
    "I've had enough of life",
    "maybe I should just disappear forever",
    "I'm going to hurt myself if this doesn't stop",
    "I'm so done with living",
    "everyone would be relieved if I was gone",
    "I don't see a reason to keep living",
    "Tonight I really want to end my life",
    "I feel like I want to die every single day",
    "i don't wanna be alive",
    "I've thought about suicide more than once this week",
    "nothing matters, I just want to die",
];

const QUIET: &[&str] = &[
    "this job is killing me",
    "I could die of embarrassment",
    "dead tired after the late shift",
    "I'd kill for a coffee right now",
    "the plants on the balcony died",
    "I'm dying to see the new film",
    "my phone died halfway through the call",
    "we were just killing time",
    "chocolate cake to die for",
    "I'm done with dating apps for now",
    "I went for a long walk and felt better",
    "I miss them so much it hurts",
    "I cried for an hour and then made soup",
    "the end of the film made me think of us",
    "I want to live somewhere by the sea one day",
    "I wanted to text them but I held on",
    "no point texting him, he won't answer",
    "I can't go out tonight, I'm too tired",
    "I want to disappear into a good book this weekend",
    "my feet are killing me after that walk",
    "I nearly died laughing at her message",
    "that exam killed me",
    "I'm dead serious about the new job",
    "the battery is dead again",
    "he's dead to me now",
    "I'm so done with this weather",
    "I could murder a pizza",
    "this song slaps, I'd die for it",
    "my grandmother died last spring and I still miss her",
    "I watched a documentary about suicide prevention",
    "I volunteer for a suicide helpline",
    "the villain dies at the end",
    "I died a little inside when he walked in with her",
    "I'm killing it at work this week",
    "we killed the bottle of wine",
    "I want to end the conversation politely",
    "I want to end this chapter and start again",
    "I want to disappear for a weekend to the mountains",
    "I could sleep for a week",
    "I'm tired of living in this flat",
    "I'm tired of living with my parents",
    "I don't want to live with him again",
    "I don't want to live in the past",
    "no point crying over it",
    "there's no point in texting first",
    "I can't go on a date yet",
    "I can't go on holiday this year",
    "I'd rather die than text him first lol",
    "the plants died while I was away",
    "I'm dying of curiosity",
    "he killed the mood",
    "she said she'd kill me if I told anyone about the surprise",
    "kill the lights",
    "we're better off without each other",
    "I'm better off without him",
    "life goes on",
    "I want to live again",
    "I want to feel alive again",
    "I hurt my back at the gym",
    "it hurts to see her photos",
    "I cut my hair short",
    "I cut him out of my life",
    "I took two paracetamol for my headache",
    "I wrote a note to myself",
    "she's killing me with these mixed signals",
    "I almost died when I saw his new girlfriend",
    "I'm dying to tell someone about my new job",
    "this heat is killing me",
    "My phone is dead so I'm writing here",
    "I'm dead on my feet",
    "that joke killed me",
    "the show's finale was to die for",
    "I want to end my lease early",
    "I'm so over him",
    "I feel like a ghost at parties lately",
    "I'd die for my kids",
    "my dog died last year and I think about her often",
    "I'm sick of being single",
    "we are both better off apart",
    "I want to quit my job",
    "I want to move abroad and disappear from social media for a while",
    "he says he's dying without me, which is a lot",
    "I can't go on like nothing happened between us",
    "I hurt his feelings and I regret it",
    "I'm dying for a holiday",
    "the meeting killed my whole afternoon",
    "he was dead wrong about me",
    "I'd kill to have her confidence",
    "my hopes for us died a long time ago",
    "I'm so tired I could sleep forever this weekend",
    "the end of us hurt more than I expected",
    "it's killing me not to text her",
    "I could cry, but I won't",
    "I'm going to end my subscription to the dating app",
    "I watched a film about a man who wanted to die, it was moving",
    "my ex said I'm dead to her",
    "I don't want to live in this town forever",
    "I want to vanish into the crowd at the concert",
    "he's killing it at his new job and I'm happy for him",
    "I'm starving myself of sleep with all this scrolling",
    "there is no point arguing with him",
    "I'm done with dating for a while",
    "the commute is killing me",
    "I nearly died of shock when he called",
    "I'm dying to know what she meant",
    "dead tired, going to bed",
    "I could kill him for that text, honestly",
    "our relationship died slowly",
    "I want to end the day with a bath",
    "I don't want to live with regrets",
    "no point waiting for his reply",
    "I'm dead set on getting fitter",
    "I'd do anything to feel normal again",
    "I want to disappear off Instagram for a bit",
    "this playlist is to die for",
    "I'm done with crying over him",
    "my heart hurts",
    "I was killing time before therapy",
    "I can't go on pretending I'm fine with him, I need to tell him",
    "he's better off without me, and maybe that's okay",
    "I'm tired of living in limbo about us",
    "I'm dying for a coffee this morning",
    "that workout nearly killed me",
    "the friendship died out years ago",
    "I feel dead inside when I see their photos but it passes",
    "I could kill for a weekend off",
    "I'm done trying to be his friend",
    "I want to end the lease and move on",
    "I'm going to take my time with dating",
    "no point in checking his profile again",
    "I want to disappear into my work for a while",
    "she's dead to me after what she said",
    "my phone died before I could reply",
    "I'm not going to text him tonight",
    "I wish I could go back to who I was before him",
    "we're both better off without each other now",
    "I'm exhausted but I'll be okay",
    "I want to end this habit of checking my phone",
    "life feels heavy, but I'm going to call my sister",
    "I'm dying to tell my friends about the new flat",
    "this week has been killing me but I'm getting through",
    "she looked like death warmed up after the night out",
    "my social life died when we moved in together",
    "I almost died of cringe reading my old texts",
    "I'm tired of being the one who always texts first",
    "I feel like a ghost in my own house since he left, but it's getting better",
    "I'm ending things with the guy I was seeing",
    "no point reopening the argument",
    "I want to sleep for twelve hours straight",
    "I could just die of happiness when my sister called",
    "I wish I could stop thinking about her",
    "I don't think I can keep going to that gym, it reminds me of him",
    "I'd kill to go back to last summer",
    "he's killing himself with work, I worry about him",
    "our plants are dead because nobody watered them",
    "I stopped texting him and it feels good",
    "the movie's ending made me cry",
    "I'm not going to see her again",
    "I'll be fine, just sad today",
    "I'm dying of embarrassment after that voice note",
    "this cold is killing me",
    "I'm done living in his shadow",
    "the relationship is dead and I'm okay with that",
    "I nearly died when I saw the bill",
    "my feet are dead after the hike",
    "I'm going to end my gym membership",
    "I want to disappear off the group chat for a week",
    "I could sleep until Sunday",
    "I'm so tired of being lied to",
    "I'm killing time until my shift",
    "I feel dead tired but proud of today",
    "I don't want to live like we did before",
    "we ended things calmly in the end",
    "I'm not dying on this hill with him",
    "I want to live a quieter life",
    "she'd kill me if she knew I texted him",
    "I hate being the last to know",
    "I'm thinking about ending my lease early",
    "",
    "   ",
];

/// Someone else's words, or a song, in quotation marks: quiet.
const QUOTED_QUIET: &[&str] = &[
    "the song \"Better off dead\" was on the radio",
    "she texted \"I want to die\" about her exam, as a joke, ages ago",
    "the chorus goes “I just want to die” and we all sang along",
    "that old song \"better off dead\" came on in the café",
    "my sister quoted \"I want to disappear\" from the film at dinner",
    "she sang \"I want to die in your arms\" at karaoke",
    "he said \"I'd die without you\" once, and I believed him",
    "he used to say \"I'll die if you leave\", it scared me",
];

/// The writer's own words, quoted: noticed.
const QUOTED_OWN: &[&str] = &[
    "I told her \"I want to die\" and she just hung up",
    "I keep thinking \"I want to kill myself\" when I'm alone",
    "I texted my friend “I don't want to be here anymore”",
];

/// Not tuned against (see above).
const HELD_OUT_NOTICED: &[&str] = &[
    "I feel like I'm better off dead than heartbroken",
    "I keep wishing I would just die in my sleep",
    "i wanna die honestly",
    "I'm thinking about killing myself tonight",
    "I've been hurting myself again since he left",
    "I don't think I want to be alive anymore",
    "there's no point in living without her",
    "I want to end my life",
    "Some nights I pray I won't wake up",
    "I'm so tired of existing",
    "I'd rather be dead than keep feeling this",
    "nobody would even notice if I was gone",
    "I've started to think about how I'd do it",
    "I can't keep going, I want it all to end",
    "I just want to disappear forever and stop hurting",
    "everyone would be happier if I was dead",
    "I'm going to take all the pills I have",
    "I'm sick of living like this, I want out",
    "Sometimes I think about driving into a wall",
    "I have nothing left to live for without him",
];

const HELD_OUT_QUIET: &[&str] = &[
    "I'm dying to see my friends this weekend",
    "my laptop died right before the deadline",
    "I'm dead tired but I went for a run anyway",
    "the argument killed the mood at dinner",
    "I'd die for a proper night's sleep",
    "I'm not going to waste another year on him",
    "our love died a slow death, and that's okay",
    "I'm sick of living out of boxes since the move",
    "I want to disappear into a novel tonight",
    "I feel alive again after the concert",
    "I could kill my sister for telling him",
    "no point arguing about who was right",
    "I want to end the group chat drama",
    "he was dead set on leaving, so I let him go",
    "I'm tired of being the only one who tries",
    "I'm done with dating apps for a while",
    "the silence is killing me but I won't text",
    "I'm going to cut my hair short for a fresh start",
    "I'm dying inside but I'll be okay",
    "I want to stop existing in his world and start living in mine",
];

#[test]
fn there_are_at_least_150_cases() {
    let all = NOTICED.len() + QUIET.len() + QUOTED_QUIET.len() + QUOTED_OWN.len();
    assert!(all >= 150, "{all}");
}

#[test]
fn crisis_words_are_noticed_in_any_case_and_spelling() {
    for text in NOTICED.iter().chain(QUOTED_OWN) {
        let span = crisis_words(text).unwrap_or_else(|| panic!("not noticed: {text:?}"));
        assert!(span.start < span.end && span.end <= text.len(), "{text:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
}

#[test]
fn the_same_words_are_noticed_without_punctuation_in_any_case_and_with_either_apostrophe() {
    for text in NOTICED {
        let bare: String = text.chars().filter(|c| !matches!(c, '.' | ',' | '!' | '?' | ';' | ':')).collect();
        let curly = text.replace('\'', "’");
        let upper = text.to_uppercase();
        for variant in [bare, curly, upper] {
            assert!(crisis_words(&variant).is_some(), "not noticed: {variant:?} (from {text:?})");
        }
    }
}

#[test]
fn ordinary_figures_of_speech_and_quoted_lyrics_stay_quiet() {
    for text in QUIET.iter().chain(QUOTED_QUIET) {
        assert_eq!(crisis_words(text), None, "{text:?}");
    }
}

#[test]
fn held_out_writing_scores_at_least_what_it_did_when_written() {
    let missed: Vec<&&str> = HELD_OUT_NOTICED.iter().filter(|t| crisis_words(t).is_none()).collect();
    let alarmed: Vec<&&str> = HELD_OUT_QUIET.iter().filter(|t| crisis_words(t).is_some()).collect();
    println!(
        "held out: noticed {} of {}, quiet {} of {}\nmissed: {missed:#?}\nalarmed: {alarmed:#?}",
        HELD_OUT_NOTICED.len() - missed.len(),
        HELD_OUT_NOTICED.len(),
        HELD_OUT_QUIET.len() - alarmed.len(),
        HELD_OUT_QUIET.len()
    );
    assert!(HELD_OUT_NOTICED.len() - missed.len() >= 16, "fewer noticed than when written: {missed:#?}");
    assert!(HELD_OUT_QUIET.len() - alarmed.len() >= 19, "more alarms than when written: {alarmed:#?}");
}

#[test]
fn it_is_the_same_list_the_message_checker_uses() {
    use unlost::model::checker::{check, Mode, Rule};
    // Quotation marks are read only outside messages; everything else is
    // the same list, the same way.
    for text in NOTICED.iter().chain(QUIET) {
        let checker = check(text, Mode::FirstMessage).iter().any(|f| f.rule == Rule::HurtingYourself);
        assert_eq!(checker, crisis_words(text).is_some(), "{text:?}");
    }
}

/// The learned crisis kind is trained on NOTICED and QUIET (never on the
/// held-out lists), from `tests/fixtures/checker/train_crisis_lists.tsv`:
/// that file must say exactly what these lists say.
#[test]
fn the_training_copy_of_these_lists_is_in_step() {
    let table = include_str!("fixtures/checker/train_crisis_lists.tsv");
    // Read as the training reads it (the one table parser).
    let rows: Vec<(String, String)> = parse_table("train_crisis_lists.tsv", table)
        .into_iter()
        .map(|e| (if e.is_fine() { "fine".to_string() } else { e.expected.join(",") }, e.text))
        .collect();
    let want: Vec<(String, String)> = NOTICED
        .iter()
        .map(|t| ("hurting-yourself".to_string(), t.to_string()))
        .chain(QUIET.iter().filter(|t| !t.trim().is_empty()).map(|t| ("fine".to_string(), t.to_string())))
        .collect();
    // Equal, so nothing from the held-out lists is trained on (beyond a line
    // both kinds of list happen to share).
    assert_eq!(rows, want);
}
