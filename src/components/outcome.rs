use leptos::prelude::*;
use leptos_router::components::A;

use crate::model::assessment::{Outcome, Tone};
use crate::platform::href;

/// What an assessment suggests: a headline, the reasoning in plain words,
/// the findings grouped, and where to go next. The tone of each finding is
/// said in words, not only shown in colour.
#[component]
pub fn OutcomeView(outcome: Outcome) -> impl IntoView {
    let Outcome { headline, explanation, groups, next, .. } = outcome;
    view! {
        <section class="card outcome" aria-labelledby="outcome-headline" data-testid="outcome">
            <h2 id="outcome-headline" tabindex="-1">{headline}</h2>
            <p>{explanation}</p>
            {groups
                .into_iter()
                .map(|g| {
                    view! {
                        <h3>{g.title}</h3>
                        <ul class="findings">
                            {g
                                .findings
                                .into_iter()
                                .map(|f| {
                                    let (class, word) = match f.tone {
                                        Tone::Caution => ("finding finding-caution", "Take care"),
                                        Tone::Against => ("finding finding-against", "Gives pause"),
                                        Tone::Neutral => ("finding finding-neutral", "Neither way"),
                                        Tone::InFavour => ("finding finding-for", "Something to build on"),
                                    };
                                    view! {
                                        <li class=class>
                                            <span class="finding-tone">{word}</span>
                                            <span>{f.text}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
            <h3>"Next"</h3>
            <ul class="next-steps">
                {next
                    .into_iter()
                    .map(|n| view! { <li><A href=href(&n.path)>{n.label}</A></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
