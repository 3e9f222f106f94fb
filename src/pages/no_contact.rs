use leptos::prelude::*;
use leptos_router::components::A;

use crate::clock::Today;
use crate::components::fear_reframes::FearReframes;
use crate::components::page::Page;
use crate::components::safety::SafetyNow;
use crate::model::date::LocalDate;
use crate::model::no_contact::{
    last_contact_words, milestone_words, Commitment, Lead, NoContact, SlipKind, Streaks, GOAL_CHOICES,
};
use crate::model::insights::{urge_peak, urges_by_hour};
use crate::model::draft_keys;
use crate::model::text::preview;
use crate::model::timeline::no_contact_history;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// Stage 1: what no contact is, the person's own commitments and reasons,
/// and a tracker that keeps their progress through slips.
#[component]
pub fn NoContactPage() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let nc = Memo::new(move |_| store.doc.with(|d| d.no_contact.clone()));
    let started = Memo::new(move |_| nc.with(|n| n.started_on.is_some()));
    let healing = store.doc.with_untracked(|d| d.moving_on.active());
    let held = expect_context::<SafetyNow>().held.get_untracked();

    view! {
        <Page title=if healing { "Healing days" } else { "No contact" } eyebrow=if healing { "Moving on" } else { "Stage 1" }>
            <p class="lead">
                {if held {
                    "Here, no contact is protection: distance from someone who hurt you, for as long as you need. It is not a pause, and nobody is owed an end to it."
                } else if healing {
                    "You are moving on. These are your healing days: space from them, for you. The count works just as before, and a slip never wipes out the days behind it."
                } else {
                    "No contact is a pause, not a game and not a punishment. It gives you both room to breathe."
                }}
            </p>
            <Show when=move || held>
                <details class="card explainer" data-testid="protection">
                    <summary>"What it means here"</summary>
                    <p>"No texts, no calls, no checking their profiles, no asking friends for news of them. If you share children or a home, keep contact to what is needed, in writing where you can."</p>
                    <p>"Slips happen, and they are not your fault. The count keeps every day you managed."</p>
                    <p><A href=href("/getting-yourself-back")>"Getting yourself back"</A></p>
                </details>
            </Show>
            <Show when=move || !held>
                <details class="card explainer">
                    <summary>"What it means, and why it helps"</summary>
                    <p>
                        "When one person pulls away and the other chases, the pressure usually pushes them further off and keeps the hurt raw for both of you."
                    </p>
                    <p>
                        "Stepping back gives your nervous system time to calm down so you can think clearly again, and gives them time to feel what life is like without being pulled back in."
                    </p>
                    <p>"It is not about making them jealous or teaching them a lesson. It is about your own steadiness."</p>
                </details>
            </Show>
            {move || {
                if started.get() { view! { <Tracker nc=nc today=today/> }.into_any() } else { view! { <StartForm/> }.into_any() }
            }}
            <Commitments/>
            <Reasons/>
            <section aria-labelledby="fears-heading">
                <h2 id="fears-heading">"When the fear hits"</h2>
                <FearReframes/>
            </section>
            <Runs today=today/>
            <History nc=nc/>
            <Vault nc=nc/>
            <p><A href=href("/")>"Back to your path"</A></p>
        </Page>
    }
}

/// Starting no contact: a date (today, or earlier) and an optional goal.
#[component]
fn StartForm() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let date = RwSignal::new(today.0.get_untracked().to_string());
    let goal = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let start = move |_| {
        let Some(on) = LocalDate::parse(&date.get_untracked()) else {
            error.set(Some("Please choose a date."));
            return;
        };
        if on > today.0.get_untracked() {
            error.set(Some("The start can be today or a day in the past, not in the future."));
            return;
        }
        let goal_days = goal.get_untracked().trim().parse::<u32>().ok().filter(|g| *g > 0 && *g <= 3650);
        store.update(|d| d.no_contact.set_start(Some(on), goal_days, platform::now_ms()));
    };
    let healing = store.doc.with_untracked(|d| d.moving_on.active());
    view! {
        <section class="card" aria-labelledby="start-heading">
            <h2 id="start-heading">{if healing { "Start your healing days" } else { "Start no contact" }}</h2>
            <p>
                {if healing {
                    "Pick the day your space from them began. If it was a while ago, choose that day."
                } else {
                    "Pick the day your no contact began. If it started a while ago, choose that day."
                }}
            </p>
            <label class="field-label" for="nc-start">"Start date"</label>
            <input
                id="nc-start"
                type="date"
                class="text-input"
                prop:value=move || date.get()
                max=move || today.get().to_string()
                on:input=move |ev| date.set(event_target_value(&ev))
            />
            <GoalField goal=goal/>
            {move || error.get().map(|e| view! { <p class="error-text" role="alert">{e}</p> })}
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=start>
                    "Start"
                </button>
            </div>
        </section>
    }
}

/// A goal length: common choices or the person's own number. Optional.
#[component]
fn GoalField(goal: RwSignal<String>) -> impl IntoView {
    view! {
        <label class="field-label" for="nc-goal">"A goal, if you want one (days)"</label>
        <p class="field-hint" id="nc-goal-hint">
            "There is no right number. Common choices are 21, 30 or 60 days."
        </p>
        <input
            id="nc-goal"
            class="text-input"
            type="number"
            inputmode="numeric"
            min="1"
            max="3650"
            list="nc-goal-choices"
            aria-describedby="nc-goal-hint"
            prop:value=move || goal.get()
            on:input=move |ev| goal.set(event_target_value(&ev))
        />
        <datalist id="nc-goal-choices">
            {GOAL_CHOICES.iter().map(|g| view! { <option value=g.to_string()></option> }).collect_view()}
        </datalist>
    }
}

/// The figures, the goal, and logging what happened.
#[component]
fn Tracker(nc: Memo<NoContact>, today: Today) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let streaks = Memo::new(move |_| {
        let today = today.get();
        store.doc.with(|d| d.streaks(today))
    });
    let logging = RwSignal::new(None::<&'static str>);
    let message = RwSignal::new(None::<String>);

    view! {
        <section class="card tracker" aria-labelledby="tracker-heading" data-testid="tracker">
            <h2 id="tracker-heading">
                {move || if store.doc.with(|d| d.moving_on.active()) { "Your healing days" } else { "Your no contact" }}
            </h2>
            <p class="quiet">
                {move || nc.with(|n| n.started_on.map(|d| format!("Since {}", platform::long_local_date(d))))}
            </p>
            <Figures streaks=streaks nc=nc today=today/>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| logging.set(Some("slip"))>
                    "I reached out"
                </button>
                <button type="button" class="button" on:click=move |_| logging.set(Some("they"))>
                    "They contacted me"
                </button>
            </div>
            {move || match logging.get() {
                Some("slip") => Some(view! { <SlipForm logging=logging message=message/> }.into_any()),
                Some(_) => Some(view! { <TheyForm logging=logging message=message/> }.into_any()),
                None => None,
            }}
            <p role="status" aria-live="polite" class="outcome-message">{move || message.get()}</p>
            <AdjustStart nc=nc today=today message=message/>
        </section>
    }
}

/// The figures, led by what matters now: the run still going, or after
/// contact what stays (the longest run, the days in all), and the goal.
#[component]
fn Figures(streaks: Memo<Option<Streaks>>, nc: Memo<NoContact>, today: Today) -> impl IntoView {
    let figure = move |f: fn(&Streaks) -> i64| move || streaks.with(|s| s.as_ref().map(f).unwrap_or(0));
    let lead = Memo::new(move |_| streaks.with(|s| s.as_ref().map(|s| s.lead).unwrap_or(Lead::Streak)));
    let current = figure(|s| s.current);
    let last_contact = move || {
        streaks.with(|s| match s.as_ref().and_then(|s| s.last_contact) {
            Some(day) => last_contact_words(day, today.get()),
            None => "not since you started".to_string(),
        })
    };
    let stat = move |label: &'static str, id: &'static str, value: fn(&Streaks) -> i64, main: bool| {
        let value = figure(value);
        view! {
            <div class=if main { "stat stat-main" } else { "stat" }>
                <dt>{label}</dt>
                <dd data-testid=id>{move || days(value())}</dd>
            </div>
        }
    };
    view! {
            {move || match lead.get() {
                Lead::Streak => None,
                Lead::NewStart => Some(view! {
                    <p class="new-start" data-testid="new-start">
                        "Today is a new start. What you built stays yours."
                    </p>
                }.into_any()),
                Lead::MessageSent(day) => Some(view! {
                    <p class="new-start" data-testid="message-sent">
                        {format!(
                            "You sent your first message on {}. That was contact by choice, not a slip: the space before it did its work.",
                            platform::long_local_date(day)
                        )}
                    </p>
                }.into_any()),
            }}
            // After contact, what stays leads: the longest run and the days
            // in all come first, the run just begun after them.
            {move || {
                let after_contact = lead.get() != Lead::Streak;
                view! {
                    <dl class="stats">
                        {if after_contact {
                            view! {
                                {stat("Longest streak", "longest-streak", |s| s.longest, true)}
                                {stat("Days without contact, in all", "total-days", |s| s.total, false)}
                                {stat("Current streak", "current-streak", |s| s.current, false)}
                            }
                                .into_any()
                        } else {
                            view! {
                                {stat("Current streak", "current-streak", |s| s.current, true)}
                                {stat("Longest streak", "longest-streak", |s| s.longest, false)}
                                {stat("Days without contact, in all", "total-days", |s| s.total, false)}
                            }
                                .into_any()
                        }}
                        <div class="stat">
                            <dt>"Last contact"</dt>
                            <dd data-testid="last-contact">{last_contact}</dd>
                        </div>
                    </dl>
                }
            }}
            {move || {
                let goal = nc.with(|n| n.goal_days)?;
                let progress = streaks.with(|s| s.as_ref().and_then(|s| s.goal_progress)).unwrap_or(0.0);
                let done = current() >= i64::from(goal);
                let words = if done {
                    format!("Goal of {goal} days reached. However you feel about it, you did that.")
                } else if current() == 0 && lead.get() != Lead::Streak {
                    format!("Your goal of {goal} days begins again from today, with everything before it still yours.")
                } else {
                    format!("{} of {goal} days towards your goal", current())
                };
                let bar = (current() > 0 || done).then(|| view! {
                    <progress aria-hidden="true" max="1000" value=(progress * 1000.0).round().to_string()></progress>
                });
                Some(view! {
                    <div class="goal">
                        <p class="goal-words">{words}</p>
                        {bar}
                    </div>
                })
            }}
            <p class="milestone" data-testid="milestone">{move || milestone_words(current())}</p>
    }
}

/// Changing the start date or the goal, folded away.
#[component]
fn AdjustStart(nc: Memo<NoContact>, today: Today, message: RwSignal<Option<String>>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let goal_edit = RwSignal::new(nc.with_untracked(|n| n.goal_days.map(|g| g.to_string()).unwrap_or_default()));
    let start_edit = RwSignal::new(nc.with_untracked(|n| n.started_on.map(|d| d.to_string()).unwrap_or_default()));
    view! {
            <details class="adjust">
                <summary>"Change the start date or goal"</summary>
                <label class="field-label" for="nc-start-edit">"Start date"</label>
                <input
                    id="nc-start-edit"
                    type="date"
                    class="text-input"
                    prop:value=move || start_edit.get()
                    max=move || today.get().to_string()
                    on:input=move |ev| start_edit.set(event_target_value(&ev))
                />
                <GoalField goal=goal_edit/>
                <div class="button-row">
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            let parsed = LocalDate::parse(&start_edit.get_untracked());
                            if parsed.is_some_and(|d| d > today.0.get_untracked()) {
                                message.set(Some(
                                    "The start can be today or a day in the past, not in the future. Nothing was changed.".into(),
                                ));
                                return;
                            }
                            let on = parsed;
                            let goal = goal_edit.get_untracked().trim().parse::<u32>().ok().filter(|g| *g > 0);
                            store.update(|d| d.no_contact.set_start(on, goal, platform::now_ms()));
                            store.save_saying("Saved.", move |w| {
                                let _ = message.try_set(Some(w));
                            });
                        }
                    >
                        "Save changes"
                    </button>
                </div>
            </details>
    }
}


// Drafts for the logging forms, so a closed tab keeps what was typed (the
// keys are in model::draft_keys).
fn keep_draft(store: AppStore, key: &'static str, local: RwSignal<String>, text: String) {
    store.set_draft(key, &text);
    local.set(text);
}

/// "I reached out": what happened, what set it off, how it felt.
#[component]
fn SlipForm(logging: RwSignal<Option<&'static str>>, message: RwSignal<Option<String>>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let kind = RwSignal::new(SlipKind::Texted);
    let (trigger_start, feeling_start) =
        store.doc.with_untracked(|d| (d.draft(draft_keys::SLIP_TRIGGER).to_string(), d.draft(draft_keys::SLIP_FEELING).to_string()));
    let trigger = RwSignal::new(trigger_start.clone());
    let feeling = RwSignal::new(feeling_start.clone());
    let save = move |_| {
        let now = crate::clock::now();
        store.update(|d| {
            let (t, f) = (trigger.get_untracked(), feeling.get_untracked());
            d.no_contact.log_slip(&platform::new_id("s"), kind.get_untracked(), &t, &f, now);
            d.clear_draft(draft_keys::SLIP_TRIGGER, now.at);
            d.clear_draft(draft_keys::SLIP_FEELING, now.at);
        });
        logging.set(None);
        message.set(Some(
            "Logged. A slip is information, not failure: your longest streak and your days in all stay yours. Today is a new start."
                .into(),
        ));
    };
    view! {
        <div class="log-form">
            <fieldset class="question">
                <legend>"What happened?"</legend>
                <div class="choices">
                    {SlipKind::ALL
                        .iter()
                        .map(|k| {
                            let k = *k;
                            let id = format!("slip-{}", k.id());
                            view! {
                                <div class="choice">
                                    <input
                                        type="radio"
                                        name="slip-kind"
                                        id=id.clone()
                                        prop:checked=move || kind.get() == k
                                        on:change=move |_| kind.set(k)
                                    />
                                    <label for=id>{k.label()}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <label class="field-label" for="slip-trigger">"What set it off? (optional)"</label>
            <textarea
                id="slip-trigger"
                rows="2"
                prop:value=trigger_start
                on:input=move |ev| keep_draft(store, draft_keys::SLIP_TRIGGER, trigger, event_target_value(&ev))
            ></textarea>
            <crate::components::support_card::CrisisWatch text=trigger/>
            <label class="field-label" for="slip-feeling">"How did it feel, during and after? (optional)"</label>
            <textarea
                id="slip-feeling"
                rows="2"
                prop:value=feeling_start
                on:input=move |ev| keep_draft(store, draft_keys::SLIP_FEELING, feeling, event_target_value(&ev))
            ></textarea>
            <crate::components::support_card::CrisisWatch text=feeling/>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=save>"Log it"</button>
                <button type="button" class="button button-quiet" on:click=move |_| logging.set(None)>"Cancel"</button>
            </div>
        </div>
    }
}

/// "They contacted me": logged on its own; the person says whether they engaged.
#[component]
fn TheyForm(logging: RwSignal<Option<&'static str>>, message: RwSignal<Option<String>>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let engaged = RwSignal::new(None::<bool>);
    let note_start = store.doc.with_untracked(|d| d.draft(draft_keys::THEY_REACHED_OUT_NOTE).to_string());
    let note = RwSignal::new(note_start.clone());
    let error = RwSignal::new(false);
    let save = move |_| {
        let Some(engaged) = engaged.get_untracked() else {
            error.set(true);
            return;
        };
        let now = crate::clock::now();
        store.update(|d| {
            d.no_contact.log_they_reached_out(&platform::new_id("t"), engaged, &note.get_untracked(), now);
            d.clear_draft(draft_keys::THEY_REACHED_OUT_NOTE, now.at);
        });
        logging.set(None);
        message.set(Some(if engaged {
            "Noted. You answered them, so today counts as a day of contact. Nothing is lost: your earlier days and your longest stretch stay yours."
        } else {
            "Noted. They got in touch and you kept the space you chose for yourself. Your count goes on."
        }
        .into()));
    };
    view! {
        <div class="log-form">
            <fieldset class="question">
                <legend>"Did you reply or get drawn into talking?"</legend>
                <div class="choices">
                    <div class="choice">
                        <input type="radio" name="they-engaged" id="they-engaged-no" on:change=move |_| engaged.set(Some(false))/>
                        <label for="they-engaged-no">"No, I didn't engage"</label>
                    </div>
                    <div class="choice">
                        <input type="radio" name="they-engaged" id="they-engaged-yes" on:change=move |_| engaged.set(Some(true))/>
                        <label for="they-engaged-yes">"Yes, I replied or we talked"</label>
                    </div>
                </div>
            </fieldset>
            <label class="field-label" for="they-note">"What happened? (optional)"</label>
            <textarea
                id="they-note"
                rows="2"
                prop:value=note_start
                on:input=move |ev| keep_draft(store, draft_keys::THEY_REACHED_OUT_NOTE, note, event_target_value(&ev))
            ></textarea>
            <crate::components::support_card::CrisisWatch text=note/>
            {move || error.get().then(|| view! { <p class="error-text" role="alert">"Please say whether you engaged."</p> })}
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=save>"Log it"</button>
                <button type="button" class="button button-quiet" on:click=move |_| logging.set(None)>"Cancel"</button>
            </div>
        </div>
    }
}

/// The promises, as a personal checklist the person can agree to, extend and trim.
#[component]
fn Commitments() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let list = Memo::new(move |_| store.doc.with(|d| d.no_contact.commitments_or_defaults()));
    let new_text = RwSignal::new(String::new());
    let add = move || {
        let text = new_text.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        store.update(|d| {
            d.no_contact.add_commitment(&platform::new_id("c"), &text, platform::now_ms());
        });
        new_text.set(String::new());
    };
    view! {
        <section aria-labelledby="commit-heading">
            <h2 id="commit-heading">"What I'm committing to"</h2>
            <p class="quiet">"Tick the ones you agree to. Change the list so it fits your life."</p>
            <ul class="commitments">
                <For
                    each=move || list.get()
                    key=|c| c.id.clone()
                    children=move |c| {
                        view! { <CommitmentRow id=c.id list=list/> }
                    }
                />
            </ul>
            <label class="field-label" for="commit-new">"Add your own"</label>
            <div class="inline-add">
                <input
                    id="commit-new"
                    class="text-input"
                    type="text"
                    prop:value=move || new_text.get()
                    on:input=move |ev| new_text.set(event_target_value(&ev))
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            add();
                        }
                    }
                />
                <crate::components::support_card::CrisisWatch text=new_text/>
                <button type="button" class="button" on:click=move |_| add()>"Add"</button>
            </div>
        </section>
    }
}

/// One commitment: agree to it, reword it, or remove it.
#[component]
fn CommitmentRow(id: String, list: Memo<Vec<Commitment>>) -> impl IntoView {
    let id = StoredValue::new(id);
    let current = move || list.with(|l| id.with_value(|id| l.iter().find(|c| &c.id == id).cloned()));
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    view! {
        <li class="choice commitment">
            <Show
                when=move || editing.get()
                fallback=move || {
                    let start_edit = move || {
                        draft.set(current().map(|c| c.text).unwrap_or_default());
                        editing.set(true);
                    };
                    view! { <CommitmentView id=id current=Signal::derive(current) start_edit=start_edit/> }
                }
            >
                <CommitmentEdit id=id draft=draft editing=editing/>
            </Show>
        </li>
    }
}

/// A commitment as it reads: its box, its words, Edit and Remove.
#[component]
fn CommitmentView(
    id: StoredValue<String>,
    current: Signal<Option<Commitment>>,
    start_edit: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let input_id = format!("commit-{}", id.get_value());
    let text = move || current.with(|c| c.as_ref().map(|c| c.text.clone()).unwrap_or_default());
    let short = move || preview(&text(), 40);
    view! {
        <input
            type="checkbox"
            id=input_id.clone()
            prop:checked=move || current.with(|c| c.as_ref().is_some_and(|c| c.agreed))
            on:change=move |_| store.update(|d| id.with_value(|id| d.no_contact.toggle_commitment(id, platform::now_ms())))
        />
        <label for=input_id>{text}</label>
        <span class="commitment-actions">
            <button
                type="button"
                class="button button-quiet small-action"
                aria-label=move || format!("Edit: {}", short())
                on:click=move |_| start_edit()
            >
                "Edit"
            </button>
            <button
                type="button"
                class="button button-quiet small-action"
                aria-label=move || format!("Remove: {}", short())
                on:click=move |_| store.update(|d| id.with_value(|id| d.no_contact.remove_commitment(id, platform::now_ms())))
            >
                "Remove"
            </button>
        </span>
    }
}

/// Rewording a commitment, saved with Enter or Save.
#[component]
fn CommitmentEdit(id: StoredValue<String>, draft: RwSignal<String>, editing: RwSignal<bool>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let edit_id = format!("commit-edit-{}", id.get_value());
    let save = move || {
        let text = draft.get_untracked();
        if !text.trim().is_empty() {
            store.update(|d| {
                id.with_value(|id| d.no_contact.reword_commitment(id, &text, platform::now_ms()));
            });
        }
        editing.set(false);
    };
    view! {
        <label class="visually-hidden" for=edit_id.clone()>"Reword this commitment"</label>
        <input
            id=edit_id
            class="text-input commitment-edit"
            type="text"
            prop:value=move || draft.get()
            on:input=move |ev| draft.set(event_target_value(&ev))
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Enter" {
                    save();
                }
            }
        />
        <crate::components::support_card::CrisisWatch text=draft/>
        <button type="button" class="button small-action" on:click=move |_| save()>
            "Save"
        </button>
    }
}

/// "Why I'm doing this", in the person's words; shown again in the rescue flow.
#[component]
fn Reasons() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let start = store.doc.with_untracked(|d| d.no_contact.reasons.clone());
    // What is typed, for the crisis watch.
    let typed = RwSignal::new(String::new());
    view! {
        <section aria-labelledby="reasons-heading">
            <h2 id="reasons-heading">"Why I'm doing this"</h2>
            <label class="field-label" for="nc-reasons">"In your own words"</label>
            <p class="field-hint" id="nc-reasons-hint">
                "You'll see this again when you want to text them. Write it for that moment."
            </p>
            <textarea
                id="nc-reasons"
                rows="4"
                aria-describedby="nc-reasons-hint"
                prop:value=start
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    typed.set(text.clone());
                    store.update_quiet(|d| d.no_contact.set_reasons(&text, platform::now_ms()));
                }
            ></textarea>
            <crate::components::support_card::CrisisWatch text=typed/>
        </section>
    }
}

/// What has happened, newest first: the times either of you got in touch,
/// the messages sent by choice and the urges, worded as on the timeline
/// (`timeline::no_contact_history`), with the hardest hours (`urge_peak`,
/// the insights page's rule too).
#[component]
fn History(nc: Memo<NoContact>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let rows = Memo::new(move |_| store.doc.with(no_contact_history));
    let hardest = move || nc.with(|n| urge_peak(&urges_by_hour(&n.urges)).map(|p| p.hardest_hours()));
    view! {
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">"What has happened"</h2>
            <p class="quiet">{hardest}</p>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    view! { <p class="empty">"Nothing logged yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="event-list" data-testid="nc-history">
                            {rows
                                .into_iter()
                                .map(|item| {
                                    view! {
                                        <li>
                                            <span class="event-time">{platform::date_and_time(item.at)}</span>
                                            <span class="event-what">{item.title}</span>
                                            {(!item.text.is_empty()).then(|| view! { <span class="event-detail">{item.text}</span> })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// Every stretch without contact, newest first, as a small bar list.
#[component]
fn Runs(today: Today) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let runs = Memo::new(move |_| {
        let today = today.get();
        store.doc.with(|d| d.runs(today))
    });
    view! {
        <Show when=move || runs.with(|r| !r.is_empty())>
            <section aria-labelledby="runs-heading">
                <h2 id="runs-heading">"Your streaks"</h2>
                <ol class="runs" data-testid="runs" reversed>
                    {move || {
                        let list = runs.get();
                        let max = list.iter().map(|r| r.2).max().unwrap_or(1).max(1);
                        list.into_iter()
                            .rev()
                            .map(|(from, _to, len)| {
                                view! {
                                    <li>
                                        <span class="run-label">
                                            {format!("{len} {} from {}", if len == 1 { "day" } else { "days" }, platform::long_local_date(from))}
                                        </span>
                                        <meter class="run-bar" aria-hidden="true" min="0" max=max.to_string() value=len.to_string()></meter>
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

fn days(n: i64) -> String {
    if n == 1 { "1 day".to_string() } else { format!("{n} days") }
}

/// Messages written instead of sent. No copy or share button on purpose.
#[component]
fn Vault(nc: Memo<NoContact>) -> impl IntoView {
    view! {
        <section aria-labelledby="vault-heading">
            <h2 id="vault-heading">"Unsent"</h2>
            <p class="quiet">"What you wrote instead of sending. It stays here, and it is never sent."</p>
            {move || {
                let list = nc.with(|n| n.unsent.clone());
                if list.is_empty() {
                    view! { <p class="empty">"Nothing here yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="vault" data-testid="vault">
                            {list
                                .into_iter()
                                .rev()
                                .map(|m| {
                                    view! {
                                        <li class="entry">
                                            <article>
                                                <p class="entry-time">{platform::date_and_time(m.at)}</p>
                                                <p class="entry-text">{m.text}</p>
                                            </article>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
