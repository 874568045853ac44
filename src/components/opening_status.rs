use crate::app::{use_here, use_text};
use crate::content::{Notice, PlanText, Ui, fill};
use crate::opening::{ClosedWhy, MOST_NOTICES_SHOWN, MuseumTime, OpenStatus, notices_on, status};
use crate::route::Lang;
use crate::visit_info::{Freshness, use_visit_info};
use leptos::prelude::*;

/// The status in words: "Open now · closes at 17:00", "Closed today (Monday), opens tomorrow at 10:00".
pub fn describe(
    status: &OpenStatus,
    today: MuseumTime,
    lang: Lang,
    plan: &PlanText,
    ui: &Ui,
) -> String {
    // Spanish writes weekdays in lower case inside a sentence; English keeps the capital.
    let day_name = |weekday: usize| match lang {
        Lang::En => ui.weekdays[weekday].clone(),
        Lang::Es => ui.weekdays[weekday].to_lowercase(),
    };
    let next = |next: &Option<crate::opening::NextOpening>| match next {
        Some(next) if next.is_tomorrow => {
            fill(&plan.next_tomorrow, &[("time", &next.opens.to_string())])
        }
        Some(next) => fill(
            &plan.next_day,
            &[
                ("day", &day_name(next.weekday)),
                ("time", &next.opens.to_string()),
            ],
        ),
        None => String::new(),
    };
    match status {
        OpenStatus::Open { minutes_left, .. } if *minutes_left <= 60 => {
            let form = plan.closes_in.of(*minutes_left as usize);
            fill(form, &[("minutes", &minutes_left.to_string())])
        }
        OpenStatus::Open { closes, .. } => fill(&plan.open_until, &[("time", &closes.to_string())]),
        OpenStatus::OpensToday { opens } => {
            fill(&plan.opens_today, &[("time", &opens.to_string())])
        }
        OpenStatus::Closed {
            why,
            next: upcoming,
        } => {
            let closed = match why {
                ClosedWhy::WeeklyClosingDay => fill(
                    &plan.closed_today_weekly,
                    &[("day", &day_name(today.date.weekday()))],
                ),
                ClosedWhy::Notice => plan.closed_today_notice.clone(),
                ClosedWhy::AfterHours => plan.closed_now.clone(),
            };
            match next(upcoming) {
                text if text.is_empty() => closed,
                text => format!("{closed} · {text}"),
            }
        }
    }
}

/// The notice text in `lang`.
pub fn notice_text(notice: &Notice, lang: Lang) -> &str {
    match lang {
        Lang::En => &notice.en,
        Lang::Es => &notice.es,
    }
}

/// Whether the museum is open right now in Coyoacán, today's notices, and whether
/// the data could be refreshed. Updates itself while the page stays open.
#[component]
pub fn OpeningStatus() -> impl IntoView {
    let lang = use_here().lang;
    let info = use_visit_info();
    let text = use_text();

    let line = move || {
        let now = info.now.get()?;
        let data = info.data.get();
        let status = status(now, &data.week, &data.notices);
        let open = matches!(status, OpenStatus::Open { .. });
        Some((
            describe(&status, now, lang.get(), &text().plan, &text().ui),
            open,
        ))
    };
    let notices = move || {
        let Some(now) = info.now.get() else {
            return Vec::new();
        };
        let data = info.data.get();
        notices_on(now.date, &data.notices)
            .take(MOST_NOTICES_SHOWN)
            .map(|notice| notice_text(notice, lang.get()).to_owned())
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
                        <h2 class="notices__heading">{text().plan.notices_heading.as_str()}</h2>
                        <ul>{notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            <Show when=move || info.freshness.get() == Freshness::Bundled>
                <p class="note opening__stale">{move || text().plan.refresh_failed.as_str()}</p>
            </Show>
        </section>
    }
}
