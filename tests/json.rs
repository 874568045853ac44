//! The app's own JSON reader (`content::json`), which reads `visit.json` in the
//! browser: it must agree with serde_json on what JSON is, and say clearly what
//! is wrong with a file the museum got wrong.

use casa_trotsky::content::json::{self, Json};
use casa_trotsky::content::{VISIT_JSON, VisitData, Week};

/// serde_json's value in the reader's terms, numbers compared as written.
fn from_serde(value: &serde_json::Value) -> Json {
    use serde_json::Value;
    match value {
        Value::Null => Json::Null,
        Value::Bool(value) => Json::Bool(*value),
        Value::Number(number) => Json::Number(number.to_string()),
        Value::String(string) => Json::String(string.clone()),
        Value::Array(items) => Json::Array(items.iter().map(from_serde).collect()),
        Value::Object(members) => Json::Object(
            members
                .iter()
                .map(|(key, value)| (key.clone(), from_serde(value)))
                .collect(),
        ),
    }
}

#[test]
fn it_reads_what_serde_json_reads() {
    for text in [
        r#"{"time_zone": "America/Mexico_City", "n": 70, "list": [1, [2, []], {}], "ok": true, "no": false, "none": null}"#,
        r#"  [ "tab\tquote\"slash\/backslash\\newline\nend" ]  "#,
        r#""Coyoac\u00e1n, Le\u00F3n, \ud83c\udf3a, 庭""#,
        r#"[0, -0, 12, -70, 1.5, -0.25, 1e3, 2E-2, 7e+1]"#,
        "{\n  \"a\" : {\"b\" :\r\n[ ]}\n}",
        VISIT_JSON.1,
    ] {
        let expected: serde_json::Value = serde_json::from_str(text).unwrap();
        let mut expected = from_serde(&expected);
        let mut read = json::parse(text).unwrap_or_else(|error| panic!("{text}: {error}"));
        normalise(&mut expected);
        normalise(&mut read);
        assert_eq!(read, expected, "{text}");
    }
}

/// Numbers as floats (serde_json writes 1e3 as 1000.0), and fields by name
/// (serde_json keeps them sorted; the reader keeps the file's order).
fn normalise(value: &mut Json) {
    match value {
        Json::Number(number) => *number = number.parse::<f64>().unwrap().to_string(),
        Json::Array(items) => items.iter_mut().for_each(normalise),
        Json::Object(members) => {
            members.iter_mut().for_each(|(_, value)| normalise(value));
            members.sort_by(|a, b| a.0.cmp(&b.0));
        }
        _ => {}
    }
}

#[test]
fn it_refuses_what_serde_json_refuses() {
    let deep = "[".repeat(200) + &"]".repeat(200);
    for text in [
        "",
        "   ",
        "{ hours: tuesday",
        "{'a': 1}",
        r#"{"a": 1,}"#,
        "[1, 2,]",
        r#"{"a" 1}"#,
        r#"{"a": 1} {"b": 2}"#,
        r#""unterminated"#,
        "\"a\u{1}b\"",
        r#""\x41""#,
        r#""\u12""#,
        r#""\u12G4""#,
        r#""\ud83c\u0041""#,
        r#""\é""#,
        r#""\"#,
        r#""\u00e"#,
        r#""\uDC00""#,
        "01",
        "-",
        "1.",
        ".5",
        "1e",
        "+1",
        "nul",
        "True",
        "[1 2]",
        &deep,
    ] {
        assert!(
            serde_json::from_str::<serde_json::Value>(text).is_err(),
            "serde_json reads {text:?}: the test is wrong"
        );
        assert!(json::parse(text).is_err(), "{text:?} was read");
    }
}

#[test]
fn a_broken_file_is_refused_with_the_line_and_column() {
    let error = json::parse("{\n  \"week\": {\n    \"monday\": nul\n  }\n}").unwrap_err();
    assert_eq!(error.to_string(), "line 3, column 15: expected a value");
}

#[test]
fn the_museum_file_reads_as_the_visit_data() {
    let data: VisitData = json::read(VISIT_JSON.1).expect("public/data/visit.json reads");
    assert_eq!(data.time_zone, "America/Mexico_City");
    assert!(data.week.days().iter().any(Option::is_some));
}

#[test]
fn a_file_of_the_wrong_shape_names_the_field_that_is_wrong() {
    let with = |from: &str, to: &str| {
        assert!(
            VISIT_JSON.1.contains(from),
            "the test's {from:?} is not in visit.json"
        );
        json::read::<VisitData>(&VISIT_JSON.1.replacen(from, to, 1))
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        with(r#""opens": "10:00""#, r#""opens": "25:00""#),
        r#"week: tuesday: opens: "25:00" is not a time: write HH:MM, 24-hour"#
    );
    assert_eq!(
        with(r#""admission_mxn": 70"#, r#""admission_mxn": "70""#),
        "admission_mxn: expected a whole number from 0"
    );
    assert_eq!(
        with(r#""admission_mxn": 70"#, r#""admission_mxn": 70.5"#),
        "admission_mxn: expected a whole number from 0"
    );
    assert_eq!(
        with(r#""admission_mxn": 70"#, r#""admision_mxn": 70"#),
        r#"the field "admission_mxn" is missing"#
    );
    assert_eq!(
        with(r#""notices": []"#, r#""notices": [], "hours": "10-17""#),
        r#"unknown field "hours""#
    );
    assert_eq!(
        with(
            r#""notices": []"#,
            r#""notices": [{"from": "2026-12-24", "until": "2026-12-24", "closed": true, "en": "Closed", "es": "Cerrado"},
                           {"from": "2026-12-31", "until": "2026-13-01", "closed": true, "en": "Closed", "es": "Cerrado"}]"#
        ),
        r#"notices: item 2: until: "2026-13-01" is not a date: write YYYY-MM-DD"#
    );
    assert_eq!(
        json::read::<Week>(r#"{"week": "always open"}"#)
            .unwrap_err()
            .to_string(),
        r#"the field "monday" is missing"#
    );
    assert_eq!(
        json::read::<VisitData>("[]").unwrap_err().to_string(),
        "expected an object { … }"
    );
}
