use crate::app::use_library;
use crate::route::Lang;
use leptos::prelude::*;

/// The bibliographic references behind the guide's content.
#[component]
pub fn Sources(lang: Lang) -> impl IntoView {
    let ui = &use_library().text(lang).ui;
    let entries = ui
        .sources
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
