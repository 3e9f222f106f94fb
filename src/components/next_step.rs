use leptos::prelude::*;
use leptos_router::components::A;

use crate::clock::Today;
use crate::model::next_step::{is_first_step, next_step};
use crate::platform::href;
use crate::storage::persist::AppStore;

/// The "Your next step" card: one sentence and one button. Its words come
/// from the model (`model::next_step`); this only draws them.
#[component]
pub fn NextStepView(id: &'static str, text: String, action: &'static str, path: String) -> impl IntoView {
    view! {
        <section class="card next-step" aria-labelledby="next-step-heading" data-testid="next-step" data-step=id>
            <h2 id="next-step-heading">"Your next step"</h2>
            <p>{text}</p>
            <p><A href=href(&path) attr:class="button button-primary">{action}</A></p>
        </section>
    }
}

/// The next step worked out from everything saved, kept current as it
/// changes (another tab's save, midnight). Shows nothing while it is the
/// first step: the core's card stands in then.
#[component]
pub fn NextStepCard() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let step = Memo::new(move |_| {
        let t = today.get();
        store.doc.with(|d| (!is_first_step(d, d.safety().stops_contact())).then(|| next_step(d, t)))
    });
    move || step.get().map(|s| view! { <NextStepView id=s.id text=s.text action=s.action path=s.path/> })
}
