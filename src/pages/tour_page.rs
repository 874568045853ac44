use super::PageHeading;
use crate::app::{use_here, use_library};
use crate::browser;
use crate::components::main_nav::page_name;
use crate::content::{Related, StopText, Text, TourStop, fill};
use crate::read_aloud::{Cue, Reading, Speed, Voice, choose_voice};
use crate::route::{Lang, Page};
use crate::speech;
use leptos::prelude::*;
use std::time::Duration;

const LAST_STOP_KEY: &str = "casa-trotsky.tour-stop";
const SPEED_KEY: &str = "casa-trotsky.tour-speed";
/// How long to wait for the browser's voices before saying there are none.
const VOICES_GRACE: Duration = Duration::from_secs(2);

/// The house and garden stop by stop, as the visitor walks them. Every stop is
/// text on the page (the transcript); where the phone has a voice of its own
/// for the language, it can also read a stop, or the whole tour, aloud.
#[component]
pub fn TourPage(lang: Lang) -> impl IntoView {
    let library = use_library();
    let text = library.text(lang);
    let tour = &text.tour;
    let reader = Reader::start(lang, text);
    let fragment = use_here().fragment;
    // A stop opened by a link (shared, "see also", or Back) is the place to come back to.
    Effect::new(move |_| {
        if let Some(stop) = stop_named(tour.stops.as_slice(), &fragment.get()) {
            browser::store(LAST_STOP_KEY, &stop.id);
        }
    });
    let stops = tour
        .stops
        .iter()
        .zip(&library.facts.tour)
        .enumerate()
        .map(|(index, (words, facts))| view! { <Stop index words facts lang reader/> })
        .collect_view();

    view! {
        <PageHeading title=&tour.title lead=&tour.lead/>
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
    let tour = &use_library().text(lang).tour;
    let fragment = use_here().fragment;
    let last = browser::stored(LAST_STOP_KEY, |id| {
        tour.stops.iter().find(|stop| stop.id == id)
    });
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
                <Show when=move || reader.can_speak()>
                    <button
                        type="button"
                        class="button button--quiet stop__listen"
                        aria-describedby=describe_by_heading.clone()
                        on:click=move |_| reader.cue(reader.stop_button(index).0)
                    >
                        {move || reader.stop_button(index).1}
                    </button>
                </Show>
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
            let event = text.history.event(id)?;
            Some((
                format!("{}#event-{id}", Page::History.href(lang)),
                event.title.clone(),
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

/// The tour's read-aloud controls: the whole tour, pause and stop, the speed;
/// or, where the phone has no voice for this language, a line that says so.
/// The bar keeps its height whichever it shows (the stylesheet reserves it),
/// so voices arriving late shift nothing. The live region is always in the
/// page, so screen readers hear its changes.
#[component]
fn ReadAloudBar(reader: Reader) -> impl IntoView {
    let tour = &reader.text.tour;
    let whole_tour = move || reader.reading.get().session().is_some_and(|s| s.whole_tour);
    let paused = move || matches!(reader.reading.get(), Reading::Paused(_));
    let choose_speed = move |event| {
        if let Some(speed) = Speed::from_code(&event_target_value(&event)) {
            reader.speed.set(speed);
            browser::store(SPEED_KEY, speed.code());
        }
    };
    let speeds = move || {
        Speed::ALL.map(|speed| {
            view! {
                <option value=speed.code() selected=move || reader.speed.get() == speed>
                    {format!("{}×", speed.code())}
                </option>
            }
        })
    };

    view! {
        <div class="read-aloud" class:read-aloud--reading=move || reader.reading.get() != Reading::Idle>
            <Show when=move || reader.voice.get() == VoiceState::Missing>
                <p class="read-aloud__no-voice">{tour.no_voice.as_str()}</p>
            </Show>
            <Show when=move || reader.can_speak()>
                <div class="read-aloud__controls">
                    <Show
                        when=whole_tour
                        fallback=move || view! {
                            <button type="button" class="button" on:click=move |_| reader.cue(Cue::ReadAll)>
                                {tour.read_all.as_str()}
                            </button>
                        }
                    >
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| reader.cue(if paused() { Cue::Resume } else { Cue::Pause })
                        >
                            {move || if paused() { tour.resume.as_str() } else { tour.pause.as_str() }}
                        </button>
                        <button type="button" class="button button--quiet" on:click=move |_| reader.cue(Cue::StopReading)>
                            {tour.stop_reading.as_str()}
                        </button>
                    </Show>
                    <label class="read-aloud__speed">
                        <span>{tour.speed.as_str()}</span>
                        <select on:change=choose_speed>{speeds()}</select>
                    </label>
                </div>
            </Show>
            <p class="visually-hidden" aria-live="polite">{move || reader.announcement.get()}</p>
        </div>
    }
}

/// Whether the phone can read this language aloud.
#[derive(Clone, Debug, PartialEq, Eq)]
enum VoiceState {
    /// The browser has not listed its voices yet.
    Waiting,
    /// No local voice for this language: no button may promise sound.
    Missing,
    Ready(Voice),
}

/// The tour's reader: what is being read, with which voice, how fast.
#[derive(Clone, Copy)]
struct Reader {
    reading: RwSignal<Reading>,
    voice: RwSignal<VoiceState>,
    speed: RwSignal<Speed>,
    /// What the live region says.
    announcement: RwSignal<String>,
    /// Counts readings, so the end of one that was cut short is not taken
    /// for the end of the one that replaced it.
    generation: StoredValue<u32>,
    lang: Lang,
    text: &'static Text,
}

impl Reader {
    /// Finds a voice, now or when the browser lists its voices, and silences
    /// the reading when the page goes (another page, or the other language).
    fn start(lang: Lang, text: &'static Text) -> Reader {
        let reader = Reader {
            reading: RwSignal::new(Reading::Idle),
            voice: RwSignal::new(VoiceState::Waiting),
            speed: RwSignal::new(browser::stored(SPEED_KEY, Speed::from_code).unwrap_or_default()),
            announcement: RwSignal::new(String::new()),
            generation: StoredValue::new(0),
            lang,
            text,
        };
        reader.look_for_voice();
        // Replaces the handler of any earlier tour page; one left behind by a
        // page that has gone finds its signals disposed and does nothing.
        speech::on_voices_changed(Box::new(move || reader.look_for_voice()));
        set_timeout(
            move || {
                if reader.voice.try_get_untracked() == Some(VoiceState::Waiting) {
                    reader.voice.try_set(VoiceState::Missing);
                }
            },
            VOICES_GRACE,
        );
        on_cleanup(move || {
            reader
                .generation
                .update_value(|generation| *generation += 1);
            speech::cancel();
        });
        reader
    }

    fn look_for_voice(self) {
        let voices = speech::voices();
        let found = match choose_voice(&voices, self.lang) {
            Some(voice) => VoiceState::Ready(voice.clone()),
            // An empty list may still fill up; a list without our language will not.
            None if !voices.is_empty() => VoiceState::Missing,
            None => return,
        };
        self.voice.try_set(found);
    }

    fn can_speak(self) -> bool {
        matches!(self.voice.get(), VoiceState::Ready(_))
    }

    /// What a stop's own button does now, and what it says.
    fn stop_button(self, index: usize) -> (Cue, &'static str) {
        let tour = &self.text.tour;
        match self.reading.get() {
            Reading::Speaking(session) if session.stop == index => (Cue::Pause, &tour.pause),
            Reading::Paused(session) if session.stop == index => (Cue::Resume, &tour.resume),
            _ => (Cue::Listen(index), &tour.listen),
        }
    }

    /// Moves the reading on, and makes the voice follow.
    fn cue(self, cue: Cue) {
        let Some(before) = self.reading.try_get_untracked() else {
            return; // The page has gone.
        };
        let stops = &self.text.tour.stops;
        let after = before.after(cue, stops.len());
        self.reading.set(after);
        match (cue, after) {
            (Cue::Pause, Reading::Paused(_)) => speech::pause(),
            (Cue::Resume, Reading::Speaking(_)) => speech::resume(),
            (_, Reading::Speaking(session)) => self.read(session.stop),
            (_, Reading::Idle) => {
                self.generation.update_value(|generation| *generation += 1);
                speech::cancel();
                let finished =
                    cue == Cue::Finished && before.session().is_some_and(|s| s.whole_tour);
                let tour = &self.text.tour;
                self.announcement.set(if finished {
                    tour.finished.clone()
                } else {
                    String::new()
                });
            }
            _ => {}
        }
    }

    /// Starts reading stop `index` from its heading, in place of anything else.
    fn read(self, index: usize) {
        let VoiceState::Ready(voice) = self.voice.get_untracked() else {
            return self.cue(Cue::Failed);
        };
        let stop = &self.text.tour.stops[index];
        let generation = self.generation.with_value(|generation| generation + 1);
        self.generation.set_value(generation);
        speech::cancel();
        let parts: Vec<String> = std::iter::once(&stop.heading)
            .chain(&stop.paragraphs)
            .cloned()
            .collect();
        let rate = self.speed.get_untracked().rate();
        speech::speak(&parts, &voice, rate, move |spoke| {
            if self.generation.try_get_value() == Some(generation) {
                self.cue(if spoke { Cue::Finished } else { Cue::Failed });
            }
        });
        browser::store(LAST_STOP_KEY, &stop.id);
        let tour = &self.text.tour;
        self.announcement
            .set(fill(&tour.now_reading, &[("stop", &stop.heading)]));
        browser::scroll_into_view(&stop.id);
    }
}
