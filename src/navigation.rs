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

/// The path the address bar shows, and the one way to change it.
#[derive(Clone, Copy)]
pub struct Location {
    pub pathname: ReadSignal<String>,
    set_pathname: WriteSignal<String>,
}

impl Location {
    /// Follows the address bar from now on: Back, Forward, and clicks on the app's links.
    pub fn follow_the_address_bar() -> Self {
        let (pathname, set_pathname) = signal(browser::pathname());
        let location = Self {
            pathname,
            set_pathname,
        };
        window_event_listener(ev::popstate, move |_| set_pathname.set(browser::pathname()));
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
        self.set_pathname.set(browser::pathname());
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
