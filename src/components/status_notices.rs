use crate::app::{use_here, use_library};
use crate::pwa::{apply_update, use_app_status};
use leptos::prelude::*;

/// Quiet notices about the app itself: no network, or a new version ready to load.
#[component]
pub fn StatusNotices() -> impl IntoView {
    let library = use_library();
    let lang = use_here().lang;
    let status = use_app_status();
    let ui = move || &library.text(lang.get()).ui;

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
