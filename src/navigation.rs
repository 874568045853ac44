//! Moving between pages without reloading: the current path as a signal, the
//! app's own links taken over, and Back and Forward followed.
//!
//! The app matches paths against its own table (`route.rs`), so it needs none of
//! a general router's matching; this is all it used of `leptos_router`. Dropping
//! that crate (and `leptos_meta`, see `browser::show_document`) took 38 KB off
//! the compressed wasm of every first visit.

use crate::browser;
use crate::content::Library;
use crate::route::Route;
use leptos::ev;
use leptos::prelude::*;

/// The path and fragment the address bar shows, and the one way to change them.
#[derive(Clone, Copy)]
pub struct Location {
    pub pathname: ReadSignal<String>,
    /// With its `#`, or empty: `#natalia` selects a person on the family page.
    pub fragment: ReadSignal<String>,
    set_pathname: WriteSignal<String>,
    set_fragment: WriteSignal<String>,
    library: &'static Library,
    scrolls: ScrollMemory,
}

/// How far down each history entry was scrolled when the visitor left it, so
/// Back and Forward return to the same place. Each entry the app writes carries
/// a key as its history state; an entry the browser made (a link within the
/// page) gets one when it is first shown.
#[derive(Clone, Copy)]
struct ScrollMemory {
    /// The key of the entry on screen.
    current: StoredValue<f64>,
    /// Scroll position by entry key.
    positions: StoredValue<Vec<(f64, f64)>>,
    /// Set on Back or Forward, taken by the arrival of the page.
    restore: StoredValue<Option<f64>>,
}

impl ScrollMemory {
    fn start() -> Self {
        browser::restore_scroll_manually();
        let current = browser::history_key().unwrap_or_else(new_key);
        browser::mark_history_entry(current);
        let memory = Self {
            current: StoredValue::new(current),
            positions: StoredValue::new(Vec::new()),
            restore: StoredValue::new(None),
        };
        window_event_listener(ev::scroll, move |_| memory.remember(browser::scroll_y()));
        memory
    }

    fn remember(self, y: f64) {
        let key = self.current.get_value();
        self.positions.update_value(|positions| {
            positions.retain(|(entry, _)| *entry != key);
            positions.push((key, y));
        });
    }

    /// A new entry, about to be pushed: its key. Where the visitor leaves the
    /// current one is noted first, scroll events or not.
    fn push(self) -> f64 {
        self.remember(browser::scroll_y());
        let key = new_key();
        self.current.set_value(key);
        key
    }

    /// The browser moved to another entry (Back, Forward, or a link within the page).
    fn arrive(self, traversed: bool) {
        let key = browser::history_key().unwrap_or_else(|| {
            let key = new_key();
            browser::mark_history_entry(key);
            key
        });
        self.current.set_value(key);
        let known = self.positions.with_value(|positions| {
            positions
                .iter()
                .find(|(entry, _)| *entry == key)
                .map(|(_, y)| *y)
        });
        self.restore.set_value(known.filter(|_| traversed));
    }

    /// Where Back or Forward should scroll to, once: `None` for any other arrival.
    pub fn take_restore(self) -> Option<f64> {
        self.restore.try_update_value(Option::take).flatten()
    }
}

/// A key no entry of this page has had.
fn new_key() -> f64 {
    js_sys::Date::now() + js_sys::Math::random()
}

impl Location {
    /// Follows the address bar from now on: Back, Forward, and clicks on the app's links.
    pub fn follow_the_address_bar(library: &'static Library) -> Self {
        let (pathname, set_pathname) = signal(browser::pathname());
        let (fragment, set_fragment) = signal(browser::fragment());
        let location = Self {
            pathname,
            fragment,
            set_pathname,
            set_fragment,
            library,
            scrolls: ScrollMemory::start(),
        };
        window_event_listener(ev::popstate, move |_| {
            location.scrolls.arrive(true);
            location.read_address_bar();
        });
        // Links within a page (`#era-exile`) are left to the browser, which says so here.
        window_event_listener(ev::hashchange, move |_| {
            location.scrolls.arrive(false);
            location.read_address_bar();
        });
        window_event_listener(ev::click, move |event| {
            if let Some(path) = browser::own_link_target(&event) {
                event.prevent_default();
                // A link to where the visitor already is adds no entry to go Back through.
                let here = browser::pathname() + &browser::search() + &browser::fragment();
                let history = if path == here {
                    History::Replace
                } else {
                    History::Push
                };
                location.go(&path, history);
            }
        });
        // A page's code (`pages::chunks`) is fetched from the moment a finger or
        // a button goes down on its link, not when it lifts: on a slow line the
        // click then finds more of it here.
        #[cfg(target_arch = "wasm32")]
        window_event_listener(ev::pointerdown, |event| {
            let path = browser::own_link_target(&event).unwrap_or_default();
            let path = path.split(['?', '#']).next().unwrap_or_default();
            if let Route::Page(page, _) = Route::parse(path) {
                // A failure is left to the click, which tries again and says so.
                leptos::task::spawn_local(async move {
                    let _ = crate::pages::chunks::fetch(page).await;
                });
            }
        });
        location
    }

    /// Shows `path`, adding to the history or replacing its current entry.
    pub fn go(self, path: &str, history: History) {
        let key = match history {
            History::Push => self.scrolls.push(),
            History::Replace => self.scrolls.current.get_value(),
        };
        browser::write_history(path, history == History::Replace, key);
        self.read_address_bar();
    }

    /// Where Back or Forward should scroll to, once the page is drawn.
    pub fn take_scroll_restore(self) -> Option<f64> {
        self.scrolls.take_restore()
    }

    /// Follows the address bar, once the text of its language is here: a page
    /// in the other language waits for that text (from the service worker's
    /// cache once the app has been opened), then shows, never half-translated.
    fn read_address_bar(self) {
        let lang = Route::parse(&browser::pathname())
            .lang()
            .unwrap_or_else(browser::visitor_lang);
        if self.library.has(lang) {
            self.show_address_bar();
        } else {
            #[cfg(target_arch = "wasm32")]
            leptos::task::spawn_local(async move {
                match crate::content::fetch_text(lang).await {
                    Ok(text) => self.library.add(lang, text),
                    // The page then stays in the language that is here (see `app::Site`).
                    Err(error) => leptos::logging::error!("{error}"),
                }
                self.show_address_bar();
            });
        }
    }

    fn show_address_bar(self) {
        self.set_pathname.set(browser::pathname());
        self.set_fragment.set(browser::fragment());
    }
}

/// What a move does to the browser's history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry: Back returns here.
    Push,
    /// The current entry changes: Back skips it (for redirects such as `/` → `/en/`).
    Replace,
}
