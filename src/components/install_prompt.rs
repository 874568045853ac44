use crate::app::use_text;
use crate::browser;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The browser's deferred install prompt, kept until the visitor asks for it.
    static DEFERRED: RefCell<Option<web_sys::Event>> = const { RefCell::new(None) };
}

/// Where the start-up script keeps a `beforeinstallprompt` that came before the app.
const EARLY_PROMPT: &str = "casaTrotskyInstallPrompt";

/// How this browser lets a visitor install the app, if it does and they have not said no.
#[derive(Clone, Copy, PartialEq)]
enum Offer {
    None,
    /// Chromium fired `beforeinstallprompt`: one button does it.
    Button,
    /// iOS Safari has no prompt: explain Share, then Add to Home Screen.
    IosHint,
}

/// A discreet offer to install the app; once dismissed, never shown again.
#[component]
pub fn InstallPrompt() -> impl IntoView {
    let text = use_text();
    let ui = move || &text().ui;
    let unwanted = browser::install_dismissed() || browser::is_standalone();
    let initial = if !unwanted && browser::is_ios_safari() {
        Offer::IosHint
    } else {
        Offer::None
    };
    let (offer, set_offer) = signal(initial);

    if !unwanted {
        // Chromium may offer before the app has started: the start-up script
        // kept that early event (public/csp/boot-script.mjs).
        let early = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(EARLY_PROMPT))
            .ok()
            .filter(|event| event.is_object());
        if let Some(event) = early {
            DEFERRED.set(Some(event.unchecked_into()));
            set_offer.set(Offer::Button);
        }
        let _ = window_event_listener_untyped("beforeinstallprompt", move |event| {
            event.prevent_default();
            DEFERRED.set(Some(event));
            set_offer.set(Offer::Button);
        });
    }
    let _ = window_event_listener_untyped("appinstalled", move |_| set_offer.set(Offer::None));

    let install = move |_| {
        if let Some(event) = DEFERRED.take() {
            let prompt = js_sys::Reflect::get(&event, &JsValue::from_str("prompt"));
            if let Ok(prompt) = prompt.and_then(|p| p.dyn_into::<js_sys::Function>()) {
                let _ = prompt.call0(&event);
            }
        }
        set_offer.set(Offer::None);
    };
    let dismiss = move |_| {
        browser::dismiss_install();
        set_offer.set(Offer::None);
    };

    view! {
        // Kept in the page and shown with `hidden` (cheaper in the wasm than <Show>).
        <aside class="install" hidden=move || offer.get() == Offer::None aria-label=move || ui().install_label.as_str()>
            <button type="button" class="button" hidden=move || offer.get() != Offer::Button on:click=install>
                {move || ui().install.as_str()}
            </button>
            <p hidden=move || offer.get() != Offer::IosHint>
                {move || (offer.get() == Offer::IosHint).then(|| ui().install_ios_hint.as_str())}
            </p>
            <button type="button" class="button button--quiet" on:click=dismiss>{move || ui().dismiss.as_str()}</button>
        </aside>
    }
}
