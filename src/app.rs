//! The root: content, contexts, and which page a path shows.

use crate::browser;
use crate::components::Shell;
use crate::content::{Library, Text};
use crate::navigation::{History, Location};
use crate::pages::{
    DirectionsPage, FamilyPage, HistoryPage, HomePage, NotFoundPage, TourPage, VisitPage,
};
use crate::pwa::provide_app_status;
use crate::route::{Lang, Page, Route};
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

/// Where the visitor is: the parsed route, the language the page speaks, and
/// the URL fragment (`#natalia`), which some pages read as a selection.
#[derive(Clone, Copy)]
pub struct Here {
    pub route: Memo<Route>,
    pub lang: Memo<Lang>,
    pub fragment: ReadSignal<String>,
}

/// The bundled content, parsed once and kept for the life of the page.
pub fn use_library() -> &'static Library {
    expect_context()
}

pub fn use_here() -> Here {
    expect_context()
}

/// The prose in the language of the current page, read reactively: what a view
/// shows through it follows the language toggle.
pub fn use_text() -> impl Fn() -> &'static Text + Copy + 'static {
    let library = use_library();
    let lang = use_here().lang;
    move || library.text(lang.get())
}

/// Loads the content in the visitor's language, then puts the app in place of
/// the boot screen (the splash, or the prerendered page), in one task, so the
/// moment in between is never painted. If the content cannot be loaded, a
/// prerendered page stays as it is, with a line saying the rest could not start;
/// the bare splash gives way to a message. Never a blank page.
#[cfg(target_arch = "wasm32")]
pub async fn start() {
    let lang = Route::parse(&browser::pathname())
        .lang()
        .unwrap_or_else(browser::visitor_lang);
    match crate::content::load_library(lang).await {
        Ok(library) => {
            browser::remove_boot_screen();
            // Leaked on purpose: the content lives as long as the page, and a
            // `&'static` reference is `Copy`, so every closure can hold it.
            let library: &'static Library = Box::leak(Box::new(library));
            leptos::mount::mount_to_body(move || view! { <App library/> });
        }
        // A prerendered page stays, readable, with the start-up script's line
        // saying the rest could not start; the bare splash gives way to a message.
        Err(error) if browser::report_start_failure(&error.to_string()) => {}
        Err(error) => {
            leptos::logging::error!("{error}");
            browser::remove_boot_screen();
            leptos::mount::mount_to_body(crate::components::BrokenContent);
        }
    }
}

/// The whole app, over content already loaded.
#[component]
pub fn App(library: &'static Library) -> impl IntoView {
    provide_context(library);
    view! { <Site/> }
}

/// The site: follows the path, keeps the URL tidy, renders the page.
#[component]
fn Site() -> impl IntoView {
    let library = use_library();
    let location = Location::follow_the_address_bar(library);
    let pathname = location.pathname;
    let route = Memo::new(move |_| Route::parse(&pathname.get()));
    // The path's language, unless its text could not be fetched (offline on a
    // first visit): then the page stays in the language that is here.
    let lang = Memo::new(move |_| {
        let wanted = route.get().lang().unwrap_or_else(browser::visitor_lang);
        match library.has(wanted) {
            true => wanted,
            false => library.first_lang(),
        }
    });
    let fragment = location.fragment;
    provide_context(Here {
        route,
        lang,
        fragment,
    });
    provide_app_status();
    crate::visit_info::provide_visit_info(library);
    Effect::new(move |_| browser::point_manifest_at(lang.get()));

    // `/` goes to the visitor's language, and `/en/visit/` to `/en/visit`,
    // replacing the entry so Back does not bounce the visitor here again.
    Effect::new(move |_| {
        let target = match route.get() {
            Route::Root => Some(Page::Home.href(lang.get())),
            found => found
                .canonical()
                .filter(|canonical| *canonical != pathname.get()),
        };
        if let Some(target) = target {
            location.go(target, History::Replace);
        }
    });

    // The first page keeps the browser's own focus unless its fragment names
    // something the app has only now drawn (a person on the family page); later
    // pages move focus to their heading or to what their fragment names.
    Effect::new(move |previous: Option<(String, String)>| {
        let current = (pathname.get(), fragment.get());
        let new_page = previous
            .as_ref()
            .is_some_and(|(path, _)| *path != current.0);
        let moved = previous.as_ref() != Some(&current);
        let scroll_back_to = location.take_scroll_restore();
        if moved && (new_page || !current.1.is_empty() || scroll_back_to.is_some()) {
            let fragment = current.1.clone();
            request_animation_frame(move || {
                browser::show_arrival(&fragment, new_page, scroll_back_to)
            });
        }
        current
    });

    let title = move || {
        let text = library.text(lang.get());
        let page_title = match route.get() {
            Route::Page(Page::Home, _) | Route::Root => return text.ui.museum_name.clone(),
            Route::Page(page, _) => crate::pages::title(text, page),
            Route::NotFound(_) => &text.not_found.title,
        };
        format!("{page_title} · {}", text.ui.museum_name)
    };

    Effect::new(move |_| browser::show_document(&title(), lang.get()));

    view! {
        <Shell>
            <CurrentPage/>
        </Shell>
    }
}

/// The page the current path names, in its language.
///
/// Each change of page or language builds the new page afresh and drops the
/// old one, with its signals and effects. Nothing is ever patched from one page
/// into another, so the pages are mounted by hand rather than through
/// `into_any()`, whose code to patch a view of the same type in place was
/// compiled for every page and every view in it, and never run: 18 KB of the
/// compressed wasm. The effect runs in the same task as the mounting of the
/// app, so the first page is in place before anything is painted.
#[component]
fn CurrentPage() -> impl IntoView {
    let Here { route, lang, .. } = use_here();
    let owner = Owner::current().expect("a component runs under an owner");
    let slot = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |shown: Option<Option<ShownPage>>| {
        let route = route.get();
        let lang = lang.get();
        if let Some(Some(old)) = shown {
            old.remove();
        }
        let slot = slot.get()?;
        let page_owner = owner.child();
        let mut state = page_owner.with(|| untrack(|| build_page(route, lang)))?;
        state.mount(&slot, None);
        Some(ShownPage {
            owner: page_owner,
            state,
        })
    });
    view! { <div class="page" node_ref=slot></div> }
}

/// A page on screen: its DOM, and the owner of its signals and effects.
struct ShownPage {
    owner: Owner,
    state: Box<dyn Mountable>,
}

impl ShownPage {
    fn remove(mut self) {
        self.state.unmount();
        self.owner.cleanup();
    }
}

/// The page `route` names, built in `lang`, the language the page speaks (see
/// `Site`): the path's, unless its text could not be fetched, so that the
/// page's words, links and notices all stay in the language that is here.
fn build_page(route: Route, lang: Lang) -> Option<Box<dyn Mountable>> {
    fn built(view: impl Render<State: 'static>) -> Box<dyn Mountable> {
        Box::new(view.build())
    }
    Some(match route {
        Route::Page(Page::Home, _) => built(view! { <HomePage lang/> }),
        Route::Page(Page::History, _) => built(view! { <HistoryPage lang/> }),
        Route::Page(Page::Family, _) => built(view! { <FamilyPage lang/> }),
        Route::Page(Page::Visit, _) => built(view! { <VisitPage lang/> }),
        Route::Page(Page::Directions, _) => built(view! { <DirectionsPage lang/> }),
        Route::Page(Page::Tour, _) => built(view! { <TourPage lang/> }),
        Route::NotFound(_) => built(view! { <NotFoundPage lang/> }),
        // The effect in `Site` is already on its way to the home page.
        Route::Root => return None,
    })
}
