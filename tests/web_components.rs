//! Components mounted in headless Chromium, clicked and typed into, with the
//! DOM checked afterwards.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use support::*;
use unlost::components::confirm::ConfirmDialog;
use unlost::components::entry_list::EntryList;
use unlost::components::journal_editor::JournalEditor;
use unlost::components::checked_editor::CheckedEditor;
use unlost::components::later::lazy_part;
use unlost::model::checker::Mode;
use unlost::components::stage_card::StageCard;
use unlost::model::{JournalEntry, Origin, StageId, StageStatus};
use unlost::storage::persist::AppStore;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn query(root: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(selector).unwrap().map(|e| e.unchecked_into())
}

fn type_into(area: &web_sys::HtmlTextAreaElement, text: &str) {
    area.set_value(text);
    let ev = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    area.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn stage_card_shows_its_status_and_follows_changes() {
    let root = fresh_container();
    let status = RwSignal::new(StageStatus::NotStarted);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! { <Router><ul><StageCard stage=StageId::RealityCheck status=status/></ul></Router> }
    });
    tick().await;
    let link = query(&root, "a").expect("the card is a link");
    assert!(link.get_attribute("href").unwrap().ends_with("/stage/reality-check"));
    assert!(link.text_content().unwrap().contains("Reality check"));
    assert!(query(&root, ".status").unwrap().text_content().unwrap().contains("Not started"));

    status.set(StageStatus::Done);
    tick().await;
    let badge = query(&root, ".status").unwrap();
    assert!(badge.text_content().unwrap().contains("Done"));
    assert!(badge.class_name().contains("status-done"));
}

#[wasm_bindgen_test]
async fn entries_render_user_text_as_text_never_as_markup() {
    let root = fresh_container();
    let key = unique_key("xss");
    let attack = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let store = AppStore::open(&key);
        store.update(|d| {
            d.add_entry(JournalEntry::new("x", 1_700_000_000_000, attack, None));
        });
        provide_context(store);
        view! { <Router><EntryList empty_text="none"/></Router> }
    });
    tick().await;
    let text = query(&root, ".entry-text").expect("entry shown");
    assert_eq!(text.text_content().unwrap(), attack);
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.query_selector(".entry-text script").unwrap().is_none());
    let flag = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__xss".into()).unwrap();
    assert!(flag.is_undefined());
}

#[wasm_bindgen_test]
async fn journal_editor_keeps_a_draft_while_typing_and_saves_an_entry() {
    let root = fresh_container();
    let key = unique_key("editor");
    let store = AppStore::open(&key);
    let origin = Origin { stage: StageId::NoContact, prompt: None };
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(store);
        view! { <Router><JournalEditor origin=origin label="Write"/><EntryList stage=StageId::NoContact empty_text="nothing yet"/></Router> }
    });
    tick().await;
    let area: web_sys::HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().unchecked_into();
    let label = query(&root, "label").unwrap();
    assert_eq!(label.get_attribute("for").unwrap(), area.id(), "the box is labelled");

    type_into(&area, "Day two. Hard evening.");
    tick().await;
    assert_eq!(store.doc.with_untracked(|d| d.draft("journal:new:no-contact").to_string()), "Day two. Hard evening.");
    assert_eq!(store.doc.with_untracked(|d| d.stage_status(StageId::NoContact)), StageStatus::InProgress);

    query(&root, "button.button-primary").unwrap().click();
    tick().await;
    assert_eq!(area.value(), "");
    store.doc.with_untracked(|d| {
        assert_eq!(d.journal.len(), 1);
        assert_eq!(d.journal[0].text, "Day two. Hard evening.");
        assert_eq!(d.journal[0].origin.as_ref().unwrap().stage, StageId::NoContact);
        assert_eq!(d.draft("journal:new:no-contact"), "");
    });
    assert!(root.text_content().unwrap().contains("Day two. Hard evening."));
    // Saved at once (in turn with other tabs), not only after the pause,
    // and only then said to be saved.
    for _ in 0..50 {
        if !store.has_unsaved_changes() {
            break;
        }
        sleep_ms(20).await;
    }
    assert!(!store.has_unsaved_changes());
    tick().await;
    assert!(root.text_content().unwrap().contains("Saved in your journal."));
    local_storage().remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
async fn blank_text_is_not_saved_as_an_entry() {
    let root = fresh_container();
    let store = AppStore::open(&unique_key("blank"));
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(store);
        view! { <Router><JournalEditor label="Write"/></Router> }
    });
    tick().await;
    let area: web_sys::HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().unchecked_into();
    let button = query(&root, "button.button-primary").unwrap();
    assert_eq!(button.get_attribute("aria-disabled").as_deref(), Some("true"));
    type_into(&area, "   \n ");
    button.click();
    tick().await;
    assert!(store.doc.with_untracked(|d| d.journal.is_empty()));
    type_into(&area, "words");
    tick().await;
    assert_eq!(button.get_attribute("aria-disabled").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn deleting_an_entry_offers_undo_that_brings_it_back() {
    let root = fresh_container();
    let store = AppStore::open(&unique_key("undo"));
    store.update(|d| {
        d.add_entry(JournalEntry::new("keep", 1_700_000_000_000, "first entry", None));
        d.add_entry(JournalEntry::new("gone", 1_700_000_100_000, "second entry", None));
    });
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(store);
        view! { <Router><EntryList empty_text="none"/></Router> }
    });
    tick().await;
    let delete = root.query_selector_all(".entry-actions button").unwrap();
    // Newest first: the first Delete belongs to "second entry".
    let buttons: Vec<web_sys::HtmlElement> =
        (0..delete.length()).map(|i| delete.get(i).unwrap().unchecked_into()).collect();
    let delete_newest = buttons.iter().find(|b| b.text_content().unwrap() == "Delete").unwrap();
    delete_newest.click();
    tick().await;
    assert!(store.doc.with_untracked(|d| d.entry("gone").is_none()));
    assert!(!root.text_content().unwrap().contains("second entry\n") );
    let toast = query(&root, ".toast").expect("undo offered");
    assert!(toast.text_content().unwrap().contains("second entry"));
    query(&root, ".toast button").unwrap().click();
    tick().await;
    assert!(store.doc.with_untracked(|d| d.entry("gone").is_some()));
    assert!(query(&root, ".toast").is_none());
    assert_eq!(root.query_selector_all(".entry").unwrap().length(), 2);
}

#[wasm_bindgen_test]
async fn confirm_dialog_runs_the_action_only_when_confirmed() {
    let root = fresh_container();
    let open = RwSignal::new(false);
    let confirmed = RwSignal::new(0);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ConfirmDialog
                open=open
                title="Delete everything?"
                confirm_label="Delete everything"
                on_confirm=Callback::new(move |()| confirmed.update(|n| *n += 1))
            >
                <p>"This removes 3 journal entries."</p>
            </ConfirmDialog>
        }
    });
    tick().await;
    let dialog: web_sys::HtmlDialogElement = root.query_selector("dialog").unwrap().unwrap().unchecked_into();
    assert!(!dialog.open());
    open.set(true);
    tick().await;
    assert!(dialog.open());
    // The safe choice has focus.
    let active = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert_eq!(active.text_content().unwrap(), "Keep everything");

    let buttons = dialog.query_selector_all("button").unwrap();
    let cancel: web_sys::HtmlElement = buttons.get(0).unwrap().unchecked_into();
    cancel.click();
    tick().await;
    assert!(!dialog.open());
    assert_eq!(confirmed.get_untracked(), 0);

    open.set(true);
    tick().await;
    let confirm: web_sys::HtmlElement = buttons.get(1).unwrap().unchecked_into();
    confirm.click();
    tick().await;
    assert!(!dialog.open());
    assert_eq!(confirmed.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn question_card_records_choices_and_notes_and_reports_each_change() {
    use unlost::components::question::QuestionCard;
    use unlost::model::assessment::{Answers, AssessmentKind};
    let root = fresh_container();
    let answers = RwSignal::new(Answers::default());
    let changes = RwSignal::new(Vec::<bool>::new());
    let kind = AssessmentKind::ShouldYouTry;
    let motives = kind.question("motives").unwrap();
    let healthy = kind.question("healthy").unwrap();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let on_change = Callback::new(move |quiet: bool| changes.update(|c| c.push(quiet)));
        view! {
            <QuestionCard kind=kind question=motives answers=answers on_change=on_change/>
            <QuestionCard kind=kind question=healthy answers=answers on_change=on_change/>
        }
    });
    tick().await;
    // A group with its legend, and one checkbox per motive.
    let legend = query(&root, "fieldset legend").unwrap();
    assert!(legend.text_content().unwrap().contains("What draws you back"));
    assert_eq!(root.query_selector_all("input[type=checkbox]").unwrap().length(), 5);
    assert_eq!(root.query_selector_all("input[type=radio]").unwrap().length(), 4);

    query(&root, "input[value=lonely]").unwrap().click();
    query(&root, "input[value=own]").unwrap().click();
    tick().await;
    let own_note: web_sys::HtmlTextAreaElement =
        root.query_selector("textarea[id$='motives-own-note']").unwrap().expect("own words box").unchecked_into();
    type_into(&own_note, "we had plans");
    query(&root, "input[value=mixed]").unwrap().click();
    query(&root, "input[value=healthy]").unwrap().click();
    query(&root, "input[value=lonely]").unwrap().click();
    tick().await;

    answers.with_untracked(|a| {
        assert_eq!(a.chosen["motives"], vec!["own".to_string()], "lonely toggled off again");
        assert_eq!(a.one("healthy"), Some("healthy"), "a radio keeps only the last choice");
        assert_eq!(a.note("motives:own"), "we had plans");
    });
    assert_eq!(changes.get_untracked(), vec![false, false, true, false, false, false]);
}

fn rating(i: usize, value: u8, note: &str) -> unlost::model::self_work::SkillRating {
    let start = unlost::model::date::LocalDate::parse("2026-01-01").unwrap();
    unlost::model::self_work::SkillRating {
        id: format!("r{i:04}"),
        skill: unlost::model::self_work::Skill::Boundaries,
        at: 1_767_000_000_000 + i as i64,
        on: start.plus_days(i as i64),
        value,
        note: note.into(),
    }
}

#[wasm_bindgen_test]
async fn rating_chart_draws_one_rating_and_hundreds_with_a_table_alternative() {
    use unlost::components::rating_chart::RatingChart;
    use unlost::model::self_work::Skill;
    let root = fresh_container();
    let store = AppStore::open(&unique_key("chart"));
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(store);
        view! { <RatingChart skill=Skill::Boundaries/> }
    });
    tick().await;
    assert!(query(&root, "svg").is_none(), "no chart before any rating");

    store.update(|d| {
        d.self_work.add_rating(rating(0, 3, "<b>not bold</b>"));
    });
    tick().await;
    let svg = root.query_selector("svg").unwrap().expect("a chart for one rating");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(root.query_selector_all("circle").unwrap().length(), 1);
    assert!(query(&root, "figcaption").unwrap().text_content().unwrap().contains("Rated once"));
    // The table is built only when opened, and shows notes as text.
    assert!(root.query_selector("tbody").unwrap().is_none());
    let details: web_sys::HtmlDetailsElement = root.query_selector("details").unwrap().unwrap().unchecked_into();
    details.set_open(true);
    details.dispatch_event(&web_sys::Event::new("toggle").unwrap()).unwrap();
    tick().await;
    let cell = query(&root, "tbody td:last-child").expect("a row for the rating");
    assert_eq!(cell.text_content().unwrap(), "<b>not bold</b>");
    assert!(root.query_selector("tbody b").unwrap().is_none());

    store.update(|d| {
        for i in 1..300 {
            d.self_work.add_rating(rating(i, (i % 5) as u8 + 1, ""));
        }
    });
    tick().await;
    assert_eq!(root.query_selector_all("circle").unwrap().length(), 0, "past 60 ratings, the line alone");
    let points = query(&root, "polyline").unwrap().get_attribute("points").unwrap();
    assert_eq!(points.split(' ').count(), 300);
    assert_eq!(root.query_selector_all("tbody tr").unwrap().length(), 300);
    assert!(query(&root, "summary").unwrap().text_content().unwrap().contains("300 ratings"));
}

#[wasm_bindgen_test]
async fn the_support_card_lists_the_chosen_countrys_lines_and_follows_a_change() {
    use unlost::components::support_card::SupportCard;
    let root = fresh_container();
    let key = unique_key("lines");
    let store_slot = StoredValue::new(None::<AppStore>);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let store = AppStore::open(&key);
        store.update(|d| {
            d.set_help_region(Some("NZ"), 1);
        });
        store_slot.set_value(Some(store));
        provide_context(store);
        view! { <Router><SupportCard/></Router> }
    });
    tick().await;
    let tels = |root: &web_sys::HtmlElement| -> Vec<String> {
        let list = root.query_selector_all("a[href^='tel:']").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("href").unwrap())
            .collect()
    };
    assert_eq!(query(&root, "[data-testid=lines-for]").unwrap().text_content().unwrap(), "Lines for: New Zealand · Change");
    let nz = tels(&root);
    assert!(nz.contains(&"tel:0800733843".to_string()), "{nz:?}");
    assert!(nz.contains(&"tel:1737".to_string()), "{nz:?}");
    assert!(nz.contains(&"tel:111".to_string()), "{nz:?}");
    assert!(root.text_content().unwrap().contains("call 111"));

    let store = store_slot.get_value().unwrap();
    store.update(|d| {
        d.set_help_region(Some(""), 2);
    });
    tick().await;
    assert!(tels(&root).is_empty(), "no country: no numbers guessed");
    assert!(root.text_content().unwrap().contains("couldn't tell which country"));
    assert!(root.text_content().unwrap().contains("your local emergency number"));
}

#[wasm_bindgen_test]
async fn a_contact_screen_stands_aside_while_held_and_comes_back_after_a_retake() {
    use unlost::components::safety::{ContactSetAside, SafetyNow};
    use unlost::model::assessment::{Answers, AssessmentKind};
    let root = fresh_container();
    let key = unique_key("held");
    let store_slot = StoredValue::new(None::<AppStore>);
    let finish = |store: AppStore, abuse: &str, at: i64| {
        let k = AssessmentKind::ShouldYouTry;
        let mut a = Answers::default();
        for (q, c) in [("motives", "worth"), ("healthy", "healthy"), ("best", "best"), ("six-months", "yes"), ("manipulation", "no"), ("cheating", "no"), ("afraid", "no"), ("lost-self", "no"), ("abuse", abuse)] {
            a.choose(k, q, c);
        }
        store.update(|d| {
            d.set_answers(k, a, 1);
            assert!(d.finish_assessment(k, format!("s{at}"), at));
        });
    };
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        let store = AppStore::open(&key);
        store_slot.set_value(Some(store));
        provide_context(store);
        let safety = SafetyNow::new(store);
        provide_context(safety);
        view! {
            <Router>
                <ContactSetAside/>
                <Show when=move || !safety.stops_contact()>
                    <p id="contact-content">"How to write a first message"</p>
                </Show>
            </Router>
        }
    });
    tick().await;
    assert!(query(&root, "#contact-content").is_some(), "nothing flagged: the screen as usual");
    assert!(query(&root, "[data-testid=safety-caution]").is_none());

    let store = store_slot.get_value().unwrap();
    finish(store, "yes", 10);
    tick().await;
    assert!(query(&root, "#contact-content").is_none(), "held: the content stands aside");
    let caution = query(&root, "[data-testid=safety-caution]").expect("why, in one place");
    assert!(caution.text_content().unwrap().contains("“Should you even try?”"));
    assert!(query(&root, "[data-testid=support-card]").is_some(), "and help");

    finish(store, "no", 20);
    tick().await;
    assert!(query(&root, "#contact-content").is_some(), "a retake without the flag brings it back");
    assert!(query(&root, "[data-testid=safety-caution]").is_none());
}

/// A stand-in for Chromium's install offer, kept where `index.html`'s early
/// script keeps it, with a `prompt()` that counts its calls.
fn offer_install() {
    let window = web_sys::window().unwrap();
    let offer = js_sys::Object::new();
    let prompt = js_sys::Function::new_no_args(
        "window.promptCalls = (window.promptCalls || 0) + 1; return Promise.resolve({ outcome: 'accepted' });",
    );
    js_sys::Reflect::set(&offer, &"prompt".into(), &prompt).unwrap();
    js_sys::Reflect::set(&window, &"unlostInstall".into(), &offer).unwrap();
    window.dispatch_event(&web_sys::Event::new(unlost::install::OFFER_READY_EVENT).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn install_card_offers_the_browser_prompt_and_is_put_away_for_a_while() {
    use unlost::components::install_card::InstallCard;
    use unlost::storage::INSTALL_CARD_KEY;
    let window = web_sys::window().unwrap();
    local_storage().remove_item(INSTALL_CARD_KEY).unwrap();
    let root = fresh_container();
    let store = AppStore::open(&unique_key("install"));
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(store);
        provide_context(unlost::components::safety::SafetyNow::new(store));
        view! { <InstallCard/> }
    });
    tick().await;
    let card = query(&root, "[data-testid=install-card]").expect("shown in a tab");
    assert!(card.text_content().unwrap().contains("works offline here"), "no offer yet: it already works offline");
    assert!(query(&root, "button.button-primary").is_none());

    offer_install();
    tick().await;
    let install = query(&root, "button.button-primary").expect("the offer brings a button");
    assert_eq!(install.text_content().unwrap(), "Install Unlost");
    install.click();
    let calls = js_sys::Reflect::get(&window, &"promptCalls".into()).unwrap().as_f64();
    assert_eq!(calls, Some(1.0), "the browser's prompt, once");
    assert!(js_sys::Reflect::get(&window, &"unlostInstall".into()).unwrap().is_null(), "an offer is used once");

    query(&root, "button.button-quiet").expect("Not now").click();
    tick().await;
    assert!(query(&root, "[data-testid=install-card]").is_none(), "put away");
    let at: i64 = local_storage().get_item(INSTALL_CARD_KEY).unwrap().expect("remembered").parse().unwrap();
    assert!((js_sys::Date::now() as i64 - at).abs() < 60_000);
    local_storage().remove_item(INSTALL_CARD_KEY).unwrap();
}

// ---- A part whose code arrives later (`components::later`) ----

/// Stands in for the app's context, which a real part needs to find.
#[derive(Clone)]
struct AppContext;

thread_local! {
    /// How many times the late part was built.
    static LATE_BUILT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// The file on its way: resolved when the test chooses.
    static LATE_FILE: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

#[component]
fn LatePart() -> impl IntoView {
    LATE_BUILT.with(|b| b.set(b.get() + 1));
    let _ = expect_context::<AppContext>();
    let taps = RwSignal::new(0);
    view! { <button class="late" on:click=move |_| taps.update(|n| *n += 1)>{move || taps.get().to_string()}</button> }
}

/// A new file on its way; call the function returned to let it arrive.
fn late_file() -> js_sys::Function {
    let mut arrive = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| arrive = Some(resolve));
    LATE_FILE.with(|f| *f.borrow_mut() = Some(promise));
    LATE_BUILT.with(|b| b.set(0));
    arrive.unwrap()
}

async fn late_load() -> Result<AnyView, ()> {
    let file = LATE_FILE.with(|f| f.borrow().clone()).expect("a file on its way");
    let _ = wasm_bindgen_futures::JsFuture::from(file).await;
    Ok(view! { <LatePart/> }.into_any())
}

fn late_text(root: &web_sys::HtmlElement) -> Option<String> {
    query(root, "button.late").map(|b| b.text_content().unwrap_or_default())
}

#[wasm_bindgen_test]
async fn a_part_that_arrives_later_keeps_answering_when_what_asked_for_it_changes() {
    let root = fresh_container();
    let arrive = late_file();
    let wanted = RwSignal::new(false);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppContext);
        lazy_part(move || wanted.get(), late_load, || ().into_any())
    });
    sleep_ms(10).await;
    assert_eq!(late_text(&root), None, "nothing is fetched before it is wanted");
    wanted.set(true);
    sleep_ms(10).await;
    assert_eq!(late_text(&root), None, "nothing shows while the file is on its way");
    arrive.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    sleep_ms(10).await;
    assert_eq!(late_text(&root).as_deref(), Some("0"), "the part came");
    // What asked for it changes its mind twice (the effect runs again):
    // the part on screen must keep its own state and keep answering.
    wanted.set(false);
    sleep_ms(10).await;
    wanted.set(true);
    sleep_ms(10).await;
    query(&root, "button.late").unwrap().click();
    sleep_ms(10).await;
    assert_eq!(late_text(&root).as_deref(), Some("1"), "the part stopped answering: its signals were disposed");
    assert_eq!(LATE_BUILT.with(|b| b.get()), 1, "built once");
}

#[wasm_bindgen_test]
async fn a_part_still_on_its_way_when_its_screen_goes_is_never_built() {
    let root = fresh_container();
    let arrive = late_file();
    let shown = RwSignal::new(true);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppContext);
        view! { <Show when=move || shown.get()>{lazy_part(|| true, late_load, || ().into_any())}</Show> }
    });
    sleep_ms(10).await;
    // The person leaves the screen before the file arrives.
    shown.set(false);
    sleep_ms(10).await;
    arrive.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    sleep_ms(10).await;
    assert_eq!(LATE_BUILT.with(|b| b.get()), 0, "built for a screen that had gone (with no context to find: a panic)");
    // Back on the screen, it comes and answers.
    shown.set(true);
    sleep_ms(10).await;
    assert_eq!(LATE_BUILT.with(|b| b.get()), 1);
    query(&root, "button.late").expect("the part came").click();
    sleep_ms(10).await;
    assert_eq!(late_text(&root).as_deref(), Some("1"));
}

// ---- The message checker's box, when it goes ----

/// The box grows to its text a frame after each change. A frame can come
/// after the box has gone (a hidden tab holds frames back until it is shown
/// again; crisis words can take the box away meanwhile): then nothing
/// happens. It once read the box's element after it had gone: a panic.
#[wasm_bindgen_test]
async fn the_checked_editor_can_go_between_a_change_and_the_next_frame() {
    let errors = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let caught = errors.clone();
    let on_error = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        let message = js_sys::Reflect::get(&e, &"message".into()).ok().and_then(|m| m.as_string());
        caught.borrow_mut().push(message.unwrap_or_default());
    });
    let window = web_sys::window().unwrap();
    window.add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref()).unwrap();
    let root = fresh_container();
    let text = RwSignal::new(String::new());
    let shown = RwSignal::new(true);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Show when=move || shown.get()>
                <CheckedEditor
                    id="gone-editor"
                    text=text
                    keep=Callback::new(|_: String| {})
                    mode=Signal::stored(Mode::FirstMessage)
                    label="Your message"
                />
            </Show>
        }
    });
    sleep_ms(30).await;
    let area: web_sys::HtmlTextAreaElement = query(&root, "#gone-editor").expect("the box").unchecked_into();
    type_into(&area, "Hope the new job is going well");
    // The box goes before the frame that would size it.
    shown.set(false);
    tick().await;
    assert!(query(&root, "#gone-editor").is_none(), "the box went");
    sleep_ms(100).await;
    window.remove_event_listener_with_callback("error", on_error.as_ref().unchecked_ref()).unwrap();
    assert!(errors.borrow().is_empty(), "uncaught errors once the box had gone: {:?}", errors.borrow());
    // Still alive: it comes back and checks what is typed.
    shown.set(true);
    sleep_ms(30).await;
    let area: web_sys::HtmlTextAreaElement = query(&root, "#gone-editor").expect("the box is back").unchecked_into();
    assert_eq!(area.value(), "Hope the new job is going well");
    type_into(&area, "PLEASE answer me");
    sleep_ms(30).await;
    assert!(query(&root, "[data-testid=findings] li").is_some(), "the checker still reads what is typed");
}
