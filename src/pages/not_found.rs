use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page::Page;

/// An address that is not part of the app.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Page title="This page isn't here">
            <p>"The link may be old or mistyped. Nothing you wrote is affected."</p>
            <p><A href=crate::platform::href("/")>"Go to your path"</A></p>
        </Page>
    }
}
