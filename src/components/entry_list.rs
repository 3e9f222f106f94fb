use std::time::Duration;

use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::model::draft_keys;
use crate::model::journal::has_words;
use crate::model::text::preview;
use crate::model::{Document, JournalEntry, StageId};
use crate::platform;
use crate::storage::persist::AppStore;

/// How many entries show before "Show older entries".
const PAGE_SIZE: usize = 30;
/// How long "Undo" stays on screen after a deletion.
const UNDO_FOR: Duration = Duration::from_secs(12);

/// One row of the list: an entry and, when it starts a new day, that day's label.
#[derive(Clone, PartialEq)]
struct Row {
    entry: JournalEntry,
    day: Option<String>,
}

/// The journal's entries, newest first, grouped by day, each editable and
/// deletable with undo. Shows only a stage's entries when `stage` is given.
#[component]
pub fn EntryList(
    /// Show only the entries written in this stage.
    #[prop(optional)]
    stage: Option<StageId>,
    /// Within `stage`, show only the answers to this prompt.
    #[prop(optional)]
    prompt: Option<&'static str>,
    /// What to say when there is nothing yet.
    #[prop(into)]
    empty_text: String,
) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let shown = RwSignal::new(PAGE_SIZE);
    let list_ref = NodeRef::<html::Ol>::new();
    let undo = UndoDelete::new(list_ref);
    // Leaving the list within the undo time must not leave a timer behind
    // to reach for a toast that is gone.
    on_cleanup(move || undo.stop());

    let total = Memo::new(move |_| store.doc.with(|d| total_of(d, stage, prompt)));
    let rows = Memo::new(move |_| {
        let limit = shown.get();
        store.doc.with(|d| rows_of(d, stage, prompt, limit))
    });

    let delete = move |id: String| {
        let mut removed = None;
        store.update(|d| removed = d.delete_entry(&id, platform::now_ms()));
        if let Some(entry) = removed {
            undo.offer(entry);
        }
    };

    view! {
        <div class="entry-list">
            <Show when=move || { total.get() == 0 }>
                <p class="empty">{empty_text.clone()}</p>
            </Show>
            <ol class="entries" aria-label="Entries, newest first" tabindex="-1" node_ref=list_ref>
                <For
                    each=move || rows.get()
                    key=|row| (row.entry.id.clone(), row.entry.updated_at, row.day.clone())
                    children=move |row| {
                        view! { <EntryItem row=row on_delete=Callback::new(delete)/> }
                    }
                />
            </ol>
            <Show when=move || { total.get() > shown.get() }>
                <button
                    type="button"
                    class="button button-quiet show-more"
                    on:click=move |_| shown.update(|n| *n += PAGE_SIZE)
                >
                    {move || format!("Show older entries ({} more)", total.get() - shown.get())}
                </button>
            </Show>
            <UndoToast undo=undo/>
        </div>
    }
}

/// How many entries the list has in all (see `EntryList`'s `stage` and `prompt`).
fn total_of(d: &Document, stage: Option<StageId>, prompt: Option<&str>) -> usize {
    match (stage, prompt) {
        (None, _) => d.journal.len(),
        (Some(s), None) => d.entries_from(s).count(),
        (Some(s), Some(p)) => d.answers_to(s, p).count(),
    }
}

/// The list's first `limit` rows, each entry with its day's label when it
/// starts a new day.
fn rows_of(d: &Document, stage: Option<StageId>, prompt: Option<&str>, limit: usize) -> Vec<Row> {
    let mut last_day = None;
    let entries: Box<dyn Iterator<Item = &JournalEntry>> = match (stage, prompt) {
        (None, _) => Box::new(d.journal.iter()),
        (Some(s), None) => Box::new(d.entries_from(s)),
        (Some(s), Some(p)) => Box::new(d.answers_to(s, p)),
    };
    entries
        .take(limit)
        .map(|e| {
            let day = platform::local_date(e.created_at);
            let label = (last_day != Some(day)).then(|| platform::day_label(e.created_at));
            last_day = Some(day);
            Row { entry: e.clone(), day: label }
        })
        .collect::<Vec<_>>()
}

/// The entry just deleted, offered back in a toast for `UNDO_FOR`.
#[derive(Clone, Copy)]
struct UndoDelete {
    last_deleted: RwSignal<Option<JournalEntry>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// The toast's Undo button.
    button: NodeRef<html::Button>,
    /// The list, where focus goes if it was on Undo when the toast goes.
    list: NodeRef<html::Ol>,
}

impl UndoDelete {
    fn new(list: NodeRef<html::Ol>) -> Self {
        UndoDelete {
            last_deleted: RwSignal::new(None),
            timer: StoredValue::new(None),
            button: NodeRef::new(),
            list,
        }
    }

    /// Shows the toast for `entry`, with focus on Undo so a keyboard or
    /// screen reader user can take it back at once.
    fn offer(self, entry: JournalEntry) {
        self.last_deleted.set(Some(entry));
        self.timer.update_value(|t| {
            if let Some(t) = t.take() {
                t.clear();
            }
            *t = set_timeout_with_handle(move || self.hide(), UNDO_FOR).ok();
        });
        request_animation_frame(move || {
            if let Some(b) = self.button.try_get_untracked().flatten() {
                let _ = b.focus();
            }
        });
    }

    /// Stops the timer that would take the toast away.
    fn stop(self) {
        let _ = self.timer.try_update_value(|t| {
            if let Some(t) = t.take() {
                t.clear();
            }
        });
    }

    /// Takes the toast away. When the toast goes, focus must not vanish
    /// with its button.
    fn hide(self) {
        let had_focus = self.button.try_get_untracked().flatten().is_some_and(|b| {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .is_some_and(|a| a == **b)
        });
        self.last_deleted.try_set(None);
        if had_focus {
            if let Some(list) = self.list.try_get_untracked().flatten() {
                let _ = list.focus();
            }
        }
    }
}

/// "Deleted: …" and Undo, while a deletion can be taken back.
#[component]
fn UndoToast(undo: UndoDelete) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let on_undo = move |_| {
        if let Some(entry) = undo.last_deleted.get_untracked() {
            store.update(|d| {
                d.restore_entry(entry, platform::now_ms());
            });
            undo.hide();
        }
    };
    view! {
        <div class="toast-region" role="status" aria-live="polite">
            {move || {
                undo.last_deleted
                    .get()
                    .map(|e| {
                        view! {
                            <div class="toast">
                                <span>"Deleted: " {preview(&e.text, 40)}</span>
                                <button type="button" class="button" node_ref=undo.button on:click=on_undo>
                                    "Undo"
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// One entry: its time, where it came from, its words, and edit/delete.
#[component]
fn EntryItem(row: Row, on_delete: Callback<String>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let Row { entry, day } = row;
    let id = entry.id.clone();
    let draft_key = draft_keys::edit_entry(&id);
    // An edit left unfinished (page closed mid-edit) opens again as it was.
    let unfinished = store.doc.with_untracked(|d| has_words(d.draft(&draft_key)));
    let editing = RwSignal::new(unfinished);
    let heading_id = format!("entry-{id}");
    let labelled_by = heading_id.clone();
    let time = platform::time_of_day(entry.created_at);
    let origin_link = entry.origin.as_ref().map(|o| {
        let info = o.stage.info();
        let (path, label) = match o.prompt.as_deref().and_then(crate::model::self_work::prompt) {
            Some(p) if o.stage == StageId::WorkOnYourself => {
                (format!("{}/reflect/{}", o.stage.path(), p.id), p.question.to_string())
            }
            _ => (o.stage.path(), info.title.to_string()),
        };
        view! {
            <A href=platform::href(&path)>
                <span class="visually-hidden">"Written in "</span>
                {label}
            </A>
        }
    });
    let edited = entry.edited_at.map(|at| format!("edited {}", platform::date_and_time(at)));
    let text = entry.text.clone();

    view! {
        {day.map(|d| view! { <li class="day-label" aria-hidden="true">{d}</li> })}
        <li class="entry">
            <article aria-labelledby=labelled_by>
                <header class="entry-meta">
                    <h3 id=heading_id class="entry-time">
                        <time datetime=platform::iso_datetime(entry.created_at)>
                            <span class="visually-hidden">{platform::long_date(entry.created_at)} ", "</span>
                            {time}
                        </time>
                    </h3>
                    {origin_link}
                    {edited.map(|e| view! { <span class="entry-edited">{e}</span> })}
                </header>
                <Show
                    when=move || editing.get()
                    fallback={
                        let text = text.clone();
                        let id = id.clone();
                        move || {
                            let id = id.clone();
                            view! {
                                <p class="entry-text">{text.clone()}</p>
                                <div class="button-row entry-actions">
                                    <button type="button" class="button button-quiet" on:click=move |_| editing.set(true)>
                                        "Edit"
                                    </button>
                                    <button
                                        type="button"
                                        class="button button-quiet"
                                        on:click=move |_| on_delete.run(id.clone())
                                    >
                                        "Delete"
                                    </button>
                                </div>
                            }
                        }
                    }
                >
                    <EntryEditForm entry=entry.clone() editing=editing/>
                </Show>
            </article>
        </li>
    }
}

/// Editing an entry in place. The edit is kept as a draft while typing.
#[component]
fn EntryEditForm(entry: JournalEntry, editing: RwSignal<bool>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let draft_key = draft_keys::edit_entry(&entry.id);
    let start = store.doc.with_untracked(|d| {
        let draft = d.draft(&draft_key);
        if has_words(draft) { draft.to_string() } else { entry.text.clone() }
    });
    let field_id = format!("edit-{}", entry.id);
    let textarea = NodeRef::<html::Textarea>::new();
    let id = entry.id.clone();
    let key_for_input = draft_key.clone();
    let key_for_cancel = draft_key.clone();

    Effect::new(move |_| {
        if let Some(t) = textarea.get() {
            let _ = t.focus();
        }
    });

    let save = move |_| {
        let Some(el) = textarea.get_untracked() else { return };
        let text = el.value();
        if !has_words(&text) {
            return;
        }
        let now = platform::now_ms();
        store.update(|d| {
            d.edit_entry(&id, text.trim_end(), now);
            d.clear_draft(&draft_key, now);
        });
        editing.set(false);
        store.save_in_turn();
    };
    let cancel = move |_| {
        store.update(|d| d.clear_draft(&key_for_cancel, platform::now_ms()));
        editing.set(false);
    };

    // What is typed, for the crisis watch.
    let typed = RwSignal::new(String::new());
    view! {
        <div class="editor">
            <label class="field-label" for=field_id.clone()>"Edit entry"</label>
            <textarea
                id=field_id
                node_ref=textarea
                rows="5"
                prop:value=start
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    store.set_draft(&key_for_input, &text);
                    typed.set(text);
                }
            ></textarea>
            <crate::components::support_card::CrisisWatch text=typed/>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=save>
                    "Save changes"
                </button>
                <button type="button" class="button button-quiet" on:click=cancel>
                    "Cancel"
                </button>
            </div>
        </div>
    }
}
