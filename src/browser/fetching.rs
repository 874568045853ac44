/// What went wrong with a fetch, in words for the console.
///
/// Not through `gloo_net::Error`'s own `Display`: that covers its JSON variant,
/// which brings serde_json's error messages into the wasm (0.4 KB compressed).
/// The variant exists because Leptos turns on gloo-net's `json` feature for
/// server functions; this app never decodes JSON through gloo-net.
pub fn fetch_failure(error: &gloo_net::Error) -> String {
    match error {
        gloo_net::Error::JsError(error) => error.to_string(),
        gloo_net::Error::GlooError(message) => message.clone(),
        gloo_net::Error::SerdeError(_) => "its JSON could not be read".to_owned(),
    }
}
