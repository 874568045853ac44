//! The "add to calendar" file, read back the way a calendar app would:
//! unfold the lines, split each into name, parameters and value, and check
//! the structure RFC 5545 requires.

use casa_trotsky::calendar::*;
use casa_trotsky::content::*;
use casa_trotsky::opening::hours_on;
use casa_trotsky::route::Lang;
use std::collections::BTreeSet;

const LOCATION: &str = "Av. Río Churubusco 410, Col. Del Carmen; Coyoacán";
const DESCRIPTION: &str =
    "Tuesday to Sunday, 10:00–17:00.\nAdmission about 70 MXN; check at the desk.";
const LONG_SPANISH: &str = "Visita al Museo Casa de León Trotsky, en Coyoacán: el jardín con sus \
    cactáceas, los conejos y las gallinas que él alimentaba cada mañana, las torres de vigilancia, \
    el estudio tal como quedó el 20 de agosto de 1940, y la estela de Juan O'Gorman. ¿Señalización? \
    Sí, en español e inglés; pregunte en taquilla por visitas guiadas. Niño, pingüino, acción, \
    corazón — «añoranza» 🐇🌵 ñ ü é á í ó ú.";

fn date(year: i32, month: u8, day: u8) -> Date {
    Date::new(year, month, day).expect("a valid test date")
}

fn hours(opens: (u8, u8), closes: (u8, u8)) -> OpeningHours {
    OpeningHours {
        opens: ClockTime {
            hour: opens.0,
            minute: opens.1,
        },
        closes: ClockTime {
            hour: closes.0,
            minute: closes.1,
        },
    }
}

/// The visit of 2026-12-01, 10:00–17:00, stamped 2026-11-20 18:05:09 UTC.
fn event_with(location: &str, description: &str) -> String {
    visit_event(
        date(2026, 12, 1),
        hours((10, 0), (17, 0)),
        "Visit: Museo Casa de León Trotsky",
        location,
        description,
        "trotsky.example",
        (date(2026, 11, 20), 18, 5, 9),
    )
}

fn event() -> String {
    event_with(LOCATION, DESCRIPTION)
}

/// One unfolded content line: `NAME;PARAM=VALUE;...:VALUE`.
#[derive(Debug)]
struct Property {
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

/// Unfolds (CRLF followed by one space or tab is removed) and splits the
/// logical lines. Our parameters never contain quoted colons, so the first
/// colon ends the name and parameters.
fn parse(ics: &str) -> Vec<Property> {
    let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    unfolded
        .split("\r\n")
        .filter(|line| !line.is_empty())
        .map(|line| {
            let (head, value) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("no colon in {line:?}"));
            let mut head = head.split(';');
            let name = head.next().unwrap_or_default().to_owned();
            let params = head
                .map(|param| {
                    let (key, value) = param
                        .split_once('=')
                        .unwrap_or_else(|| panic!("bad parameter {param:?} in {line:?}"));
                    (key.to_owned(), value.to_owned())
                })
                .collect();
            Property {
                name,
                params,
                value: value.to_owned(),
            }
        })
        .collect()
}

/// Reverses RFC 5545 §3.3.11 escaping.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(escaped @ ('\\' | ';' | ',')) => out.push(escaped),
            other => panic!("invalid escape \\{other:?} in {text:?}"),
        }
    }
    out
}

/// The properties of the first component named `component`, between its
/// BEGIN and END lines (nested components included).
fn component<'a>(properties: &'a [Property], component: &str) -> &'a [Property] {
    let begin = properties
        .iter()
        .position(|p| p.name == "BEGIN" && p.value == component)
        .unwrap_or_else(|| panic!("no BEGIN:{component}"));
    let end = properties
        .iter()
        .position(|p| p.name == "END" && p.value == component)
        .unwrap_or_else(|| panic!("no END:{component}"));
    &properties[begin + 1..end]
}

fn only<'a>(properties: &'a [Property], name: &str) -> &'a Property {
    let found: Vec<_> = properties.iter().filter(|p| p.name == name).collect();
    assert_eq!(found.len(), 1, "{name} appears {} times", found.len());
    found[0]
}

fn physical_lines(ics: &str) -> Vec<&str> {
    ics.split_terminator("\r\n").collect()
}

/// Every calendar file the app would offer over two weeks, in both languages:
/// the museum's own hours, address and wording, and a different host and
/// creation moment each time.
fn events_the_app_makes() -> Vec<String> {
    let library = Library::load().unwrap_or_else(|error| panic!("{error}"));
    let visit = &library.visit;
    let address = library.facts.museum.address.join(", ");
    let mut events = Vec::new();
    for (lang, host) in Lang::ALL
        .into_iter()
        .zip(["trotsky.example", "localhost:8080"])
    {
        let plan = &library.text(lang).plan;
        for offset in 0..14 {
            let day = date(2026, 11, 23).add_days(offset);
            let Some(hours) = hours_on(day, &visit.week, &visit.notices) else {
                continue;
            };
            let stamp = (day.add_days(-3), 12, offset as u8, 30);
            events.push(visit_event(
                day,
                hours,
                &plan.calendar_summary,
                &address,
                &plan.calendar_description,
                host,
                stamp,
            ));
        }
    }
    assert!(events.len() >= 2, "the museum opens on some of 14 days");
    events
}

/// A DATE-TIME value, "YYYYMMDDThhmmss" with or without a final "Z", as
/// seconds since 1970-01-01T00:00:00 on the same clock.
fn clock_seconds(value: &str) -> i64 {
    let value = value.strip_suffix('Z').unwrap_or(value);
    let number = |range: std::ops::Range<usize>| -> i64 {
        value
            .get(range)
            .and_then(|digits| digits.parse().ok())
            .unwrap_or_else(|| panic!("not a DATE-TIME: {value:?}"))
    };
    assert!(
        value.len() == 15 && &value[8..9] == "T",
        "not a DATE-TIME: {value:?}"
    );
    let day = Date::new(number(0..4) as i32, number(4..6) as u8, number(6..8) as u8)
        .unwrap_or_else(|| panic!("no such day: {value:?}"));
    day.days_since_epoch() * 86_400 + number(9..11) * 3_600 + number(11..13) * 60 + number(13..15)
}

/// A UTC-OFFSET value (RFC 5545 §3.3.14: "-0600", "+053000") in seconds.
fn offset_seconds(offset: &str) -> i64 {
    let sign = match offset.get(..1) {
        Some("+") => 1,
        Some("-") => -1,
        _ => panic!("an offset starts with its sign: {offset:?}"),
    };
    let digits = &offset[1..];
    assert!(matches!(digits.len(), 4 | 6), "hhmm or hhmmss: {offset:?}");
    let part = |at: usize| -> i64 {
        digits
            .get(at..at + 2)
            .map_or(Some(0), |pair| pair.parse().ok())
            .unwrap_or_else(|| panic!("not an offset: {offset:?}"))
    };
    sign * (part(0) * 3_600 + part(2) * 60 + part(4))
}

/// The STANDARD and DAYLIGHT observances inside a VTIMEZONE.
fn observances(timezone: &[Property]) -> Vec<&[Property]> {
    let mut found = Vec::new();
    for (begin, property) in timezone.iter().enumerate() {
        if property.name == "BEGIN" && matches!(property.value.as_str(), "STANDARD" | "DAYLIGHT") {
            found.push(component(&timezone[begin..], &property.value));
        }
    }
    found
}

/// The UTC instant (seconds since the epoch) of the event's `name`, DTSTART
/// or DTEND, worked out as a calendar app does from the file alone: the
/// property's TZID names the file's VTIMEZONE, the observance in force is the
/// one with the latest onset on or before the local time, and UTC is the
/// local time minus that observance's TZOFFSETTO.
fn utc_instant(ics: &str, name: &str) -> i64 {
    let properties = parse(ics);
    let time = only(component(&properties, "VEVENT"), name);
    let [(key, tzid)] = time.params.as_slice() else {
        panic!("{name} should carry just a TZID: {:?}", time.params);
    };
    assert_eq!(key, "TZID", "{name} is in museum time, not floating");
    let timezone = component(&properties, "VTIMEZONE");
    assert_eq!(
        &only(timezone, "TZID").value,
        tzid,
        "{name}'s zone is defined"
    );
    let local = clock_seconds(&time.value);
    let mut in_force = None;
    for observance in observances(timezone) {
        // Each onset is then a one-off; yearly changes would need RRULE expanding.
        for repeat in ["RRULE", "RDATE"] {
            assert!(
                !observance.iter().any(|p| p.name == repeat),
                "{repeat} is beyond this reader"
            );
        }
        let onset = clock_seconds(&only(observance, "DTSTART").value);
        if onset <= local && in_force.is_none_or(|(latest, _)| onset > latest) {
            in_force = Some((onset, observance));
        }
    }
    let (_, in_force) =
        in_force.unwrap_or_else(|| panic!("no observance in force at {}", time.value));
    local - offset_seconds(&only(in_force, "TZOFFSETTO").value)
}

// --- the file as bytes -------------------------------------------------------

#[test]
fn every_line_ends_with_crlf_and_no_bare_cr_or_lf() {
    let ics = event();
    assert!(ics.ends_with("\r\n"));
    for line in physical_lines(&ics) {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
    }
}

#[test]
fn no_physical_line_exceeds_75_octets() {
    for ics in [event(), event_with(LOCATION, LONG_SPANISH)] {
        for line in physical_lines(&ics) {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
    }
}

// --- structure ---------------------------------------------------------------

#[test]
fn components_nest_calendar_timezone_standard_then_event() {
    let properties = parse(&event());
    let structure: Vec<String> = properties
        .iter()
        .filter(|p| p.name == "BEGIN" || p.name == "END")
        .map(|p| format!("{}:{}", p.name, p.value))
        .collect();
    assert_eq!(
        structure,
        [
            "BEGIN:VCALENDAR",
            "BEGIN:VTIMEZONE",
            "BEGIN:STANDARD",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    );
    assert_eq!(
        properties.first().map(|p| p.value.as_str()),
        Some("VCALENDAR")
    );
    assert_eq!(
        properties.last().map(|p| p.value.as_str()),
        Some("VCALENDAR")
    );
}

#[test]
fn calendar_header_is_icalendar_2_0_published() {
    let properties = parse(&event());
    let calendar = component(&properties, "VCALENDAR");
    assert_eq!(only(calendar, "VERSION").value, "2.0");
    assert_eq!(only(calendar, "CALSCALE").value, "GREGORIAN");
    // PUBLISH: an event to add, not an invitation to answer.
    assert_eq!(only(calendar, "METHOD").value, "PUBLISH");
}

#[test]
fn prodid_names_one_product_for_every_event_the_app_makes() {
    // PRODID says which program wrote the file, so calendars can work around
    // its quirks: once per file, at calendar level, and the same whatever the
    // day, language, host or moment of the visit.
    let mut products = BTreeSet::new();
    for ics in events_the_app_makes() {
        let properties = parse(&ics);
        let product = &only(&properties, "PRODID").value;
        assert!(
            !component(&properties, "VEVENT")
                .iter()
                .any(|p| p.name == "PRODID"),
            "PRODID belongs to the calendar, not the event"
        );
        assert!(
            !product.trim().is_empty() && product.trim() == product,
            "{product:?}"
        );
        products.insert(product.clone());
    }
    assert_eq!(
        products.len(),
        1,
        "one product, named one way: {products:?}"
    );
}

#[test]
fn start_and_end_use_the_files_only_time_zone_the_museums() {
    let library = Library::load().unwrap_or_else(|error| panic!("{error}"));
    for ics in events_the_app_makes() {
        let properties = parse(&ics);
        let zones = properties
            .iter()
            .filter(|p| p.name == "BEGIN" && p.value == "VTIMEZONE")
            .count();
        assert_eq!(zones, 1, "one VTIMEZONE");
        let tzid = &only(component(&properties, "VTIMEZONE"), "TZID").value;
        let event = component(&properties, "VEVENT");
        for name in ["DTSTART", "DTEND"] {
            let params = &only(event, name).params;
            assert_eq!(params, &[("TZID".to_owned(), tzid.clone())], "{name}");
        }
        // The zone the app reads the museum's clock in (the open-now status),
        // so a calendar that knows the zone by name agrees with the page.
        assert_eq!(tzid, &library.visit.time_zone);
    }
}

#[test]
fn the_visit_starts_and_ends_at_the_museums_utc_instants() {
    // Worked out apart from the file: Mexico City is at UTC−6, so the visit
    // of 2026-12-01, 10:00–17:00 there, runs from 16:00 to 23:00 UTC.
    let ics = event();
    assert_eq!(
        utc_instant(&ics, "DTSTART"),
        clock_seconds("20261201T160000Z")
    );
    assert_eq!(
        utc_instant(&ics, "DTEND"),
        clock_seconds("20261201T230000Z")
    );
}

#[test]
fn mexico_city_stays_at_utc_minus_six_in_summer() {
    // Mexico ended daylight saving time in October 2022: a July opening at
    // 10:00 is 16:00 UTC as in December, not 15:00.
    let ics = visit_event(
        date(2027, 7, 6),
        hours((10, 0), (17, 0)),
        "Visit",
        "Coyoacán",
        "",
        "trotsky.example",
        (date(2027, 7, 1), 9, 0, 0),
    );
    assert_eq!(
        utc_instant(&ics, "DTSTART"),
        clock_seconds("20270706T160000Z")
    );
    let properties = parse(&ics);
    assert!(
        !properties.iter().any(|p| p.value == "DAYLIGHT"),
        "Mexico has had no daylight saving time since 2022"
    );
}

#[test]
fn clock_arithmetic_here_agrees_with_known_instants() {
    // The helpers above are the independent computation: check them too.
    assert_eq!(clock_seconds("19700101T000000Z"), 0);
    assert_eq!(clock_seconds("20261201T160000Z"), 1_796_140_800);
    assert_eq!(offset_seconds("-0600"), -21_600);
    assert_eq!(offset_seconds("+053000"), 19_800);
}

#[test]
fn event_has_each_required_property_exactly_once() {
    let properties = parse(&event());
    let event = component(&properties, "VEVENT");
    for name in [
        "UID",
        "DTSTAMP",
        "DTSTART",
        "DTEND",
        "SUMMARY",
        "LOCATION",
        "DESCRIPTION",
    ] {
        only(event, name);
    }
    assert_eq!(only(event, "UID").value, "visit-20261201@trotsky.example");
}

#[test]
fn event_runs_from_opening_to_closing_in_museum_time() {
    let properties = parse(&event());
    let event = component(&properties, "VEVENT");
    let start = only(event, "DTSTART");
    let end = only(event, "DTEND");
    let tzid = vec![("TZID".to_owned(), "America/Mexico_City".to_owned())];
    assert_eq!(start.params, tzid);
    assert_eq!(end.params, tzid);
    assert_eq!(start.value, "20261201T100000");
    assert_eq!(end.value, "20261201T170000");
    // Same fixed-width form, so text order is time order.
    assert!(end.value > start.value);
}

#[test]
fn dtstamp_is_utc() {
    let properties = parse(&event());
    let stamp = only(component(&properties, "VEVENT"), "DTSTAMP");
    assert!(stamp.params.is_empty());
    assert_eq!(stamp.value, "20261120T180509Z");
}

#[test]
fn single_digit_months_days_and_minutes_are_zero_padded() {
    let ics = visit_event(
        date(2027, 1, 5),
        hours((9, 5), (13, 30)),
        "Visit",
        "Coyoacán",
        "",
        "trotsky.example",
        (date(2027, 1, 2), 3, 4, 5),
    );
    let properties = parse(&ics);
    let event = component(&properties, "VEVENT");
    assert_eq!(only(event, "UID").value, "visit-20270105@trotsky.example");
    assert_eq!(only(event, "DTSTART").value, "20270105T090500");
    assert_eq!(only(event, "DTEND").value, "20270105T133000");
    assert_eq!(only(event, "DTSTAMP").value, "20270102T030405Z");
}

// --- TEXT escaping -----------------------------------------------------------

#[test]
fn location_with_commas_and_semicolon_round_trips() {
    let properties = parse(&event());
    let location = only(component(&properties, "VEVENT"), "LOCATION");
    assert_eq!(
        location.value,
        "Av. Río Churubusco 410\\, Col. Del Carmen\\; Coyoacán"
    );
    assert_eq!(unescape(&location.value), LOCATION);
}

#[test]
fn description_with_a_newline_round_trips() {
    let properties = parse(&event());
    let description = only(component(&properties, "VEVENT"), "DESCRIPTION");
    assert!(description.value.contains("17:00.\\nAdmission"));
    assert_eq!(unescape(&description.value), DESCRIPTION);
}

#[test]
fn escape_text_handles_each_special_character() {
    assert_eq!(escape_text(r"a\b"), r"a\\b");
    assert_eq!(escape_text("a;b,c"), r"a\;b\,c");
    assert_eq!(escape_text("one\ntwo"), r"one\ntwo");
    assert_eq!(
        escape_text("one\r\ntwo"),
        r"one\ntwo",
        "CRLF is one line break"
    );
    assert_eq!(
        escape_text("Coyoacán: 10:00"),
        "Coyoacán: 10:00",
        "colons need no escape"
    );
    assert_eq!(
        escape_text(r"\n"),
        r"\\n",
        "a literal backslash-n is not a newline"
    );
}

// --- folding -----------------------------------------------------------------

#[test]
fn fold_line_leaves_75_octets_alone_and_folds_76() {
    let exact = "X".repeat(75);
    assert_eq!(fold_line(&exact), exact);
    let over = "X".repeat(76);
    assert_eq!(fold_line(&over), format!("{}\r\n X", "X".repeat(75)));
}

#[test]
fn fold_line_never_splits_a_multibyte_character() {
    // 74 ASCII octets, then a 2-octet "ó" that would end at octet 76.
    let line = format!("{}ó", "X".repeat(74));
    assert_eq!(fold_line(&line), format!("{}\r\n ó", "X".repeat(74)));
    // A 4-octet emoji straddling the boundary moves whole to the next line.
    let line = format!("{}🐇", "X".repeat(73));
    assert_eq!(fold_line(&line), format!("{}\r\n 🐇", "X".repeat(73)));
}

#[test]
fn long_spanish_description_folds_on_character_boundaries_and_unfolds_exactly() {
    let ics = event_with(LOCATION, LONG_SPANISH);
    let lines = physical_lines(&ics);
    assert!(
        lines.iter().filter(|line| line.starts_with(' ')).count() >= 4,
        "the description should need several continuation lines"
    );
    for (line, following) in lines.iter().zip(lines.iter().skip(1)) {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        // A line is only folded when the next character would not fit, and no
        // character is longer than 4 octets: so folds happen late, not early.
        if following.starts_with(' ') {
            assert!(
                line.len() > 75 - 4,
                "folded early at {} octets: {line:?}",
                line.len()
            );
        }
    }
    // Every physical line is a `&str`, so each is whole UTF-8 by itself; and
    // removing the folds gives back exactly the text that went in.
    let properties = parse(&ics);
    let description = only(component(&properties, "VEVENT"), "DESCRIPTION");
    assert_eq!(description.value, escape_text(LONG_SPANISH));
    assert_eq!(unescape(&description.value), LONG_SPANISH);
}
