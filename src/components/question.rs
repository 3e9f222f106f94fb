use leptos::prelude::*;

use crate::components::support_card::CrisisWatch;

use crate::model::assessment::{Answers, AssessmentKind, Question};

/// One question of an assessment: a group of large, labelled options (radio
/// buttons, or checkboxes when several answers fit) and an optional note.
/// Reads and changes `answers`; `on_change` saves them.
#[component]
pub fn QuestionCard(
    kind: AssessmentKind,
    question: &'static Question,
    answers: RwSignal<Answers>,
    /// Called after every change, to save: with `true` while a note is being
    /// typed (save quietly), `false` when an option was picked.
    on_change: Callback<bool>,
) -> impl IntoView {
    let name = format!("{}-{}", kind_slug(kind), question.id);
    let legend_id = format!("{name}-legend");
    let input_type = if question.multiple { "checkbox" } else { "radio" };

    let options = question
        .choices
        .iter()
        .map(|choice| {
            let id = format!("{name}-{}", choice.id);
            let checked = move || answers.with(|a| a.has(question.id, choice.id));
            let note_key = format!("{}:{}", question.id, choice.id);
            // Several answers: each picked one can carry its own words.
            let per_choice_note = question.multiple && question.note;
            let note_id = format!("{id}-note");
            let note_label = if choice.id == "own" { "In your own words" } else { "A note about this (optional)" };
            view! {
                <div class="choice">
                    <input
                        type=input_type
                        id=id.clone()
                        name=name.clone()
                        value=choice.id
                        prop:checked=checked
                        on:change=move |_| {
                            answers.update(|a| a.choose(kind, question.id, choice.id));
                            on_change.run(false);
                        }
                    />
                    <label for=id>{choice.label}</label>
                </div>
                {per_choice_note
                    .then(|| {
                        let key = note_key.clone();
                        let key_for_input = note_key.clone();
                        // What is typed here, for the crisis watch.
                        let typed = RwSignal::new(String::new());
                        view! {
                            <Show when=checked>
                                <div class="choice-note">
                                    <label class="field-label small" for=note_id.clone()>{note_label}</label>
                                    <textarea
                                        id=note_id.clone()
                                        rows="2"
                                        prop:value={
                                            let key = key.clone();
                                            move || answers.with_untracked(|a| a.note(&key).to_string())
                                        }
                                        on:input={
                                            let key = key_for_input.clone();
                                            move |ev| {
                                                let text = event_target_value(&ev);
                                                answers.update_untracked(|a| a.set_note(&key, &text));
                                                on_change.run(true);
                                                typed.set(text);
                                            }
                                        }
                                    ></textarea>
                                    <CrisisWatch text=typed/>
                                </div>
                            </Show>
                        }
                    })}
            }
        })
        .collect_view();

    let single_note = (!question.multiple && question.note).then(|| {
        let id = format!("{name}-note");
        let typed = RwSignal::new(String::new());
        view! {
            <div class="question-note">
                <label class="field-label small" for=id.clone()>"A note, if you like"</label>
                <textarea
                    id=id
                    rows="2"
                    prop:value=move || answers.with_untracked(|a| a.note(question.id).to_string())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        answers.update_untracked(|a| a.set_note(question.id, &text));
                        on_change.run(true);
                        typed.set(text);
                    }
                ></textarea>
                <CrisisWatch text=typed/>
            </div>
        }
    });

    view! {
        <fieldset class="question" aria-describedby=question.help.map(|_| format!("{name}-help"))>
            <legend id=legend_id>{question.prompt}</legend>
            {question.help.map(|h| view! { <p class="field-hint" id=format!("{name}-help")>{h}</p> })}
            <div class="choices">{options}</div>
            {single_note}
        </fieldset>
    }
}

fn kind_slug(kind: AssessmentKind) -> &'static str {
    match kind {
        AssessmentKind::ShouldYouTry => "try",
        AssessmentKind::RealityCheck => "reality",
        AssessmentKind::TheyCameBack => "back",
    }
}
