//! Each page's code, in a chunk of the wasm of its own.
//!
//! The functions below are the split points: after the build,
//! `public/wasm/split-pages.mjs` cuts each page's code out of the wasm into a
//! module of that page's own (code two pages share is in both), so a first visit
//! fetches the frame and the page it opens, not all six. The service worker
//! precaches every page's module, so offline they are all there. A module is
//! fetched once; a fetch that fails is not remembered, and the next build of the
//! page tries again. Natively (the tests) the functions are plain calls. The
//! History, Family and tour pages also wait for their long prose
//! (`content::PageProse`), which comes the same way, or, on a first load, from
//! the prerendered page.

use super::{DirectionsPage, FamilyPage, HistoryPage, HomePage, TourPage, VisitPage};
use crate::route::{Lang, Page};
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// A page's code or its long prose could not be fetched (the console says which).
#[derive(Debug)]
pub struct Unavailable;

impl From<SplitLoaderError> for Unavailable {
    fn from(_: SplitLoaderError) -> Unavailable {
        Unavailable
    }
}

/// A page's DOM and state, built and ready to mount.
pub type BuiltPage = Box<dyn Mountable>;

/// Builds `page` in `lang` under the current owner, fetching its code (and its
/// long prose) first if they are not here yet.
pub async fn build(page: Page, lang: Lang) -> Result<BuiltPage, Unavailable> {
    let (words, code) = futures::future::join(fetch_prose(page, lang), fetch(page)).await;
    words?;
    code?;
    match page {
        Page::Home => split::home(lang).await,
        Page::History => split::history(lang).await,
        Page::Family => split::family(lang).await,
        Page::Visit => split::visit(lang).await,
        Page::Directions => split::directions(lang).await,
        Page::Tour => split::tour(lang).await,
    }
}

/// Fetches `page`'s long prose in `lang` into the library, if it has any and
/// it is not here yet.
async fn fetch_prose(page: Page, lang: Lang) -> Result<(), Unavailable> {
    let library = crate::app::use_library();
    if library.has_prose(page, lang) {
        return Ok(());
    }
    #[cfg(target_arch = "wasm32")]
    match crate::content::fetch_prose(page, lang).await {
        Ok(prose) => prose
            .into_iter()
            .for_each(|prose| library.add_prose(lang, prose)),
        Err(error) => {
            leptos::logging::error!("{error}");
            return Err(Unavailable);
        }
    }
    Ok(())
}

/// Fetches the code of `page` without building it: at start-up beside the
/// text, when a finger goes down on a link to it, and from the service worker's
/// cache on a return visit.
pub async fn fetch(page: Page) -> Result<(), SplitLoaderError> {
    match page {
        Page::Home => split::fetch_home().await,
        Page::History => split::fetch_history().await,
        Page::Family => split::fetch_family().await,
        Page::Visit => split::fetch_visit().await,
        Page::Directions => split::fetch_directions().await,
        Page::Tour => split::fetch_tour().await,
    }
}

/// Fetches every page's code, one page after another, two seconds from now:
/// called on a return visit, when the service worker controls the page from
/// the start, so every chunk comes from its cache, not the network, and a tap
/// never waits to fetch and compile one. A failure is left to the tap that
/// needs the page.
pub fn fetch_every_page_soon() {
    set_timeout(
        || {
            leptos::task::spawn_local(async {
                for page in Page::ALL {
                    let _ = fetch(page).await;
                }
            })
        },
        std::time::Duration::from_secs(2),
    );
}

/// Builds `view` into its DOM and state.
fn built(view: impl Render<State: 'static>) -> BuiltPage {
    Box::new(view.build())
}

/// One split point per page: `$page(lang)` builds it, fetching its chunk first if
/// need be, and `$fetch()` fetches the chunk alone. `fallible`: a chunk that cannot
/// be fetched is an error to show, not a panic.
macro_rules! split_points {
    ($($page:ident, $fetch:ident => $component:ident;)*) => {$(
        #[wasm_split($page, wasm_split_path = ::leptos::wasm_split, fallible, preload($fetch))]
        pub fn $page(lang: Lang) -> Result<BuiltPage, Unavailable> {
            Ok(built(view! { <$component lang/> }))
        }
    )*};
}

mod split {
    use super::*;

    split_points! {
        home, fetch_home => HomePage;
        history, fetch_history => HistoryPage;
        family, fetch_family => FamilyPage;
        visit, fetch_visit => VisitPage;
        directions, fetch_directions => DirectionsPage;
        tour, fetch_tour => TourPage;
    }
}
