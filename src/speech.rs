//! The phone's own voices, through the Web Speech API. Every call fails
//! softly: a browser without speech, or a voice that errors, leaves the text
//! on the page as it is.
//!
//! Only property reads and method calls reach the browser's objects (no
//! `instanceof` checks), so a test can stand in its own `speechSynthesis`.

use crate::read_aloud::Voice;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synth() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // Some browsers have no such property at all: reading it would throw.
    if !js_sys::Reflect::has(&window, &"speechSynthesis".into()).ok()? {
        return None;
    }
    window.speech_synthesis().ok()
}

fn browser_voices() -> Vec<SpeechSynthesisVoice> {
    synth()
        .map(|synth| {
            synth
                .get_voices()
                .iter()
                .map(|voice| voice.unchecked_into())
                .collect()
        })
        .unwrap_or_default()
}

/// The voices the browser offers now (often none until `voiceschanged`).
pub fn voices() -> Vec<Voice> {
    browser_voices()
        .iter()
        .map(|voice| Voice {
            uri: voice.voice_uri(),
            name: voice.name(),
            lang: voice.lang(),
            local: voice.local_service(),
        })
        .collect()
}

/// Calls `changed` whenever the browser's list of voices changes, in place of
/// whatever was called before.
pub fn on_voices_changed(changed: Box<dyn Fn()>) {
    let Some(synth) = synth() else { return };
    let callback = Closure::<dyn Fn()>::new(changed);
    synth.set_onvoiceschanged(Some(callback.as_ref().unchecked_ref()));
    // Kept for the life of the page: a few bytes for each visit to the tour.
    callback.forget();
}

/// Reads `parts` one after another with the voice `voice`, at `rate`, then
/// calls `done(true)`; `done(false)` if the voice fails on the way (also when
/// [`cancel`] interrupts it: callers tell their own readings apart).
pub fn speak(parts: &[String], voice: &Voice, rate: f32, done: impl FnOnce(bool) + 'static) {
    let Some(synth) = synth() else {
        return done(false);
    };
    let Some(chosen) = browser_voices()
        .into_iter()
        .find(|v| v.voice_uri() == voice.uri)
    else {
        return done(false);
    };
    // One callback for the whole stop: the last part's end, or any part's error.
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let count = parts.len();
    for (index, part) in parts.iter().enumerate() {
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(part) else {
            return finish(&done, false);
        };
        // Always the language too: without it Android's Chrome reads in English.
        utterance.set_lang(&voice.lang);
        utterance.set_voice(Some(&chosen));
        utterance.set_rate(rate);
        let failed = done.clone();
        utterance.set_onerror(Some(
            Closure::once_into_js(move || finish(&failed, false)).unchecked_ref(),
        ));
        if index + 1 == count {
            let ended = done.clone();
            utterance.set_onend(Some(
                Closure::once_into_js(move || finish(&ended, true)).unchecked_ref(),
            ));
        }
        synth.speak(&utterance);
    }
}

fn finish<F: FnOnce(bool)>(done: &std::cell::Cell<Option<F>>, ok: bool) {
    if let Some(done) = done.take() {
        done(ok);
    }
}

pub fn pause() {
    if let Some(synth) = synth() {
        synth.pause();
    }
}

pub fn resume() {
    if let Some(synth) = synth() {
        synth.resume();
    }
}

/// Silences the voice and drops whatever was queued.
pub fn cancel() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}
