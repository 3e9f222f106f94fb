use std::time::Duration;

use leptos::html;
use leptos::prelude::*;

use crate::components::support_card::CrisisCard;

use crate::model::checker::{check, segments, Finding, Mode, Severity};
use crate::model::text::preview;

/// How long typing must pause before the findings are announced to screen
/// readers, so they are not read out on every keystroke.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(1200);

fn severity_words(s: Severity) -> &'static str {
    match s {
        Severity::Problem => "Rethink",
        Severity::Caution => "Worth a look",
        Severity::Good => "Good",
    }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Problem => "sev-problem",
        Severity::Caution => "sev-caution",
        Severity::Good => "sev-good",
    }
}

/// A text box for a message to them, checked as it is typed. The words the
/// checker points at are highlighted in place (a layer behind the
/// transparent text box), and listed below with a kind explanation, which is
/// what screen readers get. `keep` stores the text on every keystroke (as a
/// draft, or straight into the document), quietly.
#[component]
pub fn CheckedEditor(
    /// The text box's id.
    #[prop(into)]
    id: String,
    /// The text, owned by the caller so it can fill or clear it.
    text: RwSignal<String>,
    /// Keeps what is typed (called on every keystroke, off the save path).
    keep: Callback<String>,
    mode: Signal<Mode>,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let field_id = id;
    let hint_id = format!("{field_id}-hint");
    let summary_id = format!("{field_id}-summary");
    let backdrop = NodeRef::<html::Div>::new();
    let area = NodeRef::<html::Textarea>::new();
    // The box grows with its text instead of scrolling, so the highlight
    // layer behind it always wraps the same way.
    Effect::new(move |_| {
        text.track();
        request_animation_frame(move || grow_to_fit(area));
    });
    // Timed as "unlost:check" for the bench (scripts/bench.mjs).
    let findings = Memo::new(move |_| text.with(|t| crate::platform::measured("unlost:check", || check(t, mode.get()))));
    let announced = RwSignal::new(String::new());
    // Crisis words already in the box when it appeared (a draft coming back
    // after "I'm safe for now", say): set aside by the person, not noticed
    // afresh (see `NoteCrisis`).
    let known_crisis = StoredValue::new(findings.with_untracked(|f| text.with_untracked(|t| crisis_spans(t, f))));

    // Also read by the announcement's timer, which may run once the editor
    // has gone: then it reads nothing.
    let summary = move || {
        findings.try_with(|f| summary_words(f, text.try_with(|t| t.trim().is_empty()).unwrap_or(true))).unwrap_or_default()
    };
    let announce_later = announce_after_pause(announced, summary);

    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        keep.run(value.clone());
        text.set(value);
        announce_later();
    };

    let layer = move || text.with(|t| findings.with(|f| highlight_layer(t, f)));
    let list = move || text.with(|t| findings.with(|f| f.iter().map(|x| finding_item(t, x)).collect_view()));

    let described_by = match &hint {
        Some(_) => format!("{hint_id} {summary_id}"),
        None => summary_id.clone(),
    };
    view! {
        <div class="checked-editor">
            <label for=field_id.clone() class="field-label">{label}</label>
            {hint.map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            <div class="overlay-wrap">
                <div class="overlay-backdrop" aria-hidden="true" node_ref=backdrop>{layer}</div>
                <textarea
                    id=field_id
                    node_ref=area
                    class="overlay-input"
                    rows="6"
                    spellcheck="true"
                    aria-describedby=described_by
                    prop:value=move || text.get()
                    on:input=on_input
                    on:scroll=move |ev| follow_scroll(&ev, backdrop)
                ></textarea>
            </div>
            <p class="check-summary" id=summary_id data-testid="check-summary">{summary}</p>
            <ul class="check-findings" aria-label="What the checker noticed" data-testid="findings">
                {list}
            </ul>
            <Show when=move || findings.with(|f| f.iter().any(|x| x.rule.is_safety()))>
                <CrisisCard heading_level=3/>
                <NoteCrisis text=text findings=findings known=known_crisis/>
            </Show>
            <p class="visually-hidden" role="status" aria-live="polite">{move || announced.get()}</p>
        </div>
    }
}

/// Puts `words()` in `announced` (for screen readers) once typing has
/// paused for `ANNOUNCE_AFTER`: the fn returned, called at each keystroke,
/// starts the pause over.
fn announce_after_pause(announced: RwSignal<String>, words: impl Fn() -> String + Copy + 'static) -> impl Fn() + Copy {
    let timer = StoredValue::new(None::<TimeoutHandle>);
    on_cleanup(move || {
        if let Some(t) = timer.try_update_value(|t| t.take()).flatten() {
            t.clear();
        }
    });
    move || {
        timer.update_value(|t| {
            if let Some(t) = t.take() {
                t.clear();
            }
            *t = set_timeout_with_handle(
                move || {
                    let words = words();
                    let _ = announced.try_set(words);
                },
                ANNOUNCE_AFTER,
            )
            .ok();
        });
    }
}

/// Keeps the highlight layer at the text box's scroll position, so the
/// marks stay under their words.
fn follow_scroll(ev: &leptos::ev::Event, backdrop: NodeRef<html::Div>) {
    let area = event_target::<web_sys::HtmlTextAreaElement>(ev);
    if let Some(b) = backdrop.get_untracked() {
        b.set_scroll_top(area.scroll_top());
    }
}

/// Sets the text box's height to its text's, so it never scrolls. Runs a
/// frame later, which may be after the editor has gone (a hidden tab holds
/// frames back until it is shown again): then it does nothing.
fn grow_to_fit(area: NodeRef<html::Textarea>) {
    if let Some(a) = area.try_get_untracked().flatten() {
        let style = web_sys::HtmlElement::style(&a);
        let _ = style.set_property("height", "auto");
        let _ = style.set_property("height", &format!("{}px", a.scroll_height() + 2));
    }
}

/// The one line under the box: how many things to look at again, or that
/// there is nothing to flag; nothing while the box (`empty`) is empty.
fn summary_words(f: &[Finding], empty: bool) -> String {
    let concerns = f.iter().filter(|x| x.severity != Severity::Good).count();
    let good = f.len() - concerns;
    match (concerns, good, empty) {
        (_, _, true) => String::new(),
        (0, 0, _) => "Nothing here that the checker would flag.".to_string(),
        (0, _, _) => "Nothing to rethink, and something good in it.".to_string(),
        (1, _, _) => "One thing to look at again.".to_string(),
        (n, _, _) => format!("{n} things to look at again."),
    }
}

/// The highlight layer: the same text, with marks where concerns are.
fn highlight_layer(t: &str, f: &[Finding]) -> Vec<AnyView> {
    let concerns: Vec<Finding> = f.iter().copied().filter(|x| x.severity != Severity::Good).collect();
    let mut parts = segments(t, &concerns)
        .into_iter()
        .map(|(range, which)| {
            let piece = t[range].to_string();
            match which {
                Some(i) => view! { <mark class=severity_class(concerns[i].severity)>{piece}</mark> }.into_any(),
                None => view! { <span>{piece}</span> }.into_any(),
            }
        })
        .collect::<Vec<_>>();
    // A trailing newline needs something after it to take up its line.
    parts.push(view! { <span>" "</span> }.into_any());
    parts
}

/// One finding in the list below the box: how much it matters, what it
/// is, the words it is about (unless that is the whole text), and why.
fn finding_item(t: &str, x: &Finding) -> impl IntoView {
    let quoted = preview(&t[x.range()], 60);
    let whole = x.start == 0 && x.end >= t.trim_end().len();
    view! {
        <li class=format!("check-finding {}", severity_class(x.severity))>
            <p class="check-title">
                <span class="check-kind">{severity_words(x.severity)}</span>
                <strong>{x.rule.title()}</strong>
            </p>
            {(!whole && !quoted.is_empty()).then(|| view! { <p class="check-quote">"“" {quoted} "”"</p> })}
            <p class="check-explain">{x.rule.explain()}</p>
        </li>
    }
}

/// The words of each crisis finding in `text`.
fn crisis_spans(text: &str, findings: &[Finding]) -> Vec<String> {
    findings.iter().filter(|f| f.rule.is_safety()).map(|f| text[f.start..f.end].to_string()).collect()
}

/// Put on the page with the crisis card: tells the model, once typing has
/// paused (`support_card::CRISIS_PAUSE`), as `CrisisWatch` does, never on
/// the keystroke. On the screens that lead toward contact the model's
/// answer turns the screen to the person and takes this editor away: after
/// a pause, no keystroke is typed into a box that has just gone (every one
/// typed is in the draft, which comes back with the box), and the editor is
/// never taken away in the middle of its own render, which read values
/// already gone (a crash, found by the WebDriver flow in Firefox).
///
/// Only crisis words that were not in the box when it appeared (`known`)
/// are told: after "I'm safe for now" the draft comes back with the words
/// the person set aside, and noticing them again would take the box away
/// once more, every time, before they could change a word. New heavy words
/// bring the help back.
#[component]
fn NoteCrisis(text: RwSignal<String>, findings: Memo<Vec<Finding>>, known: StoredValue<Vec<String>>) -> impl IntoView {
    let store = use_context::<crate::storage::persist::AppStore>();
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let clear = move || {
        if let Some(t) = timer.try_update_value(|t| t.take()).flatten() {
            t.clear();
        }
    };
    on_cleanup(clear);
    Effect::new(move |_| {
        text.track();
        clear();
        let handle = set_timeout_with_handle(
            move || {
                let new = findings
                    .try_with_untracked(|f| text.try_with_untracked(|t| crisis_spans(t, f)))
                    .flatten()
                    .is_some_and(|now| known.try_with_value(|k| now.iter().any(|w| !k.contains(w))).unwrap_or(false));
                if new {
                    crate::components::support_card::note_crisis(store);
                }
            },
            crate::components::support_card::CRISIS_PAUSE,
        );
        timer.set_value(handle.ok());
    });
}
