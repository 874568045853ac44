//! The words of the opening status, and the geometry behind the directions.

use casa_trotsky::content::{ClockTime, Date, LatLon, Library, fill};
use casa_trotsky::opening::{ClosedWhy, MuseumTime, NextOpening, OpenStatus, describe};
use casa_trotsky::route::Lang;

fn library() -> Library {
    Library::load().unwrap_or_else(|error| panic!("{error}"))
}

fn at(year: i32, month: u8, day: u8, hour: u8, minute: u8) -> MuseumTime {
    MuseumTime {
        date: Date::new(year, month, day).expect("a real date"),
        hour,
        minute,
    }
}

fn clock(hour: u8, minute: u8) -> ClockTime {
    ClockTime { hour, minute }
}

#[test]
fn the_status_reads_naturally_in_both_languages() {
    let library = library();
    let say = |status: &OpenStatus, now, lang| {
        describe(
            status,
            now,
            &library.text(lang).plan,
            &library.text(lang).ui,
        )
    };
    let tuesday = at(2026, 11, 24, 10, 35);
    let open = OpenStatus::Open {
        closes: clock(17, 0),
        minutes_left: 385,
    };
    assert_eq!(say(&open, tuesday, Lang::En), "Open now · closes at 17:00");
    assert_eq!(
        say(&open, tuesday, Lang::Es),
        "Abierto ahora · cierra a las 17:00"
    );

    let closing = OpenStatus::Open {
        closes: clock(17, 0),
        minutes_left: 25,
    };
    assert_eq!(
        say(&closing, tuesday, Lang::En),
        "Open now · closes in 25 minutes"
    );

    let monday = at(2026, 11, 23, 12, 0);
    let next = NextOpening {
        date: Date::new(2026, 11, 24).unwrap(),
        weekday: 1,
        opens: clock(10, 0),
        is_tomorrow: true,
    };
    let closed = OpenStatus::Closed {
        why: ClosedWhy::WeeklyClosingDay,
        next: Some(next),
    };
    assert_eq!(
        say(&closed, monday, Lang::En),
        "Closed today (Monday) · opens tomorrow at 10:00"
    );
    assert_eq!(
        say(&closed, monday, Lang::Es),
        "Hoy cerrado (lunes) · abre mañana a las 10:00"
    );

    let sunday_night = at(2026, 11, 22, 23, 59);
    let later = OpenStatus::Closed {
        why: ClosedWhy::AfterHours,
        next: Some(NextOpening {
            is_tomorrow: false,
            ..next
        }),
    };
    assert_eq!(
        say(&later, sunday_night, Lang::En),
        "Closed now · opens Tuesday at 10:00"
    );
    assert_eq!(
        say(&later, sunday_night, Lang::Es),
        "Cerrado ahora · abre el martes a las 10:00"
    );
}

#[test]
fn distances_match_the_facts_sheet() {
    let library = library();
    let facts = &library.facts;
    let museum = facts.museum.location;
    // The sheet: the Casa Azul is about 500 m away; General Anaya is the far one at 1.5 km.
    let casa_azul = museum.distance_metres(facts.casa_azul.location);
    assert!((400.0..600.0).contains(&casa_azul), "{casa_azul}");
    for station in &facts.stations {
        let metres = museum.distance_metres(station.location);
        assert!(
            (700.0..1500.0).contains(&metres),
            "Metro {} is {metres} m away",
            station.name
        );
    }
}

#[test]
fn the_sketch_puts_north_up_and_east_right() {
    let museum = LatLon {
        lat: 19.3561,
        lon: -99.1586,
    };
    let (east, south) = LatLon {
        lat: 19.361351,
        lon: -99.151416,
    }
    .offset_from(museum);
    assert!(
        east > 0.0 && south < 0.0,
        "Eje Central is north-east of the museum"
    );
}

#[test]
fn map_links_carry_the_coordinates_and_an_encoded_label() {
    let museum = LatLon {
        lat: 19.3561,
        lon: -99.1586,
    };
    assert_eq!(
        museum.geo_uri("Casa León"),
        "geo:19.356100,-99.158600?q=19.356100,-99.158600(Casa%20Le%C3%B3n)"
    );
    assert_eq!(
        museum.osm_url(),
        "https://www.openstreetmap.org/?mlat=19.356100&mlon=-99.158600#map=17/19.356100/-99.158600"
    );
}

#[test]
fn decimals_are_rounded_and_padded_without_float_formatting() {
    use casa_trotsky::content::{decimal, kilometres};
    assert_eq!(decimal(19.3551, 6), "19.355100");
    assert_eq!(decimal(-99.162_679_4, 6), "-99.162679");
    assert_eq!(decimal(-0.04, 1), "0.0");
    assert_eq!(decimal(-0.06, 1), "-0.1");
    assert_eq!(decimal(500.0, 0), "500");
    assert_eq!(kilometres(1530.0), "1.5");
    assert_eq!(kilometres(949.0), "0.9");
    assert_eq!(kilometres(2_000.0), "2.0");
}

#[test]
fn counted_sentences_agree_with_their_number_in_both_languages() {
    let library = library();
    let say = |lang, minutes_left: u32| {
        let status = OpenStatus::Open {
            closes: clock(17, 0),
            minutes_left,
        };
        let text = library.text(lang);
        describe(&status, at(2026, 11, 24, 16, 59), &text.plan, &text.ui)
    };
    // The word after the number, for 0, 1 and 2.
    let noun = |sentence: String| sentence.rsplit(' ').next().unwrap_or_default().to_owned();
    assert_eq!(
        [0, 1, 2].map(|n| noun(say(Lang::En, n))),
        ["minutes", "minute", "minutes"]
    );
    assert_eq!(
        [0, 1, 2].map(|n| noun(say(Lang::Es, n))),
        ["minutos", "minuto", "minutos"]
    );
    assert!(
        say(Lang::En, 1).ends_with(" 1 minute"),
        "{}",
        say(Lang::En, 1)
    );

    // "Se muestra 1 de 20 sucesos", "Se muestran 2 de 20 sucesos": the verb follows the count.
    let showing = |lang, count: usize| {
        let form = library.text(lang).history.showing.of(count);
        fill(form, &[("count", &count.to_string()), ("total", "20")])
    };
    assert_eq!(
        [0, 1, 2].map(|n| showing(Lang::Es, n).split(' ').nth(1).unwrap().to_owned()),
        ["muestran", "muestra", "muestran"]
    );
    for n in [0, 1, 2] {
        assert!(showing(Lang::En, n).starts_with(&format!("Showing {n} of 20 ")));
    }
}

#[test]
fn the_sketch_fits_every_place_north_up_east_right_and_metres_square() {
    use casa_trotsky::content::FromMuseum;
    use casa_trotsky::sketch::{WIDTH, fit};
    let at = |east: f64, south: f64| FromMuseum {
        east,
        south,
        straight_line: east.hypot(south),
    };
    // A station 700 m north-east, a house 400 m west.
    let sketch = fit(&[at(500.0, -500.0), at(-400.0, 0.0)]);
    let [north_east, west] = [sketch.places[0], sketch.places[1]];
    let museum = sketch.origin;
    assert!(
        north_east.0 > museum.0 && north_east.1 < museum.1,
        "north-east is up and right"
    );
    assert!(
        west.0 < museum.0 && (west.1 - museum.1).abs() < 1e-9,
        "west is level, to the left"
    );
    // Metres square: 500 m east and 500 m north are the same length on the drawing.
    let (dx, dy) = (north_east.0 - museum.0, museum.1 - north_east.1);
    assert!((dx - dy).abs() < 1e-9 && (dx - 500.0 * sketch.scale).abs() < 1e-9);
    for (x, y) in [museum, north_east, west] {
        assert!(
            (0.0..=WIDTH).contains(&x) && (0.0..=sketch.height).contains(&y),
            "inside: {x}, {y}"
        );
    }
    // The real places fit too.
    let library = library();
    let facts = &library.facts;
    let real: Vec<_> = std::iter::once(facts.casa_azul.from_museum)
        .chain(facts.stations.iter().map(|s| s.from_museum))
        .collect();
    let sketch = fit(&real);
    assert!(
        sketch
            .places
            .iter()
            .all(|&(x, y)| x > 0.0 && x < WIDTH && y > 0.0 && y < sketch.height)
    );
}
