use super::{PageHeading, paragraphs};
use crate::app::use_library;
use crate::components::Sources;
use crate::route::Lang;
use leptos::prelude::*;

/// Trotsky's wives, children and grandchildren, with their dates.
#[component]
pub fn FamilyPage(lang: Lang) -> impl IntoView {
    let library = use_library();
    let text = library.text(lang);
    let family = &text.family;
    // A story whose person is missing from facts.json is caught by the content
    // tests; here it is simply left out rather than shown without a name.
    let people = family
        .people
        .iter()
        .filter_map(|story| Some((story, library.facts.person(&story.id)?)))
        .map(|(story, person)| {
            view! {
                <article class="person" id=person.id.as_str()>
                    <h2 class="person__name">{person.name.as_str()}</h2>
                    <p class="person__meta">
                        <span class="person__relation">{story.relation.as_str()}</span>
                        <span class="person__dates">{person.lifespan(&text.ui)}</span>
                    </p>
                    <div class="prose">{paragraphs(&story.story)}</div>
                </article>
            }
        })
        .collect_view();
    let grandchildren = family
        .grandchildren
        .iter()
        .filter_map(|relation| Some((relation, library.facts.person(&relation.id)?)))
        .map(|(relation, person)| {
            view! {
                <li id=person.id.as_str()>
                    <strong>{person.name.as_str()}</strong>
                    {format!(" — {}, {}", relation.relation, person.lifespan(&text.ui))}
                </li>
            }
        })
        .collect_view();

    view! {
        <PageHeading title=&family.title lead=&family.lead/>
        {people}
        <section class="grandchildren" aria-labelledby="grandchildren-heading">
            <h2 id="grandchildren-heading">{family.grandchildren_heading.as_str()}</h2>
            <p>{family.grandchildren_intro.as_str()}</p>
            <ul>{grandchildren}</ul>
        </section>
        <Sources lang/>
    }
}
