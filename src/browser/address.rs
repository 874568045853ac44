//! The address bar and the history: what it shows, what the app writes there,
//! and which clicks the app takes over.

use wasm_bindgen::{JsCast, JsValue};

/// The path the address bar shows now.
pub fn pathname() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// The query the address bar shows now, with its `?`, or empty.
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The fragment the address bar shows now, with its `#`, or empty.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// Puts `path` in the address bar without loading it, marking the entry with
/// `key` (see `navigation::ScrollMemory`).
pub fn write_history(path: &str, replace: bool, key: f64) {
    let Some(history) = history() else { return };
    let key = JsValue::from_f64(key);
    let _ = match replace {
        true => history.replace_state_with_url(&key, "", Some(path)),
        false => history.push_state_with_url(&key, "", Some(path)),
    };
}

/// The key of the history entry shown now, if the app marked it.
pub fn history_key() -> Option<f64> {
    history()?.state().ok()?.as_f64()
}

/// Marks the history entry shown now with `key`, keeping its URL.
pub fn mark_history_entry(key: f64) {
    if let Some(history) = history() {
        let _ = history.replace_state(&JsValue::from_f64(key), "");
    }
}

/// The app puts the scroll position back itself, once the page it left is
/// drawn again: the browser would try before that, and find nothing to scroll.
pub fn restore_scroll_manually() {
    if let Some(history) = history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

/// How far down the page is scrolled, in CSS pixels.
pub fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

/// Where a click should take the app without a page load: only a plain click on
/// a link to a page of the route table. Anything else (a new tab, a download, a
/// file, another origin, the skip link's `#main`) stays the browser's own business.
pub fn own_link_target(event: &web_sys::MouseEvent) -> Option<String> {
    let modified = event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
    if event.default_prevented() || event.button() != 0 || modified {
        return None;
    }
    let clicked = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = clicked
        .closest("a[href]")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    let here = web_sys::window()?.location();
    let same_page = link.pathname() == here.pathname().ok()? && !link.hash().is_empty();
    let elsewhere = link.origin() != here.origin().ok()? || !link.target().is_empty();
    // Only what the route table knows: a file (`/data/visit.json`) is the browser's.
    let own_route = matches!(
        crate::route::Route::parse(&link.pathname()),
        crate::route::Route::Page(..) | crate::route::Route::Root
    );
    if same_page || elsewhere || !own_route || link.has_attribute("download") {
        return None;
    }
    Some(link.pathname() + &link.search() + &link.hash())
}

/// The address of the current page.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// This site's host name, for identifiers that must be unique to it.
pub fn host() -> String {
    web_sys::window()
        .and_then(|w| w.location().host().ok())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}
