use super::{InstallPrompt, LanguageToggle, MainNav, SiteFooter, StatusNotices, ThemeToggle};
use crate::app::{use_here, use_text};
use crate::route::Page;
use leptos::prelude::*;

/// The frame around every page: skip link, header with the language toggle, navigation,
/// notices about the app, the install offer, and the footer.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let lang = use_here().lang;
    let text = use_text();
    let ui = move || &text().ui;

    view! {
        <a class="skip-link" href="#main">{move || ui().skip_to_content.as_str()}</a>
        <header class="site-header">
            <a class="site-header__name" href=move || Page::Home.href(lang.get())>
                <span class="site-header__title">{move || ui().museum_name.as_str()}</span>
                <span class="site-header__tagline">{move || ui().tagline.as_str()}</span>
            </a>
            <div class="site-header__controls">
                <ThemeToggle/>
                <LanguageToggle/>
            </div>
        </header>
        <MainNav/>
        <StatusNotices/>
        <main id="main" tabindex="-1">{children()}</main>
        <InstallPrompt/>
        <SiteFooter/>
    }
}
