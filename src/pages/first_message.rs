use leptos::prelude::*;
use leptos_router::components::A;

use crate::clock::{local_date_of, Today};
use crate::components::checked_editor::CheckedEditor;
use crate::components::page::Page;
use crate::model::checker::{Mode, FIRST_MESSAGE_TEMPLATES};
use crate::model::draft_keys;
use crate::model::first_message::{
    all_ready, coaching, countdown, readiness, worth_saving, Readiness, ReadinessItem, ReplyTone, Sender, WAIT_CHOICES,
};
use crate::components::safety::{ContactSetAside, SafetyNow};
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// Stage 4: an honest readiness check, then a message written with the
/// checker's help, a cool-down before copying it, and help with what comes
/// back. Unlost never sends anything.
#[component]
pub fn FirstMessagePage() -> impl IntoView {
    let safety = expect_context::<SafetyNow>();
    view! {
        <Page title="The first message" eyebrow="Stage 4">
            <ContactSetAside/>
            <Show when=move || !safety.stops_contact()>
                <p class="lead">
                    "A first message has one job: to open a door a little, without pressure. Light, short, easy to answer, or easy to leave."
                </p>
                <details class="card explainer">
                    <summary>"What makes a good first message"</summary>
                    <ul class="plain-list">
                        <li>"It acknowledges the time and space that has passed."</li>
                        <li>"It asks for nothing: no big talk, no answer owed."</li>
                        <li>"It is calm and short. One message, not several."</li>
                        <li>"It doesn't plead, lean on them, or make them feel guilty."</li>
                    </ul>
                    <p>"Unlost never sends anything. When you are ready, you copy your message and send it yourself."</p>
                </details>
                <ReadinessCheck/>
            </Show>
            <p><A href=href("/")>"Back to your path"</A></p>
        </Page>
    }
}

fn state_words(s: Readiness) -> &'static str {
    match s {
        Readiness::Ready => "Looks ready",
        Readiness::NotYet => "Not yet",
        Readiness::Unknown => "Not known",
    }
}

/// What the app can see about readiness, the person's own view, and the
/// choice to go on. The composer shows once everything reads ready or the
/// person has chosen to go on anyway.
#[component]
fn ReadinessCheck() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let items = Memo::new(move |_| {
        let t = today.0.get();
        store.doc.with(|d| readiness(d, t))
    });
    let ready = Memo::new(move |_| items.with(|i| all_ready(i)));
    let acknowledged = Memo::new(move |_| store.doc.with(|d| d.first_message.acknowledged_at));
    let can_wait = Memo::new(move |_| store.doc.with(|d| d.first_message.can_still_wait()));
    let open = Memo::new(move |_| {
        let ready = ready.get();
        store.doc.with(|d| d.first_message.exchange_open(ready))
    });
    // Once the person has chosen to go on (or sent a message), the check
    // folds away to one line they can open again.
    let going_on = Memo::new(move |_| open.get() && (!ready.get() || !can_wait.get()));
    view! {
        <section class="card" aria-labelledby="ready-heading" data-testid="readiness">
            <h2 id="ready-heading">"Are you ready?"</h2>
            <Show when=move || going_on.get()>
                <p class="ready-verdict" data-testid="going-on">
                    {move || match acknowledged.get() {
                        _ if !can_wait.get() => "You have sent your first message. The readiness check is folded away below, if you want to look back at it.".to_string(),
                        Some(at) => format!("Not everything looks ready, and you chose to go on ({}). That is your call to make.", platform::long_date(at)),
                        None => "Not everything looked ready, and you went ahead. That was your call to make.".to_string(),
                    }}
                </p>
                {move || can_wait.get().then(|| view! {
                    <button
                        type="button"
                        class="button button-quiet"
                        on:click=move |_| store.update(|d| {
                            d.first_message.wait_after_all(platform::now_ms());
                        })
                    >
                        "Actually, I'll wait"
                    </button>
                })}
            </Show>
            <details class="readiness-check" prop:open=move || !going_on.get()>
                <summary>"What Unlost can see from what you have done so far"</summary>
                <ReadinessList items=items/>
                <WorthQuestion/>
            </details>
            {move || {
                if going_on.get() {
                    ().into_any()
                } else if ready.get() {
                    view! { <p class="ready-verdict">"Everything the app can see looks ready. Go gently."</p> }.into_any()
                } else {
                    view! {
                        <p class="ready-verdict">
                            "Some things don't look ready yet. Waiting a little longer costs you nothing; a rushed message can cost a lot."
                        </p>
                        <div class="button-row">
                            <A href=href("/stage/work-on-yourself") attr:class="button button-primary">"Keep working on myself"</A>
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| store.update(|d| d.first_message.go_on_anyway(platform::now_ms()))
                            >
                                "I understand, and I want to go on"
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
        </section>
        <Show when=move || open.get()>
            <Exchange/>
        </Show>
    }
}

/// Each thing the app can see, and how it stands.
#[component]
fn ReadinessList(items: Memo<Vec<ReadinessItem>>) -> impl IntoView {
    view! {
        <ul class="readiness">
            {move || {
                items
                    .get()
                    .into_iter()
                    .map(|i| {
                        let class = match i.state {
                            Readiness::Ready => "ready-item ready-yes",
                            Readiness::NotYet => "ready-item ready-no",
                            Readiness::Unknown => "ready-item ready-unknown",
                        };
                        view! {
                            <li class=class>
                                <p class="ready-title">
                                    <strong>{i.title}</strong>
                                    " · "
                                    <span class="ready-state">{state_words(i.state)}</span>
                                </p>
                                <p>{i.detail}</p>
                                {i.link.map(|(label, path)| view! { <p><A href=href(&path)>{label}</A></p> })}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

/// "Is it still worth saving?": stage 0's answer when it named that, with
/// a way to answer afresh here; otherwise the question.
#[component]
fn WorthQuestion() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let worth = Memo::new(move |_| store.doc.with(worth_saving));
    let asking_again = RwSignal::new(false);
    let set_worth = move |v: bool| {
        store.update(|d| d.first_message.set_worth_saving(Some(v), platform::now_ms()))
    };
    view! {
        {move || {
            if worth.get().from_stage0 && !asking_again.get() {
                view! {
                    <p class="quiet">
                        "Has that changed? "
                        <button type="button" class="button button-quiet" on:click=move |_| asking_again.set(true)>
                            "Answer it again here"
                        </button>
                    </p>
                }
                    .into_any()
            } else {
                let answer = move || worth.get().answer.filter(|_| !worth.get().from_stage0);
                view! {
                    <fieldset class="question">
                        <legend>"Honestly, do you still feel this relationship is worth saving?"</legend>
                        <div class="choices">
                            <div class="choice">
                                <input type="radio" id="worth-yes" name="worth" prop:checked=move || answer() == Some(true) on:change=move |_| set_worth(true)/>
                                <label for="worth-yes">"Yes, I still feel it is worth saving"</label>
                            </div>
                            <div class="choice">
                                <input type="radio" id="worth-no" name="worth" prop:checked=move || answer() == Some(false) on:change=move |_| set_worth(false)/>
                                <label for="worth-no">"I'm not sure any more"</label>
                            </div>
                        </div>
                    </fieldset>
                }
                    .into_any()
            }
        }}
    }
}

/// Where things stand in the exchange: writing the first message, waiting
/// for a reply, or answering theirs; and the history.
#[component]
fn Exchange() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let last = Memo::new(move |_| store.doc.with(|d| d.first_message.last_sender()));
    let their_last = Memo::new(move |_| {
        store.doc.with(|d| d.first_message.last_from_them().map(|m| (m.tone, m.text.chars().count())))
    });
    view! {
        {move || match last.get() {
            None => view! { <Composer reply=false/> }.into_any(),
            Some(Sender::Me) => view! {
                <section class="card" aria-labelledby="waiting-heading">
                    <h2 id="waiting-heading">"Sent. Now, let it be."</h2>
                    <p>
                        "You did your part. However long they take, or if they don't reply at all, one message is enough; a second one would add pressure."
                    </p>
                    <p>"If the waiting gets heavy, " <A href=href("/help/urge")>"the “I want to text them” help"</A> " is there."</p>
                </section>
                <TheirReply/>
            }
            .into_any(),
            Some(Sender::Them) => {
                let tone = their_last.get().and_then(|(t, _)| t).unwrap_or(ReplyTone::Neutral);
                let c = coaching(tone);
                view! {
                    <section class="card coaching" aria-labelledby="coach-heading" data-testid="coaching">
                        <h2 id="coach-heading">"They replied"</h2>
                        <p class="coach-headline">{c.headline}</p>
                        <ul class="plain-list">{c.tips.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ul>
                        <p class="quiet">"Ideas to start from, in your own words:"</p>
                        <ul class="plain-list suggestions">{c.suggestions.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
                    </section>
                    <Composer reply=true/>
                    <TheirReply/>
                }
                .into_any()
            }
        }}
        <History/>
    }
}

/// Writing a message: templates (first message only), the checked editor,
/// the cool-down, a last question, copying, and marking it sent.
#[component]
fn Composer(reply: bool) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let draft_key = if reply { draft_keys::FIRST_MESSAGE_REPLY } else { draft_keys::FIRST_MESSAGE };
    let text = RwSignal::new(store.doc.with_untracked(|d| d.draft(draft_key).to_string()));
    let theirs_chars = Memo::new(move |_| {
        store.doc.with(|d| d.first_message.last_from_them().map(|m| m.text.chars().count()).unwrap_or(0))
    });
    let mode = Signal::derive(move || if reply { Mode::Reply { theirs_chars: theirs_chars.get() } } else { Mode::FirstMessage });
    let before_template = RwSignal::new(None::<String>);
    let set_text = move |value: String| {
        store.set_draft(draft_key, &value);
        text.set(value);
    };

    let templates = (!reply).then(|| {
        view! {
            <details class="templates">
                <summary>"Start from one of ours"</summary>
                <p class="quiet">"Change anything in square brackets, and make it sound like you."</p>
                <ul class="template-list">
                    {FIRST_MESSAGE_TEMPLATES
                        .iter()
                        .map(|(id, label, body)| {
                            view! {
                                <li class="template" data-template=*id>
                                    <p class="template-label">{*label}</p>
                                    <p class="template-text">{*body}</p>
                                    <button
                                        type="button"
                                        class="button"
                                        aria-label=format!("Use this: {label}")
                                        on:click=move |_| {
                                            let previous = text.get_untracked();
                                            before_template.set((!previous.trim().is_empty()).then_some(previous));
                                            set_text(body.to_string());
                                        }
                                    >
                                        "Use this"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
            <Show when=move || before_template.with(Option::is_some)>
                <p class="notice">
                    "Your own draft was replaced. "
                    <button
                        type="button"
                        class="button button-quiet"
                        on:click=move |_| {
                            if let Some(old) = before_template.get_untracked() {
                                set_text(old);
                            }
                            before_template.set(None);
                        }
                    >
                        "Bring back my draft"
                    </button>
                </p>
            </Show>
        }
    });

    view! {
        <section class="card" aria-labelledby="compose-heading">
            <h2 id="compose-heading">{if reply { "Your reply" } else { "Your first message" }}</h2>
            {templates}
            <CheckedEditor
                id=if reply { "reply-editor" } else { "message-editor" }
                text=text
                keep=Callback::new(move |v: String| store.set_draft(draft_key, &v))
                mode=mode
                label=if reply { "Your reply to them" } else { "Your message to them" }
                hint="The checker reads it on this phone only, as you type."
            />
            <CoolDown text=text draft_key=draft_key/>
        </section>
    }
}

/// The wait before copying, the last question, copying, and "I sent it".
#[component]
fn CoolDown(text: RwSignal<String>, draft_key: &'static str) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let wait = Wait {
        store,
        now: RwSignal::new(platform::now_ms()),
        confirmed: RwSignal::new(false),
        copied: RwSignal::new(false),
        message: RwSignal::new(String::new()),
    };
    let started = Memo::new(move |_| store.doc.with(|d| d.first_message.wait_started_at));
    let left = Memo::new(move |_| {
        let t = wait.now.get();
        store.doc.with(|d| d.first_message.wait_left(t))
    });
    let my_feeling = RwSignal::new(store.doc.with_untracked(|d| d.draft(draft_keys::MY_FEELING).to_string()));
    tick_while_waiting(started, wait.now);

    view! {
        <div class="cooldown" data-testid="cooldown">
            {move || match left.get() {
                None => view! { <ChooseWait wait=wait text=text/> }.into_any(),
                Some(ms) if ms > 0 => view! { <CountingDown ms=ms wait=wait/> }.into_any(),
                Some(_) => {
                    view! { <ConfirmAndCopy wait=wait text=text draft_key=draft_key my_feeling=my_feeling/> }.into_any()
                }
            }}
            <p role="status" class="quiet">{move || wait.message.get()}</p>
        </div>
    }
}

/// What the cool-down's steps share: the clock it counts by, how far the
/// last step has got, and what it last said (under the buttons).
#[derive(Clone, Copy)]
struct Wait {
    store: AppStore,
    /// Now, updated each second while a wait runs.
    now: RwSignal<i64>,
    /// "Yes, I still want to" was chosen.
    confirmed: RwSignal<bool>,
    /// The message was copied.
    copied: RwSignal<bool>,
    message: RwSignal<String>,
}

impl Wait {
    /// Starts the wait (`start`) or stops it, and starts the steps after
    /// it over.
    fn set(self, start: bool) {
        let now = platform::now_ms();
        self.store.update(|d| if start { d.first_message.start_wait(now) } else { d.first_message.stop_wait(now) });
        self.now.set(platform::now_ms());
        self.confirmed.set(false);
        self.copied.set(false);
        self.message.set(String::new());
    }
}

/// A one-second tick of `now` while a wait is running (`started`).
fn tick_while_waiting(started: Memo<Option<i64>>, now: RwSignal<i64>) {
    let ticker = StoredValue::new(None::<IntervalHandle>);
    Effect::new(move |_| {
        let running = started.get().is_some();
        ticker.update_value(|h| {
            if let Some(h) = h.take() {
                h.clear();
            }
            if running {
                *h = set_interval_with_handle(
                    move || {
                        let _ = now.try_set(platform::now_ms());
                    },
                    std::time::Duration::from_secs(1),
                )
                .ok();
            }
        });
    });
    on_cleanup(move || {
        if let Some(h) = ticker.try_update_value(|h| h.take()).flatten() {
            h.clear();
        }
    });
}

/// Before the wait: how long to wait, and "Start the wait" once there is
/// something written.
#[component]
fn ChooseWait(wait: Wait, text: RwSignal<String>) -> impl IntoView {
    let store = wait.store;
    let minutes = Memo::new(move |_| store.doc.with(|d| d.first_message.wait_minutes()));
    let has_text = move || text.with(|t| !t.trim().is_empty());
    view! {
        <h3>"Before you copy it"</h3>
        <p>"Give it a little time. Read it again after a pause, with calmer eyes."</p>
        <label class="field-label small" for="wait-minutes">"Wait before copying"</label>
        <select
            id="wait-minutes"
            class="text-input"
            on:change=move |ev| {
                if let Ok(m) = event_target_value(&ev).parse::<u32>() {
                    store.update(|d| {
                        d.first_message.choose_wait(m, platform::now_ms());
                    });
                }
            }
        >
            {WAIT_CHOICES
                .iter()
                .map(|m| {
                    let m = *m;
                    view! { <option value=m.to_string() selected=move || minutes.get() == m>{wait_label(m)}</option> }
                })
                .collect_view()}
        </select>
        <div class="button-row">
            <button
                type="button"
                class="button button-primary"
                aria-disabled=move || (!has_text()).to_string()
                on:click=move |_| {
                    if has_text() {
                        wait.set(true);
                    } else {
                        wait.message.set("Write your message first.".into());
                    }
                }
            >
                "Start the wait"
            </button>
        </div>
    }
}

/// A choice of wait in words: "5 minutes", "1 hour", "A day".
fn wait_label(m: u32) -> String {
    if m == 24 * 60 {
        "A day".to_string()
    } else if m >= 60 {
        format!("{} hour{}", m / 60, if m >= 120 { "s" } else { "" })
    } else {
        format!("{m} minutes")
    }
}

/// While the wait runs: the time left (`ms`), and "Stop the wait".
#[component]
fn CountingDown(ms: i64, wait: Wait) -> impl IntoView {
    view! {
        <h3>"Taking a breath"</h3>
        <p class="countdown">
            "Copying unlocks in "
            <span data-testid="countdown" class="countdown-time">{countdown(ms)}</span>
        </p>
        <p class="quiet">"You can close Unlost; the wait keeps going. You can keep editing meanwhile."</p>
        <button type="button" class="button button-quiet" on:click=move |_| wait.set(false)>
            "Stop the wait"
        </button>
    }
}

/// Once the wait is over: "Still want to send this?", then copying it.
#[component]
fn ConfirmAndCopy(
    wait: Wait,
    text: RwSignal<String>,
    draft_key: &'static str,
    my_feeling: RwSignal<String>,
) -> impl IntoView {
    view! {
        <Show
            when=move || wait.confirmed.get()
            fallback=move || view! {
                <h3>"Still want to send this?"</h3>
                <p>"Read it once more as if you were them, on an ordinary day. If it still feels kind and light, go ahead."</p>
                <div class="button-row">
                    <button type="button" class="button button-primary" on:click=move |_| wait.confirmed.set(true)>
                        "Yes, I still want to"
                    </button>
                    <button type="button" class="button" on:click=move |_| wait.set(false)>
                        "Not now"
                    </button>
                </div>
            }
        >
            <CopyAndSend wait=wait text=text draft_key=draft_key my_feeling=my_feeling/>
        </Show>
    }
}

/// "Copy message"; once copied, how it feels now (optional), and "I sent
/// it", which records the message and clears its drafts, or "I didn't".
#[component]
fn CopyAndSend(
    wait: Wait,
    text: RwSignal<String>,
    draft_key: &'static str,
    my_feeling: RwSignal<String>,
) -> impl IntoView {
    let store = wait.store;
    let (copied, message) = (wait.copied, wait.message);
    let copy = move |_| {
        let words = text.get_untracked();
        leptos::task::spawn_local(async move {
            if platform::copy_text(&words).await {
                let _ = copied.try_set(true);
                let _ = message.try_set(
                    "Copied. Paste it into your messages app and send it yourself when you're ready.".to_string(),
                );
            } else {
                let _ = message.try_set(
                    "This browser didn't allow copying. Select the text in the box above and copy it by hand."
                        .to_string(),
                );
            }
        });
    };

    let mark_sent = move |_| {
        let words = text.get_untracked().trim().to_string();
        if words.is_empty() {
            return;
        }
        let now = platform::now_ms();
        let feeling = my_feeling.get_untracked();
        store.update(|d| {
            d.first_message.record(platform::new_id("m"), Sender::Me, &words, None, &feeling, now, local_date_of(now));
            d.clear_draft(draft_key, now);
            d.clear_draft(draft_keys::MY_FEELING, now);
        });
        store.save_in_turn();
        text.set(String::new());
        my_feeling.set(String::new());
    };

    view! {
        <h3>"Copy, then send it yourself"</h3>
        <div class="button-row">
            <button type="button" class="button button-primary" on:click=copy>"Copy message"</button>
        </div>
        <Show when=move || copied.get()>
            <label class="field-label small" for="my-feeling">"How do you feel, now it's going? (optional)"</label>
            <input
                id="my-feeling"
                class="text-input"
                type="text"
                maxlength="200"
                prop:value=move || my_feeling.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    store.set_draft(draft_keys::MY_FEELING, &v);
                    my_feeling.set(v);
                }
            />
            <crate::components::support_card::CrisisWatch text=my_feeling/>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=mark_sent>"I sent it"</button>
                <button type="button" class="button button-quiet" on:click=move |_| wait.set(false)>
                    "I didn't send it"
                </button>
            </div>
        </Show>
    }
}

/// Recording what they said and how it felt.
#[component]
fn TheirReply() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let text = RwSignal::new(store.doc.with_untracked(|d| d.draft(draft_keys::THEIR_MESSAGE).to_string()));
    let feeling = RwSignal::new(store.doc.with_untracked(|d| d.draft(draft_keys::THEIR_FEELING).to_string()));
    let tone = RwSignal::new(None::<ReplyTone>);
    let error = RwSignal::new(String::new());
    let keep = move |key: &'static str, signal: RwSignal<String>, value: String| {
        store.set_draft(key, &value);
        signal.set(value);
    };
    let save = move |_| {
        let words = text.get_untracked().trim().to_string();
        if words.is_empty() {
            error.set("Paste their reply or sum it up first.".into());
            return;
        }
        let Some(t) = tone.get_untracked() else {
            error.set("Pick how it felt: warm, neutral, short or cold.".into());
            return;
        };
        let now = platform::now_ms();
        let how = feeling.get_untracked();
        store.update(|d| {
            d.first_message.record(platform::new_id("m"), Sender::Them, &words, Some(t), &how, now, local_date_of(now));
            d.clear_draft(draft_keys::THEIR_MESSAGE, now);
            d.clear_draft(draft_keys::THEIR_FEELING, now);
        });
        store.save_in_turn();
        text.set(String::new());
        feeling.set(String::new());
        tone.set(None);
        error.set(String::new());
    };
    view! {
        <details class="card their-reply">
            <summary>"They replied"</summary>
            <label class="field-label small" for="their-text">"What they said (paste it, or sum it up)"</label>
            <textarea
                id="their-text"
                rows="3"
                prop:value=move || text.get()
                on:input=move |ev| keep(draft_keys::THEIR_MESSAGE, text, event_target_value(&ev))
            ></textarea>
            <fieldset class="question">
                <legend>"How did it feel?"</legend>
                <div class="choices tone-choices">
                    {ReplyTone::ALL
                        .into_iter()
                        .map(|t| {
                            let id = format!("tone-{}", t.id());
                            view! {
                                <div class="choice">
                                    <input
                                        type="radio"
                                        name="their-tone"
                                        id=id.clone()
                                        prop:checked=move || tone.get() == Some(t)
                                        on:change=move |_| tone.set(Some(t))
                                    />
                                    <label for=id>{t.label()}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <label class="field-label small" for="their-feeling">"How do you feel after reading it? (optional)"</label>
            <input
                id="their-feeling"
                class="text-input"
                type="text"
                maxlength="200"
                prop:value=move || feeling.get()
                on:input=move |ev| keep(draft_keys::THEIR_FEELING, feeling, event_target_value(&ev))
            />
            <crate::components::support_card::CrisisWatch text=feeling/>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=save>"Save their reply"</button>
            </div>
            <p role="status" class="error-text">{move || error.get()}</p>
        </details>
    }
}

/// The exchange so far, in order, with dates and feelings.
#[component]
fn History() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let messages = Memo::new(move |_| store.doc.with(|d| d.first_message.messages.clone()));
    view! {
        <Show when=move || !messages.with(Vec::is_empty)>
            <section class="card" aria-labelledby="history-heading" data-testid="message-history">
                <h2 id="history-heading">"The exchange so far"</h2>
                <ol class="messages">
                    {move || {
                        messages
                            .get()
                            .into_iter()
                            .map(|m| {
                                let who = match m.from {
                                    Sender::Me => "You",
                                    Sender::Them => "Them",
                                };
                                let class = match m.from {
                                    Sender::Me => "message message-me",
                                    Sender::Them => "message message-them",
                                };
                                view! {
                                    <li class=class>
                                        <p class="message-meta">
                                            <strong>{who}</strong>
                                            " · "
                                            <time datetime=platform::iso_datetime(m.at)>{platform::date_and_time(m.at)}</time>
                                            {m.tone.map(|t| view! { " · " <span class="message-tone">{t.label()}</span> })}
                                        </p>
                                        <p class="message-text">{m.text}</p>
                                        {(!m.feeling.is_empty()).then(|| view! { <p class="message-feeling">"You felt: " {m.feeling}</p> })}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
            </section>
        </Show>
    }
}
