//! The service worker and the network, as the page sees them.
//!
//! The worker is registered only in release builds: `trunk serve` builds in
//! debug, and a worker there would serve yesterday's files during development.
//!
//! What the page knows of a newer version is one value, [`Update`], in a signal
//! the status notices read. What it says to the worker are [`ToWorker`]
//! messages, the ones `public/service-worker/sw.js` understands.

use leptos::prelude::*;
use std::{cell::Cell, rc::Rc, time::Duration};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    MessageChannel, MessageEvent, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};

const WORKER_URL: &str = "/sw.js";
const UPDATE_CHECK_EVERY: Duration = Duration::from_secs(30 * 60);
/// How long a worker may take to say which files its pages load; silence counts as "not this page's".
const ANSWER_WITHIN: Duration = Duration::from_secs(3);

/// Where this page stands with a newer version of the app.
#[derive(Clone, Copy, Default, PartialEq)]
enum Update {
    /// None found, or the one found is the version this page already runs.
    #[default]
    None,
    /// Installed, and waiting for the visitor's go-ahead.
    Waiting,
    /// Accepted in another tab: the new version serves this page's requests while
    /// the page still runs the old files, and a reload brings it on.
    TookOver,
    /// Accepted here: the page reloads as soon as the new version takes over.
    Accepted,
}

impl Update {
    fn is_offered(self) -> bool {
        self != Self::None
    }
}

/// The messages the page sends the worker; sw.js reads the same `type`s.
enum ToWorker<'a> {
    /// Take over now: the visitor accepted the update.
    SkipWaiting,
    /// Do your version's pages load all of these files? Answered on the message's port.
    Uses(&'a [String]),
}

impl ToWorker<'_> {
    fn to_js(&self) -> JsValue {
        let message = js_sys::Object::new();
        let set = |key: &str, value: JsValue| {
            let _ = js_sys::Reflect::set(&message, &key.into(), &value);
        };
        match self {
            Self::SkipWaiting => set("type", "skip-waiting".into()),
            Self::Uses(paths) => {
                set("type", "uses".into());
                let paths: js_sys::Array =
                    paths.iter().map(|path| JsValue::from_str(path)).collect();
                set("paths", paths.into());
            }
        }
        message.into()
    }
}

/// Whether the network is there, and whether a new version is ready.
#[derive(Clone, Copy)]
pub struct AppStatus {
    pub online: ReadSignal<bool>,
    update: RwSignal<Update>,
}

impl AppStatus {
    /// Whether a new version is offered to the visitor.
    pub fn update_ready(&self) -> bool {
        self.update.get().is_offered()
    }

    /// Brings the new version on. A waiting worker is told to take over, and the
    /// page reloads when it has; one that already took over (accepted in another
    /// tab) only needs the reload.
    pub fn accept_update(&self) {
        let reload = || {
            let _ = window().location().reload();
        };
        let (Update::Waiting, Some(container)) = (self.update.get_untracked(), container()) else {
            return reload();
        };
        self.update.set(Update::Accepted);
        leptos::task::spawn_local(async move {
            let registration = JsFuture::from(container.get_registration()).await;
            let waiting = registration
                .ok()
                .and_then(|registration| registration.dyn_into::<ServiceWorkerRegistration>().ok())
                .and_then(|registration| registration.waiting());
            match waiting {
                Some(worker) => {
                    let _ = worker.post_message(&ToWorker::SkipWaiting.to_js());
                }
                // Taken over in the meantime, from another tab.
                None => reload(),
            }
        });
    }
}

pub fn use_app_status() -> AppStatus {
    expect_context()
}

/// Starts watching the network and, in release builds, registers the service worker.
pub fn provide_app_status() {
    let (online, set_online) = signal(window().navigator().on_line());
    window_event_listener(leptos::ev::online, move |_| set_online.set(true));
    window_event_listener(leptos::ev::offline, move |_| set_online.set(false));

    let update = RwSignal::new(Update::None);
    if !cfg!(debug_assertions)
        && let Some(container) = container()
    {
        register(container, update);
    }
    provide_context(AppStatus { online, update });
}

/// The page's service worker container, where the browser has one (secure contexts only).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let present =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

fn register(container: ServiceWorkerContainer, update: RwSignal<Update>) {
    // A first install also takes control of the page: that is no update.
    let controlled = Rc::new(Cell::new(container.controller().is_some()));
    // A return visit: the worker is in charge from the start, with every page's
    // code in its cache. (Not on the first visit, when it takes charge while the
    // page is still starting: compiling every chunk then made the start's
    // blocking time 30–80 ms longer in Lighthouse.)
    if controlled.get() {
        crate::pages::chunks::fetch_every_page_soon();
    }
    let on_controller_change = Closure::<dyn Fn()>::new({
        let controlled = Rc::clone(&controlled);
        move || {
            let was_controlled = controlled.replace(true);
            if matches!(update.get_untracked(), Update::Accepted) {
                let _ = window().location().reload();
            } else if was_controlled
                && let Some(worker) = self::container().and_then(|container| container.controller())
            {
                offer(&worker, Update::TookOver, update);
            }
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    let registration = container.register(WORKER_URL);
    leptos::task::spawn_local(async move {
        let registration = match JsFuture::from(registration).await {
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
        // A version that finished installing while the app was closed, or one
        // installing right now.
        if let Some(worker) = registration.waiting().filter(|_| controlled.get()) {
            offer(&worker, Update::Waiting, update);
        }
        if let Some(worker) = registration.installing() {
            offer_once_installed(worker, update);
        }
        let on_update_found = Closure::<dyn Fn()>::new({
            let registration = registration.clone();
            move || {
                if let Some(worker) = registration.installing() {
                    offer_once_installed(worker, update);
                }
            }
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
        // A visitor may keep the app open for days: look for a new version now and then.
        set_interval(
            move || {
                let _ = registration.update();
            },
            UPDATE_CHECK_EVERY,
        );
    });
}

/// Offers a newer worker once it has installed; a first install needs no offer.
fn offer_once_installed(worker: ServiceWorker, update: RwSignal<Update>) {
    let watched = worker.clone();
    let on_state_change = Closure::<dyn Fn()>::new(move || {
        let has_controller = container().is_some_and(|c| c.controller().is_some());
        if watched.state() == ServiceWorkerState::Installed && has_controller {
            offer(&watched, Update::Waiting, update);
        }
    });
    worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
    on_state_change.forget();
}

/// Offers `offered`, unless `worker` holds the version this page already runs
/// (a page loaded from the network while the previous version's worker was in charge).
fn offer(worker: &ServiceWorker, offered: Update, update: RwSignal<Update>) {
    let worker = worker.clone();
    leptos::task::spawn_local(async move {
        if !runs_version_of(&worker).await {
            update.set(offered);
        }
    });
}

/// Whether this page runs the version `worker` holds: whether that version's
/// pages load this page's start-up script and stylesheet, whose names are hashes
/// of their contents (and the start-up script names the wasm, which names the text).
async fn runs_version_of(worker: &ServiceWorker) -> bool {
    let paths = files_of_this_page();
    if paths.len() < 2 {
        return false;
    }
    let Ok(channel) = MessageChannel::new() else {
        return false;
    };
    let answer = js_sys::Promise::new(&mut |resolve, _reject| {
        let silence = resolve.bind1(&JsValue::NULL, &JsValue::FALSE);
        let on_answer = Closure::once_into_js(move |event: MessageEvent| {
            let held = js_sys::Reflect::get(&event.data(), &"answer".into())
                .ok()
                .and_then(|answer| answer.as_bool());
            let _ = resolve.call1(&JsValue::NULL, &held.unwrap_or(false).into());
        });
        channel
            .port1()
            .set_onmessage(Some(on_answer.unchecked_ref()));
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
            silence.unchecked_ref(),
            ANSWER_WITHIN.as_millis() as i32,
        );
    });
    let transfer = js_sys::Array::of1(&channel.port2());
    let asked = worker.post_message_with_transferable(&ToWorker::Uses(&paths).to_js(), &transfer);
    if asked.is_err() {
        return false;
    }
    JsFuture::from(answer)
        .await
        .ok()
        .and_then(|held| held.as_bool())
        .unwrap_or(false)
}

/// The paths of this page's start-up script and stylesheet.
fn files_of_this_page() -> Vec<String> {
    let document = document();
    let base = crate::browser::current_url();
    [
        (r#"script[type="module"][src]"#, "src"),
        (r#"link[rel="stylesheet"]"#, "href"),
    ]
    .into_iter()
    .filter_map(|(selector, attribute)| {
        let url = document
            .query_selector(selector)
            .ok()??
            .get_attribute(attribute)?;
        web_sys::Url::new_with_base(&url, &base)
            .ok()
            .map(|url| url.pathname())
    })
    .collect()
}
