use crate::app::use_library;
use crate::browser;
use crate::route::Lang;
use leptos::prelude::*;

/// Shares the current page through the system sheet, or copies its link where there is none.
#[component]
pub fn ShareButton(lang: Lang) -> impl IntoView {
    let plan = &use_library().text(lang).plan;
    let (message, set_message) = signal(None::<&'static str>);
    let share = move |_| {
        leptos::task::spawn_local(async move {
            let url = browser::current_url();
            match browser::share(&plan.share_title, &url).await {
                // The share sheet is its own confirmation.
                Some(_) => set_message.set(None),
                None if browser::copy_text(&url).await => set_message.set(Some(&plan.link_copied)),
                None => set_message.set(Some(&plan.copy_failed)),
            }
        });
    };
    view! {
        <p class="actions">
            <button type="button" class="button button--quiet" on:click=share>{plan.share.as_str()}</button>
            <span class="confirmation" role="status">{move || message.get()}</span>
        </p>
    }
}
