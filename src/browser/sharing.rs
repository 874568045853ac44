//! Copying, sharing and downloading: each may be refused, and says so.

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
    // Not at once: some browsers read the file only after the click has returned,
    // and a revoked address gives them nothing. A minute is ample, and frees it.
    leptos::prelude::set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        KEEP_DOWNLOAD_FOR,
    );
    Some(())
}

/// How long a downloaded file's address stays valid.
const KEEP_DOWNLOAD_FOR: std::time::Duration = std::time::Duration::from_secs(60);
