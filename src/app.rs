//! The root: content, contexts, and which page a path shows.

use crate::browser;
use crate::components::{PageUnavailable, Shell};
use crate::content::{Library, Text};
use crate::navigation::{History, Location};
use crate::pages::NotFoundPage;
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

/// Loads the content in the visitor's language and the code of the page the
/// path names, together, then puts the app in place of the boot screen (the
/// splash, or the prerendered page), in one task, so the moment in between is
/// never painted. If either cannot be loaded, a prerendered page stays as it is,
/// with a line saying the rest could not start; the bare splash gives way to a
/// message. Never a blank page.
#[cfg(target_arch = "wasm32")]
pub async fn start() {
    let route = Route::parse(&browser::pathname());
    let lang = route.lang().unwrap_or_else(browser::visitor_lang);
    let first_page = match route {
        Route::Page(page, _) => Some(page),
        Route::Root => Some(Page::Home),
        Route::NotFound(_) => None,
    };
    let page_code = async move {
        match first_page {
            Some(page) => crate::pages::chunks::fetch(page).await,
            None => Ok(()),
        }
    };
    let (library, page_code) =
        futures::future::join(crate::content::load_library(lang, first_page), page_code).await;
    let ready = match (library, page_code) {
        (Ok(library), Ok(())) => Ok(library),
        (Err(error), _) => Err(error.to_string()),
        (_, Err(error)) => Err(format!(
            "the code of this page could not be fetched ({error})"
        )),
    };
    match ready {
        Ok(library) => {
            browser::remove_boot_screen();
            // Leaked on purpose: the content lives as long as the page, and a
            // `&'static` reference is `Copy`, so every closure can hold it.
            let library: &'static Library = Box::leak(Box::new(library));
            leptos::mount::mount_to_body(move || view! { <App library/> });
        }
        // A prerendered page stays, readable, with the start-up script's line
        // saying the rest could not start; the bare splash gives way to a message.
        Err(error) if browser::report_start_failure(&error) => {}
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
    // pages move focus to their heading or to what their fragment names. This
    // follows the page on screen, not the path: a page whose code is still on
    // its way is not there to take focus yet.
    let mounted = RwSignal::new(None::<PageMount>);
    Effect::new(move |previous: Option<Option<(PageMount, String)>>| {
        let previous = previous.flatten();
        let shown = mounted.get()?;
        if shown.route != route.get() {
            // The page the path names is still on its way: nothing has arrived yet.
            return previous;
        }
        let current = (shown, fragment.get());
        if previous.as_ref() == Some(&current) {
            return previous;
        }
        let new_page = previous.is_some_and(|(page, _)| page != shown);
        let scroll_back_to = location.take_scroll_restore();
        if new_page || !current.1.is_empty() || scroll_back_to.is_some() {
            let fragment = current.1.clone();
            request_animation_frame(move || {
                browser::show_arrival(&fragment, new_page, scroll_back_to)
            });
        }
        Some(current)
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
            <CurrentPage mounted/>
        </Shell>
    }
}

/// The page on screen: the route it shows, and which mounting it is (each page
/// built is a new one, even of the same route).
#[derive(Clone, Copy, PartialEq)]
struct PageMount {
    route: Route,
    count: u32,
}

/// The page the current path names, in its language.
///
/// Each change of page or language builds the new page afresh and drops the
/// old one, with its signals and effects. Nothing is ever patched from one page
/// into another, so the pages are mounted by hand rather than through
/// `into_any()`, whose code to patch a view of the same type in place was
/// compiled for every page and every view in it, and never run: 18 KB of the
/// compressed wasm.
///
/// A page's code may have to be fetched first (`pages::chunks`): the old page
/// stays until the new one is built, and a page the visitor has left by then is
/// dropped unseen. When the code is here, as for the first page, whose code
/// `start` fetched, the page is built in a microtask of the same task, before
/// anything is painted. If the code cannot be fetched, a notice takes the
/// page's place, with a button that tries again.
#[component]
fn CurrentPage(mounted: RwSignal<Option<PageMount>>) -> impl IntoView {
    let Here { route, lang, .. } = use_here();
    let owner = Owner::current().expect("a component runs under an owner");
    let slot = NodeRef::<leptos::html::Div>::new();
    let on_screen = StoredValue::new_local(None::<ShownPage>);
    let retry = Trigger::new();
    Effect::new(move |_| {
        retry.track();
        let wanted = (route.get(), lang.get());
        let Some(slot) = slot.get() else { return };
        let page_owner = owner.child();
        // Built under the page's own owner, and untracked: the page's reads
        // of signals are its own business, not this effect's.
        let building =
            page_owner.with(|| ScopedFuture::new_untracked(build_page(wanted.0, wanted.1, retry)));
        leptos::task::spawn_local(async move {
            let page = building.await;
            let still_wanted = (route.get_untracked(), lang.get_untracked()) == wanted;
            let Some(mut state) = page.filter(|_| still_wanted) else {
                return page_owner.cleanup();
            };
            state.mount(&slot, None);
            let shown = ShownPage {
                owner: page_owner,
                state,
            };
            if let Some(Some(old)) = on_screen.try_update_value(|current| current.replace(shown)) {
                old.remove();
            }
            mounted.update(|mount| {
                let count = mount.map_or(0, |mount| mount.count + 1);
                *mount = Some(PageMount {
                    route: wanted.0,
                    count,
                });
            });
        });
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
/// page's words, links and notices all stay in the language that is here. In
/// its place, a notice if its code cannot be fetched; `None` for `/`, which the
/// effect in `Site` is already taking to the home page.
async fn build_page(route: Route, lang: Lang, retry: Trigger) -> Option<Box<dyn Mountable>> {
    let page = match route {
        Route::Page(page, _) => page,
        Route::NotFound(_) => return Some(Box::new(view! { <NotFoundPage lang/> }.build())),
        Route::Root => return None,
    };
    Some(match crate::pages::chunks::build(page, lang).await {
        Ok(page) => page,
        Err(_) => Box::new(view! { <PageUnavailable lang retry/> }.build()),
    })
}
