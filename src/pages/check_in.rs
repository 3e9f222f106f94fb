use leptos::prelude::*;
use leptos_router::components::A;

use crate::clock::Today;
use crate::components::page::Page;
use crate::components::support_card::CrisisWatch;
use crate::model::checkin::{checkin_on, mood_word, ContactToday, MOODS};
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

/// The daily check-in: mood in words, the urge to contact them, contact
/// today, and one optional line. Under twenty seconds; editable all day.
#[component]
pub fn CheckInPage() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let existing = store.doc.with_untracked(|d| checkin_on(&d.checkins, today.get()).cloned());
    let mood = RwSignal::new(existing.as_ref().map(|c| c.mood));
    let urge = RwSignal::new(existing.as_ref().map_or(0, |c| c.urge));
    let contact = RwSignal::new(existing.as_ref().map_or(ContactToday::None, |c| c.contact));
    let line = RwSignal::new(existing.as_ref().map(|c| c.line.clone()).unwrap_or_default());
    let status = RwSignal::new(String::new());
    let done_today = Memo::new(move |_| {
        let t = today.0.get();
        store.doc.with(|d| checkin_on(&d.checkins, t).is_some())
    });

    let save = move |_| {
        let Some(m) = mood.get_untracked() else {
            status.set("Pick the word closest to your mood first.".into());
            return;
        };
        let on = today.0.get_untracked();
        let (u, c, l) = (urge.get_untracked(), contact.get_untracked(), line.get_untracked());
        store.update(|d| {
            d.check_in(on, m, u, c, &l, platform::now_ms());
        });
        store.save_saying("Saved for today. You can change it until midnight.", move |w| {
            let _ = status.try_set(w);
        });
    };

    view! {
        <Page title="Today's check-in">
            <p class="lead">"Twenty seconds, for you. Nobody else sees it."</p>
            <MoodChoice mood=mood/>
            <UrgeRange urge=urge/>
            <ContactChoice contact=contact/>
            <label class="field-label" for="checkin-line">"One line about today (optional)"</label>
            <input
                id="checkin-line"
                class="text-input"
                type="text"
                maxlength="280"
                prop:value=move || line.get()
                on:input=move |ev| line.set(event_target_value(&ev))
            />
            <CrisisWatch text=line/>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=save>
                    {move || if done_today.get() { "Update today's check-in" } else { "Save check-in" }}
                </button>
            </div>
            <p role="status" class="quiet">{move || status.get()}</p>
            <RecentCheckIns/>
            <p><A href=href("/insights")>"See your insights"</A></p>
        </Page>
    }
}

#[component]
fn MoodChoice(mood: RwSignal<Option<u8>>) -> impl IntoView {
    view! {
        <fieldset class="question">
            <legend>"How is your mood today?"</legend>
            <div class="choices mood-choices">
                {MOODS
                    .iter()
                    .map(|(v, word)| {
                        let v = *v;
                        let id = format!("mood-{v}");
                        view! {
                            <div class="choice">
                                <input type="radio" name="mood" id=id.clone() prop:checked=move || mood.get() == Some(v) on:change=move |_| mood.set(Some(v))/>
                                <label for=id>{*word}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn UrgeRange(urge: RwSignal<u8>) -> impl IntoView {
    view! {
        <label class="field-label" for="urge">"The urge to contact them, right now"</label>
        <input
            id="urge"
            class="range"
            type="range"
            min="0"
            max="10"
            step="1"
            prop:value=move || urge.get().to_string()
            aria-valuetext=move || format!("{} of 10", urge.get())
            on:input=move |ev| urge.set(event_target_value(&ev).parse().unwrap_or(0))
        />
        <div class="range-labels" aria-hidden="true">
            <span>"None"</span>
            <output for="urge" class="range-value">{move || urge.get().to_string()}</output>
            <span>"Overwhelming"</span>
        </div>
    }
}

#[component]
fn ContactChoice(contact: RwSignal<ContactToday>) -> impl IntoView {
    view! {
        <fieldset class="question">
            <legend>"Contact today"</legend>
            <div class="choices">
                {ContactToday::ALL
                    .into_iter()
                    .map(|c| {
                        let id = format!("contact-{}", c.id());
                        view! {
                            <div class="choice">
                                <input type="radio" name="contact" id=id.clone() prop:checked=move || contact.get() == c on:change=move |_| contact.set(c)/>
                                <label for=id>{c.label()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// The last week of check-ins, newest first.
#[component]
fn RecentCheckIns() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let recent = Memo::new(move |_| store.doc.with(|d| d.checkins.iter().rev().take(7).cloned().collect::<Vec<_>>()));
    view! {
        <Show when=move || !recent.with(Vec::is_empty)>
            <section aria-labelledby="recent-heading">
                <h2 id="recent-heading">"Your last check-ins"</h2>
                <ul class="event-list">
                    {move || {
                        recent
                            .get()
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <li>
                                        <span class="event-time">{platform::medium_date(c.on)}</span>
                                        <span class="event-what">
                                            {format!("{}, urge {} of 10, {}", mood_word(c.mood), c.urge, c.contact.label().to_lowercase())}
                                        </span>
                                        {(!c.line.is_empty()).then(|| view! { <span class="event-detail">{c.line}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}
