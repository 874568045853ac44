//! Opening hours, admission and notices, kept fresh without a rebuild.
//!
//! The copy bundled in the wasm is shown at once; `public/data/visit.json` is then
//! fetched, so the museum can change hours or post a notice by editing one file on
//! the server. If the fetch fails or the file is broken, the bundled copy stays,
//! the page says so discreetly, and the console names the file and the problem.

use crate::browser::fetch_failure;
use crate::content::{Library, VISIT_JSON, VisitData};
use crate::opening::MuseumTime;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

const VISIT_URL: &str = "/data/visit.json";
const FETCH_TIMEOUT: Duration = Duration::from_secs(8);
/// The museum's file is under 1 KB; anything past this is a mistake, or worse,
/// and is refused whole (the bundled copy stays).
const LARGEST_ACCEPTED_BYTES: usize = 64 * 1024;
const CLOCK_TICK: Duration = Duration::from_secs(30);

/// Whether the data on screen is the server's current file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    Checking,
    Fresh,
    /// The bundled copy, because the served file could not be used.
    Bundled,
}

/// The visit data on screen and the museum's wall clock.
#[derive(Clone, Copy)]
pub struct VisitInfo {
    pub data: ReadSignal<&'static VisitData>,
    pub freshness: ReadSignal<Freshness>,
    /// `None` where the browser cannot tell the time in the museum's zone.
    pub now: ReadSignal<Option<MuseumTime>>,
}

pub fn use_visit_info() -> VisitInfo {
    expect_context()
}

/// Shows the bundled data, fetches the served file once, and starts the clock.
pub fn provide_visit_info(library: &'static Library) {
    let (data, set_data) = signal(&library.visit);
    let (freshness, set_freshness) = signal(Freshness::Checking);
    leptos::task::spawn_local(async move {
        match fetch_visit_data().await {
            Ok(fresh) => {
                set_data.set(Box::leak(Box::new(fresh)));
                set_freshness.set(Freshness::Fresh);
            }
            Err(problem) => {
                leptos::logging::error!(
                    "{} ({VISIT_URL}) {problem}; showing the copy bundled with the app",
                    VISIT_JSON.0
                );
                set_freshness.set(Freshness::Bundled);
            }
        }
    });

    let (now, set_now) = signal(museum_now(&library.visit.time_zone));
    let zone = move || data.get_untracked().time_zone.clone();
    // A minute's precision is all the status needs; ticking twice a minute keeps it at most 30 s late.
    let _ = set_interval_with_handle(move || set_now.set(museum_now(&zone())), CLOCK_TICK);
    provide_context(VisitInfo {
        data,
        freshness,
        now,
    });
}

/// Fetches and checks the served file, describing what is wrong with it if anything is.
async fn fetch_visit_data() -> Result<VisitData, String> {
    let controller =
        web_sys::AbortController::new().map_err(|_| "could not be fetched".to_owned())?;
    let abort = controller.clone();
    let timer = set_timeout_with_handle(move || abort.abort(), FETCH_TIMEOUT).ok();
    let response = gloo_net::http::Request::get(VISIT_URL)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    let response =
        response.map_err(|error| format!("could not be fetched: {}", fetch_failure(&error)))?;
    if !response.ok() {
        return Err(format!("answered HTTP {}", response.status()));
    }
    // A host that answers unknown paths with index.html says 200 for a missing file.
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if !content_type.contains("json") {
        return Err(format!("came back as {content_type:?}, not JSON"));
    }
    let text = response
        .text()
        .await
        .map_err(|error| format!("could not be read: {}", fetch_failure(&error)))?;
    if text.len() > LARGEST_ACCEPTED_BYTES {
        return Err(format!(
            "is {} bytes, more than the {LARGEST_ACCEPTED_BYTES} accepted",
            text.len()
        ));
    }
    crate::content::json::read(&text).map_err(|error| format!("is not valid: {error}"))
}

/// The wall-clock time in `time_zone` now, from the browser's own time-zone database.
fn museum_now(time_zone: &str) -> Option<MuseumTime> {
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::JsValue;

    let options = Object::new();
    for (key, value) in [
        ("timeZone", time_zone),
        ("year", "numeric"),
        ("month", "2-digit"),
        ("day", "2-digit"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
    ] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    // Constructed through Reflect so an unknown zone name is an error, not a throw.
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor = Reflect::get(&intl, &"DateTimeFormat".into()).ok()?;
    let args = Array::of2(&JsValue::from_str("en-US"), &options);
    let format: js_sys::Intl::DateTimeFormat =
        Reflect::construct(constructor.dyn_ref::<js_sys::Function>()?, &args)
            .ok()?
            .unchecked_into();
    let parts = format.format_to_parts(&js_sys::Date::new_0());

    let part = |wanted: &str| -> Option<u32> {
        parts.iter().find_map(|part| {
            let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
            (kind == wanted).then(|| {
                Reflect::get(&part, &"value".into())
                    .ok()?
                    .as_string()?
                    .parse()
                    .ok()
            })?
        })
    };
    let date = crate::content::Date::new(
        part("year")? as i32,
        part("month")? as u8,
        part("day")? as u8,
    )?;
    Some(MuseumTime {
        date,
        hour: part("hour")? as u8,
        minute: part("minute")? as u8,
    })
}
