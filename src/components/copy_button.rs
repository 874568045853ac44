use crate::browser;
use leptos::prelude::*;

/// A button that copies `text` (or the page's address, by default) and says so.
#[component]
pub fn CopyButton(
    /// What the button says.
    label: Signal<String>,
    /// What it says once it has copied.
    done: Signal<String>,
    /// What it says if the browser refused.
    failed: Signal<String>,
    /// What to copy.
    text: Signal<String>,
) -> impl IntoView {
    let (outcome, set_outcome) = signal(None::<bool>);
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(
            async move { set_outcome.set(Some(browser::copy_text(&text).await)) },
        );
    };
    view! {
        <button type="button" class="button button--quiet" on:click=copy>{move || label.get()}</button>
        <span class="confirmation" role="status">
            {move || outcome.get().map(|copied| if copied { done.get() } else { failed.get() })}
        </span>
    }
}
