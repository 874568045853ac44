//! Fetching a language's text: at start for the visitor's language, later for
//! the other one if the visitor switches; and a page's long prose, with that
//! page. A prerendered page carries the files its first load needs, so that
//! load fetches none. The service worker precaches them all, so a switch works
//! offline once the app has been opened.

use super::compact::DecodeError;
use super::{BUNDLE, ContentError, Library, PageProse, Text, embedded, prose_file, text_file};
use crate::browser::{self, fetch_failure};
use crate::route::{Lang, Page};

/// The library for a visitor reading `lang`: the bundled facts and that
/// language's text, and the long prose of `first_page` if it has any, all
/// fetched at once.
pub async fn load_library(lang: Lang, first_page: Option<Page>) -> Result<Library, ContentError> {
    let prose = async move {
        match first_page {
            Some(page) => fetch_prose(page, lang).await,
            None => Ok(None),
        }
    };
    let (text, prose) = futures::future::join(fetch_text(lang), prose).await;
    let library = Library::from_bundle(BUNDLE, lang, text?)?;
    if let Some(prose) = prose? {
        library.add_prose(lang, prose);
    }
    Ok(library)
}

/// `lang`'s text, decoded; the error names the file and what went wrong.
pub async fn fetch_text(lang: Lang) -> Result<Text, ContentError> {
    let file = text_file(lang);
    Text::from_postcard(&file_bytes(file).await?).map_err(|error| invalid(file, error))
}

/// `page`'s long prose in `lang`, decoded; `None` if it has none.
pub async fn fetch_prose(page: Page, lang: Lang) -> Result<Option<PageProse>, ContentError> {
    let Some(file) = prose_file(page, lang) else {
        return Ok(None);
    };
    let bytes = file_bytes(file).await?;
    PageProse::from_postcard(page, &bytes)
        .transpose()
        .map_err(|error| invalid(file, error))
}

/// The bytes of `file`: the page's own copy if it carries one (a prerendered
/// page, on its first load: `embedded`), or else fetched.
async fn file_bytes(file: &'static str) -> Result<Vec<u8>, ContentError> {
    match browser::embedded_file(file) {
        Some(copy) => Ok(embedded::decode(&copy)),
        None => fetch_bytes(file).await,
    }
}

// The fetch is the same whatever the file holds, so it is compiled once, not once
// per type read from it.
async fn fetch_bytes(file: &'static str) -> Result<Vec<u8>, ContentError> {
    let failed = |message: String| ContentError { file, message };
    let response = gloo_net::http::Request::get(file)
        .send()
        .await
        .map_err(|error| failed(format!("could not be fetched: {}", fetch_failure(&error))))?;
    if !response.ok() {
        return Err(failed(format!("answered HTTP {}", response.status())));
    }
    response
        .binary()
        .await
        .map_err(|error| failed(format!("could not be read: {}", fetch_failure(&error))))
}

fn invalid(file: &'static str, error: DecodeError) -> ContentError {
    ContentError {
        file,
        message: format!("is not valid: {error}"),
    }
}
