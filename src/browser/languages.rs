//! The visitor's language when the URL does not say.

use super::storage::stored_lang;
use crate::route::{Lang, preferred_lang};

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The visitor's language when the URL does not say: stored choice, then browser, then English.
pub fn visitor_lang() -> Lang {
    let stored = stored_lang();
    preferred_lang(stored.map(Lang::code), &browser_languages())
}
