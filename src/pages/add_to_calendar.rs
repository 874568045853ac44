use crate::app::use_library;
use crate::browser;
use crate::calendar::visit_event;
use crate::content::Date;
use crate::opening::hours_on;
use crate::route::Lang;
use crate::visit_info::use_visit_info;
use leptos::prelude::*;

/// Pick a day, get a calendar event for it within opening hours, at the museum's address.
#[component]
pub fn AddToCalendar(lang: Lang) -> impl IntoView {
    let library = use_library();
    let info = use_visit_info();
    let plan = &library.text(lang).plan;
    // Changes once a day, not with every tick of the clock.
    let today = Memo::new(move |_| {
        info.now
            .get()
            .map(|now| now.date.to_string())
            .unwrap_or_default()
    });
    let (chosen, set_chosen) = signal(String::new());
    let (closed, set_closed) = signal(false);

    let add = move |_| {
        let text = chosen.get_untracked();
        let day = Date::try_from(if text.is_empty() {
            today.get_untracked()
        } else {
            text
        });
        let data = info.data.get_untracked();
        let Some((day, hours)) = day
            .ok()
            .and_then(|day| Some((day, hours_on(day, &data.week, &data.notices)?)))
        else {
            set_closed.set(true);
            return;
        };
        set_closed.set(false);
        let address = library.facts.museum.address.join(", ");
        let ics = visit_event(
            day,
            hours,
            &plan.calendar_summary,
            &address,
            &plan.calendar_description,
            &browser::host(),
            browser::utc_now(),
        );
        browser::download(&format!("casa-trotsky-{day}.ics"), "text/calendar", &ics);
    };

    view! {
        <section class="calendar" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">{plan.calendar_heading.as_str()}</h2>
            <p class="actions">
                <label for="visit-day">{plan.calendar_day.as_str()}</label>
                <input
                    id="visit-day"
                    type="date"
                    min=today
                    // Today as the field's default, never written over what the visitor
                    // types: a half-typed date reaches `change` as empty, and putting
                    // today back then would scatter the next keystrokes.
                    value=today
                    on:change=move |event| set_chosen.set(event_target_value(&event))
                />
                <button type="button" class="button" on:click=add>{plan.calendar_button.as_str()}</button>
            </p>
            <p class="confirmation" role="status">{move || closed.get().then_some(plan.calendar_closed.as_str())}</p>
        </section>
    }
}
