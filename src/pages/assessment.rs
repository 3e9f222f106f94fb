use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::outcome::OutcomeView;
use crate::components::page::Page;
use crate::components::question::QuestionCard;
use crate::components::quick_exit::QuickExitHint;
use crate::components::support_card::SupportCard;
use crate::model::assessment::{needs_support, outcome, Answers, AssessmentKind, AssessmentRecord};
use crate::model::safety::SafetyState;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// What the page is showing.
#[derive(Clone, Debug, PartialEq)]
enum Showing {
    /// The questions of one step (section).
    Step(usize),
    /// The outcome of a finished assessment, by record id.
    Result(String),
}

/// A stage built on an assessment: questions one step at a time, answers
/// saved as they are given, then an outcome in plain words. Finished
/// assessments are kept with their dates; the person can look at their
/// answers again, change them, or retake it later and compare.
#[component]
pub fn AssessmentPage(
    kind: AssessmentKind,
    /// Paragraphs shown above the questions.
    intro: &'static [&'static str],
) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let info = kind.stage().info();
    let flow = Flow::open(store, kind);
    let showing = flow.showing;
    view! {
        <Page title=info.title eyebrow=eyebrow(info.number)>
            <div node_ref=flow.top class="intro">
                <Show when=move || matches!(showing.get(), Showing::Step(_))>
                    {intro.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                </Show>
            </div>
            {move || match showing.get() {
                Showing::Step(step) => step_view(flow, step).into_any(),
                Showing::Result(id) => result_view(flow, id),
            }}
            <p><A href=href("/")>"Back to your path"</A></p>
        </Page>
    }
}

/// The page's state and what moves it: answers kept as they are given,
/// steps, finishing, retaking.
#[derive(Clone, Copy)]
struct Flow {
    store: AppStore,
    kind: AssessmentKind,
    /// Stage 0's safety questions are asked here too while it was never
    /// finished (`AssessmentKind::asked`).
    stage0_done: bool,
    sections: StoredValue<Vec<&'static str>>,
    answers: RwSignal<Answers>,
    showing: RwSignal<Showing>,
    missing_message: RwSignal<Option<String>>,
    top: NodeRef<html::Div>,
}

impl Flow {
    fn open(store: AppStore, kind: AssessmentKind) -> Flow {
        let stage0_done = store.doc.with_untracked(|d| d.latest_assessment(AssessmentKind::ShouldYouTry).is_some());
        let answers = RwSignal::new(store.doc.with_untracked(|d| d.answers_in_progress(kind)));
        let start = store.doc.with_untracked(|d| match (d.assessment_drafts.contains_key(&kind), d.latest_assessment(kind)) {
            (false, Some(latest)) => Showing::Result(latest.id.clone()),
            _ => Showing::Step(0),
        });
        Flow {
            store,
            kind,
            stage0_done,
            sections: StoredValue::new(kind.sections(stage0_done)),
            answers,
            showing: RwSignal::new(start),
            missing_message: RwSignal::new(None),
            top: NodeRef::new(),
        }
    }

    fn last_step(self) -> usize {
        self.sections.with_value(|s| s.len()) - 1
    }

    fn scroll_to_top(self) {
        if let Some(el) = self.top.try_get_untracked().flatten() {
            el.scroll_into_view();
        }
        if let Some(h) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("step-heading").or_else(|| d.get_element_by_id("outcome-headline")))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = h.focus();
        }
    }

    /// Keeps the answers given so far (`quiet`: while typing a note).
    fn save(self, quiet: bool) {
        let current = self.answers.get_untracked();
        let (kind, now) = (self.kind, platform::now_ms());
        if quiet {
            self.store.update_quiet(|d| d.set_answers(kind, current, now));
        } else {
            self.store.update(|d| d.set_answers(kind, current, now));
        }
        self.missing_message.set(None);
    }

    fn go_to(self, to: Showing) {
        self.showing.set(to);
        self.missing_message.set(None);
        request_animation_frame(move || self.scroll_to_top());
    }

    /// Finishes the round, or shows the first question still unanswered.
    fn finish(self) {
        let kind = self.kind;
        let missing = self.answers.with_untracked(|a| a.missing(kind, self.stage0_done));
        if let Some(first) = missing.first() {
            let step = self.sections.with_value(|s| s.iter().position(|s| *s == first.section)).unwrap_or(0);
            let text = if missing.len() == 1 {
                format!("One question is still unanswered: “{}”", first.prompt)
            } else {
                format!("{} questions are still unanswered, starting with: “{}”", missing.len(), first.prompt)
            };
            self.showing.set(Showing::Step(step));
            self.missing_message.set(Some(text));
            return;
        }
        let id = platform::new_id("a");
        self.store.update(|d| {
            let now = platform::now_ms();
            d.set_answers(kind, self.answers.get_untracked(), now);
            d.finish_assessment(kind, id.clone(), now);
        });
        self.store.save_in_turn();
        self.go_to(Showing::Result(id));
    }

    fn retake(self) {
        let latest = self.store.doc.with_untracked(|d| d.answers_in_progress(self.kind));
        self.answers.set(latest);
        self.go_to(Showing::Step(0));
    }
}

/// One step's questions, with Back and Next (or, last, the outcome).
fn step_view(flow: Flow, step: usize) -> impl IntoView {
    let section = flow.sections.with_value(|s| s[step]);
    let last_step = flow.last_step();
    let save = Callback::new(move |quiet: bool| flow.save(quiet));
    let questions = flow
        .kind
        .asked(flow.stage0_done)
        .filter(|q| q.section == section)
        .map(|q| view! { <QuestionCard kind=flow.kind question=q answers=flow.answers on_change=save/> })
        .collect_view();
    let safety_step = section == "Your safety";
    view! {
        <section aria-labelledby="step-heading" class="assessment-step">
            <p class="step-count">{format!("Step {} of {}", step + 1, last_step + 1)}</p>
            <h2 id="step-heading" tabindex="-1">{section}</h2>
            {safety_step
                .then(|| {
                    view! {
                        <QuickExitHint/>
                        <p>
                            "These questions are about how you were treated. Answer only if you feel safe to; your answers stay on this device."
                        </p>
                    }
                })}
            {questions}
            {move || flow.missing_message.get().map(|m| view! { <p class="error-text" role="alert">{m}</p> })}
            <div class="button-row step-buttons">
                {(step > 0)
                    .then(|| {
                        view! {
                            <button type="button" class="button" on:click=move |_| flow.go_to(Showing::Step(step - 1))>
                                "Back"
                            </button>
                        }
                    })}
                {if step < last_step {
                    view! {
                        <button
                            type="button"
                            class="button button-primary"
                            on:click=move |_| flow.go_to(Showing::Step(step + 1))
                        >
                            "Next"
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <button type="button" class="button button-primary" on:click=move |_| flow.finish()>
                            "See what this suggests"
                        </button>
                    }
                        .into_any()
                }}
            </div>
            {safety_step.then(|| view! { <SupportCard/> })}
        </section>
    }
}

/// A finished round's outcome, its answers, and the rounds before it.
fn result_view(flow: Flow, id: String) -> AnyView {
    let kind = flow.kind;
    let (record, history, safety) = flow.store.doc.with_untracked(|d| {
        (
            d.assessments.iter().find(|r| r.id == id).cloned(),
            d.assessment_history(kind).into_iter().cloned().collect::<Vec<_>>(),
            d.safety(),
        )
    });
    let Some(record) = record else {
        return view! { <p>"Those answers are no longer here."</p> }.into_any();
    };
    let result = outcome(kind, &record.answers, &safety);
    // Any safety answer in these answers (a "not sure" too: the findings
    // then mention the support lines), or in the person's state.
    let needs_safety = needs_support(kind, &record.answers, &safety);
    let is_latest = history.first().map(|r| r.id.as_str()) == Some(record.id.as_str());
    view! {
        <p class="quiet result-date">
            {if is_latest { "Your answers from " } else { "Earlier answers, from " }}
            {platform::date_and_time(record.completed_at)}
        </p>
        {needs_safety.then(|| view! { <QuickExitHint/> })}
        <OutcomeView outcome=result/>
        <AnswersSummary record=record.clone()/>
        <div class="button-row">
            <button type="button" class="button button-primary" on:click=move |_| flow.retake()>
                {if is_latest { "Change my answers or take it again" } else { "Take it again" }}
            </button>
        </div>
        {needs_safety.then(|| view! { <SupportCard/> })}
        <History history=history current=record.id showing=flow.showing/>
    }
    .into_any()
}

fn eyebrow(number: Option<u8>) -> String {
    match number {
        Some(n) => format!("Stage {n}"),
        None => "When it happens".to_string(),
    }
}

/// Every question with the answer given, so the reasoning is never hidden.
#[component]
fn AnswersSummary(record: AssessmentRecord) -> impl IntoView {
    let kind = record.kind;
    let rows = kind
        .questions()
        .iter()
        .map(|q| {
            let chosen: Vec<String> = record
                .answers
                .chosen
                .get(q.id)
                .into_iter()
                .flatten()
                .filter_map(|c| q.choices.iter().find(|x| x.id == c).map(|x| {
                    let note = record.answers.note(&format!("{}:{}", q.id, c));
                    if note.is_empty() { x.label.to_string() } else { format!("{} — “{note}”", x.label) }
                }))
                .collect();
            let note = record.answers.note(q.id).to_string();
            view! {
                <dt>{q.prompt}</dt>
                <dd>
                    {if chosen.is_empty() { "Not answered".to_string() } else { chosen.join("; ") }}
                    {(!note.is_empty()).then(|| view! { <span class="answer-note">{format!("Your note: “{note}”")}</span> })}
                </dd>
            }
        })
        .collect_view();
    view! {
        <details class="answers-summary">
            <summary>"What you answered"</summary>
            <dl>{rows}</dl>
        </details>
    }
}

/// Earlier times this assessment was finished, to compare.
#[component]
fn History(history: Vec<AssessmentRecord>, current: String, showing: RwSignal<Showing>) -> impl IntoView {
    if history.len() < 2 {
        return ().into_any();
    }
    let items = history
        .into_iter()
        .map(|r| {
            let headline = outcome(r.kind, &r.answers, &SafetyState::default()).headline;
            let is_current = r.id == current;
            let id = r.id.clone();
            view! {
                <li>
                    <button
                        type="button"
                        class="button button-quiet history-item"
                        aria-current=is_current.then_some("true")
                        on:click=move |_| showing.set(Showing::Result(id.clone()))
                    >
                        {platform::date_and_time(r.completed_at)}
                        ": "
                        {headline}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">"Every time you answered"</h2>
            <ul class="history">{items}</ul>
        </section>
    }
        .into_any()
}
