//! Reading the tour aloud: which of the phone's voices to use, how fast, and
//! what comes after each stop. Plain logic, tested natively; the browser's
//! speech itself is in `speech.rs`.

use crate::route::Lang;

/// A voice as the browser lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    /// The browser's identifier for it (`voiceURI`).
    pub uri: String,
    pub name: String,
    /// A BCP 47 tag such as `es-MX` (some Android versions write `es_MX`).
    pub lang: String,
    /// On the phone itself. Network voices ("Google español" and the like) fail
    /// offline, which is where a visitor inside the museum often is.
    pub local: bool,
}

impl Voice {
    /// The language tag in one spelling: lower case, with hyphens.
    fn tag(&self) -> String {
        self.lang.replace('_', "-").to_ascii_lowercase()
    }
}

/// The voice to read `lang` with: a local one of that language; for Spanish
/// one from Mexico if there is one, then from the United States, then any.
pub fn choose_voice(voices: &[Voice], lang: Lang) -> Option<&Voice> {
    let preferences: &[&str] = match lang {
        Lang::Es => &["es-mx", "es-us", "es"],
        Lang::En => &["en"],
    };
    preferences.iter().find_map(|wanted| {
        voices.iter().filter(|voice| voice.local).find(|voice| {
            let tag = voice.tag();
            tag == *wanted || tag.starts_with(&format!("{wanted}-"))
        })
    })
}

/// How fast the voice reads; remembered between visits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Speed {
    Slower,
    #[default]
    Normal,
    Faster,
}

impl Speed {
    pub const ALL: [Speed; 3] = [Speed::Slower, Speed::Normal, Speed::Faster];

    /// The utterance's `rate`.
    pub fn rate(self) -> f32 {
        match self {
            Speed::Slower => 0.8,
            Speed::Normal => 1.0,
            Speed::Faster => 1.25,
        }
    }

    /// As stored, and as the choice shows it ("0.8×" adds the sign).
    pub const fn code(self) -> &'static str {
        match self {
            Speed::Slower => "0.8",
            Speed::Normal => "1",
            Speed::Faster => "1.25",
        }
    }

    /// Reads a code exactly as [`Speed::code`] writes it.
    pub fn from_code(code: &str) -> Option<Speed> {
        Speed::ALL.into_iter().find(|speed| speed.code() == code)
    }
}

/// What is being read: one stop, or the whole tour from a stop on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    /// Index of the stop being read.
    pub stop: usize,
    /// Go on to the next stop at the end of this one.
    pub whole_tour: bool,
}

/// The reader's state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reading {
    #[default]
    Idle,
    Speaking(Session),
    Paused(Session),
}

/// What the visitor or the voice did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// "Listen to this stop".
    Listen(usize),
    /// "Read the whole tour", from the first stop.
    ReadAll,
    Pause,
    Resume,
    StopReading,
    /// The voice reached the end of the stop.
    Finished,
    /// The voice gave up (an error from the speech engine).
    Failed,
}

impl Reading {
    /// The state after `cue`, in a tour of `stops` stops.
    pub fn after(self, cue: Cue, stops: usize) -> Reading {
        use Reading::*;
        match (cue, self) {
            (Cue::Listen(stop), _) if stop < stops => Speaking(Session {
                stop,
                whole_tour: false,
            }),
            (Cue::ReadAll, _) if stops > 0 => Speaking(Session {
                stop: 0,
                whole_tour: true,
            }),
            (Cue::Pause, Speaking(session)) => Paused(session),
            (Cue::Resume, Paused(session)) => Speaking(session),
            (Cue::Finished, Speaking(Session { stop, whole_tour }))
                if whole_tour && stop + 1 < stops =>
            {
                Speaking(Session {
                    stop: stop + 1,
                    whole_tour,
                })
            }
            (Cue::Finished | Cue::Failed | Cue::StopReading, _) => Idle,
            (_, unchanged) => unchanged,
        }
    }

    /// The session, whether speaking or paused.
    pub fn session(self) -> Option<Session> {
        match self {
            Reading::Idle => None,
            Reading::Speaking(session) | Reading::Paused(session) => Some(session),
        }
    }
}
