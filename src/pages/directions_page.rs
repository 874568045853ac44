use super::PageHeading;
use super::directions_map::DirectionsMap;
use crate::app::use_library;
use crate::components::{CopyButton, ShareButton};
use crate::content::{fill, kilometres};
use crate::route::Lang;
use leptos::prelude::*;

/// The address, the two Metro stations worth walking from, and the Casa Azul nearby.
#[component]
pub fn DirectionsPage(lang: Lang) -> impl IntoView {
    let library = use_library();
    let facts = &library.facts;
    let text = library.text(lang);
    let directions = &text.directions;
    let plan = &text.plan;
    let museum = facts.museum.location;
    let km = |metres: f64| fill(&plan.straight_line, &[("km", &kilometres(metres))]);
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
                    <span class="line-badge" data-line=station.line.as_str()>
                        {fill(&directions.metro_line, &[("line", &station.line)])}
                    </span>
                    <span class="station__name">{format!("Metro {}", station.name)}</span>
                    <span class="station__walk">
                        {fill(&directions.walk_minutes, &[("minutes", &station.walk_minutes.to_string())])}
                        {format!(" · {}", km(station.from_museum.straight_line))}
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
            <p class="actions">
                <CopyButton
                    label=&plan.copy_address
                    done=&plan.address_copied
                    failed=&plan.copy_failed
                    text=facts.museum.address.join(", ")
                />
            </p>
            <p class="actions">
                <a class="button button--quiet" href=museum.geo_uri(&text.ui.museum_name)>{plan.open_in_maps.as_str()}</a>
                <a class="button button--quiet" href=museum.osm_url() rel="noopener">{plan.open_in_osm.as_str()}</a>
            </p>
        </section>
        <section aria-labelledby="map-heading">
            <h2 id="map-heading">{plan.map_heading.as_str()}</h2>
            <DirectionsMap lang/>
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
            <p>{km(casa_azul.from_museum.straight_line)}</p>
            <p>{directions.casa_azul_tickets.as_str()}</p>
        </section>
        <ShareButton lang/>
    }
}
