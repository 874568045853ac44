use crate::app::{use_here, use_library};
use crate::browser;
use crate::theme::Theme;
use leptos::prelude::*;

/// A switch for dark mode, remembered across visits; until used, the system decides.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let library = use_library();
    let lang = use_here().lang;
    let (theme, set_theme) = signal(browser::current_theme());
    if let Some(chosen) = browser::stored_theme() {
        browser::apply_theme(chosen);
    }
    let flip = move |_| {
        let next = theme.get_untracked().other();
        browser::choose_theme(next);
        set_theme.set(next);
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=move || if theme.get() == Theme::Dark { "true" } else { "false" }
            on:click=flip
        >
            {move || library.text(lang.get()).ui.dark_mode.as_str()}
        </button>
    }
}
