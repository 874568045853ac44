//! One component per page, each given its language by the route, and the one
//! place that names pages: their short labels (navigation, cards) and titles.

mod add_to_calendar;
pub mod chunks;
mod directions_map;
mod directions_page;
mod family_page;
mod history_page;
mod home_page;
mod not_found_page;
mod timeline;
mod tour_page;
mod tour_reader;
mod visit_page;

pub use directions_page::DirectionsPage;
pub use family_page::FamilyPage;
pub use history_page::HistoryPage;
pub use home_page::HomePage;
pub use not_found_page::NotFoundPage;
pub use tour_page::TourPage;
pub use visit_page::VisitPage;

use crate::content::{PageNames, Text};
use crate::route::Page;
use leptos::prelude::*;

/// The label `names` gives `page`.
pub fn page_name(names: &PageNames, page: Page) -> &str {
    match page {
        Page::Home => &names.home,
        Page::History => &names.history,
        Page::Family => &names.family,
        Page::Visit => &names.visit,
        Page::Directions => &names.directions,
        Page::Tour => &names.tour,
    }
}

/// The page's own title, as its h1 and the document title show it.
pub fn title(text: &Text, page: Page) -> &str {
    match page {
        Page::Home => &text.home.title,
        Page::History => &text.history.title,
        Page::Family => &text.family.title,
        Page::Visit => &text.visit.title,
        Page::Directions => &text.directions.title,
        Page::Tour => &text.tour.title,
    }
}

/// The top of every page: its one h1, focusable so navigation can move focus to it, and its lead.
#[component]
fn PageHeading(title: &'static str, lead: &'static str) -> impl IntoView {
    view! {
        <header class="page-heading">
            <h1 tabindex="-1">{title}</h1>
            <p class="page-heading__lead">{lead}</p>
        </header>
    }
}

/// Paragraphs of prose, in order.
fn paragraphs(texts: &'static [String]) -> impl IntoView {
    texts
        .iter()
        .map(|text| view! { <p>{text.as_str()}</p> })
        .collect_view()
}
