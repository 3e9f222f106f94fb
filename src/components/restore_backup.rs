use leptos::prelude::*;

use crate::backup::download_backup;
use crate::components::confirm::ConfirmDialog;
use crate::model::import::{added_between, merge_backup, merge_effect, preview, read_backup, ImportError, MergeEffect, Preview, MAX_BACKUP_BYTES};
use crate::model::Document;
use crate::platform;
use crate::storage::persist::AppStore;

/// A backup file read and checked, waiting for the person's choice.
#[derive(Clone, PartialEq)]
struct Pending {
    name: String,
    doc: Document,
    preview: Preview,
}

/// "Restore from a backup": pick a file; it is checked (size, format,
/// version, damage) and previewed; then merge it into what is here, or
/// replace what is here (after a confirmation that offers a backup of the
/// current data first). Nothing changes until the person chooses.
#[component]
pub fn RestoreBackup() -> impl IntoView {
    let pending = RwSignal::new(None::<Pending>);
    let message = RwSignal::new(None::<(bool, String)>);
    let confirm_replace = RwSignal::new(false);
    let reading = RwSignal::new(false);
    // A protected backup waiting for its passphrase: (file name, text).
    let locked = RwSignal::new(None::<(String, String)>);
    // Whether a merge also follows the backup's deletions and later
    // versions of entries here (otherwise nothing here is removed or changed).
    let follow_backup = RwSignal::new(false);

    view! {
        <section class="card" aria-labelledby="restore-heading" data-testid="restore">
            <h2 id="restore-heading">"Restore from a backup"</h2>
            <p>"Choose an Unlost backup file. You will see what it holds before anything changes."</p>
            <ChooseBackupFile pending=pending locked=locked message=message reading=reading/>
            <Show when=move || locked.with(Option::is_some)>
                <OpenLockedBackup locked=locked pending=pending message=message/>
            </Show>
            <Show when=move || reading.get()>
                <p class="quiet">"Reading the file…"</p>
            </Show>
            {move || {
                pending.get().map(|p| {
                    view! {
                        <BackupPreview
                            p=p
                            pending=pending
                            follow_backup=follow_backup
                            confirm_replace=confirm_replace
                            message=message
                        />
                    }
                })
            }}
            <p role="status" aria-live="polite" class=move || if message.with(|m| m.as_ref().is_some_and(|(e, _)| *e)) { "error-text" } else { "quiet" } data-testid="restore-message">
                {move || message.get().map(|(_, m)| m)}
            </p>
            <ReplaceDialog open=confirm_replace pending=pending message=message/>
        </section>
    }
}

/// The file picker. A chosen file is read and checked: too large or
/// unreadable files are explained in `message`; a protected one waits in
/// `locked` for its passphrase; a good one waits in `pending` for a choice.
#[component]
fn ChooseBackupFile(
    pending: RwSignal<Option<Pending>>,
    locked: RwSignal<Option<(String, String)>>,
    message: RwSignal<Option<(bool, String)>>,
    /// Whether the file is still being read.
    reading: RwSignal<bool>,
) -> impl IntoView {
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        pending.set(None);
        locked.set(None);
        let name = file.name();
        if file.size() > MAX_BACKUP_BYTES as f64 {
            message.set(Some((true, ImportError::TooLarge(file.size() as usize).explain())));
            return;
        }
        reading.set(true);
        message.set(None);
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
            let _ = reading.try_set(false);
            let Some(text) = text else {
                let _ = message.try_set(Some((true, "That file could not be read.".to_string())));
                return;
            };
            if crate::model::lock::is_locked(&text) {
                let _ = locked.try_set(Some((name, text)));
                return;
            }
            match read_backup(&text) {
                Ok((doc, preview)) => {
                    let _ = pending.try_set(Some(Pending { name, doc, preview }));
                }
                Err(e) => {
                    let _ = message.try_set(Some((true, e.explain())));
                }
            }
        });
    };

    view! {
        <label class="field-label small" for="restore-file">"Backup file"</label>
        <input id="restore-file" class="file-input" type="file" accept=".json,application/json" on:change=on_file/>
    }
}

/// Asks for the passphrase of a protected backup (`locked`), and opens it
/// into `pending`; a wrong passphrase or a damaged file is said in `message`.
#[component]
fn OpenLockedBackup(
    locked: RwSignal<Option<(String, String)>>,
    pending: RwSignal<Option<Pending>>,
    message: RwSignal<Option<(bool, String)>>,
) -> impl IntoView {
    let pass = NodeRef::<leptos::html::Input>::new();
    let open_locked = move || {
        let Some((name, text)) = locked.get_untracked() else { return };
        let passphrase = pass.get_untracked().map(|i| i.value()).unwrap_or_default();
        request_animation_frame(move || match crate::model::lock::unlock(&passphrase, &text) {
            Ok((_, plain)) => match read_backup(&plain) {
                Ok((doc, preview)) => {
                    let _ = locked.try_set(None);
                    let _ = message.try_set(None);
                    let _ = pending.try_set(Some(Pending { name, doc, preview }));
                }
                Err(e) => {
                    let _ = message.try_set(Some((true, e.explain())));
                }
            },
            Err(crate::model::lock::LockError::WrongPassphrase) => {
                let _ = message.try_set(Some((
                    true,
                    "That passphrase doesn't open this backup, or the file has been changed. Nothing here was touched."
                        .to_string(),
                )));
            }
            Err(e) => {
                let _ = message.try_set(Some((true, e.explain())));
            }
        });
    };

    view! {
        <form class="notice" data-testid="restore-locked" on:submit=move |ev| {
            ev.prevent_default();
            open_locked();
        }>
            <p>"This backup is protected with a passphrase."</p>
            <label class="field-label small" for="restore-pass">"The backup's passphrase"</label>
            <input id="restore-pass" class="text-input" type="password" autocomplete="off" node_ref=pass/>
            <button type="submit" class="button button-primary">"Open the backup"</button>
        </form>
    }
}

/// What the chosen backup (`p`) holds, and the choice: merge it in now,
/// replace what is here (which asks first, through `confirm_replace`), or
/// cancel. The outcome of a merge is said in `message`.
#[component]
fn BackupPreview(
    p: Pending,
    pending: RwSignal<Option<Pending>>,
    follow_backup: RwSignal<bool>,
    confirm_replace: RwSignal<bool>,
    message: RwSignal<Option<(bool, String)>>,
) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let merge = move |_| {
        let Some(p) = pending.get_untracked() else { return };
        let keep_here = !follow_backup.get_untracked();
        let (effect, before) = store.doc.with_untracked(|here| (merge_effect(here, &p.doc), preview(here)));
        match store.change_if_saved(|d| merge_backup(d, &p.doc, keep_here)) {
            Ok(()) => {
                pending.set(None);
                follow_backup.set(false);
                let added = store.doc.with_untracked(|d| added_between(&before, &preview(d)));
                let (removed, changed) =
                    if keep_here { (0, 0) } else { (effect.would_remove.len(), effect.would_change.len()) };
                message.set(Some((false, merged_words(&added, removed, changed))));
            }
            Err(e) => message.set(Some((true, format!("{} Nothing was merged, and what is here is as it was.", e.explain())))),
        }
    };
    let range = match (p.preview.first, p.preview.last) {
        (Some(a), Some(b)) => format!(", written from {} to {}", platform::long_date(a), platform::long_date(b)),
        _ => String::new(),
    };
    let effect = store.doc.with_untracked(|here| merge_effect(here, &p.doc));

    view! {
        <div class="notice restore-preview" data-testid="restore-preview">
            <p class="notice-title">{format!("“{}”", p.name)}</p>
            <p>{format!("It holds {}{range}.", p.preview.describe())}</p>
            {fixed_words(&p.preview).map(|w| view! { <p data-testid="restore-fixed-times">{w}</p> })}
            {effect_words(&effect).map(|(lines, label)| view! { <MergeEffectChoice lines=lines label=label follow_backup=follow_backup/> })}
            <p class="quiet">"Merge keeps everything here and adds what is new from the backup (matched by id, so nothing is doubled). Replace swaps what is here for the backup."</p>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=merge>"Merge into what's here"</button>
                <button type="button" class="button" on:click=move |_| confirm_replace.set(true)>"Replace what's here…"</button>
                <button type="button" class="button button-quiet" on:click=move |_| pending.set(None)>"Cancel"</button>
            </div>
        </div>
    }
}

/// What a merge would remove or change here (see `effect_words`), and the
/// choice to let it: `follow_backup`.
#[component]
fn MergeEffectChoice(lines: Vec<String>, label: &'static str, follow_backup: RwSignal<bool>) -> impl IntoView {
    view! {
        <div data-testid="restore-deletions">
            {lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            <div class="choice">
                <input
                    type="checkbox"
                    id="restore-follow-backup"
                    prop:checked=move || follow_backup.get()
                    on:change=move |ev| follow_backup.set(event_target_checked(&ev))
                />
                <label for="restore-follow-backup">{label}</label>
            </div>
        </div>
    }
}

/// "Replace what's here?": says what would go, offers a backup of it
/// first, and on confirmation puts the chosen backup (`pending`) in its
/// place. The outcome is said in `message`.
#[component]
fn ReplaceDialog(
    open: RwSignal<bool>,
    pending: RwSignal<Option<Pending>>,
    message: RwSignal<Option<(bool, String)>>,
) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let replace = move || {
        let Some(p) = pending.get_untracked() else { return };
        match store.replace_with(p.doc) {
            Ok(()) => {
                pending.set(None);
                message.set(Some((false, format!("Restored: Unlost now holds {}.", p.preview.describe()))));
            }
            Err(e) => message.set(Some((true, format!("{} Nothing was changed.", e.explain())))),
        }
    };
    let current = move || store.doc.with(|d| d.inventory().describe());

    view! {
        <ConfirmDialog
            open=open
            title="Replace what's here?"
            confirm_label="Replace with the backup"
            on_confirm=Callback::new(move |()| replace())
        >
            <p>"This removes " <strong>{current}</strong> " from this browser and puts the backup's contents in its place."</p>
            <p>
                "To keep a copy of what is here now, "
                <button
                    type="button"
                    class="button button-quiet inline-button"
                    on:click=move |_| {
                        let _ = download_backup(&store);
                    }
                >
                    "download a backup of it first"
                </button>
                "."
            </p>
        </ConfirmDialog>
    }
}

/// What the preview says a merge would remove or change here, and the
/// label of the choice to let it; `None` when it would do neither.
fn effect_words(effect: &MergeEffect) -> Option<(Vec<String>, &'static str)> {
    let quote = |list: &[String]| list.iter().map(|t| format!("“{t}”")).collect::<Vec<_>>().join(", ");
    let (r, c) = (effect.would_remove.len(), effect.would_change.len());
    let mut lines = Vec::new();
    match r {
        0 => {}
        1 => lines.push(format!("The backup marks 1 journal entry that is here as deleted: {}.", quote(&effect.would_remove))),
        n => lines.push(format!("The backup marks {n} journal entries that are here as deleted: {}.", quote(&effect.would_remove))),
    }
    match c {
        0 => {}
        1 => lines.push(format!(
            "The backup holds a different, later version of 1 journal entry here: {}. A merge keeps yours and adds the backup's beside it.",
            quote(&effect.would_change)
        )),
        n => lines.push(format!(
            "The backup holds different, later versions of {n} journal entries here: {}. A merge keeps yours and adds the backup's beside them.",
            quote(&effect.would_change)
        )),
    }
    if r > 0 {
        lines.push(if r == 1 { "A merge keeps it unless you choose otherwise." } else { "A merge keeps them unless you choose otherwise." }.to_string());
    }
    let label = match (r, c) {
        (0, 0) => return None,
        (1, 0) => "Remove it here too",
        (_, 0) => "Remove them here too",
        (0, _) => "Use the backup's version instead",
        _ => "Follow the backup: remove and replace them here",
    };
    Some((lines, label))
}

/// "Merged: 2 journal entries are now here too." — or that nothing was new —
/// with what following the backup removed or replaced.
fn merged_words(added: &Preview, removed: usize, changed: usize) -> String {
    let mut out = if added.is_empty() {
        "Merged: everything in the backup was already here, so nothing new was added.".to_string()
    } else {
        let n = added.entries + added.checkins + added.assessments + added.messages + added.other;
        let verb = if n == 1 { "is" } else { "are" };
        format!("Merged: {} from the backup {verb} now here too, with nothing doubled.", added.describe())
    };
    match removed {
        0 => {}
        1 => out.push_str(" 1 journal entry the backup had deleted was removed here."),
        n => out.push_str(&format!(" {n} journal entries the backup had deleted were removed here.")),
    }
    match changed {
        0 => {}
        1 => out.push_str(" 1 journal entry now reads as the backup's version."),
        n => out.push_str(&format!(" {n} journal entries now read as the backup's version.")),
    }
    out
}

/// What the preview says about times in the file no calendar can show.
fn fixed_words(p: &Preview) -> Option<String> {
    if p.times_fixed == 0 {
        return None;
    }
    let which = if p.entries_fixed.is_empty() {
        String::new()
    } else {
        format!(
            " (in {})",
            p.entries_fixed.iter().map(|t| format!("“{t}”")).collect::<Vec<_>>().join(", ")
        )
    };
    Some(if p.times_fixed == 1 {
        format!("1 date in this file{which} was outside any calendar (past the year 9999 or before 1970); it is set to the nearest date Unlost can show.")
    } else {
        format!("{} dates in this file{which} were outside any calendar (past the year 9999 or before 1970); each is set to the nearest date Unlost can show.", p.times_fixed)
    })
}
