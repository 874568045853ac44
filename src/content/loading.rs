//! Fetching a language's text: at start for the visitor's language, later for
//! the other one if the visitor switches; and a language's long prose, with the
//! first page that shows it. The service worker precaches them all, so a switch
//! works offline once the app has been opened.

use super::compact::Decode;
use super::{BUNDLE, ContentError, Library, LongText, Text, long_text_file, text_file};
use crate::route::Lang;

/// The library for a visitor reading `lang`: the bundled facts and that
/// language's text, and its long prose too when `with_long` (the first page
/// shows it), both fetched at once.
pub async fn load_library(lang: Lang, with_long: bool) -> Result<Library, ContentError> {
    let long = async move {
        match with_long {
            true => fetch_long_text(lang).await.map(Some),
            false => Ok(None),
        }
    };
    let (text, long) = futures::future::join(fetch_text(lang), long).await;
    let library = Library::from_bundle(BUNDLE, lang, text?)?;
    if let Some(long) = long? {
        library.add_long(lang, long);
    }
    Ok(library)
}

/// `lang`'s text, fetched and decoded; the error names the file and what went wrong.
pub async fn fetch_text(lang: Lang) -> Result<Text, ContentError> {
    let file = text_file(lang);
    decoded(file, &fetch_bytes(file).await?)
}

/// `lang`'s long prose, fetched and decoded.
pub async fn fetch_long_text(lang: Lang) -> Result<LongText, ContentError> {
    let file = long_text_file(lang);
    decoded(file, &fetch_bytes(file).await?)
}

// The fetch is the same whatever the file holds, so it is compiled once, not once
// per type read from it.
async fn fetch_bytes(file: &'static str) -> Result<Vec<u8>, ContentError> {
    let failed = |message: String| ContentError { file, message };
    let response = gloo_net::http::Request::get(file)
        .send()
        .await
        .map_err(|error| failed(format!("could not be fetched: {error}")))?;
    if !response.ok() {
        return Err(failed(format!("answered HTTP {}", response.status())));
    }
    response
        .binary()
        .await
        .map_err(|error| failed(format!("could not be read: {error}")))
}

fn decoded<T: Decode>(file: &'static str, bytes: &[u8]) -> Result<T, ContentError> {
    super::compact::decode(bytes).map_err(|error| ContentError {
        file,
        message: format!("is not valid: {error}"),
    })
}
