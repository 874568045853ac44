use super::timeline::Timeline;
use super::{PageHeading, paragraphs};
use crate::app::use_library;
use crate::components::Sources;
use crate::route::Lang;
use leptos::prelude::*;

/// Trotsky's life from Yanovka to Coyoacán, and the house as a museum: the
/// timeline to look at first, then the whole story to read.
#[component]
pub fn HistoryPage(lang: Lang) -> impl IntoView {
    let library = use_library();
    let history = &library.text(lang).history;
    let prose = library.history(lang);
    let sections = prose
        .sections
        .iter()
        .map(|section| {
            view! {
                <section class="prose" id=section.id.as_str()>
                    <h3>{section.heading.as_str()}</h3>
                    {paragraphs(&section.paragraphs)}
                </section>
            }
        })
        .collect_view();

    view! {
        <PageHeading title=&history.title lead=&prose.lead/>
        <Timeline lang/>
        <section class="full-story" aria-labelledby="full-story-heading">
            <h2 id="full-story-heading">{history.full_story_heading.as_str()}</h2>
            {sections}
        </section>
        <Sources lang sources=&prose.sources/>
    }
}
