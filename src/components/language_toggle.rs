use crate::app::{use_here, use_library};
use crate::browser;
use crate::route::{Page, Route};
use leptos::prelude::*;

/// The link to the same page in the other language, labelled in that language, and remembered.
#[component]
pub fn LanguageToggle() -> impl IntoView {
    let library = use_library();
    let here = use_here();
    let target = move || here.lang.get().other();
    // Named in its own language, which may not have been fetched yet.
    let label = move || library.language_label(target());
    // The fragment names the same person or event in either language.
    let href = move || match here.route.get() {
        Route::Page(page, lang) => format!("{}{}", page.href(lang.other()), here.fragment.get()),
        Route::Root | Route::NotFound(_) => Page::Home.href(target()).to_owned(),
    };

    view! {
        <a
            class="lang-toggle"
            href=href
            hreflang=move || target().code()
            lang=move || target().code()
            aria-label=move || label().switch_to.as_str()
            on:click=move |_| browser::store_lang(target())
        >
            {move || label().name.as_str()}
        </a>
    }
}
