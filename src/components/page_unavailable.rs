use crate::app::use_library;
use crate::route::Lang;
use leptos::prelude::*;

/// In place of a page whose code could not be fetched: what happened, and a
/// button that tries again (the fetch failed, so nothing was kept of it).
#[component]
pub fn PageUnavailable(lang: Lang, retry: Trigger) -> impl IntoView {
    let ui = &use_library().text(lang).ui;
    view! {
        <header class="page-heading">
            <h1 tabindex="-1">{ui.page_unavailable_title.as_str()}</h1>
            <p class="page-heading__lead">{ui.page_unavailable_text.as_str()}</p>
        </header>
        <p><button type="button" class="button" on:click=move |_| retry.notify()>{ui.try_again.as_str()}</button></p>
    }
}
