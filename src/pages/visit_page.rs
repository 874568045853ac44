use super::PageHeading;
use super::add_to_calendar::AddToCalendar;
use crate::app::use_library;
use crate::components::{OpeningStatus, ShareButton};
use crate::content::fill;
use crate::route::Lang;
use crate::visit_info::use_visit_info;
use leptos::prelude::*;

/// Opening days and hours, admission, guided tours.
#[component]
pub fn VisitPage(lang: Lang) -> impl IntoView {
    let library = use_library();
    let info = use_visit_info();
    let text = library.text(lang);
    let visit = &text.visit;
    let today = move || info.now.get().map(|now| now.date.weekday());
    let rows = move || {
        info.data
            .get()
            .week
            .days()
            .into_iter()
            .zip(&text.ui.weekdays)
            .enumerate()
            .map(|(weekday, (hours, day))| {
                let shown = match hours {
                    Some(hours) => format!("{}–{}", hours.opens, hours.closes),
                    None => text.ui.closed.clone(),
                };
                let is_today = move || today() == Some(weekday);
                view! {
                    <tr class:closed=hours.is_none() class:today=is_today aria-current=move || is_today().then_some("date")>
                        <th scope="row">
                            {day.as_str()}
                            <span class="today-label" hidden=move || !is_today()>
                                {move || is_today().then(|| format!(" ({})", text.plan.today))}
                            </span>
                        </th>
                        <td>{shown}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let price = move || info.data.get().admission_price();

    view! {
        <PageHeading title=&visit.title lead=&visit.lead/>
        <OpeningStatus lang/>
        <section aria-labelledby="hours-heading">
            <h2 id="hours-heading">{visit.hours_heading.as_str()}</h2>
            <table class="hours">
                <caption>{visit.hours_caption.as_str()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{visit.day_column.as_str()}</th>
                        <th scope="col">{visit.hours_column.as_str()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="note">{visit.hours_note.as_str()}</p>
        </section>
        <section aria-labelledby="admission-heading">
            <h2 id="admission-heading">{visit.admission_heading.as_str()}</h2>
            <p>{move || fill(&visit.admission, &[("price", &price())])}</p>
            <p class="note">{visit.admission_note.as_str()}</p>
        </section>
        <section aria-labelledby="tours-heading">
            <h2 id="tours-heading">{visit.tours_heading.as_str()}</h2>
            <p>{visit.tours.as_str()}</p>
        </section>
        <section aria-labelledby="booking-heading">
            <h2 id="booking-heading">{visit.booking_heading.as_str()}</h2>
            <p>{visit.booking.as_str()}</p>
        </section>
        <AddToCalendar lang/>
        <ShareButton lang/>
    }
}
