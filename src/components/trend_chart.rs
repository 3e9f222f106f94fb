use leptos::prelude::*;

use crate::model::insights::{line_chart, points_attr, Bin};
use crate::platform;

const WIDTH: f32 = 320.0;
const HEIGHT: f32 = 140.0;
const PAD: f32 = 14.0;

/// A line chart of binned daily values (gaps left as gaps) drawn as SVG,
/// with a one-line summary and a table alternative built only when opened.
#[component]
pub fn TrendChart(
    /// A short id, unique on the page.
    id: &'static str,
    #[prop(into)] title: String,
    bins: Memo<Vec<Bin>>,
    min: f32,
    max: f32,
    /// How a value reads in words, for the table.
    words: fn(f32) -> String,
) -> impl IntoView {
    let table_open = RwSignal::new(false);
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let svg_title = title.clone();
    let summary = move || {
        bins.with(|b| {
            let with: Vec<f32> = b.iter().filter_map(|x| x.value).collect();
            if with.is_empty() {
                "No check-ins in this period yet.".to_string()
            } else {
                let avg = with.iter().sum::<f32>() / with.len() as f32;
                let days: usize = b.iter().map(|x| x.count).sum();
                format!("Average {avg:.1} over {days} check-in{} in this period.", if days == 1 { "" } else { "s" })
            }
        })
    };
    let drawing = move || {
        bins.with(|b| {
            let c = line_chart(b, min, max, WIDTH, HEIGHT, PAD);
            let (first, last) = (b.first().map(|x| x.from), b.last().map(|x| x.to));
            view! {
                <line class="chart-grid" x1=PAD x2=WIDTH - PAD y1=PAD y2=PAD/>
                <line class="chart-grid" x1=PAD x2=WIDTH - PAD y1=HEIGHT - PAD y2=HEIGHT - PAD/>
                <text class="chart-label" x="0" y=PAD + 4.0>{format!("{max}")}</text>
                <text class="chart-label" x="0" y=HEIGHT - PAD + 4.0>{format!("{min}")}</text>
                {c.runs.iter().map(|r| view! { <polyline class="chart-line" points=points_attr(r)/> }).collect_view()}
                {c.dots.iter().map(|(x, y)| view! { <circle class="chart-dot" cx=*x cy=*y r="3"/> }).collect_view()}
                {first.map(|f| view! { <text class="chart-label" x=PAD y=HEIGHT + 2.0>{platform::short_date(f)}</text> })}
                {last.map(|l| view! { <text class="chart-label chart-label-end" x=WIDTH - PAD y=HEIGHT + 2.0>{platform::short_date(l)}</text> })}
            }
        })
    };
    view! {
        <figure class="chart" data-testid=id>
            <svg viewBox=format!("0 0 {WIDTH} {}", HEIGHT + 6.0) role="img" aria-labelledby=labelled_by class="chart-svg">
                <title id=title_id>{move || format!("{svg_title}: {}", summary())}</title>
                {drawing}
            </svg>
            <figcaption class="chart-caption">{summary}</figcaption>
        </figure>
        <details class="chart-table" on:toggle=move |ev| {
            table_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
        }>
            <summary>{format!("Show {} as a table", title.to_lowercase())}</summary>
            <Show when=move || table_open.get()>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">"When"</th>
                            <th scope="col">"Average"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            bins.with(|b| {
                                b.iter()
                                    .rev()
                                    .filter(|x| x.value.is_some())
                                    .map(|x| {
                                        let when = if x.from == x.to {
                                            platform::medium_date(x.to)
                                        } else {
                                            format!("{} to {}", platform::short_date(x.from), platform::medium_date(x.to))
                                        };
                                        view! {
                                            <tr>
                                                <td>{when}</td>
                                                <td>{words(x.value.unwrap_or_default())}</td>
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
    }
}
