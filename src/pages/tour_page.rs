//! The tour page: the stops of the house and garden, each readable and
//! linked to the rest of the guide; the reader (`tour_reader.rs`) reads them aloud.

use super::PageHeading;
use super::page_name;
use super::tour_reader::{LAST_STOP_KEY, ReadAloudBar, Reader};
use crate::app::{use_here, use_library};
use crate::browser;
use crate::content::{Related, StopText, Text, TourStop, fill};
use crate::route::{Lang, Page};
use leptos::prelude::*;

/// The house and garden stop by stop, as the visitor walks them. Every stop is
/// text on the page (the transcript); where the phone has a voice of its own
/// for the language, it can also read a stop, or the whole tour, aloud.
#[component]
pub fn TourPage(lang: Lang) -> impl IntoView {
    let library = use_library();
    let text = library.text(lang);
    let tour = &text.tour;
    let stops = library.tour(lang).stops.as_slice();
    let reader = Reader::start(lang, text, stops);
    let fragment = use_here().fragment;
    // A stop opened by a link (shared, "see also", or Back) is the place to come back to.
    Effect::new(move |_| {
        if let Some(stop) = stop_named(stops, &fragment.get()) {
            browser::store(LAST_STOP_KEY, &stop.id);
        }
    });
    let stops = stops
        .iter()
        .zip(&library.facts.tour)
        .enumerate()
        .map(|(index, (words, facts))| view! { <Stop index words facts lang reader/> })
        .collect_view();

    view! {
        <PageHeading title=&tour.title lead=&library.tour(lang).lead/>
        <ContinueOffer lang/>
        <ReadAloudBar reader/>
        <div class="tour">{stops}</div>
    }
}

/// The stop a fragment (`#study`) names, if it names one.
fn stop_named<'a>(stops: &'a [StopText], fragment: &str) -> Option<&'a StopText> {
    let id = fragment.strip_prefix('#')?;
    stops.iter().find(|stop| stop.id == id)
}

/// "Continue at …": one tap back to the stop last opened or read, when the
/// tour opens without a stop of its own. A stored id the tour does not know is
/// dropped (by `browser::stored`), not shown.
#[component]
fn ContinueOffer(lang: Lang) -> impl IntoView {
    let library = use_library();
    let tour = &library.text(lang).tour;
    let stops = &library.tour(lang).stops;
    let fragment = use_here().fragment;
    let last = browser::stored(LAST_STOP_KEY, |id| stops.iter().find(|stop| stop.id == id));
    move || {
        let stop = last.filter(|_| fragment.get().is_empty())?;
        Some(view! {
            <p class="tour__continue">
                <a class="button" href=format!("#{}", stop.id)>
                    {fill(&tour.continue_at, &[("stop", &stop.heading)])}
                </a>
            </p>
        })
    }
}

/// One stop: its heading, its text, what it concerns elsewhere, and a button to hear it.
#[component]
fn Stop(
    index: usize,
    words: &'static StopText,
    facts: &'static TourStop,
    lang: Lang,
    reader: Reader,
) -> impl IntoView {
    let text = use_library().text(lang);
    let heading_id = format!("{}-heading", words.id);
    let describe_by_heading = heading_id.clone();
    let is_read = move || {
        reader
            .reading
            .get()
            .session()
            .is_some_and(|s| s.stop == index)
    };
    let links = facts
        .see
        .iter()
        .filter_map(|related| related_link(related, lang, text))
        .map(|(href, label)| view! { <li><a href=href>{label}</a></li> })
        .collect_view();

    view! {
        <section
            class="stop"
            class:stop--reading=is_read
            id=words.id.as_str()
            aria-labelledby=heading_id.clone()
            aria-current=move || is_read().then_some("true")
        >
            <h2 id=heading_id.clone()>{words.heading.as_str()}</h2>
            {words.paragraphs.iter().map(|p| view! { <p>{p.as_str()}</p> }).collect_view()}
            <nav class="stop__see" aria-label=text.tour.see_also.as_str()>
                <h3>{text.tour.see_also.as_str()}</h3>
                <ul>{links}</ul>
            </nav>
            // Always there, so the button's arrival moves nothing on the page.
            <div class="stop__actions">
                <button
                    type="button"
                    class="button button--quiet stop__listen"
                    hidden=move || !reader.can_speak()
                    aria-describedby=describe_by_heading.clone()
                    on:click=move |_| reader.cue(reader.stop_button(index).0)
                >
                    {move || reader.stop_button(index).1}
                </button>
            </div>
        </section>
    }
}

/// Where a stop's link goes, and what it says, in `lang`.
fn related_link(related: &Related, lang: Lang, text: &'static Text) -> Option<(String, String)> {
    let library = use_library();
    match related {
        Related::Person(id) => {
            let person = library.facts.person(id)?;
            Some((
                format!("{}#{id}", Page::Family.href(lang)),
                person.name(lang).to_owned(),
            ))
        }
        Related::Event(id) => {
            let title = library.tour(lang).event_title(id)?;
            Some((
                format!("{}#event-{id}", Page::History.href(lang)),
                title.to_owned(),
            ))
        }
        Related::Page(key) => {
            let page = Page::from_key(key)?;
            Some((
                page.href(lang).to_owned(),
                page_name(&text.ui.nav, page).to_owned(),
            ))
        }
    }
}
