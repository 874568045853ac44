//! The document itself: the boot screen, focus and scrolling on arrival, the
//! title, language, manifest and theme, and what kind of browser this is.

use crate::route::Lang;
use wasm_bindgen::{JsCast, JsValue};

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

/// The text of the content file at `path` as the page carries it, if it does: a
/// prerendered page keeps a copy of each file its first load needs, in an element
/// of its boot screen named by the file's path (`crate::content::embedded`).
pub fn embedded_file(path: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(path)?
        .text_content()
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

/// Over a prerendered page, shows the start-up script's line saying the
/// interactive parts could not start (`casaTrotskyStartFailed`, in
/// `public/csp/boot-script.mjs`), and leaves the page as it is. `false` when
/// there is no prerendered page, or no such line to show.
pub fn report_start_failure(why: &str) -> bool {
    let prerendered = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("#boot.boot--prerendered").ok().flatten())
        .is_some();
    let report = js_sys::Reflect::get(&js_sys::global(), &"casaTrotskyStartFailed".into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Function>().ok());
    match report {
        Some(report) if prerendered => report.call1(&JsValue::NULL, &why.into()).is_ok(),
        _ => false,
    }
}
