use crate::app::{use_here, use_library};
use crate::content::{Era, TimelineEvent, fill};
use crate::route::Lang;
use leptos::prelude::*;

/// The dated moments from 1879 to today, grouped by era. The URL fragment
/// chooses what shows: `#era-exile` one era (and names no element, so the
/// filters stay where they are), anything else all of them; `#event-raid`
/// also scrolls to that event and highlights it.
#[component]
pub fn Timeline(lang: Lang) -> impl IntoView {
    let library = use_library();
    let text = library.text(lang);
    let history = &text.history;
    let events = &library.facts.timeline;
    let fragment = use_here().fragment;
    let shown_era = Memo::new(move |_| Era::from_fragment(&fragment.get()));
    let shows = move |era: Era| shown_era.get().is_none_or(|shown| shown == era);

    let status = move || {
        let count = events.iter().filter(|event| shows(event.era)).count();
        fill(
            history.showing.of(count),
            &[
                ("count", &count.to_string()),
                ("total", &events.len().to_string()),
            ],
        )
    };
    let filter = move |href: &'static str, label: &'static str, era: Option<Era>| {
        view! {
            <a class="era-filter__option" href=href
                aria-current=move || (shown_era.get() == era).then_some("true")>
                {label}
            </a>
        }
    };
    let filters = std::iter::once(filter("#timeline", &history.all_eras, None))
        .chain(Era::ALL.map(|era| filter(era.fragment(), history.eras.of(era), Some(era))))
        .collect_view();
    let eras = Era::ALL
        .map(|era| {
            let era_name = &era.fragment()[1..];
            let heading_id = format!("{era_name}-heading");
            let labelled_by = heading_id.clone();
            let moments = events
                .iter()
                .filter(|event| event.era == era)
                .map(|event| view! { <Moment event lang/> })
                .collect_view();
            view! {
                <section class="era" data-era=era_name hidden=move || !shows(era)
                    aria-labelledby=labelled_by>
                    <h3 id=heading_id>{history.eras.of(era)}</h3>
                    <ol class="era__events">{moments}</ol>
                </section>
            }
        })
        .collect_view();

    view! {
        <section class="timeline" id="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{history.timeline_heading.as_str()}</h2>
            <p>{history.timeline_intro.as_str()}</p>
            <div class="era-filter" role="group" aria-label=history.era_filter_label.as_str()>
                {filters}
            </div>
            <p class="timeline__status" role="status">{status}</p>
            {eras}
        </section>
    }
}

/// One event: its date (a link to itself, to share), its title and its sentences.
#[component]
fn Moment(event: &'static TimelineEvent, lang: Lang) -> impl IntoView {
    let library = use_library();
    let text = library.text(lang);
    let fragment = use_here().fragment;
    // An event without words in this language is caught by the content tests.
    let words = library.history(lang).event(&event.id)?;
    let anchor = event.anchor();
    let link = format!("#{anchor}");
    let chosen = link.clone();
    // Not CSS `:target`: that points at the prerendered copy the app replaces.
    Some(view! {
        <li class="moment" id=anchor class:moment--chosen=move || fragment.get() == chosen>
            <p class="moment__date">
                <a href=link>
                    <time datetime=String::from(event.date)>{event.date.format(&text.ui)}</time>
                </a>
            </p>
            <h4 class="moment__title">{words.title.as_str()}</h4>
            <p class="moment__text">{words.text.as_str()}</p>
        </li>
    })
}
