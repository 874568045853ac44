//! The bundled content: it parses, both languages say the same things, and it
//! keeps to the facts sheet.

use casa_trotsky::content::{EN_JSON, ES_JSON, Era, Library, PartialDate, fill};
use casa_trotsky::family_tree::{Branch, ROOT};
use casa_trotsky::route::Lang;
use serde_json::Value;
use std::collections::BTreeSet;

fn library() -> Library {
    Library::load().unwrap_or_else(|error| panic!("{error}"))
}

/// The ids, each once: an id used twice fails the test, naming `place`.
fn unique_ids<'a>(ids: impl IntoIterator<Item = &'a String>, place: &str) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for id in ids {
        assert!(seen.insert(id.as_str()), "{place}: {id} appears twice");
    }
    seen
}

fn json((file, text): (&str, &str)) -> Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("{file}: {error}"))
}

/// Walks both trees side by side and lists every difference of shape, every
/// empty string, and every string whose `{placeholders}` differ.
fn compare(path: &str, en: &Value, es: &Value, problems: &mut Vec<String>) {
    match (en, es) {
        (Value::Object(en), Value::Object(es)) => {
            let keys: BTreeSet<_> = en.keys().chain(es.keys()).collect();
            for key in keys {
                match (en.get(key), es.get(key)) {
                    (Some(a), Some(b)) => compare(&format!("{path}.{key}"), a, b, problems),
                    _ => problems.push(format!("{path}.{key} is in one language only")),
                }
            }
        }
        (Value::Array(en), Value::Array(es)) => {
            if en.len() != es.len() {
                problems.push(format!(
                    "{path} has {} items in English, {} in Spanish",
                    en.len(),
                    es.len()
                ));
            }
            for (i, (a, b)) in en.iter().zip(es).enumerate() {
                compare(&format!("{path}[{i}]"), a, b, problems);
            }
        }
        (Value::String(en), Value::String(es)) => {
            if en.trim().is_empty() || es.trim().is_empty() {
                problems.push(format!("{path} is empty"));
            }
            if path.ends_with(".id") && en != es {
                problems.push(format!("{path}: ids differ ({en} / {es})"));
            }
            if placeholders(en) != placeholders(es) {
                problems.push(format!("{path}: placeholders differ"));
            }
        }
        (a, b) if std::mem::discriminant(a) == std::mem::discriminant(b) => {}
        _ => problems.push(format!("{path} has a different type in each language")),
    }
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn every_content_file_parses() {
    let library = library();
    assert!(!library.facts.people.is_empty());
}

#[test]
fn english_and_spanish_have_the_same_structure_and_no_empty_strings() {
    let mut problems = Vec::new();
    compare("", &json(EN_JSON), &json(ES_JSON), &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_person_in_the_facts_has_words_in_each_language_and_no_one_else_does() {
    let library = library();
    let in_facts = unique_ids(
        library.facts.people.iter().map(|p| &p.id),
        "facts.json people",
    );
    for lang in Lang::ALL {
        let family = &library.text(lang).family;
        let place = format!("{lang:?} family.people");
        let in_text = unique_ids(family.people.iter().map(|p| &p.id), &place);
        assert_eq!(
            in_text, in_facts,
            "{place} and facts.json name different people"
        );
    }
}

#[test]
fn the_family_data_is_consistent() {
    let library = library();
    let facts = &library.facts;
    unique_ids(facts.people.iter().map(|p| &p.id), "facts.json people");
    for person in &facts.people {
        if let Some(died) = person.died {
            assert!(died >= person.born, "{} died before being born", person.id);
        }
        for parent_id in &person.parents {
            let parent = facts
                .person(parent_id)
                .unwrap_or_else(|| panic!("{}'s parent {parent_id} is unknown", person.id));
            assert!(
                person.born.year > parent.born.year,
                "{} born before {parent_id}",
                person.id
            );
        }
    }
    // The tree draws brothers and sisters in the order of the file.
    for (i, older) in facts.people.iter().enumerate() {
        for younger in &facts.people[i + 1..] {
            if !older.parents.is_empty() && older.parents == younger.parents {
                assert!(
                    older.born <= younger.born,
                    "{} is listed before {}, who is older",
                    older.id,
                    younger.id
                );
            }
        }
    }
}

#[test]
fn the_family_tree_holds_everyone_once_with_each_wife_above_her_children() {
    let library = library();
    let tree =
        Branch::grow(&library.facts.people, ROOT).expect("the root of the tree is in facts.json");
    let drawn = unique_ids(tree.people().into_iter().map(|p| &p.id), "the tree");
    assert_eq!(
        drawn.len(),
        library.facts.people.len(),
        "someone is missing: {drawn:?}"
    );

    let below = |branch: &Branch| -> Vec<String> {
        branch.below.iter().map(|b| b.person.id.clone()).collect()
    };
    assert_eq!(
        below(&tree),
        ["alexandra", "natalia"],
        "wives in the order of their first child"
    );
    assert_eq!(below(&tree.below[0]), ["zinaida", "nina"]);
    assert_eq!(below(&tree.below[1]), ["lev", "sergei"]);
    assert_eq!(
        below(&tree.below[0].below[0]),
        ["alexandra-moglina", "esteban"],
        "oldest first"
    );
}

#[test]
fn the_timeline_runs_in_order_and_every_event_has_words_in_each_language() {
    let library = library();
    let timeline = &library.facts.timeline;
    assert_eq!(timeline.first().map(|e| e.date.year), Some(1879));
    for pair in timeline.windows(2) {
        assert!(
            pair[0].date <= pair[1].date,
            "{} comes after {}",
            pair[0].id,
            pair[1].id
        );
    }
    let ids = unique_ids(timeline.iter().map(|e| &e.id), "facts.json timeline");
    for lang in Lang::ALL {
        let place = format!("{lang:?} history.events");
        let worded = unique_ids(
            library.text(lang).history.events.iter().map(|e| &e.id),
            &place,
        );
        assert_eq!(
            worded, ids,
            "{place} and the timeline name different events"
        );
    }
    for era in Era::ALL {
        assert!(
            timeline.iter().any(|e| e.era == era),
            "{era:?} has no event"
        );
        assert_eq!(Era::from_fragment(era.fragment()), Some(era));
    }
    assert_eq!(Era::from_fragment("#era-"), None);
    assert_eq!(Era::from_fragment("#event-raid"), None);
}

#[test]
fn dates_read_naturally_in_each_language() {
    let library = library();
    let natalia = library
        .facts
        .person("natalia")
        .expect("Natalia Sedova is in facts.json");
    assert_eq!(
        natalia.lifespan(&library.text(Lang::En).ui),
        "5 April 1882 – 23 January 1962"
    );
    assert_eq!(
        natalia.lifespan(&library.text(Lang::Es).ui),
        "5 de abril de 1882 – 23 de enero de 1962"
    );
    let yulia = library
        .facts
        .person("yulia-akselrod")
        .expect("Yulia Akselrod is in facts.json");
    assert!(yulia.lifespan(&library.text(Lang::En).ui).contains("1936"));
    assert_eq!(natalia.years(&library.text(Lang::Es).ui), "1882 – 1962");

    let asylum = library
        .facts
        .timeline
        .iter()
        .find(|e| e.id == "asylum")
        .expect("the asylum is on the timeline");
    assert_eq!(
        asylum.date.format(&library.text(Lang::En).ui),
        "December 1936"
    );
    assert_eq!(
        asylum.date.format(&library.text(Lang::Es).ui),
        "diciembre de 1936"
    );
    assert_eq!(String::from(asylum.date), "1936-12");
}

#[test]
fn malformed_dates_are_refused_with_a_message() {
    for bad in [
        "",
        "19o2",
        "1902-13-01",
        "1902-00",
        "1902-",
        "1902-06-09-01",
        "1902-6-32",
    ] {
        let result: Result<PartialDate, _> = serde_json::from_value(Value::String(bad.into()));
        assert!(result.is_err(), "{bad:?} should not parse");
    }
}

#[test]
fn the_museum_is_closed_on_mondays_and_open_ten_to_five_otherwise() {
    let library = library();
    let days = library.visit.week.days();
    assert!(days[0].is_none(), "Monday");
    for hours in &days[1..] {
        let hours = hours.expect("open Tuesday to Sunday");
        assert_eq!(
            (hours.opens.to_string(), hours.closes.to_string()),
            ("10:00".into(), "17:00".into())
        );
    }
}

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(
        fill("about {minutes} min, {minutes}!", &[("minutes", "15")]),
        "about 15 min, 15!"
    );
}

/// Claims the facts sheet says the source articles get wrong.
#[test]
fn the_content_never_repeats_a_refuted_claim() {
    let forbidden = [
        "Putin",
        "200 bul",
        "200 bal",
        "20-minute",
        "20 minutos",
        "Dirty Trick",
        "Jugarreta",
        "Derechos Humanos",
        "43 days",
        "43 días",
        "40 pesos",
        "custodian",
        "custodio",
        "3 August 1935",
        "3 de agosto de 1935",
        "cremated at the house",
        "incinerado en la casa",
    ];
    for (file, text) in [EN_JSON, ES_JSON] {
        for claim in forbidden {
            assert!(
                !text.to_lowercase().contains(&claim.to_lowercase()),
                "{file} says {claim:?}"
            );
        }
    }
}

#[test]
fn every_metro_line_has_its_colour_in_the_stylesheet() {
    let css = include_str!("../style/main.css");
    for station in &library().facts.stations {
        let rule = format!(
            ".line-badge[data-line=\"{}\"] {{ --line-colour:",
            station.line
        );
        assert!(
            css.contains(&rule),
            "style/main.css has no colour for Metro line {}",
            station.line
        );
    }
}

#[test]
fn the_app_decodes_exactly_the_content_the_json_files_hold() {
    // The copy build.rs stored, which the app decodes in the browser.
    let bundled: Library = postcard::from_bytes(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/library.postcard"
    )))
    .expect("the bundled content decodes");
    assert_eq!(
        format!("{bundled:?}"),
        format!("{:?}", Library::from_json().unwrap())
    );
}

#[test]
fn the_footer_hours_agree_with_the_bundled_opening_hours() {
    // The footer says the hours in a sentence of each language; the week in
    // public/data/visit.json is the truth. Change one, and this asks for the other.
    let library = library();
    let days = library.visit.week.days();
    for lang in [Lang::En, Lang::Es] {
        let ui = &library.text(lang).ui;
        let footer = ui.footer_hours.to_lowercase();
        for (weekday, hours) in days.iter().enumerate() {
            if let Some(hours) = hours {
                for time in [hours.opens.to_string(), hours.closes.to_string()] {
                    assert!(
                        footer.contains(&time),
                        "{lang:?} footer lacks {time}: {footer}"
                    );
                }
            } else {
                let day = ui.weekdays[weekday].to_lowercase();
                assert!(
                    footer.contains(&day),
                    "{lang:?} footer does not say {day} is closed: {footer}"
                );
            }
        }
    }
}
