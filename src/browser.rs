//! The few things the app asks of the browser itself, each failing softly.
//!
//! Storage can be full, blocked or hold a stranger's value; none of that may
//! stop the guide from showing a page.

use crate::route::{Lang, preferred_lang};
use wasm_bindgen::{JsCast, JsValue};

const LANG_KEY: &str = "casa-trotsky.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The setting stored under `key`, if `parse` reads it as one we wrote.
/// A value it cannot read is removed, so it is not consulted again.
pub(crate) fn stored<T>(key: &str, parse: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    let storage = storage()?;
    let value = storage.get_item(key).ok().flatten()?;
    let setting = parse(&value);
    if setting.is_none() {
        let _ = storage.remove_item(key);
    }
    setting
}

/// Remembers a setting for the next visit; silently does nothing if storage is unavailable.
pub(crate) fn store(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

/// The language the visitor chose before, if any.
pub fn stored_lang() -> Option<Lang> {
    stored(LANG_KEY, Lang::from_code)
}

pub fn store_lang(lang: Lang) {
    store(LANG_KEY, lang.code());
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

/// Takes away the static screen shown while the wasm loads: the splash of
/// `index.html`, or a prerendered copy of the page. The app mounts in the same
/// task, so the browser never paints the moment in between.
pub fn remove_boot_screen() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// After the address changed. Back or Forward (`scroll_back_to`): to where the
/// visitor was on that entry. Otherwise to the element the fragment names, if
/// the page has it (focused if it takes focus, so a screen reader reads it, else
/// scrolled to); otherwise, on a new page, back to the top with focus on its
/// heading, so a screen reader announces where the visitor has arrived.
pub fn show_arrival(fragment: &str, new_page: bool, scroll_back_to: Option<f64>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let document = window.document();
    let target = fragment
        .strip_prefix('#')
        .filter(|id| !id.is_empty())
        .and_then(|id| document.as_ref()?.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(y) = scroll_back_to {
        // Back or Forward: where the visitor was; on another page, focus on its
        // heading too (without the jump to it that focusing would make).
        if new_page {
            focus_heading_in_place(&document);
        }
        return window.scroll_to_with_x_and_y(0.0, y);
    }
    match target {
        Some(target) if target.has_attribute("tabindex") => {
            let _ = target.focus();
        }
        Some(target) => target.scroll_into_view(),
        None if new_page => {
            window.scroll_to_with_x_and_y(0.0, 0.0);
            focus_heading_in_place(&document);
        }
        None => {}
    }
}

fn focus_heading_in_place(document: &Option<web_sys::Document>) {
    let heading = document
        .as_ref()
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}

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

/// Sets the tab's title and the document's language, for the page now showing.
pub fn show_document(title: &str, lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(title);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

const INSTALL_DISMISSED_KEY: &str = "casa-trotsky.install-dismissed";

/// Whether the visitor already said no to installing.
pub fn install_dismissed() -> bool {
    // Any value at all means they said no: never ask twice.
    stored(INSTALL_DISMISSED_KEY, |_| Some(())).is_some()
}

pub fn dismiss_install() {
    store(INSTALL_DISMISSED_KEY, "1");
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

/// Copies `text` to the clipboard; `false` if the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Opens the system share sheet where there is one; `None` where there is not,
/// `Some(false)` if sharing failed or was cancelled.
pub async fn share(title: &str, url: &str) -> Option<bool> {
    let navigator = web_sys::window()?.navigator();
    if !js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false) {
        return None;
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    Some(
        wasm_bindgen_futures::JsFuture::from(navigator.share_with_data(&data))
            .await
            .is_ok(),
    )
}

/// Offers `contents` as a file download named `file_name`.
pub fn download(file_name: &str, mime_type: &str, contents: &str) -> Option<()> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url).ok()
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

/// The current UTC date and time to the second, as calendar files stamp it.
pub fn utc_now() -> (crate::content::Date, u8, u8, u8) {
    let now = js_sys::Date::new_0();
    let date = crate::content::Date::new(
        now.get_utc_full_year() as i32,
        now.get_utc_month() as u8 + 1,
        now.get_utc_date() as u8,
    )
    .unwrap_or(crate::content::Date {
        year: 1970,
        month: 1,
        day: 1,
    });
    (
        date,
        now.get_utc_hours() as u8,
        now.get_utc_minutes() as u8,
        now.get_utc_seconds() as u8,
    )
}

/// After a panic the wasm is gone, so the message is built with the DOM alone,
/// in both languages, with a plain link that reloads the page.
const CRASH_HEADING: &str = "Algo salió mal · Something went wrong";
const CRASH_TEXT: [(&str, &str); 2] = [
    (
        "es",
        "La guía dejó de funcionar. Vuelva a cargar la página para seguir.",
    ),
    (
        "en",
        "The guide stopped working. Reload the page to carry on.",
    ),
];
const CRASH_RELOAD: &str = "Recargar · Reload";

/// Logs a panic to the console and tells the visitor how to carry on.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_message();
    }));
}

fn show_crash_message() -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let body = document.body()?;
    let element = |tag: &str, text: &str| -> Option<web_sys::Element> {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("crash");
    panel.set_attribute("role", "alert").ok()?;
    let heading = element("h1", CRASH_HEADING)?;
    panel.append_child(&heading).ok()?;
    for (lang, text) in CRASH_TEXT {
        let paragraph = element("p", text)?;
        paragraph.set_attribute("lang", lang).ok()?;
        panel.append_child(&paragraph).ok()?;
    }
    let reload = element("a", CRASH_RELOAD)?;
    reload
        .set_attribute("href", &window.location().href().ok()?)
        .ok()?;
    reload.set_class_name("button");
    panel.append_child(&reload).ok()?;
    body.prepend_with_node_1(&panel).ok()
}

const THEME_KEY: &str = "casa-trotsky.theme";

/// The visitor's own choice of theme, if the stored value is one we wrote; anything else is removed.
pub fn stored_theme() -> Option<crate::theme::Theme> {
    stored(THEME_KEY, crate::theme::Theme::from_code)
}

/// The theme the system asks for, which the stylesheet follows until the visitor chooses.
pub fn system_theme() -> crate::theme::Theme {
    let dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|query| query.matches());
    if dark {
        crate::theme::Theme::Dark
    } else {
        crate::theme::Theme::Light
    }
}

/// Shows `theme` and remembers it.
pub fn choose_theme(theme: crate::theme::Theme) {
    apply_theme(theme);
    store(THEME_KEY, theme.code());
}

/// Sets `<html data-theme>`, which the stylesheet's colour-scheme follows.
pub fn apply_theme(theme: crate::theme::Theme) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme.code());
    }
}

/// Scrolls the element with `id` to the top of the screen, smoothly unless the
/// visitor asked for less motion, and leaves focus where it is.
pub fn scroll_into_view(id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(element) = window.document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let still = window
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    options.set_behavior(match still {
        true => web_sys::ScrollBehavior::Instant,
        false => web_sys::ScrollBehavior::Smooth,
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
