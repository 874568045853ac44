use super::PageHeading;
use super::page_name;
use crate::app::use_library;
use crate::route::{Lang, Page};
use leptos::prelude::*;

/// For any path the guide does not have: says so, in the best-guess language, with a way back.
#[component]
pub fn NotFoundPage(lang: Lang) -> impl IntoView {
    let text = use_library().text(lang);
    let links = Page::ALL
        .map(|page| view! { <li><a href=page.href(lang)>{page_name(&text.ui.nav, page)}</a></li> })
        .into_iter()
        .collect_view();

    view! {
        <PageHeading title=&text.not_found.title lead=&text.not_found.text/>
        <section aria-labelledby="not-found-links">
            <h2 id="not-found-links">{text.not_found.links_heading.as_str()}</h2>
            <ul class="link-list">{links}</ul>
        </section>
    }
}
