use crate::app::use_text;
use crate::browser;
use leptos::prelude::*;

/// Shares the current page through the system sheet, or copies its link where there is none.
#[component]
pub fn ShareButton() -> impl IntoView {
    let text = use_text();
    let plan = move || &text().plan;
    let (message, set_message) = signal(None::<String>);
    let share = move |_| {
        let (title, copied, failed) = (
            plan().share_title.clone(),
            plan().link_copied.clone(),
            plan().copy_failed.clone(),
        );
        leptos::task::spawn_local(async move {
            let url = browser::current_url();
            match browser::share(&title, &url).await {
                // The share sheet is its own confirmation.
                Some(_) => set_message.set(None),
                None if browser::copy_text(&url).await => set_message.set(Some(copied)),
                None => set_message.set(Some(failed)),
            }
        });
    };
    view! {
        <p class="actions">
            <button type="button" class="button button--quiet" on:click=share>{move || plan().share.as_str()}</button>
            <span class="confirmation" role="status">{move || message.get()}</span>
        </p>
    }
}
