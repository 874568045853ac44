use crate::app::use_text;
use crate::browser;
use crate::theme::Theme;
use leptos::prelude::*;

/// A switch for dark mode, remembered across visits; until used, the system decides.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let text = use_text();
    let chosen = browser::stored_theme();
    if let Some(chosen) = chosen {
        browser::apply_theme(chosen);
    }
    let (theme, set_theme) = signal(chosen.unwrap_or_else(browser::system_theme));
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
            {move || text().ui.dark_mode.as_str()}
        </button>
    }
}
