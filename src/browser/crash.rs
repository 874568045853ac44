//! After a panic the wasm is gone: a message built with the DOM alone.

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
