use leptos::prelude::*;

use crate::components::entry_list::EntryList;
use crate::components::journal_editor::JournalEditor;
use crate::components::page::Page;

/// The journal: everything the person has written, from here and from every
/// stage, newest first.
#[component]
pub fn JournalPage() -> impl IntoView {
    view! {
        <Page title="Journal">
            <JournalEditor
                label="What's on your mind?"
                hint="Write as much or as little as you like. Only you will see it."
            />
            <crate::components::keep_safe::KeepCopySuggestion/>
            <section aria-labelledby="entries-heading">
                <h2 id="entries-heading">"Your entries"</h2>
                <EntryList empty_text="Your entries will appear here, newest first."/>
            </section>
        </Page>
    }
}
