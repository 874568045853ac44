use super::page_name;
use super::{PageHeading, paragraphs};
use crate::app::use_library;
use crate::components::OpeningStatus;
use crate::content::fill;
use crate::opening::week_summary;
use crate::route::{Lang, Page};
use crate::visit_info::use_visit_info;
use leptos::prelude::*;

/// What the museum is, the essentials at a glance, and a way into every page.
#[component]
pub fn HomePage(lang: Lang) -> impl IntoView {
    let library = use_library();
    let text = library.text(lang);
    let home = &text.home;
    let prose = library.home(lang);
    let cards = Page::ALL[1..]
        .iter()
        .map(|&page| {
            view! {
                <li class="card">
                    <a class="card__link" href=page.href(lang)>{page_name(&text.ui.nav, page)}</a>
                    <p>{page_name(&prose.blurbs, page)}</p>
                </li>
            }
        })
        .collect_view();
    // The served data file may have a newer price than the bundled copy.
    let info = use_visit_info();
    let price = move || info.data.get().admission_price();

    view! {
        <PageHeading title=&home.title lead=&prose.lead/>
        // The first thing a visitor at the door is offered: the guide to the house.
        <p class="home__start">
            <a class="button button--start" href=Page::Tour.href(lang)>{text.tour.start.as_str()}</a>
        </p>
        <div class="prose">{paragraphs(&prose.paragraphs)}</div>
        <section class="at-a-glance" aria-labelledby="glance-heading">
            <h2 id="glance-heading">{home.at_a_glance_heading.as_str()}</h2>
            <OpeningStatus lang/>
            <ul>
                <li>{move || week_summary(&info.data.get().week, &text.ui.week)}</li>
                <li>{move || fill(&text.visit.admission, &[("price", &price())])}</li>
                <li>{text.ui.footer_address.as_str()}</li>
            </ul>
        </section>
        <section aria-labelledby="explore-heading">
            <h2 id="explore-heading">{home.explore_heading.as_str()}</h2>
            <ul class="cards">{cards}</ul>
        </section>
    }
}
