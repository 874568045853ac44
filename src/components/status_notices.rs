use crate::app::use_text;
use crate::pwa::use_app_status;
use leptos::prelude::*;

/// Quiet notices about the app itself: no network, or a new version ready to load.
#[component]
pub fn StatusNotices() -> impl IntoView {
    let text = use_text();
    let status = use_app_status();
    let ui = move || &text().ui;

    // Kept in the page and shown with `hidden` (cheaper in the wasm than <Show>);
    // the words go only while shown, so a hidden notice says nothing.
    view! {
        <div class="status-notices" role="status">
            <p class="status-notice status-notice--offline" hidden=move || status.online.get()>
                {move || (!status.online.get()).then(|| ui().offline.as_str())}
            </p>
            <p class="status-notice status-notice--update" hidden=move || !status.update_ready()>
                <span>{move || status.update_ready().then(|| ui().update_available.as_str())}</span>
                <button type="button" class="button" on:click=move |_| status.accept_update()>
                    {move || ui().update_reload.as_str()}
                </button>
            </p>
        </div>
    }
}
