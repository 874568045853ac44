//! The museum's content, bundled into the app.
//!
//! The JSON files are what people edit. The build script (`build.rs`) parses them
//! with this module, so a broken file stops the build with its name and position,
//! and stores the result in postcard's compact binary form, which the app decodes
//! at start-up: visitors download no JSON parser for the content (that took 15 KB
//! off the compressed wasm). The app reads it back with a decoder of its own
//! (`compact`), smaller than serde's. The visit data is bundled as its JSON file,
//! and read as the served copy is, by a small JSON reader (`json`).

mod compact;
pub mod embedded;
mod facts;
pub mod json;
#[cfg(target_arch = "wasm32")]
mod loading;
mod model;
mod visit;

#[cfg(target_arch = "wasm32")]
pub use loading::{fetch_prose, fetch_text, load_library};

pub use facts::{
    Era, Facts, FromMuseum, LatLon, Museum, NearbyPlace, PartialDate, Person, Related, Station,
    TimelineEvent, TourStop, decimal, kilometres,
};
pub use model::*;
pub use visit::{ClockTime, Date, Notice, OpeningHours, VisitData, Week};

use crate::route::{Lang, Page};
use std::fmt;
use std::sync::OnceLock;

/// The bundled files, by the name a maintainer would look for.
pub const EN_JSON: (&str, &str) = ("src/content/en.json", include_str!("en.json"));
pub const ES_JSON: (&str, &str) = ("src/content/es.json", include_str!("es.json"));
pub const FACTS_JSON: (&str, &str) = ("src/content/facts.json", include_str!("facts.json"));
pub const VISIT_JSON: (&str, &str) = (
    "public/data/visit.json",
    include_str!("../../public/data/visit.json"),
);

/// The facts and visit data as `build.rs` stored them, in postcard form.
#[cfg(target_arch = "wasm32")]
pub const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/library.postcard"));

#[cfg(target_arch = "wasm32")]
include!(concat!(env!("OUT_DIR"), "/text_files.rs"));

/// The path at which `lang`'s text is served, named by `build.rs` after its bytes.
#[cfg(target_arch = "wasm32")]
pub fn text_file(lang: Lang) -> &'static str {
    TEXT_FILES[lang as usize]
}

/// The path at which `page`'s prose in `lang` is served, named the same way;
/// `None` for a page with no prose of its own.
#[cfg(target_arch = "wasm32")]
pub fn prose_file(page: Page, lang: Lang) -> Option<&'static str> {
    let files = match page {
        Page::History => HISTORY_FILES,
        Page::Family => FAMILY_FILES,
        Page::Tour => TOUR_FILES,
        Page::Home => HOME_FILES,
        Page::Visit | Page::Directions => return None,
    };
    Some(files[lang as usize])
}

/// What every page needs whatever its language: bundled in the wasm, stored
/// by [`Library::bundle_bytes`] and read back by [`Library::from_bundle`].
/// (The visit data is bundled too, as the JSON file itself: see [`VISIT_JSON`].)
type Bundle = (Facts, [LanguageLabel; 2]);

compact::decodable! {
    /// How the language toggle names a language, in that language: needed on
    /// every page, before the other language's text has been fetched.
    #[derive(Clone, Debug, serde::Serialize)]
    pub struct LanguageLabel {
        /// "English", "Español".
        pub name: String,
        /// "Read this page in English".
        pub switch_to: String,
    }
}

/// Everything the guide shows: the facts and visit data, and the text of the
/// languages loaded so far. The text of one language is always there (the app
/// starts only once it has it); the other comes when the visitor first asks for
/// it. A page's long prose comes with that page ([`PageProse`]).
#[derive(Debug)]
pub struct Library {
    pub facts: Facts,
    pub visit: VisitData,
    labels: [LanguageLabel; 2],
    first: (Lang, Text),
    other: OnceLock<Text>,
    prose: [Prose; 2],
}

/// One language's long prose, page by page, as it arrives.
#[derive(Debug, Default)]
struct Prose {
    history: OnceLock<HistoryProse>,
    family: OnceLock<FamilyProse>,
    tour: OnceLock<TourProse>,
    home: OnceLock<HomeProse>,
}

impl Library {
    fn new((facts, labels): Bundle, visit: VisitData, lang: Lang, text: Text) -> Library {
        Library {
            facts,
            visit,
            labels,
            first: (lang, text),
            other: OnceLock::new(),
            prose: Default::default(),
        }
    }

    /// Parses every JSON file, naming the first one that is broken. Natively
    /// (tests, the build script) both languages are there at once, so tests
    /// read exactly what people edit.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json() -> Result<Library, ContentError> {
        let (mut en, mut es): (Text, Text) = (parse(EN_JSON)?, parse(ES_JSON)?);
        let mut facts: Facts = parse(FACTS_JSON)?;
        facts.measure_from_museum();
        let prose = [&mut en, &mut es].map(|text| PageProse::take_from(text, &facts));
        let labels = [&en, &es].map(|text| LanguageLabel {
            name: text.ui.language_name.clone(),
            switch_to: text.ui.switch_to_this_language.clone(),
        });
        let library = Library::new((facts, labels), read_visit_json()?, Lang::En, en);
        library.add(Lang::Es, es);
        for (lang, prose) in Lang::ALL.into_iter().zip(prose) {
            for prose in prose {
                library.add_prose(lang, prose);
            }
        }
        Ok(library)
    }

    /// Natively, every file at once; see [`Library::from_json`].
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load() -> Result<Library, ContentError> {
        Self::from_json()
    }

    /// The part `build.rs` bundles in the wasm, in postcard form.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn bundle_bytes(&self) -> Result<Vec<u8>, postcard::Error> {
        postcard::to_allocvec(&(&self.facts, &self.labels))
    }

    /// `page`'s long prose in `lang`, as `build.rs` stores it (nothing for a
    /// page without any).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn prose_bytes(&self, page: Page, lang: Lang) -> Result<Vec<u8>, postcard::Error> {
        match page {
            Page::History => postcard::to_allocvec(self.history(lang)),
            Page::Family => postcard::to_allocvec(self.family(lang)),
            Page::Tour => postcard::to_allocvec(self.tour(lang)),
            Page::Home => postcard::to_allocvec(self.home(lang)),
            Page::Visit | Page::Directions => Ok(Vec::new()),
        }
    }

    /// The library for a visitor reading `lang`: the bundle, the bundled
    /// visit data, and that language's text.
    pub fn from_bundle(bytes: &[u8], lang: Lang, text: Text) -> Result<Library, ContentError> {
        let bundle = compact::decode(bytes)
            .map_err(ContentError::in_file("the content bundled by build.rs"))?;
        Ok(Library::new(bundle, read_visit_json()?, lang, text))
    }

    /// Whether `lang`'s text is here.
    pub fn has(&self, lang: Lang) -> bool {
        lang == self.first.0 || self.other.get().is_some()
    }

    /// Keeps `text` as `lang`'s, if that language was not here yet.
    pub fn add(&self, lang: Lang, text: Text) {
        if lang != self.first.0 {
            let _ = self.other.set(text);
        }
    }

    /// The language the library surely has.
    pub fn first_lang(&self) -> Lang {
        self.first.0
    }

    /// The prose in `lang`, or, until that language has arrived, in the one
    /// that is here (the app never renders a page in a language it lacks).
    pub fn text(&self, lang: Lang) -> &Text {
        match self.other.get() {
            Some(other) if lang != self.first.0 => other,
            _ => &self.first.1,
        }
    }

    /// Whether `page`'s long prose in `lang` is here (or it has none).
    pub fn has_prose(&self, page: Page, lang: Lang) -> bool {
        let prose = &self.prose[lang as usize];
        match page {
            Page::History => prose.history.get().is_some(),
            Page::Family => prose.family.get().is_some(),
            Page::Tour => prose.tour.get().is_some(),
            Page::Home => prose.home.get().is_some(),
            Page::Visit | Page::Directions => true,
        }
    }

    /// Keeps `prose` as its page's in `lang`, if that was not here yet.
    pub fn add_prose(&self, lang: Lang, prose: PageProse) {
        let slots = &self.prose[lang as usize];
        // A second arrival of the same file changes nothing: the first stays.
        match prose {
            PageProse::History(prose) => slots.history.set(prose).ok(),
            PageProse::Family(prose) => slots.family.set(prose).ok(),
            PageProse::Tour(prose) => slots.tour.set(prose).ok(),
            PageProse::Home(prose) => slots.home.set(prose).ok(),
        };
    }

    // Each page's prose is empty until it has arrived: the page waits for it
    // before it is built (`pages::chunks`).

    /// The History page's prose in `lang`.
    pub fn history(&self, lang: Lang) -> &HistoryProse {
        static NOT_YET: HistoryProse = HistoryProse {
            lead: String::new(),
            events: Vec::new(),
            sections: Vec::new(),
            sources: Vec::new(),
        };
        self.prose[lang as usize].history.get().unwrap_or(&NOT_YET)
    }

    /// The Family page's prose in `lang`.
    pub fn family(&self, lang: Lang) -> &FamilyProse {
        static NOT_YET: FamilyProse = FamilyProse {
            lead: String::new(),
            people: Vec::new(),
            sources: Vec::new(),
        };
        self.prose[lang as usize].family.get().unwrap_or(&NOT_YET)
    }

    /// The tour's prose in `lang`.
    pub fn tour(&self, lang: Lang) -> &TourProse {
        static NOT_YET: TourProse = TourProse {
            lead: String::new(),
            stops: Vec::new(),
            events: Vec::new(),
        };
        self.prose[lang as usize].tour.get().unwrap_or(&NOT_YET)
    }

    /// Home's prose in `lang`.
    pub fn home(&self, lang: Lang) -> &HomeProse {
        static NOT_YET: HomeProse = HomeProse {
            lead: String::new(),
            paragraphs: Vec::new(),
            blurbs: PageNames {
                home: String::new(),
                history: String::new(),
                family: String::new(),
                visit: String::new(),
                directions: String::new(),
                tour: String::new(),
            },
        };
        self.prose[lang as usize].home.get().unwrap_or(&NOT_YET)
    }

    /// How the language toggle names `lang`, whether or not its text is here.
    pub fn language_label(&self, lang: Lang) -> &LanguageLabel {
        &self.labels[lang as usize]
    }
}

impl Text {
    /// A language's text as `build.rs` stored it.
    pub fn from_postcard(bytes: &[u8]) -> Result<Text, compact::DecodeError> {
        compact::decode(bytes)
    }
}

impl PageProse {
    /// `page`'s long prose as `build.rs` stored it; `None` for a page without any.
    pub fn from_postcard(
        page: Page,
        bytes: &[u8],
    ) -> Option<Result<PageProse, compact::DecodeError>> {
        Some(match page {
            Page::History => compact::decode(bytes).map(PageProse::History),
            Page::Family => compact::decode(bytes).map(PageProse::Family),
            Page::Tour => compact::decode(bytes).map(PageProse::Tour),
            Page::Home => compact::decode(bytes).map(PageProse::Home),
            Page::Visit | Page::Directions => return None,
        })
    }
}

/// The bundled `visit.json`, read as the app reads the served one.
fn read_visit_json() -> Result<VisitData, ContentError> {
    let (file, json) = VISIT_JSON;
    json::read(json).map_err(ContentError::in_file(file))
}

#[cfg(not(target_arch = "wasm32"))]
fn parse<T: serde::de::DeserializeOwned>(
    (file, json): (&'static str, &str),
) -> Result<T, ContentError> {
    serde_json::from_str(json).map_err(ContentError::in_file(file))
}

/// A bundled file that does not match its type: which file, and where.
#[derive(Debug)]
pub struct ContentError {
    pub file: &'static str,
    pub message: String,
}

impl ContentError {
    /// Names `file` as the one an error was found in.
    fn in_file<E: fmt::Display>(file: &'static str) -> impl FnOnce(E) -> ContentError {
        move |error| ContentError {
            file,
            message: error.to_string(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is broken: {}", self.file, self.message)
    }
}

impl std::error::Error for ContentError {}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}
