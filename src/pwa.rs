//! The service worker and the network, as the page sees them.
//!
//! The worker is registered only in release builds: `trunk serve` builds in
//! debug, and a worker there would serve yesterday's files during development.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

const WORKER_URL: &str = "/sw.js";
const UPDATE_CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(30 * 60);

thread_local! {
    /// The new version's worker, installed and waiting for the visitor's go-ahead.
    static WAITING: RefCell<Option<ServiceWorker>> = const { RefCell::new(None) };
    /// Set when the visitor accepts the update, so only that controller change reloads the page.
    static ACCEPTED: Cell<bool> = const { Cell::new(false) };
}

/// Whether the network is there, and whether a new version is ready.
#[derive(Clone, Copy)]
pub struct AppStatus {
    pub online: ReadSignal<bool>,
    pub update_ready: ReadSignal<bool>,
}

pub fn use_app_status() -> AppStatus {
    expect_context()
}

/// Starts watching the network and, in release builds, registers the service worker.
pub fn provide_app_status() {
    let (online, set_online) = signal(window().navigator().on_line());
    window_event_listener(leptos::ev::online, move |_| set_online.set(true));
    window_event_listener(leptos::ev::offline, move |_| set_online.set(false));

    let (update_ready, set_update_ready) = signal(false);
    if !cfg!(debug_assertions)
        && let Some(container) = container()
    {
        register(container, set_update_ready);
    }
    provide_context(AppStatus {
        online,
        update_ready,
    });
}

/// Lets the waiting worker take over; the page reloads when it has.
pub fn apply_update() {
    ACCEPTED.set(true);
    WAITING.with_borrow(|waiting| match waiting {
        Some(worker) => {
            let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
        }
        None => {
            let _ = window().location().reload();
        }
    });
}

/// The page's service worker container, where the browser has one (secure contexts only).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let present =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

fn register(container: ServiceWorkerContainer, set_update_ready: WriteSignal<bool>) {
    let on_controller_change = Closure::<dyn Fn()>::new(|| {
        if ACCEPTED.get() {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    let has_controller = container.controller().is_some();
    let registration = container.register(WORKER_URL);
    leptos::task::spawn_local(async move {
        let registration = match wasm_bindgen_futures::JsFuture::from(registration).await {
            // A browser that blocks workers may answer with nothing at all.
            Ok(registration) if registration.is_object() => {
                registration.unchecked_into::<ServiceWorkerRegistration>()
            }
            Ok(_) => {
                leptos::logging::warn!("offline support is unavailable: no registration");
                return;
            }
            Err(error) => {
                leptos::logging::warn!("offline support is unavailable: {error:?}");
                return;
            }
        };
        // A version that finished installing while the app was closed.
        if let Some(worker) = registration.waiting().filter(|_| has_controller) {
            offer(worker, set_update_ready);
        }
        watch_for_updates(&registration, set_update_ready);
        // A visitor may keep the app open for days: look for a new version now and then.
        set_interval(
            move || {
                let _ = registration.update();
            },
            UPDATE_CHECK_EVERY,
        );
    });
}

/// When a newer worker installs, offer it once it is ready; a first install needs no offer.
fn watch_for_updates(
    registration: &ServiceWorkerRegistration,
    set_update_ready: WriteSignal<bool>,
) {
    let registration_for_event = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = registration_for_event.installing() else {
            return;
        };
        let watched = worker.clone();
        let on_state_change = Closure::<dyn Fn()>::new(move || {
            let has_controller = container().is_some_and(|c| c.controller().is_some());
            if watched.state() == ServiceWorkerState::Installed && has_controller {
                offer(watched.clone(), set_update_ready);
            }
        });
        worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

fn offer(worker: ServiceWorker, set_update_ready: WriteSignal<bool>) {
    WAITING.set(Some(worker));
    set_update_ready.set(true);
}
