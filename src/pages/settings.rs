use leptos::prelude::*;

use crate::backup::{download_backup, download_locked_backup};
use crate::components::confirm::ConfirmDialog;
use crate::components::page::Page;
use crate::components::lock_settings::LockSettings;
use crate::components::restore_backup::RestoreBackup;
use crate::model::import::DEFAULT_BACKUP_REMINDER_DAYS;
use crate::model::lock::check_new_passphrase;
use crate::storage::{used_units, QUOTA_UNITS};
use crate::platform;
use crate::storage::persist::{AppStore, SaveState};

/// Backup, the lock, restoring, exports, the data kept, help lines,
/// deleting everything, and what version this is: one section each.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let confirm_open = RwSignal::new(false);
    let outcome = RwSignal::new(None::<String>);
    view! {
        <Page title="Settings">
            <DownloadBackup outcome=outcome/>
            <crate::components::keep_safe::KeepSafeSection/>
            <LockSettings/>
            <RestoreBackup/>
            <WritingExport outcome=outcome/>
            <Reminder outcome=outcome/>
            <YourData/>
            <HelpRegion/>
            <DeleteEverything confirm_open=confirm_open/>
            <About/>
            <p role="status" aria-live="polite" class="outcome">{move || outcome.get()}</p>
            <ConfirmDelete open=confirm_open outcome=outcome/>
        </Page>
    }
}

/// A backup file, protected with a passphrase (the lock's own rule for a
/// new one) unless the person says not.
#[component]
fn DownloadBackup(outcome: RwSignal<Option<String>>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    // With the lock on, backups are protected too unless the person says not.
    let protect = RwSignal::new(store.has_lock());
    let backup_pass = NodeRef::<leptos::html::Input>::new();
    let backup_pass_2 = NodeRef::<leptos::html::Input>::new();
    let last_backup = move || {
        store.doc.with(|d| match d.settings.last_backup_at {
            Some(at) => format!("Last backup: {}.", platform::date_and_time(at)),
            None => "You have not downloaded a backup yet.".to_string(),
        })
    };
    let download = move |_| {
        let result = if protect.get_untracked() {
            let a = backup_pass.get_untracked().map(|i| i.value()).unwrap_or_default();
            let b = backup_pass_2.get_untracked().map(|i| i.value()).unwrap_or_default();
            check_new_passphrase(&a, &b).and_then(|()| download_locked_backup(&store, &a))
        } else {
            download_backup(&store)
        };
        outcome.set(Some(match result {
            Ok(()) => "Your backup file is downloading.".to_string(),
            Err(e) => format!("The download did not start: {e}"),
        }));
    };
    view! {
        <section class="card" aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Backup"</h2>
            <p>
                "Your writing lives only in this browser. A backup file keeps a copy you can store wherever you like."
            </p>
            <p class="quiet" data-testid="last-backup">{last_backup}</p>
            <div class="choice">
                <input type="checkbox" id="backup-locked" prop:checked=move || protect.get() on:change=move |ev| protect.set(event_target_checked(&ev))/>
                <label for="backup-locked">"Protect the backup file with a passphrase"</label>
            </div>
            <Show when=move || protect.get()>
                <label class="field-label small" for="backup-pass">"Passphrase for this file"</label>
                <input id="backup-pass" class="text-input" type="password" autocomplete="new-password" node_ref=backup_pass/>
                <label class="field-label small" for="backup-pass-2">"The same passphrase again"</label>
                <input id="backup-pass-2" class="text-input" type="password" autocomplete="new-password" node_ref=backup_pass_2/>
                <p class="quiet">"Without it, nobody can open the file: not even you. Unlost can't recover it."</p>
            </Show>
            <button type="button" class="button button-primary" on:click=download>
                "Download a backup (JSON)"
            </button>
        </section>
    }
}

/// What is kept here, whether it is saved, the space used, and the browser's
/// promise to keep it.
#[component]
fn YourData() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let inventory = move || store.doc.with(|d| d.inventory().describe());
    let storage_line = move || match store.save_state.get() {
        SaveState::Saved => "Saved in this browser on this device.".to_string(),
        SaveState::Failed(p) => p.explain().to_string(),
        SaveState::NoStorage(_) => "This browser is not letting Unlost save on this device.".to_string(),
    };
    view! {
        <section class="card" aria-labelledby="data-heading">
            <h2 id="data-heading">"Your data"</h2>
            <p data-testid="inventory">"Kept here: " {inventory} "."</p>
            <p class="quiet">{storage_line}</p>
            <StorageMeter/>
            <ReminderDays/>
        </section>
    }
}

/// The way to delete everything; it asks first (`ConfirmDelete`).
#[component]
fn DeleteEverything(confirm_open: RwSignal<bool>) -> impl IntoView {
    view! {
        <section class="card card-danger" aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete everything"</h2>
            <p>"Removes everything Unlost keeps in this browser. It cannot be undone."</p>
            <button type="button" class="button button-danger" on:click=move |_| confirm_open.set(true)>
                "Delete everything…"
            </button>
        </section>
    }
}

#[component]
fn About() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="about-heading">
            <h2 id="about-heading">"About"</h2>
            <p>
                "Unlost works entirely on your device. It has no account and no server, and it sends nothing anywhere."
            </p>
            <p class="quiet" data-testid="version">"Version " {env!("CARGO_PKG_VERSION")}</p>
        </section>
    }
}

/// "Delete everything?": names what would go, and can remove the offline
/// copy too.
#[component]
fn ConfirmDelete(open: RwSignal<bool>, outcome: RwSignal<Option<String>>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let remove_offline = RwSignal::new(false);
    let inventory = move || store.doc.with(|d| d.inventory().describe());
    view! {
        <ConfirmDialog
            open=open
            title="Delete everything?"
            confirm_label="Delete everything"
            on_confirm=Callback::new(move |()| {
                let erased = store.erase_everything();
                let unregister = remove_offline.get_untracked();
                outcome.set(Some(match &erased {
                    Ok(()) => "Everything has been deleted from this browser.".to_string(),
                    Err(e) => format!("Could not delete: {e}"),
                }));
                if erased.is_ok() {
                    leptos::task::spawn_local(async move {
                        crate::pwa::remove_offline_copy(unregister).await;
                    });
                }
            })
        >
            <p>"This will permanently remove " <strong>{inventory}</strong> " from this browser, and the app's saved offline files."</p>
            <p>"If you might want any of it later, download a backup first."</p>
            <div class="choice">
                <input type="checkbox" id="remove-offline" prop:checked=move || remove_offline.get() on:change=move |ev| remove_offline.set(event_target_checked(&ev))/>
                <label for="remove-offline">"Also uninstall the offline copy (Unlost will need a connection to open again)"</label>
            </div>
        </ConfirmDialog>
    }
}

/// "Download my writing": everything written, as Markdown to read and keep.
#[component]
fn WritingExport(outcome: RwSignal<Option<String>>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let download = move |_| {
        let (y, m, d) = platform::today();
        let text = store.doc.with_untracked(|doc| {
            let date = |at: i64| format!("{}, {}", platform::long_date(at), platform::time_of_day(at));
            crate::model::export::markdown(doc, &date, &platform::long_date(platform::now_ms()))
        });
        let name = format!("unlost-my-writing-{y:04}-{m:02}-{d:02}.md");
        outcome.set(Some(match platform::download(&name, "text/markdown;charset=utf-8", &text) {
            Ok(()) => "Your writing is downloading as a Markdown file.".to_string(),
            Err(e) => format!("The download did not start: {e}"),
        }));
    };
    view! {
        <section class="card" aria-labelledby="writing-heading">
            <h2 id="writing-heading">"Your writing, to read and keep"</h2>
            <p>"Every entry, answer, letter and note, grouped and dated, in a plain text file any phone or computer can open. To print, use your browser's Print on any screen."</p>
            <button type="button" class="button" on:click=download>"Download my writing (Markdown)"</button>
        </section>
    }
}

/// A daily check-in reminder for the phone's own calendar, as an .ics file.
#[component]
fn Reminder(outcome: RwSignal<Option<String>>) -> impl IntoView {
    let time = RwSignal::new("21:00".to_string());
    let download = move |_| {
        let value = time.get_untracked();
        let mut parts = value.split(':');
        let (Some(Ok(h)), Some(Ok(m))) = (parts.next().map(str::parse::<u8>), parts.next().map(str::parse::<u8>)) else {
            outcome.set(Some("Please choose a time first.".into()));
            return;
        };
        let zone = platform::current_zone();
        let start = crate::clock::local_date_of(platform::now_ms());
        let uid = format!("{}@unlost.local", platform::new_id("reminder"));
        let ics = crate::model::ics::daily_reminder(&zone, h, m, start, &uid, &platform::ics_stamp());
        outcome.set(Some(match platform::download("unlost-daily-check-in.ics", "text/calendar;charset=utf-8", &ics) {
            Ok(()) => format!("The reminder is downloading. Open it to add it to your calendar (time zone: {}).", zone.tzid),
            Err(e) => format!("The download did not start: {e}"),
        }));
    };
    view! {
        <section class="card" aria-labelledby="reminder-heading">
            <h2 id="reminder-heading">"A daily check-in reminder"</h2>
            <p>"Unlost has no server, so it cannot send you notifications. Your calendar can: this adds a daily event, titled simply “A moment for yourself”."</p>
            <label class="field-label small" for="reminder-time">"Time of day"</label>
            <input
                id="reminder-time"
                class="text-input"
                type="time"
                prop:value=move || time.get()
                on:input=move |ev| time.set(event_target_value(&ev))
            />
            <button type="button" class="button" on:click=download>"Add a daily check-in reminder to my calendar"</button>
        </section>
    }
}

/// How much of the browser's space for this site is used, with a warning
/// well before it is full.
#[component]
fn StorageMeter() -> impl IntoView {
    let store = expect_context::<AppStore>();
    // Measured again after each save.
    let used = Memo::new(move |_| {
        store.save_state.track();
        store.doc.track();
        used_units().unwrap_or(0)
    });
    let mb = |units: usize| units as f64 / 1_048_576.0;
    view! {
        <div class="storage-meter" data-testid="storage-meter">
            <label class="field-label small" for="storage-used">"Space used in this browser"</label>
            <meter id="storage-used" min="0" max=QUOTA_UNITS.to_string() low=(QUOTA_UNITS * 6 / 10).to_string() high=(QUOTA_UNITS * 8 / 10).to_string() optimum="0" value=move || used.get().to_string()></meter>
            <p class="quiet">{move || format!("{:.2} MB of about {:.0} MB.", mb(used.get()), mb(QUOTA_UNITS))}</p>
            <Show when=move || { used.get() * 10 >= QUOTA_UNITS * 8 }>
                <p class="notice notice-warning">"Unlost's space here is getting full. Download a backup now; when it is full, new writing can't be saved (you would be told, and nothing already saved is lost)."</p>
            </Show>
        </div>
    }
}

/// Whose help lines the support and crisis cards show: by the browser's
/// time zone and language, or chosen here (and saved).
#[component]
fn HelpRegion() -> impl IntoView {
    use crate::model::helplines::{Lines, REGIONS};
    let store = expect_context::<AppStore>();
    let saved = Memo::new(move |_| store.doc.with(|d| d.settings.help_region.clone()));
    let lines = crate::components::support_card::current_lines();
    let automatic = move || {
        // What "automatic" would pick, whatever is chosen now.
        let guess = crate::model::helplines::guess_region(&platform::time_zone(), &platform::languages());
        match guess {
            Some(r) => format!("From this browser ({})", r.name),
            None => "From this browser (no country found)".to_string(),
        }
    };
    view! {
        <section class="card" aria-labelledby="help-lines-heading" id="help-lines">
            <h2 id="help-lines-heading">"Help lines"</h2>
            <p>
                "The support and crisis cards show free or low-cost lines for one country. Unlost guesses it from this browser's time zone and language; nothing is sent anywhere to find out."
            </p>
            <label class="field-label small" for="help-region">"Show lines for"</label>
            <select
                id="help-region"
                class="text-input"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let choice = match value.as_str() {
                        "auto" => None,
                        "none" => Some(""),
                        code => Some(code),
                    };
                    store.update(|d| {
                        d.set_help_region(choice, platform::now_ms());
                    });
                }
            >
                <option value="auto" selected=move || saved.get().is_none()>{automatic}</option>
                {REGIONS
                    .iter()
                    .map(|r| view! { <option value=r.code selected=move || saved.get().as_deref() == Some(r.code)>{r.name}</option> })
                    .collect_view()}
                <option value="none" selected=move || saved.get().as_deref() == Some("")>"My country isn't listed"</option>
            </select>
            <p class="quiet" data-testid="help-region-now">
                {move || match lines.get() {
                    Lines::Chosen(r) | Lines::Guessed(r) => format!("Showing lines for {}.", r.name),
                    Lines::Unknown => "No local lines are listed; the cards point to your local emergency number.".to_string(),
                }}
            </p>
        </section>
    }
}

/// How often the quiet "time for a backup" reminder may appear.
#[component]
fn ReminderDays() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let current = Memo::new(move |_| store.doc.with(|d| d.settings.backup_reminder_days.unwrap_or(DEFAULT_BACKUP_REMINDER_DAYS)));
    view! {
        <label class="field-label small" for="backup-reminder">"Remind me to back up"</label>
        <select
            id="backup-reminder"
            class="text-input"
            on:change=move |ev| {
                let days = event_target_value(&ev).parse::<u32>().ok();
                store.update(|d| d.set_backup_reminder_days(days, platform::now_ms()));
            }
        >
            {[(7u32, "After a week without one"), (14, "After two weeks without one"), (30, "After a month without one"), (0, "Never")]
                .into_iter()
                .map(|(d, label)| view! { <option value=d.to_string() selected=move || current.get() == d>{label}</option> })
                .collect_view()}
        </select>
    }
}
