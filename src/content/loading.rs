//! Fetching a language's text: at start for the visitor's language, later for
//! the other one if the visitor switches. The service worker precaches both,
//! so a switch works offline once the app has been opened.

use super::{BUNDLE, ContentError, Library, Text, text_file};
use crate::route::Lang;

/// The library for a visitor reading `lang`: the bundled facts and that language's text.
pub async fn load_library(lang: Lang) -> Result<Library, ContentError> {
    Library::from_bundle(BUNDLE, lang, fetch_text(lang).await?)
}

/// `lang`'s text, fetched and decoded; the error names the file and what went wrong.
pub async fn fetch_text(lang: Lang) -> Result<Text, ContentError> {
    let file = text_file(lang);
    let failed = |message: String| ContentError { file, message };
    let response = gloo_net::http::Request::get(file)
        .send()
        .await
        .map_err(|error| failed(format!("could not be fetched: {error}")))?;
    if !response.ok() {
        return Err(failed(format!("answered HTTP {}", response.status())));
    }
    let bytes = response
        .binary()
        .await
        .map_err(|error| failed(format!("could not be read: {error}")))?;
    Text::from_postcard(&bytes).map_err(|error| failed(format!("is not valid: {error}")))
}
