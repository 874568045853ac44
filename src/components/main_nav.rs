use crate::app::{use_here, use_library};
use crate::pages::page_name;
use crate::route::{Page, Route};
use leptos::prelude::*;

/// Links to every page; the current one carries `aria-current="page"`.
#[component]
pub fn MainNav() -> impl IntoView {
    let library = use_library();
    let here = use_here();
    let ui = move || &library.text(here.lang.get()).ui;
    let is_current =
        move |page| matches!(here.route.get(), Route::Page(current, _) if current == page);

    let links = Page::ALL.map(|page| {
        view! {
            <li>
                <a
                    class="main-nav__link"
                    href=move || page.href(here.lang.get())
                    aria-current=move || is_current(page).then_some("page")
                >
                    {move || page_name(&ui().nav, page).to_owned()}
                </a>
            </li>
        }
    });

    view! {
        <nav class="main-nav" aria-label=move || ui().main_nav.as_str()>
            <ul class="main-nav__list">{links.into_iter().collect_view()}</ul>
        </nav>
    }
}
