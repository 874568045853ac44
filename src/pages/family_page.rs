use super::{PageHeading, paragraphs};
use crate::app::{use_here, use_library};
use crate::components::Sources;
use crate::content::Person;
use crate::family_tree::{Branch, ROOT};
use crate::route::Lang;
use leptos::prelude::*;

/// Trotsky's wives, children and grandchildren: a tree to choose from, and the
/// chosen person's story beside it (below, on a phone). The URL fragment holds
/// the choice, so Back, a shared link and the language toggle all keep it.
#[component]
pub fn FamilyPage(lang: Lang) -> impl IntoView {
    let library = use_library();
    let family = &library.text(lang).family;
    let fragment = use_here().fragment;
    let chosen = Memo::new(move |_| {
        let id = fragment.get();
        library
            .facts
            .person(id.trim_start_matches('#'))
            .map_or(ROOT, |person| person.id.as_str())
    });
    // A missing root is caught by the content tests; the stories still show.
    let tree = Branch::grow(&library.facts.people, ROOT).map(|root| {
        view! {
            <ul class="tree" aria-label=family.tree_label.as_str()>
                {branch(root, lang, chosen)}
            </ul>
        }
    });

    // Every story is on the page, and all but the chosen one hidden: choosing
    // toggles an attribute instead of rebuilding the story.
    let stories = library
        .facts
        .people
        .iter()
        .map(|person| view! { <Story person lang hidden=move || chosen.get() != person.id/> })
        .collect_view();

    view! {
        <PageHeading title=&family.title lead=&library.family(lang).lead/>
        <section class="family" aria-labelledby="tree-heading">
            <h2 id="tree-heading">{family.tree_heading.as_str()}</h2>
            <p>{family.tree_intro.as_str()}</p>
            <div class="family__layout">
                {tree}
                <div class="family__stories">{stories}</div>
            </div>
        </section>
        <Sources lang sources=&library.family(lang).sources/>
    }
}

/// A person's link in the tree, then the people beneath them, as a nested list
/// so that a screen reader announces the tree's levels.
fn branch(branch: Branch<'static>, lang: Lang, chosen: Memo<&'static str>) -> AnyView {
    let library = use_library();
    let text = library.text(lang);
    let person = branch.person;
    let relation = library
        .family(lang)
        .person(&person.id)
        .map(|words| words.relation.as_str());
    let below = (!branch.below.is_empty()).then(|| {
        let items = branch
            .below
            .into_iter()
            .map(|below| self::branch(below, lang, chosen))
            .collect_view();
        view! { <ul>{items}</ul> }
    });
    view! {
        <li>
            <a class="tree__person" href=format!("#{}", person.id)
                aria-current=move || (chosen.get() == person.id).then_some("true")>
                <span class="tree__name">{person.name(lang)}</span>
                <span class="tree__meta">{relation}" · "{person.years(&text.ui)}</span>
            </a>
            {below}
        </li>
    }
    .into_any()
}

/// One person's story. It takes focus when chosen, hence its tabindex.
#[component]
fn Story(
    person: &'static Person,
    lang: Lang,
    hidden: impl Fn() -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let library = use_library();
    let text = library.text(lang);
    let family = &text.family;
    // A person without words in this language is caught by the content tests.
    let words = library.family(lang).person(&person.id)?;
    let story = match words.story.is_empty() {
        true => std::slice::from_ref(&family.story_for_grandchild),
        false => words.story.as_slice(),
    };
    let heading_id = format!("{}-name", person.id);
    let labelled_by = heading_id.clone();
    Some(view! {
        <article class="story" id=person.id.as_str() tabindex="-1" hidden=hidden
            aria-labelledby=labelled_by>
            <h3 class="story__name" id=heading_id>{person.name(lang)}</h3>
            <p class="person__meta">
                <span class="person__relation">{words.relation.as_str()}</span>
                <span class="person__dates">{person.lifespan(&text.ui)}</span>
            </p>
            <div class="prose">{paragraphs(story)}</div>
        </article>
    })
}
