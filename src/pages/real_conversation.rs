use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::checked_editor::CheckedEditor;
use crate::components::inline_add::InlineAdd;
use crate::components::page::Page;
use crate::model::checker::Mode;
use crate::model::draft_keys;
use crate::model::later::{talk_timing, TalkField, TalkTiming};
use crate::components::safety::{ContactSetAside, SafetyNow};
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// Stage 5: when to have the real conversation, a worksheet to prepare it
/// (checked for vague or blame-sharing apologies and for begging), a card
/// for during the talk, and notes afterwards.
#[component]
pub fn RealConversationPage() -> impl IntoView {
    let safety = expect_context::<SafetyNow>();
    view! {
        <Page title="The real conversation" eyebrow="Stage 5">
            <ContactSetAside/>
            <Show when=move || !safety.stops_contact()>
                <p class="lead">
                    "Once the two of you are talking easily and warmly again, the breakup itself will want an honest conversation: not skirted around, and never used to score points."
                </p>
                <Timing/>
                <Worksheet/>
                <DuringTheTalk/>
                <AfterTheTalk/>
            </Show>
            <p><A href=href("/")>"Back to your path"</A></p>
        </Page>
    }
}

/// Is it time? Said honestly, from the exchange so far.
#[component]
fn Timing() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let timing = Memo::new(move |_| store.doc.with(|d| talk_timing(&d.first_message, &d.real_talk)));
    let raised = Memo::new(move |_| store.doc.with(|d| d.real_talk.they_raised_it));
    view! {
        <section class="card" aria-labelledby="timing-heading" data-testid="talk-timing">
            <h2 id="timing-heading">"Is it time?"</h2>
            <p>
                {move || match timing.get() {
                    TalkTiming::NoContactYet => "You haven't recorded any replies from them yet. The real conversation comes after a few easy, friendly exchanges, so for now it looks too early.".to_string(),
                    TalkTiming::TooEarly { friendly } => format!(
                        "It looks a little early: {friendly} friendly {} so far, or the last one was cool. A few more easy conversations first give it a safer footing.",
                        if friendly == 1 { "reply" } else { "replies" }
                    ),
                    TalkTiming::Suggested { friendly } => format!(
                        "{friendly} friendly replies so far. If it feels open between you, this could be a good time to invite the conversation, gently."
                    ),
                    TalkTiming::TheyRaisedIt => "They brought it up themselves, so it is fine to talk about it now. Let them set the depth.".to_string(),
                }}
            </p>
            <div class="choice">
                <input
                    type="checkbox"
                    id="they-raised-it"
                    prop:checked=move || raised.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        store.update(|d| d.real_talk.set_they_raised_it(on, platform::now_ms()));
                    }
                />
                <label for="they-raised-it">"They brought up the breakup themselves"</label>
            </div>
            <details class="explainer">
                <summary>"Ways to invite it, not demand it"</summary>
                <ul class="plain-list">
                    <li>"“Could I be honest with you about something? I've done a lot of thinking about us.”"</li>
                    <li>"“I know the ending hurt. I've been working on my part, and I'd like to talk about it some time, only if you want to.”"</li>
                </ul>
                <p class="quiet">"Both take responsibility, invite rather than insist, and show the time has been used."</p>
            </details>
        </section>
    }
}

/// One field of the worksheet, saved as it is typed.
fn keep_field(store: AppStore, field: TalkField) -> Callback<String> {
    Callback::new(move |value: String| store.update_quiet(|d| d.real_talk.set_field(field, &value, platform::now_ms())))
}

#[component]
fn Worksheet() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let initial = store.doc.with_untracked(|d| d.real_talk.clone());
    let mistakes = RwSignal::new(initial.mistakes);
    let learned = RwSignal::new(initial.learned);
    let feelings = RwSignal::new(initial.feelings);
    let patterns = Memo::new(move |_| {
        store.doc.with(|d| d.self_work.chosen_patterns().iter().map(|p| p.label().to_string()).collect::<Vec<_>>())
    });
    let mode = Signal::derive(|| Mode::RealTalk);
    view! {
        <section class="card" aria-labelledby="prepare-heading">
            <h2 id="prepare-heading">"Prepare what you want to say"</h2>
            <p class="quiet">"Clear, calm and specific. Kept on this phone as you type; the checker reads along."</p>
            <h3>"1. Own your mistakes, specifically"</h3>
            <CheckedEditor
                id="talk-mistakes"
                text=mistakes
                keep=keep_field(store, TalkField::Mistakes)
                mode=mode
                label="What you did, and what it did to them"
                hint="Name the behaviour and its effect. “We both messed up” or “sorry if you felt hurt” shares out the blame; “I checked your phone, and you felt watched” owns it."
            />
            <h3>"2. What you have learned, and do differently now"</h3>
            <Show when=move || !patterns.with(Vec::is_empty)>
                <p class="quiet">"The patterns you named in “Work on yourself”:"</p>
                <ul class="tag-list">
                    {move || patterns.get().into_iter().map(|p| view! { <li class="tag">{p}</li> }).collect_view()}
                </ul>
            </Show>
            <CheckedEditor
                id="talk-learned"
                text=learned
                keep=keep_field(store, TalkField::Learned)
                mode=mode
                label="What you understand now, and how you act on it"
                hint="Show what has changed in what you do, not only in what you feel."
            />
            <h3>"3. Your feelings, without begging"</h3>
            <CheckedEditor
                id="talk-feelings"
                text=feelings
                keep=keep_field(store, TalkField::Feelings)
                mode=mode
                label="How you feel, while leaving the choice with them"
                hint="Caring about them and respecting their choice can sit in the same sentence."
            />
            <h3>"4. Questions that invite their side"</h3>
            <Questions/>
        </section>
    }
}

/// The questions to ask them: suggested, and the person's to change.
#[component]
fn Questions() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let questions = Memo::new(move |_| store.doc.with(|d| d.real_talk.questions_or_defaults()));
    let add = move |q: String| store.update(|d| d.real_talk.add_question(&q, platform::now_ms()));
    view! {
        <ol class="question-list">
            {move || {
                questions
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, q)| {
                        let id = format!("talk-question-{i}");
                        view! {
                            <li class="question-item">
                                <label class="visually-hidden" for=id.clone()>{format!("Question {}", i + 1)}</label>
                                <input
                                    id=id
                                    class="text-input"
                                    type="text"
                                    maxlength="200"
                                    value=q.clone()
                                    on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        store.update(|d| d.real_talk.reword_question(i, &v, platform::now_ms()))
                                    }
                                />
                                <button
                                    type="button"
                                    class="button button-quiet small-action"
                                    aria-label=format!("Remove question: {q}")
                                    on:click=move |_| store.update(|d| d.real_talk.remove_question(i, platform::now_ms()))
                                >
                                    "Remove"
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
        <InlineAdd id="new-question" label="Another question" draft_key=draft_keys::TALK_NEW_QUESTION max_length=200 on_add=Callback::new(add)/>
    }
}

#[component]
fn DuringTheTalk() -> impl IntoView {
    view! {
        <section class="card during" aria-labelledby="during-heading">
            <h2 id="during-heading">"During the talk"</h2>
            <ul class="plain-list">
                <li><strong>"Listen to understand."</strong> " Not to argue, and not to correct their version of what happened."</li>
                <li>"Say your part plainly, then stop and let them answer."</li>
                <li>"If it gets heated, it's fine to pause and come back to it another day."</li>
                <li>"You are inviting, not demanding. They can say “not now”."</li>
            </ul>
        </section>
    }
}

/// After the talk: what they said, how it felt, what was understood.
#[component]
fn AfterTheTalk() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let field = |key: &'static str| RwSignal::new(store.doc.with_untracked(|d| d.draft(key).to_string()));
    let said = field(draft_keys::TALK_THEY_SAID);
    let felt = field(draft_keys::TALK_FELT);
    let understood = field(draft_keys::TALK_UNDERSTOOD);
    let status = RwSignal::new(String::new());
    let notes = Memo::new(move |_| store.doc.with(|d| d.real_talk.notes.clone()));
    let keep = move |key: &'static str, s: RwSignal<String>, v: String| {
        store.set_draft(key, &v);
        s.set(v);
    };
    let save = move |_| {
        let (a, b, c) = (said.get_untracked(), felt.get_untracked(), understood.get_untracked());
        if a.trim().is_empty() && b.trim().is_empty() && c.trim().is_empty() {
            status.set("Write something in at least one box first.".into());
            return;
        }
        let now = platform::now_ms();
        store.update(|d| {
            d.real_talk.add_note(&platform::new_id("n"), &a, &b, &c, now);
            for k in [draft_keys::TALK_THEY_SAID, draft_keys::TALK_FELT, draft_keys::TALK_UNDERSTOOD] {
                d.clear_draft(k, now);
            }
        });
        for s in [said, felt, understood] {
            s.set(String::new());
        }
        store.save_saying("Saved with today's date.", move |w| {
            let _ = status.try_set(w);
        });
    };
    let area = move |id: &'static str, label: &'static str, key: &'static str, s: RwSignal<String>| {
        view! {
            <label class="field-label small" for=id>{label}</label>
            <textarea id=id rows="3" prop:value=move || s.get() on:input=move |ev| keep(key, s, event_target_value(&ev))></textarea>
            <crate::components::support_card::CrisisWatch text=s/>
        }
    };
    view! {
        <section class="card" aria-labelledby="after-heading" data-testid="after-talk">
            <h2 id="after-heading">"After the talk"</h2>
            {area("after-said", "What they said", draft_keys::TALK_THEY_SAID, said)}
            {area("after-felt", "How it felt", draft_keys::TALK_FELT, felt)}
            {area("after-understood", "What you understood", draft_keys::TALK_UNDERSTOOD, understood)}
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=save>"Save these notes"</button>
            </div>
            <p role="status" class="quiet">{move || status.get()}</p>
            <ol class="event-list">
                {move || {
                    notes
                        .get()
                        .into_iter()
                        .rev()
                        .map(|n| {
                            view! {
                                <li class="talk-note">
                                    <p class="event-time">{platform::long_date(n.at)}</p>
                                    {(!n.they_said.is_empty()).then(|| view! { <p><strong>"They said: "</strong>{n.they_said}</p> })}
                                    {(!n.it_felt.is_empty()).then(|| view! { <p><strong>"It felt: "</strong>{n.it_felt}</p> })}
                                    {(!n.understood.is_empty()).then(|| view! { <p><strong>"I understood: "</strong>{n.understood}</p> })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}
