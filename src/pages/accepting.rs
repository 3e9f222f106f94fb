use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::checked_editor::CheckedEditor;
use crate::components::page::Page;
use crate::components::safety::SafetyNow;
use crate::components::support_card::CrisisWatch;
use crate::model::assessment::{outcome, AssessmentKind, Verdict};
use crate::model::checker::Mode;
use crate::model::draft_keys;
use crate::model::later::GRACEFUL_REPLY;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// Stage 7: accepting their decision with grace. A dignified reply to
/// adapt, a letter that is never sent, and a change of course to "Moving
/// on", which can be undone.
#[component]
pub fn AcceptingPage() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let door_closed = Memo::new(move |_| {
        store.doc.with(|d| {
            d.latest_assessment(AssessmentKind::RealityCheck)
                .is_some_and(|r| outcome(AssessmentKind::RealityCheck, &r.answers, &d.safety()).verdict == Verdict::DoorClosed)
        })
    });
    let safety = expect_context::<SafetyNow>();
    view! {
        <Page title="Accepting their decision" eyebrow="Stage 7">
            <p class="lead">
                "Even after all the growing, the gentle first message, the honest talk and the change you have shown, they are free to say no, and sometimes they do."
            </p>
            <p>
                <strong>"That is not a verdict on your worth."</strong>
                " It does not mean you are unlovable or that you did not try hard enough. Sometimes it is timing, sometimes differences that no longer fit, sometimes their own healing leads somewhere else."
            </p>
            <Show when=move || door_closed.get()>
                <p class="notice" data-testid="door-closed">
                    "Your reality check said the door looks closed. This stage is here for exactly that."
                </p>
            </Show>
            <p>"Your part now is not to convince them. It is to let go with as much dignity as you can, for your own sake."</p>
            <Show
                when=move || !safety.stops_contact()
                fallback=move || view! { <NoReplyOwed held=safety.with(|s| s.held())/> }
            >
                <GracefulReply/>
            </Show>
            <ClosureLetter/>
            <ChangeOfCourse/>
        </Page>
    }
}

/// In place of the reply, while the person's safety state stops contact:
/// nothing to send to someone who hurt them (`held`), or nothing to send
/// while heavy feelings are this close.
#[component]
fn NoReplyOwed(held: bool) -> impl IntoView {
    if !held {
        return view! {
            <section class="card" aria-labelledby="reply-heading" data-testid="no-reply-owed">
                <h2 id="reply-heading">"A reply can wait"</h2>
                <p>
                    "Some of what you wrote lately sounded very heavy. Any message to them can wait until you feel steadier; look after yourself first. When you tell Unlost you are safe for now, the reply is here again."
                </p>
                <p><A href=href("/")>"Help, on your path"</A></p>
            </section>
        }
            .into_any();
    }
    view! {
        <section class="card" aria-labelledby="reply-heading" data-testid="no-reply-owed">
            <h2 id="reply-heading">"You don't owe them a reply"</h2>
            <p>
                "On your path, there is nothing here to send. Not answering is a complete answer, and the safest one when someone has hurt or frightened you."
            </p>
            <p>
                "If you ever have to answer, keep it to a line in writing, and keep a copy of what they send. "
                <A href=href("/getting-yourself-back")>"Getting yourself back"</A>
                " has more on staying safe."
            </p>
        </section>
    }
        .into_any()
}

#[component]
fn GracefulReply() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let start = store.doc.with_untracked(|d| {
        let draft = d.draft(draft_keys::ACCEPTING_REPLY);
        if draft.trim().is_empty() { GRACEFUL_REPLY.to_string() } else { draft.to_string() }
    });
    let text = RwSignal::new(start);
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let words = text.get_untracked();
        leptos::task::spawn_local(async move {
            let _ = status.try_set(if platform::copy_text(&words).await {
                "Copied. Send it yourself, if and when you choose.".to_string()
            } else {
                "This browser didn't allow copying. Select the text and copy it by hand.".to_string()
            });
        });
    };
    view! {
        <section class="card" aria-labelledby="reply-heading">
            <h2 id="reply-heading">"If they said no: a reply with dignity"</h2>
            <p class="quiet">"Short, kind, and final. Make it yours; the checker reads along. Sending it is optional."</p>
            <CheckedEditor
                id="graceful-reply"
                text=text
                keep=Callback::new(move |v: String| store.set_draft(draft_keys::ACCEPTING_REPLY, &v))
                mode=Signal::derive(|| Mode::Reply { theirs_chars: 0 })
                label="Your reply"
            />
            <div class="button-row">
                <button type="button" class="button" on:click=copy>"Copy reply"</button>
            </div>
            <p role="status" class="quiet">{move || status.get()}</p>
        </section>
    }
}

#[component]
fn ClosureLetter() -> impl IntoView {
    let store = expect_context::<AppStore>();
    // What is typed, for the crisis watch.
    let letter = RwSignal::new(store.doc.with_untracked(|d| d.moving_on.closure_letter.clone()));
    view! {
        <section class="card" aria-labelledby="letter-heading">
            <h2 id="letter-heading">"A letter you keep"</h2>
            <p>
                "Everything you would still want to say: thanks, regrets, anger, goodbye. It is never sent and has no copy button; it stays here, for you."
            </p>
            <label class="field-label small" for="closure-letter">"Your letter"</label>
            <textarea
                id="closure-letter"
                rows="8"
                prop:value=move || store.doc.with(|d| d.moving_on.closure_letter.clone())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    letter.set(v.clone());
                    store.update_quiet(|d| d.moving_on.set_closure_letter(&v, platform::now_ms()));
                }
            ></textarea>
            <p class="editor-kept">"Kept as you type"</p>
            <CrisisWatch text=letter/>
        </section>
    }
}

#[component]
fn ChangeOfCourse() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let since = Memo::new(move |_| store.doc.with(|d| d.moving_on.since));
    let set = move |on: bool| {
        store.update(|d| d.moving_on.set_active(on, platform::now_ms()));
        store.save_in_turn();
    };
    view! {
        <section class="card" aria-labelledby="course-heading" data-testid="change-of-course">
            <h2 id="course-heading">"A change of course"</h2>
            {move || match since.get() {
                None => view! {
                    <p>
                        "When you are ready, Unlost can turn towards moving on. Your no-contact days become healing days, the stages about reconnecting are set aside (nothing is deleted), and your path leads through working on yourself to one last question."
                    </p>
                    <button type="button" class="button button-primary" on:click=move |_| set(true)>
                        "Switch to Moving on"
                    </button>
                }
                .into_any(),
                Some(at) => view! {
                    <p>
                        {format!("You have been moving on since {}. Everything from before is kept, set aside on your path.", platform::long_date(at))}
                    </p>
                    <p><A href=href("/who-you-want-to-be")>"Who do you want to be in love, from now on?"</A></p>
                    <button type="button" class="button" on:click=move |_| set(false)>
                        "Switch back to the full path"
                    </button>
                }
                .into_any(),
            }}
        </section>
    }
}
