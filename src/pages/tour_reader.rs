//! Reading the tour aloud: the controls, and the reader that makes the
//! phone's voice follow `read_aloud::Reading`.

use crate::browser;
use crate::content::{StopText, Text, fill};
use crate::read_aloud::{Cue, Reading, Speed, Voice, choose_voice};
use crate::route::Lang;
use crate::speech;
use leptos::prelude::*;
use std::time::Duration;

/// The stop last opened or read, by id: offered again when the tour reopens.
pub const LAST_STOP_KEY: &str = "casa-trotsky.tour-stop";
const SPEED_KEY: &str = "casa-trotsky.tour-speed";
/// How long to wait for the browser's voices before saying there are none.
const VOICES_GRACE: Duration = Duration::from_secs(2);

/// The tour's read-aloud controls: the whole tour, pause and stop, the speed;
/// or, where the phone has no voice for this language, a line that says so.
/// The bar keeps its height whichever it shows (the stylesheet reserves it),
/// so voices arriving late shift nothing. The live region is always in the
/// page, so screen readers hear its changes.
#[component]
pub fn ReadAloudBar(reader: Reader) -> impl IntoView {
    let tour = &reader.text.tour;
    let whole_tour = move || reader.reading.get().session().is_some_and(|s| s.whole_tour);
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

    // One button that reads, pauses or resumes; shown or hidden rather than
    // built and dropped, which keeps the page's wasm small.
    let main_action = move || match reader.reading.get() {
        Reading::Speaking(session) if session.whole_tour => (Cue::Pause, tour.pause.as_str()),
        Reading::Paused(session) if session.whole_tour => (Cue::Resume, tour.resume.as_str()),
        _ => (Cue::ReadAll, tour.read_all.as_str()),
    };
    let idle = move || !whole_tour();

    view! {
        <div class="read-aloud" class:read-aloud--reading=move || reader.reading.get() != Reading::Idle>
            <p class="read-aloud__no-voice" hidden=move || reader.voice.get() != VoiceState::Missing>
                {tour.no_voice.as_str()}
            </p>
            <div class="read-aloud__controls" hidden=move || !reader.can_speak()>
                <button type="button" class="button" on:click=move |_| reader.cue(main_action().0)>
                    {move || main_action().1}
                </button>
                <button
                    type="button"
                    class="button button--quiet"
                    hidden=idle
                    on:click=move |_| reader.cue(Cue::StopReading)
                >
                    {tour.stop_reading.as_str()}
                </button>
                <label class="read-aloud__speed">
                    <span>{tour.speed.as_str()}</span>
                    <select on:change=choose_speed>{speeds()}</select>
                </label>
            </div>
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
pub struct Reader {
    pub reading: RwSignal<Reading>,
    voice: RwSignal<VoiceState>,
    speed: RwSignal<Speed>,
    /// What the live region says.
    announcement: RwSignal<String>,
    /// Counts readings, so the end of one that was cut short is not taken
    /// for the end of the one that replaced it.
    generation: StoredValue<u32>,
    lang: Lang,
    text: &'static Text,
    /// The tour's stops, from its long prose.
    stops: &'static [StopText],
}

impl Reader {
    /// Finds a voice, now or when the browser lists its voices, and silences
    /// the reading when the page goes (another page, or the other language).
    pub fn start(lang: Lang, text: &'static Text, stops: &'static [StopText]) -> Reader {
        let reader = Reader {
            reading: RwSignal::new(Reading::Idle),
            voice: RwSignal::new(VoiceState::Waiting),
            speed: RwSignal::new(browser::stored(SPEED_KEY, Speed::from_code).unwrap_or_default()),
            announcement: RwSignal::new(String::new()),
            generation: StoredValue::new(0),
            lang,
            text,
            stops,
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

    pub fn can_speak(self) -> bool {
        matches!(self.voice.get(), VoiceState::Ready(_))
    }

    /// What a stop's own button does now, and what it says.
    pub fn stop_button(self, index: usize) -> (Cue, &'static str) {
        let tour = &self.text.tour;
        match self.reading.get() {
            Reading::Speaking(session) if session.stop == index => (Cue::Pause, &tour.pause),
            Reading::Paused(session) if session.stop == index => (Cue::Resume, &tour.resume),
            _ => (Cue::Listen(index), &tour.listen),
        }
    }

    /// Moves the reading on, and makes the voice follow.
    pub fn cue(self, cue: Cue) {
        let Some(before) = self.reading.try_get_untracked() else {
            return; // The page has gone.
        };
        let stops = self.stops;
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
        let stop = &self.stops[index];
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
