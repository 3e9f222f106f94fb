use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::journal_editor::JournalEditor;
use crate::components::page::Page;
use crate::model::{Origin, StageId};

/// "I want to text them": reachable from every screen, for the moment the
/// urge is strongest. Slows things down, and gives the words somewhere to go
/// that is not their phone.
#[component]
pub fn UrgePage() -> impl IntoView {
    view! {
        <Page title="Before you text them">
            <p class="lead">
                "This wave is strong right now, and it will pass. You don't have to decide anything in the next ten minutes."
            </p>
            <section class="card" aria-labelledby="breathe">
                <h2 id="breathe">"First, slow your breathing"</h2>
                <p>
                    "Breathe in through your nose while you count to four. Breathe out slowly while you count to six. Do that five times."
                </p>
                <p class="quiet">"Longer breaths out tell your body it is safe to settle."</p>
            </section>
            <section aria-labelledby="write-instead">
                <h2 id="write-instead">"Write it here instead"</h2>
                <JournalEditor
                    origin=Origin { stage: StageId::NoContact, prompt: Some("urge".into()) }
                    label="What I want to say to them"
                    hint="Say all of it. This never leaves this device and is never sent."
                    save_label="Keep it here, unsent"
                />
            </section>
            <section class="card" aria-labelledby="remember">
                <h2 id="remember">"Remember why you chose space"</h2>
                <ul class="plain-list">
                    <li>"Space gives you both room to breathe and see clearly."</li>
                    <li>"A message sent in a rush tends to bring back the pain, not the person."</li>
                    <li>"Each hour you hold on, you get a little of your own strength back."</li>
                </ul>
                <p><A href=crate::platform::href("/stage/no-contact")>"Read more about no contact"</A></p>
            </section>
            <p class="quiet safety-line">
                "If you feel unsafe or might hurt yourself, call your local emergency number now."
            </p>
        </Page>
    }
}
