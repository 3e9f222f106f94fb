use leptos::prelude::*;
use leptos_router::components::A;

use crate::clock::Today;
use crate::components::page::Page;
use crate::components::rating_chart::RatingChart;
use crate::components::trend_chart::TrendChart;
use crate::model::checkin::mood_word;
use crate::model::insights::{bins, hour_words, observations, urge_hours_summary, urges_by_hour, RANGES};
use crate::model::self_work::Skill;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

fn mood_words(v: f32) -> String {
    format!("{v:.1} of 5 ({})", mood_word(v.round() as u8).to_lowercase())
}

fn urge_words(v: f32) -> String {
    format!("{v:.1} of 10")
}

/// Insights: what the person's own data shows, in words and in charts that
/// each have a table alternative.
#[component]
pub fn InsightsPage() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let range = RwSignal::new(30i64);
    let mood_bins = Memo::new(move |_| {
        let (t, days) = (today.0.get(), range.get());
        store.doc.with(|d| {
            let points: Vec<_> = d.checkins.iter().map(|c| (c.on, f32::from(c.mood))).collect();
            bins(&points, t, days)
        })
    });
    let urge_bins = Memo::new(move |_| {
        let (t, days) = (today.0.get(), range.get());
        store.doc.with(|d| {
            let points: Vec<_> = d.checkins.iter().map(|c| (c.on, f32::from(c.urge))).collect();
            bins(&points, t, days)
        })
    });
    let notes = Memo::new(move |_| {
        let t = today.0.get();
        store.doc.with(|d| {
            let longest = d.streaks(t).map(|s| s.longest);
            observations(&d.checkins, &d.no_contact.urges, longest, t)
        })
    });
    let rated: Vec<Skill> = store.doc.with_untracked(|d| {
        Skill::ALL.into_iter().filter(|s| !d.self_work.ratings_of(*s).is_empty()).collect()
    });

    view! {
        <Page title="Insights">
            <p class="lead">"Healing is slow, and easy to miss from the inside. Here is what your own entries show."</p>
            <p class="quiet">
                <A href=href("/check-in")>"Today's check-in"</A>
                " · "
                <A href=href("/timeline")>"Timeline and search"</A>
            </p>
            <section class="card" aria-labelledby="obs-heading" data-testid="observations">
                <h2 id="obs-heading">"What stands out"</h2>
                {move || {
                    let n = notes.get();
                    if n.is_empty() {
                        view! { <p class="empty">"Check in for a few days and log urges in the rescue flow; observations appear once there is enough to say something true."</p> }.into_any()
                    } else {
                        view! { <ul class="plain-list">{n.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}</ul> }.into_any()
                    }
                }}
            </section>
            <div class="segmented" role="group" aria-label="Period">
                {RANGES
                    .iter()
                    .map(|days| {
                        let days = *days;
                        let label = if days == 365 { "A year".to_string() } else { format!("{days} days") };
                        view! {
                            <button
                                type="button"
                                class="button"
                                aria-pressed=move || (range.get() == days).to_string()
                                on:click=move |_| range.set(days)
                            >
                                {label}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <section class="card" aria-labelledby="mood-heading">
                <h2 id="mood-heading">"Mood"</h2>
                <TrendChart id="mood-chart" title="Mood" bins=mood_bins min=1.0 max=5.0 words=mood_words/>
            </section>
            <section class="card" aria-labelledby="urge-heading">
                <h2 id="urge-heading">"Urge to contact them"</h2>
                <TrendChart id="urge-chart" title="Urge" bins=urge_bins min=0.0 max=10.0 words=urge_words/>
            </section>
            <Streaks/>
            <Hours/>
            {(!rated.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="skills-heading">
                    <h2 id="skills-heading">"Emotional skills"</h2>
                    {rated.into_iter().map(|s| view! { <h3>{s.title()}</h3> <RatingChart skill=s/> }).collect_view()}
                </section>
            })}
        </Page>
    }
}

/// No-contact runs over time, with the slips between them marked.
#[component]
fn Streaks() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let today = expect_context::<Today>();
    let runs = Memo::new(move |_| {
        let t = today.0.get();
        store.doc.with(|d| d.runs(t))
    });
    view! {
        <section class="card" aria-labelledby="streaks-heading" data-testid="streaks-chart">
            <h2 id="streaks-heading">"Stretches without contact"</h2>
            {move || {
                let r = runs.get();
                if r.is_empty() {
                    return view! { <p class="empty">"Start no contact to see your stretches here."</p> }.into_any();
                }
                let longest = r.iter().map(|x| x.2).max().unwrap_or(1).max(1) as f32;
                let n = r.len() as f32;
                let w = 320.0f32;
                let h = 120.0f32;
                let slot = (w - 20.0) / n;
                let bar = (slot * 0.7).max(2.0);
                let summary = format!(
                    "{} stretch{}, the longest {} days; {} slip{} between them.",
                    r.len(),
                    if r.len() == 1 { "" } else { "es" },
                    longest as i64,
                    r.len() - 1,
                    if r.len() == 2 { "" } else { "s" }
                );
                view! {
                    <figure class="chart">
                        <svg viewBox="0 0 320 132" role="img" aria-label=format!("Stretches without contact: {summary}") class="chart-svg">
                            {r.iter().enumerate().map(|(i, (_, _, len))| {
                                let bh = (*len as f32 / longest) * (h - 10.0);
                                let x = 10.0 + slot * i as f32 + (slot - bar) / 2.0;
                                view! { <rect class="chart-bar" x=x y=h - bh width=bar height=bh rx="2"/> }
                            }).collect_view()}
                            {(1..r.len()).map(|i| {
                                let x = 10.0 + slot * i as f32;
                                view! { <circle class="chart-slip" cx=x cy=h + 5.0 r="3.5"/> }
                            }).collect_view()}
                            <line class="chart-grid" x1="10" x2="310" y1=h y2=h/>
                        </svg>
                        <figcaption class="chart-caption">{summary}<span class="quiet">" Dots mark the days with contact."</span></figcaption>
                    </figure>
                    <details class="chart-table">
                        <summary>"Show the stretches as a table"</summary>
                        <table>
                            <thead><tr><th scope="col">"From"</th><th scope="col">"Until"</th><th scope="col">"Days"</th></tr></thead>
                            <tbody>
                                {r.iter().rev().map(|(from, to, len)| view! {
                                    <tr><td>{platform::medium_date(*from)}</td><td>{platform::medium_date(*to)}</td><td>{len.to_string()}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </details>
                }
                .into_any()
            }}
        </section>
    }
}

/// When the urges come, by hour of day, from the rescue flow's log.
#[component]
fn Hours() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let hours = Memo::new(move |_| store.doc.with(|d| urges_by_hour(&d.no_contact.urges)));
    view! {
        <section class="card" aria-labelledby="hours-heading" data-testid="hours-chart">
            <h2 id="hours-heading">"When the urges come"</h2>
            {move || {
                let h = hours.get();
                // The busiest hour named is the one in the hardest hours
                // (`urge_peak`), as on the no-contact page.
                let Some(summary) = urge_hours_summary(&h) else {
                    return view! { <p class="empty">"Urges you log in “I want to text them” show here by hour."</p> }.into_any();
                };
                let max = *h.iter().max().unwrap_or(&1) as f32;
                view! {
                    <figure class="chart">
                        <svg viewBox="0 0 320 130" role="img" aria-label=format!("Urges by hour of day: {summary}") class="chart-svg">
                            {(0..24).map(|i| {
                                let bh = (h[i] as f32 / max) * 100.0;
                                let x = 8.0 + i as f32 * 12.8;
                                view! { <rect class="chart-bar" x=x y=110.0 - bh width="10" height=bh rx="1.5"/> }
                            }).collect_view()}
                            <line class="chart-grid" x1="8" x2="315" y1="110" y2="110"/>
                            {[0usize, 6, 12, 18].iter().map(|i| view! {
                                <text class="chart-label" x=8.0 + *i as f32 * 12.8 y="126">{hour_words(*i as u8)}</text>
                            }).collect_view()}
                        </svg>
                        <figcaption class="chart-caption">{summary}</figcaption>
                    </figure>
                    <details class="chart-table">
                        <summary>"Show the hours as a table"</summary>
                        <table>
                            <thead><tr><th scope="col">"Hour"</th><th scope="col">"Urges"</th></tr></thead>
                            <tbody>
                                {(0..24).filter(|i| h[*i] > 0).map(|i| view! {
                                    <tr><td>{hour_words(i as u8)}</td><td>{h[i].to_string()}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </details>
                }
                .into_any()
            }}
        </section>
    }
}
