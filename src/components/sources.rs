use crate::app::use_library;
use crate::content::Source;
use crate::route::Lang;
use leptos::prelude::*;

/// The bibliographic references behind the guide's content (`sources`: they
/// come with the long prose of the pages that show them).
#[component]
pub fn Sources(lang: Lang, sources: &'static [Source]) -> impl IntoView {
    let ui = &use_library().text(lang).ui;
    let entries = sources
        .iter()
        .map(|source| {
            view! {
                <li>
                    <cite>{source.title.as_str()}</cite>
                    ". "
                    {source.publisher.as_str()}
                    {source.date.as_deref().map(|date| format!(", {date}"))}
                    "."
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ui.sources_heading.as_str()}</h2>
            <p>{ui.sources_intro.as_str()}</p>
            <ul class="sources__list">{entries}</ul>
        </section>
    }
}
