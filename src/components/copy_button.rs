use crate::browser;
use leptos::prelude::*;

/// A button that copies `text` (or the page's address, by default) and says so.
#[component]
pub fn CopyButton(
    /// What the button says.
    label: &'static str,
    /// What it says once it has copied.
    done: &'static str,
    /// What it says if the browser refused.
    failed: &'static str,
    /// What to copy.
    text: String,
) -> impl IntoView {
    let (outcome, set_outcome) = signal(None::<bool>);
    let copy = move |_| {
        let text = text.clone();
        leptos::task::spawn_local(
            async move { set_outcome.set(Some(browser::copy_text(&text).await)) },
        );
    };
    view! {
        <button type="button" class="button button--quiet" on:click=copy>{label}</button>
        <span class="confirmation" role="status">
            {move || outcome.get().map(|copied| if copied { done } else { failed })}
        </span>
    }
}
