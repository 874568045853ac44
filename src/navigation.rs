//! Moving between pages without reloading: the current path as a signal, the
//! app's own links taken over, and Back and Forward followed.
//!
//! The app matches paths against its own table (`route.rs`), so it needs none of
//! a general router's matching; this is all it used of `leptos_router`. Dropping
//! that crate (and `leptos_meta`, see `browser::show_document`) took 38 KB off
//! the compressed wasm of every first visit.

use crate::browser;
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
}

impl Location {
    /// Follows the address bar from now on: Back, Forward, and clicks on the app's links.
    pub fn follow_the_address_bar() -> Self {
        let (pathname, set_pathname) = signal(browser::pathname());
        let (fragment, set_fragment) = signal(browser::fragment());
        let location = Self {
            pathname,
            fragment,
            set_pathname,
            set_fragment,
        };
        window_event_listener(ev::popstate, move |_| location.read_address_bar());
        // Links within a page (`#era-exile`) are left to the browser, which says so here.
        window_event_listener(ev::hashchange, move |_| location.read_address_bar());
        window_event_listener(ev::click, move |event| {
            if let Some(path) = browser::own_link_target(&event) {
                event.prevent_default();
                location.go(&path, History::Push);
            }
        });
        location
    }

    /// Shows `path`, adding to the history or replacing its current entry.
    pub fn go(self, path: &str, history: History) {
        browser::write_history(path, history == History::Replace);
        self.read_address_bar();
    }

    fn read_address_bar(self) {
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
