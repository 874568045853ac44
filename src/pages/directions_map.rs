use crate::app::use_library;
use crate::content::{FromMuseum, decimal, fill, kilometres};
use crate::route::Lang;
use crate::sketch::{WIDTH, fit};
use leptos::prelude::*;

const SCALE_BAR_METRES: f64 = 500.0;

/// A place on the sketch.
struct Point {
    label: String,
    from_museum: FromMuseum,
    kind: &'static str,
}

/// A sketch of the neighbourhood drawn from the facts' coordinates: no tiles, no
/// third-party request, works offline. Straight lines from the museum, a north
/// arrow and a scale bar; it says it is a sketch.
#[component]
pub fn DirectionsMap(lang: Lang) -> impl IntoView {
    let library = use_library();
    let facts = &library.facts;
    let plan = &library.text(lang).plan;
    let mut points = vec![
        Point {
            label: plan.map_museum.clone(),
            from_museum: FromMuseum::default(),
            kind: "museum",
        },
        Point {
            label: "Casa Azul".into(),
            from_museum: facts.casa_azul.from_museum,
            kind: "place",
        },
    ];
    points.extend(facts.stations.iter().map(|s| Point {
        label: format!("Metro {}", s.name),
        from_museum: s.from_museum,
        kind: "metro",
    }));

    let sketch = fit(&points.iter().map(|p| p.from_museum).collect::<Vec<_>>());
    let (scale, height, origin) = (sketch.scale, sketch.height, sketch.origin);
    // Whole SVG units are finer than any screen shows this map, and integers
    // spare the wasm the standard library's float formatting.
    let px = |value: f64| value.round() as i32;

    let drawn = points
        .iter()
        .zip(sketch.places)
        .map(|(point, (x, y))| {
            // Labels sit under their dots (the museum's above, clear of its lines),
            // anchored so that none runs off the edge.
            let anchor = match x {
                x if x < WIDTH / 3.0 => "start",
                x if x > 2.0 * WIDTH / 3.0 => "end",
                _ => "middle",
            };
            let label_x = match anchor {
                "start" => x - 8.0,
                "end" => x + 8.0,
                _ => x,
            };
            let label_y = if point.kind == "museum" { y - 14.0 } else { y + 20.0 };
            let km = kilometres(point.from_museum.straight_line);
            let line = (point.kind != "museum").then(|| {
                view! { <line class="map__line" x1=px(origin.0) y1=px(origin.1) x2=px(x) y2=px(y)><title>{fill(&plan.straight_line, &[("km", &km)])}</title></line> }
            });
            view! {
                {line}
                <circle class=format!("map__dot map__dot--{}", point.kind) cx=px(x) cy=px(y) r=if point.kind == "museum" { 8 } else { 6 }/>
                <text class="map__label" x=px(label_x) y=px(label_y) text-anchor=anchor>{point.label.clone()}</text>
            }
        })
        .collect_view();

    let (width, height, bar) = (px(WIDTH), px(height), px(SCALE_BAR_METRES * scale));
    view! {
        <figure class="map">
            <svg viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="map-title map-caption">
                <title id="map-title">{plan.map_title.as_str()}</title>
                <rect class="map__ground" width=width height=height/>
                {drawn}
                <g class="map__north" transform=format!("translate({} {})", width - 20, height - 44)>
                    <path d="M0 -18 L8 8 L0 3 L-8 8 Z"/>
                    <text y="24" text-anchor="middle">{plan.map_north.as_str()}</text>
                </g>
                <g class="map__scale" transform=format!("translate(16 {})", height - 14)>
                    <line x1="0" y1="0" x2=bar y2="0"/>
                    <line x1="0" y1="-5" x2="0" y2="5"/>
                    <line x1=bar y1="-5" x2=bar y2="5"/>
                    <text x=bar + 6 y="4">{fill(&plan.map_scale, &[("metres", &decimal(SCALE_BAR_METRES, 0))])}</text>
                </g>
            </svg>
            <figcaption id="map-caption">{plan.map_caption.as_str()}</figcaption>
        </figure>
    }
}
