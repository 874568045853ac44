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

    view! {
        <section class="opening" aria-live="polite" data-moment>
            {move || line().map(|(line, open)| view! {
                <p class="opening__status" class:opening__status--open=open>{line}</p>
            })}
            {move || {
                let notices = notices();
                (!notices.is_empty()).then(|| view! {
                    <div class="notices">
                        <h2 class="notices__heading">{text.plan.notices_heading.as_str()}</h2>
                        <ul>{notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            {move || (info.freshness.get() == Freshness::Bundled)
                .then(|| view! { <p class="note opening__stale">{text.plan.refresh_failed.as_str()}</p> })}
        </section>
    }
}
