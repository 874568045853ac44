use super::PageHeading;
use crate::app::use_library;
use crate::content::fill;
use crate::route::Lang;
use leptos::prelude::*;

/// The address, the two Metro stations worth walking from, and the Casa Azul nearby.
#[component]
pub fn DirectionsPage(lang: Lang) -> impl IntoView {
    let library = use_library();
    let facts = &library.facts;
    let directions = &library.text(lang).directions;
    let address = facts
        .museum
        .address
        .iter()
        .map(|line| view! { <span>{line.as_str()}</span> })
        .collect_view();
    let stations = facts
        .stations
        .iter()
        .map(|station| {
            view! {
                <li class="station">
                    <span class="line-badge" style:--line-colour=station.colour.as_str()>
                        {fill(&directions.metro_line, &[("line", &station.line)])}
                    </span>
                    <span class="station__name">{format!("Metro {}", station.name)}</span>
                    <span class="station__walk">
                        {fill(&directions.walk_minutes, &[("minutes", &station.walk_minutes.to_string())])}
                    </span>
                </li>
            }
        })
        .collect_view();
    let casa_azul = &facts.casa_azul;

    view! {
        <PageHeading title=&directions.title lead=&directions.lead/>
        <section aria-labelledby="address-heading">
            <h2 id="address-heading">{directions.address_heading.as_str()}</h2>
            <address class="address">{address}</address>
            <p>{directions.entrance_note.as_str()}</p>
        </section>
        <section aria-labelledby="metro-heading">
            <h2 id="metro-heading">{directions.metro_heading.as_str()}</h2>
            <p>{directions.metro_intro.as_str()}</p>
            <ul class="stations">{stations}</ul>
            <p class="note">{directions.metro_avoid.as_str()}</p>
        </section>
        <section aria-labelledby="nearby-heading">
            <h2 id="nearby-heading">{directions.nearby_heading.as_str()}</h2>
            <p>
                <strong>{casa_azul.name.as_str()}</strong>
                {format!(", {}. ", casa_azul.address)}
                {fill(
                    &directions.casa_azul,
                    &[("metres", &casa_azul.distance_metres.to_string()), ("minutes", &casa_azul.walk_minutes)],
                )}
            </p>
            <p>{directions.casa_azul_tickets.as_str()}</p>
        </section>
    }
}
