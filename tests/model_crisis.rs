//! Crisis words in any writing (`checker::crisis_words`): the same phrases
//! the message checker flags as hurting yourself, for the journal and every
//! other box. Leans towards noticing, but ordinary figures of speech stay quiet.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::checker::crisis_words;

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
    "",
    "   ",
];

#[test]
fn crisis_words_are_noticed_in_any_case_and_spelling() {
    for text in NOTICED {
        let span = crisis_words(text).unwrap_or_else(|| panic!("not noticed: {text:?}"));
        assert!(span.start < span.end && span.end <= text.len(), "{text:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
}

#[test]
fn ordinary_figures_of_speech_stay_quiet() {
    for text in QUIET {
        assert_eq!(crisis_words(text), None, "{text:?}");
    }
}

#[test]
fn it_is_the_same_list_the_message_checker_uses() {
    use unlost::model::checker::{check, Mode, Rule};
    for text in NOTICED.iter().chain(QUIET) {
        let checker = check(text, Mode::FirstMessage).iter().any(|f| f.rule == Rule::HurtingYourself);
        assert_eq!(checker, crisis_words(text).is_some(), "{text:?}");
    }
}
