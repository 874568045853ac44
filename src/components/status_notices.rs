use crate::app::use_text;
use crate::pwa::{apply_update, use_app_status};
use leptos::prelude::*;

/// Quiet notices about the app itself: no network, or a new version ready to load.
#[component]
pub fn StatusNotices() -> impl IntoView {
    let text = use_text();
    let status = use_app_status();
    let ui = move || &text().ui;

    view! {
        <div class="status-notices" role="status">
            <Show when=move || !status.online.get()>
                <p class="status-notice status-notice--offline">{move || ui().offline.as_str()}</p>
            </Show>
            <Show when=move || status.update_ready.get()>
                <p class="status-notice status-notice--update">
                    <span>{move || ui().update_available.as_str()}</span>
                    <button type="button" class="button" on:click=move |_| apply_update()>
                        {move || ui().update_reload.as_str()}
                    </button>
                </p>
            </Show>
        </div>
    }
}
