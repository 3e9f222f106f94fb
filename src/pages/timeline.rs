use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page::Page;
use crate::model::timeline::{Index, Kind};
use crate::model::StageId;
use crate::platform::{self, href};
use crate::storage::persist::AppStore;

const PAGE: usize = 50;

/// Everything the person has done, in one list: filter by kind and stage,
/// and search all their writing (case and accents ignored).
#[component]
pub fn TimelinePage() -> impl IntoView {
    let store = expect_context::<AppStore>();
    // Built once per change of the data, not per keystroke.
    let index = Memo::new(move |_| store.doc.with(Index::build));
    let query = RwSignal::new(String::new());
    let kind = RwSignal::new(None::<Kind>);
    let stage = RwSignal::new(None::<StageId>);
    let shown = RwSignal::new(PAGE);
    let results = Memo::new(move |_| {
        let q = query.get();
        let (k, s) = (kind.get(), stage.get());
        index.with(|i| i.search(&q, k, s))
    });
    let reset_paging = move || shown.set(PAGE);

    view! {
        <Page title="Timeline">
            <p class="lead">"Everything you have written and done here, newest first."</p>
            <div class="timeline-filters">
                <label class="field-label small" for="timeline-search">"Search your writing"</label>
                <input
                    id="timeline-search"
                    class="text-input"
                    type="search"
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        reset_paging();
                    }
                />
                <div class="filter-row">
                    <div>
                        <label class="field-label small" for="timeline-kind">"Kind"</label>
                        <select
                            id="timeline-kind"
                            class="text-input"
                            on:change=move |ev| {
                                kind.set(Kind::from_id(&event_target_value(&ev)));
                                reset_paging();
                            }
                        >
                            <option value="">"Everything"</option>
                            {Kind::ALL.into_iter().map(|k| view! { <option value=k.id()>{k.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div>
                        <label class="field-label small" for="timeline-stage">"Stage"</label>
                        <select
                            id="timeline-stage"
                            class="text-input"
                            on:change=move |ev| {
                                stage.set(StageId::from_slug(&event_target_value(&ev)));
                                reset_paging();
                            }
                        >
                            <option value="">"All stages"</option>
                            {StageId::ALL.into_iter().map(|s| view! { <option value=s.slug()>{s.info().title}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
            </div>
            <p class="quiet" role="status" data-testid="timeline-count">
                {move || match results.with(Vec::len) {
                    0 => "Nothing found.".to_string(),
                    1 => "1 item".to_string(),
                    n => format!("{n} items"),
                }}
            </p>
            <ol class="timeline" data-testid="timeline">
                {move || {
                    let limit = shown.get();
                    index.with(|i| {
                        results.with(|r| {
                            r.iter()
                                .take(limit)
                                .map(|&at| {
                                    let item = &i.items[at];
                                    let text = (!item.text.is_empty()).then(|| preview_block(&item.text));
                                    let (label, when, stamp, path, title) = (
                                        item.kind.label(),
                                        platform::date_and_time(item.at),
                                        platform::iso_datetime(item.at),
                                        href(&item.path),
                                        item.title.clone(),
                                    );
                                    view! {
                                        <li class="timeline-item">
                                            <p class="timeline-meta">
                                                <span class="timeline-kind">{label}</span>
                                                " · "
                                                <time datetime=stamp>{when}</time>
                                            </p>
                                            <p class="timeline-title">
                                                <A href=path>{title}</A>
                                            </p>
                                            {text.map(|t| view! { <p class="timeline-text">{t}</p> })}
                                        </li>
                                    }
                                })
                                .collect_view()
                        })
                    })
                }}
            </ol>
            <Show when=move || { results.with(Vec::len) > shown.get() }>
                <button type="button" class="button button-quiet show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {move || format!("Show more ({} left)", results.with(Vec::len) - shown.get())}
                </button>
            </Show>
        </Page>
    }
}

/// Up to about 300 characters of an item's text, whole lines kept.
fn preview_block(text: &str) -> String {
    if text.chars().count() <= 300 {
        text.to_string()
    } else {
        let cut: String = text.chars().take(300).collect();
        format!("{}…", cut.trim_end())
    }
}
