use super::{PageHeading, paragraphs};
use crate::app::use_library;
use crate::components::Sources;
use crate::route::Lang;
use leptos::prelude::*;

/// Trotsky's life from Yanovka to Coyoacán, and the house as a museum.
#[component]
pub fn HistoryPage(lang: Lang) -> impl IntoView {
    let history = &use_library().text(lang).history;
    let sections = history
        .sections
        .iter()
        .map(|section| {
            view! {
                <section class="prose" id=section.id.as_str()>
                    <h2>{section.heading.as_str()}</h2>
                    {paragraphs(&section.paragraphs)}
                </section>
            }
        })
        .collect_view();

    view! {
        <PageHeading title=&history.title lead=&history.lead/>
        {sections}
        <Sources lang/>
    }
}
