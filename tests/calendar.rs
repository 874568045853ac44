//! The "add to calendar" file, read back the way a calendar app would:
//! unfold the lines, split each into name, parameters and value, and check
//! the structure RFC 5545 requires.

use casa_trotsky::calendar::*;
use casa_trotsky::content::*;

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
fn calendar_header_properties() {
    let properties = parse(&event());
    let calendar = component(&properties, "VCALENDAR");
    assert_eq!(only(calendar, "VERSION").value, "2.0");
    assert_eq!(
        only(calendar, "PRODID").value,
        "-//Museo Casa de Leon Trotsky//Visitor app//EN"
    );
    assert_eq!(only(calendar, "CALSCALE").value, "GREGORIAN");
    assert_eq!(only(calendar, "METHOD").value, "PUBLISH");
}

#[test]
fn timezone_is_mexico_city_at_a_fixed_utc_minus_six() {
    let properties = parse(&event());
    let timezone = component(&properties, "VTIMEZONE");
    assert_eq!(only(timezone, "TZID").value, "America/Mexico_City");
    let standard = component(timezone, "STANDARD");
    assert_eq!(only(standard, "DTSTART").value, "19700101T000000");
    assert_eq!(only(standard, "TZOFFSETFROM").value, "-0600");
    assert_eq!(only(standard, "TZOFFSETTO").value, "-0600");
    assert_eq!(only(standard, "TZNAME").value, "CST");
    assert!(
        !properties.iter().any(|p| p.value == "DAYLIGHT"),
        "Mexico has had no daylight saving time since 2022"
    );
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
