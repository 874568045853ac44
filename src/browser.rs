//! The few things the app asks of the browser itself, each failing softly.
//!
//! Storage can be full, blocked or hold a stranger's value; none of that may
//! stop the guide from showing a page.

use crate::route::{Lang, preferred_lang};

const LANG_KEY: &str = "casa-trotsky.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language the visitor chose before, if the stored value is one we wrote.
/// A value we cannot read is removed, so it is not consulted again.
pub fn stored_lang() -> Option<Lang> {
    let storage = storage()?;
    let value = storage.get_item(LANG_KEY).ok().flatten()?;
    let lang = Lang::from_code(&value);
    if lang.is_none() {
        let _ = storage.remove_item(LANG_KEY);
    }
    lang
}

/// Remembers the visitor's choice for the next visit; silently does nothing if storage is unavailable.
pub fn store_lang(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

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

/// Takes away the static screen `index.html` shows while the wasm loads.
pub fn remove_boot_screen() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// After a route change: back to the top, and focus on the new page's heading,
/// so a screen reader announces where the visitor has arrived.
pub fn focus_page_heading() {
    let Some(window) = web_sys::window() else {
        return;
    };
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let heading = window
        .document()
        .and_then(|d| d.query_selector("main h1").ok().flatten());
    if let Some(heading) =
        heading.and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok())
    {
        let _ = heading.focus();
    }
}

const INSTALL_DISMISSED_KEY: &str = "casa-trotsky.install-dismissed";

/// Whether the visitor already said no to installing.
pub fn install_dismissed() -> bool {
    storage()
        .and_then(|s| s.get_item(INSTALL_DISMISSED_KEY).ok().flatten())
        .is_some()
}

pub fn dismiss_install() {
    if let Some(storage) = storage() {
        let _ = storage.set_item(INSTALL_DISMISSED_KEY, "1");
    }
}

/// Running from the home screen, in a window of its own.
pub fn is_standalone() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(display-mode: standalone)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// Safari on an iPhone or iPad, which installs only through Share → Add to Home Screen.
pub fn is_ios_safari() -> bool {
    let agent = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    let ios = ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|device| agent.contains(device));
    ios && agent.contains("Safari")
        && !["CriOS", "FxiOS", "EdgiOS"]
            .iter()
            .any(|other| agent.contains(other))
}

/// Points `<link rel="manifest">` at the manifest in `lang`, so an installed app
/// carries the name, description and shortcuts of the language it was installed in.
pub fn point_manifest_at(lang: Lang) {
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten());
    if let Some(link) = link {
        let _ = link.set_attribute("href", &format!("/manifest.{}.webmanifest", lang.code()));
    }
}
