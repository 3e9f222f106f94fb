use leptos::prelude::*;

use crate::model::self_work::{chart, scale_word, skill_trend, Skill, SkillRating};
use crate::platform;
use crate::storage::persist::AppStore;

const WIDTH: f32 = 320.0;
const HEIGHT: f32 = 150.0;
const PAD: f32 = 14.0;
/// Past this many ratings the dots would crowd; the line alone reads better.
const MAX_DOTS: usize = 60;

/// A skill's ratings over time: a small line chart drawn as SVG, a sentence
/// saying how it moved, and the same ratings as a table for screen readers
/// and anyone who prefers numbers (built only when opened).
#[component]
pub fn RatingChart(skill: Skill) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let ratings = Memo::new(move |_| {
        store.doc.with(|d| d.self_work.ratings_of(skill).into_iter().cloned().collect::<Vec<SkillRating>>())
    });
    let trend = Memo::new(move |_| store.doc.with(|d| skill_trend(&d.self_work, skill)));
    let table_open = RwSignal::new(false);
    let title_id = format!("chart-{}-title", skill.id());
    let desc_id = format!("chart-{}-desc", skill.id());

    let drawing = move || {
        ratings.with(|rs| {
            let refs: Vec<&SkillRating> = rs.iter().collect();
            let c = chart(&refs, WIDTH, HEIGHT, PAD);
            let grid = c
                .levels
                .iter()
                .map(|(v, y)| {
                    view! {
                        <line class="chart-grid" x1=PAD x2=WIDTH - PAD y1=*y y2=*y/>
                        <text class="chart-label" x="2" y=*y + 4.0>{v.to_string()}</text>
                    }
                })
                .collect_view();
            let dots = (c.points.len() <= MAX_DOTS).then(|| {
                c.points
                    .iter()
                    .map(|(x, y)| view! { <circle class="chart-dot" cx=*x cy=*y r="3.5"/> })
                    .collect_view()
            });
            let dates = match (c.first_day, c.last_day) {
                (Some(a), Some(b)) if a != b => Some((platform::short_date(a), platform::short_date(b))),
                (Some(a), _) => Some((platform::short_date(a), String::new())),
                _ => None,
            };
            let line = c.polyline();
            view! {
                {grid}
                <polyline class="chart-line" points=line/>
                {dots}
                {dates.map(|(a, b)| view! {
                    <text class="chart-label" x=PAD y=HEIGHT>{a}</text>
                    <text class="chart-label chart-label-end" x=WIDTH - PAD y=HEIGHT>{b}</text>
                })}
            }
        })
    };

    view! {
        <Show when=move || ratings.with(|r| !r.is_empty())>
            <figure class="chart">
                <svg
                    viewBox=format!("0 0 {WIDTH} {}", HEIGHT + 4.0)
                    role="img"
                    aria-labelledby=format!("{title_id} {desc_id}")
                    class="chart-svg"
                >
                    <title id=title_id.clone()>{format!("{} ratings over time", skill.title())}</title>
                    <desc id=desc_id.clone()>{move || trend.get().map(|t| t.words()).unwrap_or_default()}</desc>
                    {drawing}
                </svg>
                <figcaption class="chart-caption" data-testid="trend">
                    {move || trend.get().map(|t| t.words()).unwrap_or_default()}
                </figcaption>
            </figure>
            <details class="chart-table" on:toggle=move |ev| {
                let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                table_open.set(open);
            }>
                <summary>{move || format!("Show the {} ratings as a table", ratings.with(Vec::len))}</summary>
                <Show when=move || table_open.get()>
                    <table>
                        <caption class="visually-hidden">{format!("{} ratings, newest first", skill.title())}</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Date"</th>
                                <th scope="col">"Rating"</th>
                                <th scope="col">"Note"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                ratings.with(|rs| {
                                    rs.iter()
                                        .rev()
                                        .map(|r| {
                                            view! {
                                                <tr>
                                                    <td>{platform::medium_date(r.on)}</td>
                                                    <td>{format!("{} of 5, {}", r.value, scale_word(r.value))}</td>
                                                    <td>{r.note.clone()}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()
                                })
                            }}
                        </tbody>
                    </table>
                </Show>
            </details>
        </Show>
    }
}
