use crate::app::{use_here, use_text};
use crate::opening::week_summary;
use crate::pages::page_name;
use crate::route::Page;
use crate::visit_info::use_visit_info;
use leptos::prelude::*;

/// Address and hours on every page, where a visitor in the street looks for them.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let lang = use_here().lang;
    let text = use_text();
    let ui = move || &text().ui;
    // From the visit data, so it follows the served file like the Visit page.
    let info = use_visit_info();
    let hours = move || week_summary(&info.data.get().week, &ui().week);

    view! {
        <footer class="site-footer">
            <p class="site-footer__name">{move || ui().museum_name.as_str()}</p>
            <p>{move || ui().footer_address.as_str()}</p>
            <p>
                <a href=move || Page::Visit.href(lang.get())>{hours}</a>
            </p>
            <p>
                <a href=move || Page::Directions.href(lang.get())>
                    {move || page_name(&ui().nav, Page::Directions).to_owned()}
                </a>
            </p>
        </footer>
    }
}
