//! The museum's content, bundled into the app and parsed once at start-up.

mod facts;
mod model;
mod visit;

pub use facts::{Facts, LatLon, Museum, NearbyPlace, PartialDate, Person, Station, decimal, kilometres};
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

/// Everything the guide shows, in both languages.
#[derive(Debug)]
pub struct Library {
    en: Text,
    es: Text,
    pub facts: Facts,
    pub visit: VisitData,
}

impl Library {
    /// Parses every bundled file, naming the first one that is broken.
    pub fn load() -> Result<Library, ContentError> {
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
    serde_json::from_str(json).map_err(|error| ContentError { file, error })
}

/// A bundled file that does not match its type: which file, and where.
#[derive(Debug)]
pub struct ContentError {
    pub file: &'static str,
    pub error: serde_json::Error,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is broken: {}", self.file, self.error)
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
