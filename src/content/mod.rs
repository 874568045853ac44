//! The museum's content, bundled into the app.
//!
//! The JSON files are what people edit. The build script (`build.rs`) parses them
//! with this module, so a broken file stops the build with its name and position,
//! and stores the result in postcard's compact binary form, which the app decodes
//! at start-up: visitors download no JSON parser for the content (that took 15 KB
//! off the compressed wasm).

mod facts;
mod model;
mod visit;

pub use facts::{
    Era, Facts, LatLon, Museum, NearbyPlace, PartialDate, Person, Station, TimelineEvent, decimal,
    kilometres,
};
pub use model::*;
pub use visit::{ClockTime, Date, Notice, OpeningHours, VisitData, Week};

use crate::route::Lang;
use std::fmt;

/// The bundled files, by the name a maintainer would look for.
pub const EN_JSON: (&str, &str) = ("src/content/en.json", include_str!("en.json"));
pub const ES_JSON: (&str, &str) = ("src/content/es.json", include_str!("es.json"));
pub const FACTS_JSON: (&str, &str) = ("src/content/facts.json", include_str!("facts.json"));
pub const VISIT_JSON: (&str, &str) = (
    "public/data/visit.json",
    include_str!("../../public/data/visit.json"),
);

/// The library as `build.rs` stored it, in postcard form.
#[cfg(target_arch = "wasm32")]
const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/library.postcard"));

/// Everything the guide shows, in both languages.
#[derive(Debug, serde::Deserialize, serde::Serialize)]
pub struct Library {
    en: Text,
    es: Text,
    pub facts: Facts,
    pub visit: VisitData,
}

impl Library {
    /// The content as the build checked it. In the browser that is the compact
    /// copy `build.rs` stored; natively (tests, the build script itself) the
    /// JSON files are parsed, so tests read exactly what people edit.
    pub fn load() -> Result<Library, ContentError> {
        #[cfg(target_arch = "wasm32")]
        return postcard::from_bytes(BUNDLE).map_err(|error| ContentError {
            file: "the content bundled by build.rs",
            message: error.to_string(),
        });
        #[cfg(not(target_arch = "wasm32"))]
        Self::from_json()
    }

    /// Parses every JSON file, naming the first one that is broken.
    pub fn from_json() -> Result<Library, ContentError> {
        Ok(Library {
            en: parse(EN_JSON)?,
            es: parse(ES_JSON)?,
            facts: parse(FACTS_JSON)?,
            visit: parse(VISIT_JSON)?,
        })
    }

    /// The prose in `lang`.
    pub fn text(&self, lang: Lang) -> &Text {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
        }
    }
}

fn parse<T: serde::de::DeserializeOwned>(
    (file, json): (&'static str, &str),
) -> Result<T, ContentError> {
    serde_json::from_str(json).map_err(|error| ContentError {
        file,
        message: error.to_string(),
    })
}

/// A bundled file that does not match its type: which file, and where.
#[derive(Debug)]
pub struct ContentError {
    pub file: &'static str,
    pub message: String,
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
