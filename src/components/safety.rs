//! The person's safety state on screen. `SafetyNow` is provided once (in
//! `App`); every screen reads it, and none decides it for itself (the rules
//! are in `model::safety`).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::support_card::{CrisisCard, SupportCard};
use crate::model::safety::SafetyState;
use crate::platform::href;
use crate::storage::persist::AppStore;

/// The person's safety state, read from the saved data. The three answers
/// every screen needs are memos (plain `bool`s, so the app's core carries no
/// memo of the whole state); the rest is worked out where it is shown.
#[derive(Clone, Copy)]
pub struct SafetyNow {
    store: AppStore,
    /// The path turned to getting yourself back (`SafetyState::held`).
    pub held: Memo<bool>,
    /// Crisis words noticed and not yet set aside.
    pub crisis: Memo<bool>,
    /// Anything at all, "not sure" answers included: help and Esc as Quick exit.
    pub help: Memo<bool>,
}

impl SafetyNow {
    pub fn new(store: AppStore) -> SafetyNow {
        // Worked out once per change to the saved data, then split.
        let all = Memo::new(move |_| {
            store.doc.with(|d| {
                let s = d.safety();
                (s.held(), s.in_crisis(), s.shows_help())
            })
        });
        SafetyNow {
            store,
            held: Memo::new(move |_| all.get().0),
            crisis: Memo::new(move |_| all.get().1),
            help: Memo::new(move |_| all.get().2),
        }
    }

    /// The whole state, tracked (re-read when the saved data changes).
    pub fn with<R>(self, f: impl FnOnce(&SafetyState) -> R) -> R {
        self.store.doc.with(|d| f(&d.safety()))
    }

    pub fn with_untracked<R>(self, f: impl FnOnce(&SafetyState) -> R) -> R {
        self.store.doc.with_untracked(|d| f(&d.safety()))
    }

    /// Whether screens that lead towards contact stand aside.
    pub fn stops_contact(self) -> bool {
        self.held.get() || self.crisis.get()
    }
}

/// Links back to where the path turned, so an answer given by mistake can
/// be changed.
#[component]
pub fn SafetySources() -> impl IntoView {
    let safety = expect_context::<SafetyNow>();
    move || {
        let links: Vec<_> = safety.with(|s| {
            s.sources().into_iter().filter_map(|src| src.path().map(|p| (src.name(), p))).collect()
        });
        (!links.is_empty()).then(|| {
            view! {
                <p class="quiet">
                    "Answered by mistake, or has something changed? Look again at "
                    {links
                        .into_iter()
                        .enumerate()
                        .map(|(i, (name, path))| {
                            view! {
                                {(i > 0).then_some(" · ")}
                                <A href=href(&path)>{name}</A>
                            }
                        })
                        .collect_view()}
                    "."
                </p>
            }
        })
    }
}

/// On a screen that leads towards contact, while the safety state stops
/// contact: why, where it came from, what to do instead, and help. The
/// screen shows its own content only when this is not shown
/// (`SafetyNow::stops_contact`).
#[component]
pub fn ContactSetAside() -> impl IntoView {
    let safety = expect_context::<SafetyNow>();
    let store = expect_context::<AppStore>();
    move || {
        let state = safety.with(SafetyState::clone);
        if !state.stops_contact() {
            return None;
        }
        let held = state.held();
        Some(view! {
            <div class="notice notice-warning" data-testid="safety-caution">
                <p class="notice-title">"Your path is about you now"</p>
                {match state.why() {
                    Some(why) => view! { <p>{why}</p> }.into_any(),
                    None => view! {
                        <p>
                            "Some of what you wrote lately sounded very heavy. Reaching out to them can wait; right now, you come first."
                        </p>
                    }
                        .into_any(),
                }}
                {held.then(|| view! { <p><A href=href("/getting-yourself-back")>"Getting yourself back: what comes instead"</A></p> })}
                <SafetySources/>
            </div>
            {if held {
                view! { <SupportCard/> }.into_any()
            } else {
                view! { <CrisisCard/> <CrisisSetAside store=store/> }.into_any()
            }}
        })
    }
}

/// "I'm safe for now": the person ends the crisis state themselves; it
/// never ends on its own.
#[component]
pub fn CrisisSetAside(store: AppStore) -> impl IntoView {
    view! {
        <div class="card" data-testid="crisis-set-aside">
            <p>
                "When you feel steadier, and you are safe for now, you can tell Unlost. If heavy words come up again in your writing, this help comes back."
            </p>
            <button
                type="button"
                class="button"
                on:click=move |_| store.update(|d| d.set_crisis_aside(crate::platform::now_ms()))
            >
                "I'm safe for now"
            </button>
        </div>
    }
}

/// On the home path while the safety state holds the person or crisis words
/// were noticed: one calm sentence on why the path turned and where from,
/// and the crisis lines with "I'm safe for now". Loaded on demand (see
/// `routes::HomeSafety`).
#[component]
pub fn HomeSafetyNotice() -> impl IntoView {
    let safety = expect_context::<SafetyNow>();
    let store = expect_context::<AppStore>();
    let (held, crisis) = (safety.held, safety.crisis);
    view! {
        <Show when=move || held.get()>
            <div class="notice notice-warning" data-testid="safety-path">
                <p class="notice-title">"Your path now: getting yourself back"</p>
                <p>{move || safety.with(|s| s.why())}</p>
                <p>
                    <A href=href("/getting-yourself-back")>"What comes instead"</A>
                </p>
                <SafetySources/>
            </div>
        </Show>
        <Show when=move || crisis.get()>
            <div data-testid="crisis-home">
                <CrisisCard/>
                <CrisisSetAside store=store/>
            </div>
        </Show>
    }
}
