use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::entry_list::EntryList;
use crate::components::journal_editor::JournalEditor;
use crate::components::page::Page;
use crate::components::quick_exit::QuickExitHint;
use crate::components::safety::{SafetyNow, SafetySources};
use crate::components::support_card::SupportCard;
use crate::model::{Origin, StageId};
use crate::platform::href;

/// The self-recovery path that replaces reaching out when the person's
/// safety state holds them (`model::safety`). Says why, plainly, and turns every tool towards
/// the person's own safety and life.
#[component]
pub fn GettingYourselfBack() -> impl IntoView {
    let safety = expect_context::<SafetyNow>();
    let flags = Memo::new(move |_| safety.with(|s| s.reasons()));
    let origin = Origin { stage: StageId::ShouldYouTry, prompt: Some("why-so-hard".into()) };
    view! {
        <Page title="Getting yourself back">
            <QuickExitHint/>
            <section class="card" aria-labelledby="why-path">
                <h2 id="why-path">"Why your path looks like this"</h2>
                {move || {
                    let flags = flags.get();
                    if flags.is_empty() {
                        view! {
                            <p>
                                "This part of Unlost is about you, not about them. It is here whenever you need it."
                            </p>
                        }
                            .into_any()
                    } else {
                        view! {
                            <p>"You said that:"</p>
                            <ul class="plain-list">
                                {flags.into_iter().map(|f| view! { <li>{f.described()}</li> }).collect_view()}
                            </ul>
                            <p>
                                "When a relationship hurt you like that, the question stops being how to win them back. It becomes how to get yourself back. So Unlost has set aside the steps about reaching out, and every tool now points at your safety, your strength and your own life."
                            </p>
                        }
                            .into_any()
                    }
                }}
                <SafetySources/>
            </section>

            <section aria-labelledby="question-heading">
                <h2 id="question-heading">"A different question"</h2>
                <p class="lead">"Why am I trying so hard to get back someone who hurt me?"</p>
                <p>
                    "There is no quick answer, and no wrong one. Writing about it, a little at a time, can change more than any reunion could."
                </p>
                <JournalEditor
                    origin=origin
                    label="My answer, today"
                    hint="Only you will see this. Come back to it as often as you like."
                />
                <EntryList stage=StageId::ShouldYouTry empty_text="Nothing written here yet."/>
            </section>

            <section class="card" aria-labelledby="protection-heading">
                <h2 id="protection-heading">"No contact, as protection"</h2>
                <p>
                    "Here no contact is not a strategy to win anyone back. It is distance that keeps you safe while you heal: no texts, no checking their profiles, no asking friends for news."
                </p>
                <p><A href=href("/stage/no-contact")>"No contact"</A></p>
            </section>

            <section class="card" aria-labelledby="life-heading">
                <h2 id="life-heading">"Rebuilding your own life"</h2>
                <p>
                    "Friends you drifted from, things you used to love, rest, movement, time that is only yours. Small steps count."
                </p>
                <p><A href=href("/stage/work-on-yourself")>"Work on yourself"</A></p>
            </section>

            <SupportCard/>
        </Page>
    }
}
