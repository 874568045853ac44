use crate::app::use_library;
use crate::opening::{MOST_NOTICES_SHOWN, OpenStatus, describe, notice_text, notices_on, status};
use crate::route::Lang;
use crate::visit_info::{Freshness, use_visit_info};
use leptos::prelude::*;

/// Whether the museum is open right now in Coyoacán, today's notices, and whether
/// the data could be refreshed. Updates itself while the page stays open.
#[component]
pub fn OpeningStatus(lang: Lang) -> impl IntoView {
    let info = use_visit_info();
    let text = use_library().text(lang);

    let line = move || {
        let now = info.now.get()?;
        let data = info.data.get();
        let status = status(now, &data.week, &data.notices);
        let open = matches!(status, OpenStatus::Open { .. });
        Some((describe(&status, now, &text.plan, &text.ui), open))
    };
    let notices = move || {
        let Some(now) = info.now.get() else {
            return Vec::new();
        };
        let data = info.data.get();
        notices_on(now.date, &data.notices)
            .take(MOST_NOTICES_SHOWN)
            .map(|notice| notice_text(notice, lang).to_owned())
            .collect::<Vec<_>>()
    };

    // Kept in the page and shown with `hidden` (cheaper in the wasm than a view
    // built and dropped); the words go only while shown, so a hidden part says nothing.
    let no_notices = move || notices().is_empty();
    let stale = move || info.freshness.get() == Freshness::Bundled;
    view! {
        <section class="opening" aria-live="polite" data-moment>
            <p
                class="opening__status"
                class:opening__status--open=move || line().is_some_and(|(_, open)| open)
                hidden=move || line().is_none()
            >
                {move || line().map(|(line, _)| line)}
            </p>
            <div class="notices" hidden=no_notices>
                <h2 class="notices__heading">
                    {move || (!no_notices()).then_some(text.plan.notices_heading.as_str())}
                </h2>
                <ul>{move || notices().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </div>
            <p class="note opening__stale" hidden=move || !stale()>
                {move || stale().then_some(text.plan.refresh_failed.as_str())}
            </p>
        </section>
    }
}
