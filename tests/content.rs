//! The bundled content: it parses, both languages say the same things, and it
//! keeps to the facts sheet.

use casa_trotsky::content::{
    EN_JSON, ES_JSON, Era, Library, PageProse, PartialDate, Related, Text, embedded, fill,
};
use casa_trotsky::family_tree::{Branch, ROOT};
use casa_trotsky::route::{Lang, Page};
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
        let family = library.family(lang);
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
        let worded = unique_ids(library.history(lang).events.iter().map(|e| &e.id), &place);
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

/// The bundled visit data is sane, whatever the museum's hours are: editing
/// them in public/data/visit.json must not break the tests.
#[test]
fn the_bundled_visit_data_is_sane() {
    let visit = &library().visit;
    let days = visit.week.days();
    assert!(
        days.iter().any(Option::is_some),
        "open at least one day a week"
    );
    for hours in days.iter().flatten() {
        assert!(
            hours.opens < hours.closes,
            "{hours:?}: opens before it closes"
        );
    }
    assert!(
        visit.time_zone.contains('/') && !visit.time_zone.contains(' '),
        "an IANA zone name: {}",
        visit.time_zone
    );
    assert!(
        (1..10_000).contains(&visit.admission_mxn),
        "a price in pesos"
    );
    for notice in &visit.notices {
        assert!(notice.from <= notice.until, "{notice:?}");
        assert!(
            !notice.en.trim().is_empty() && !notice.es.trim().is_empty(),
            "{notice:?}"
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

/// Claims the facts sheet says the source articles get wrong, or tells the app never to make.
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
        "cremado en la casa",
        // Natalia got him down beside the bed; nobody hid under it.
        "under the bed",
        "beneath the bed",
        "debajo de la cama",
        "bajo la cama",
        "pushed Trotsky",
        "pushes Trotsky",
        "empujó",
        "empuja",
        // No wedding to Natalia is recorded: "his two wives", "his second wife".
        "married twice",
        "se casó dos veces",
        // The study is shown as it was (refitted), not the house kept as it was.
        "kept as it was",
        "been kept as",
        "se conserva tal como",
        "se conserva como",
        // The ashes are kept inside the stele.
        "under juan",
        "under the stele",
        "beneath juan",
        "beneath a stele",
        "bajo la estela",
        "bajo una estela",
        // The price is written per language ("about 70 pesos", "alrededor de $70").
        "MXN",
        // Whether animals live in the garden now is not known.
        "still live",
        "rabbits still",
        "siguen viviendo",
        "todavía hay conejos",
        "aún hay conejos",
        // Guided tours: whether they cost extra is not known.
        "additional fee",
        "extra fee",
        "costo adicional",
        "cargo adicional",
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

/// Every string of a content file that a visitor reads as running text, with
/// its path; the sources, which cite titles as published, are left out.
fn prose(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(text) => out.push((path.to_owned(), text.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                prose(item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                if key != "sources" {
                    prose(item, &format!("{path}.{key}"), out);
                }
            }
        }
        _ => {}
    }
}

fn prose_of(file: (&str, &str)) -> Vec<(String, String)> {
    let mut out = Vec::new();
    prose(&json(file), "", &mut out);
    out
}

/// The words of `text`, lowercased, without the punctuation around them.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|word| !word.is_empty())
        .collect()
}

#[test]
fn no_count_of_bullet_holes_or_watchtowers_and_no_axe_or_manuscript_on_display() {
    // "Dozens of bullet holes" for the house, and no number for a room or of towers.
    let numbers: Vec<&str> = "one two three four five six seven eight nine ten eleven twelve \
        twenty thirty forty fifty hundred hundreds un una uno dos tres cuatro cinco seis siete \
        ocho nueve diez once doce veinte treinta cuarenta cincuenta cien cientos centenares"
        .split_whitespace()
        .collect();
    let counted = [
        "bullet",
        "impactos",
        "agujeros",
        "balazos",
        "watchtowers",
        "towers",
        "torres",
    ];
    for file in [EN_JSON, ES_JSON] {
        for (path, text) in prose_of(file) {
            let words = words(&text);
            for pair in words.windows(2) {
                let (before, word) = (&pair[0], &pair[1]);
                let is_number = before.chars().all(|c| c.is_ascii_digit())
                    || numbers.contains(&before.as_str());
                assert!(
                    !(is_number && counted.contains(&word.as_str())),
                    "{}{path} counts: {before} {word}",
                    file.0
                );
            }
            // Neither the ice axe nor the Stalin manuscript is shown at the museum.
            for sentence in text.split(['.', ';', ':']) {
                let sentence = sentence.to_lowercase();
                let object = ["ice axe", "piolet", "manuscript", "manuscrito"]
                    .iter()
                    .any(|object| sentence.contains(object));
                let shown = [
                    "display",
                    "on show",
                    "exhibi",
                    "shown",
                    "vitrina",
                    "se muestra",
                ]
                .iter()
                .any(|shown| sentence.contains(shown));
                assert!(
                    !(object && shown),
                    "{}{path} puts it on show: {sentence}",
                    file.0
                );
            }
        }
    }
}

#[test]
fn his_name_is_leon_in_english_and_leon_with_an_accent_in_spanish() {
    let library = library();
    let leon = library
        .facts
        .person("leon")
        .expect("Trotsky is in facts.json");
    assert_eq!(leon.name(Lang::En), "Leon Trotsky");
    assert_eq!(leon.name(Lang::Es), "León Trotsky");
    for person in &library.facts.people {
        assert!(
            !person.name(Lang::En).contains("León"),
            "{}'s English name",
            person.id
        );
        assert!(
            !person.name(Lang::Es).contains("Leon "),
            "{}'s Spanish name",
            person.id
        );
    }
    // The museum's and the institute's own names ("Museo Casa de León Trotsky") keep their accent in English.
    for (path, text) in prose_of(EN_JSON) {
        let spelt = text.matches("León Trotsky").count();
        let in_a_name = text.matches("Casa de León Trotsky").count();
        assert_eq!(
            spelt, in_a_name,
            "{}{path} writes León Trotsky: {text}",
            EN_JSON.0
        );
    }
    // Case matters: the stele's inscription, LEON TROTSKY, is quoted as carved.
    for (path, text) in prose_of(ES_JSON) {
        assert!(
            !text.contains("Leon Trotsky"),
            "{}{path} writes Leon Trotsky: {text}",
            ES_JSON.0
        );
    }
}

#[test]
fn the_price_reads_as_each_language_writes_a_price() {
    let library = library();
    let price = library.visit.admission_price();
    let en = fill(
        &library.text(Lang::En).visit.admission,
        &[("price", &price)],
    );
    let es = fill(
        &library.text(Lang::Es).visit.admission,
        &[("price", &price)],
    );
    let mxn = library.visit.admission_mxn;
    assert!(en.contains(&format!("about {mxn} pesos")), "{en}");
    assert!(es.contains(&format!("alrededor de ${mxn}")), "{es}");
}

#[test]
fn the_spanish_reads_as_a_mexican_visitor_writes_and_the_english_keeps_its_words() {
    let spanish = [
        // Usted throughout.
        "Elige ",
        "elige ",
        "léelos",
        "puedes",
        "quieres",
        "tienes",
        " tu ",
        " tú ",
        // "En breve" means "shortly" in Mexico.
        "En breve",
        "Iósif Stalin",
        "«",
        "»",
        "lunes cerrado",
        "campo de prisioneros",
        "hacen sospechar",
    ];
    for (path, text) in prose_of(ES_JSON) {
        for word in spanish {
            assert!(
                !text.contains(word),
                "{}{path} says {word:?}: {text}",
                ES_JSON.0
            );
        }
    }
    assert!(
        !ES_JSON.1.contains('«') && !ES_JSON.1.contains('»'),
        "Spanish quotes are “ ”"
    );
    for word in ["weblog", "foul play", "guard tower", "guard-tower"] {
        assert!(
            !EN_JSON.1.to_lowercase().contains(word),
            "{} says {word:?}",
            EN_JSON.0
        );
    }
}

#[test]
fn every_stop_has_words_in_each_language_in_the_same_order() {
    let library = library();
    let stops = &library.facts.tour;
    let ids = unique_ids(stops.iter().map(|stop| &stop.id), "facts.json tour");
    assert!(!ids.is_empty(), "the tour has no stops");
    for id in &ids {
        // The id is the stop's URL fragment in both languages: /en/tour#study.
        let fragment_safe = id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        assert!(
            fragment_safe && !id.starts_with('-') && !id.ends_with('-') && !id.contains("--"),
            "{id:?} is not a clean fragment: lowercase letters, digits and single hyphens"
        );
        // Other pages' fragments must not be mistaken for a stop.
        assert!(!id.starts_with("era-") && !id.starts_with("event-"), "{id}");
    }
    let in_facts: Vec<&str> = stops.iter().map(|stop| stop.id.as_str()).collect();
    for lang in Lang::ALL {
        let stops = &library.tour(lang).stops;
        let worded: Vec<&str> = stops.iter().map(|stop| stop.id.as_str()).collect();
        assert_eq!(
            worded, in_facts,
            "{lang:?} tour.stops and facts.json's tour differ"
        );
        for stop in stops {
            assert!(
                !stop.heading.trim().is_empty(),
                "{lang:?} {} has no heading",
                stop.id
            );
            assert!(
                !stop.heading.chars().any(|c| c.is_ascii_digit()),
                "{lang:?} {}: no numbered rooms",
                stop.id
            );
            assert!(
                !stop.paragraphs.is_empty(),
                "{lang:?} {} has no text",
                stop.id
            );
            for paragraph in &stop.paragraphs {
                assert!(
                    !paragraph.trim().is_empty(),
                    "{lang:?} {} has an empty paragraph",
                    stop.id
                );
            }
        }
    }
}

#[test]
fn every_stop_is_80_to_180_words_in_each_language() {
    let library = library();
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for stop in &library.tour(lang).stops {
            let count: usize = stop.paragraphs.iter().map(|p| words(p).len()).sum();
            if !(80..=180).contains(&count) {
                problems.push(format!("{lang:?} {}: {count} words", stop.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_link_from_a_stop_leads_somewhere_real() {
    let library = library();
    let facts = &library.facts;
    for stop in &facts.tour {
        assert!(!stop.see.is_empty(), "{} links to nothing", stop.id);
        for related in &stop.see {
            let found = match related {
                Related::Person(id) => facts.person(id).is_some(),
                Related::Event(id) => facts.timeline.iter().any(|event| event.id == *id),
                Related::Page(key) => Page::from_key(key).is_some(),
            };
            assert!(
                found,
                "{} links to {related:?}, which does not exist",
                stop.id
            );
        }
    }
    // What each of these stops is about, elsewhere in the guide.
    for (stop, related) in [
        ("bedroom", Related::Event("raid".into())),
        ("seva-room", Related::Person("esteban".into())),
        ("tomb", Related::Person("natalia".into())),
        ("study", Related::Event("assassination".into())),
        ("entrance", Related::Page("visit".into())),
    ] {
        let see = &facts
            .tour
            .iter()
            .find(|s| s.id == stop)
            .unwrap_or_else(|| panic!("{stop} is on the tour"))
            .see;
        assert!(
            see.contains(&related),
            "{stop} does not link to {related:?}"
        );
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

/// The bytes of a file per language, in `Lang::ALL` order.
type StoredFiles = Vec<Vec<u8>>;

/// What build.rs stored for the app to fetch, as files.json lists them: each
/// language's text, then each page's prose in each language, in
/// `PageProse::PAGES` and `Lang::ALL` order.
fn stored_text_files() -> (StoredFiles, Vec<(Page, StoredFiles)>) {
    let profile = std::path::Path::new(env!("OUT_DIR"))
        .ancestors()
        .nth(3)
        .unwrap();
    let stored = profile.join("site-content");
    let read = |file: &str| std::fs::read(stored.join(file)).expect("build.rs wrote the file");
    let files: Vec<String> = serde_json::from_slice(&read("files.json")).unwrap();
    let by_lang = Lang::ALL.len();
    assert_eq!(
        files.len(),
        by_lang * (1 + PageProse::PAGES.len()),
        "files.json: {files:?}"
    );
    let mut read_all = files
        .chunks(by_lang)
        .map(|files| files.iter().map(|file| read(file)).collect());
    let texts = read_all.next().unwrap();
    (texts, PageProse::PAGES.into_iter().zip(read_all).collect())
}

/// A stored page's prose read back, in Debug form; `None` if the bytes do not
/// decode as that page's prose.
fn stored_prose(page: Page, bytes: &[u8]) -> Option<String> {
    let stored = PageProse::from_postcard(page, bytes)
        .unwrap_or_else(|| panic!("{page:?} has no prose of its own"));
    Some(match stored.ok()? {
        PageProse::History(prose) => format!("{prose:?}"),
        PageProse::Family(prose) => format!("{prose:?}"),
        PageProse::Tour(prose) => format!("{prose:?}"),
        PageProse::Home(prose) => format!("{prose:?}"),
    })
}

#[test]
fn the_app_decodes_exactly_the_content_the_json_files_hold() {
    // What build.rs stored: the bundle in the wasm, and a file per language
    // for the text and for each page's prose.
    let json = Library::from_json().unwrap();
    let (files, prose_files) = stored_text_files();
    let texts: Vec<Text> = files
        .iter()
        .map(|file| Text::from_postcard(file).expect("the language file decodes"))
        .collect();
    for (lang, text) in Lang::ALL.into_iter().zip(&texts) {
        assert_eq!(
            format!("{text:?}"),
            format!("{:?}", json.text(lang)),
            "{lang:?}"
        );
    }
    for (page, files) in &prose_files {
        for (lang, file) in Lang::ALL.into_iter().zip(files) {
            let expected = match page {
                Page::History => format!("{:?}", json.history(lang)),
                Page::Family => format!("{:?}", json.family(lang)),
                Page::Home => format!("{:?}", json.home(lang)),
                _ => format!("{:?}", json.tour(lang)),
            };
            let stored = stored_prose(*page, file).expect("the prose decodes");
            assert_eq!(stored, expected, "{page:?} {lang:?}");
        }
    }
    let bundle = include_bytes!(concat!(env!("OUT_DIR"), "/library.postcard"));
    let first = Text::from_postcard(&files[0]).unwrap();
    let bundled = Library::from_bundle(bundle, Lang::En, first).expect("the bundle decodes");
    assert_eq!(format!("{:?}", bundled.facts), format!("{:?}", json.facts));
    assert_eq!(format!("{:?}", bundled.visit), format!("{:?}", json.visit));
    for lang in Lang::ALL {
        let (bundled, json) = (bundled.language_label(lang), json.language_label(lang));
        assert_eq!(
            (&bundled.name, &bundled.switch_to),
            (&json.name, &json.switch_to)
        );
    }
}

#[test]
fn each_page_prose_holds_what_that_page_shows_and_the_text_what_every_page_does() {
    let library = library();
    for lang in Lang::ALL {
        let text = library.text(lang);
        // Moved out of the text, into the pages' own files.
        assert!(text.history.events.is_empty() && text.history.sections.is_empty());
        assert!(
            text.family.people.is_empty()
                && text.ui.sources.is_empty()
                && text.tour.stops.is_empty()
                && text.home.paragraphs.is_empty()
                && text.home.blurbs.tour.is_empty()
        );
        // So are the leads of the pages with prose of their own.
        for lead in [
            &text.history.lead,
            &text.family.lead,
            &text.tour.lead,
            &text.home.lead,
        ] {
            assert!(lead.is_empty(), "{lang:?}: {lead}");
        }
        // Home's paragraphs and its invitation to each page, in its own file.
        let home = library.home(lang);
        assert!(!home.paragraphs.is_empty() && !home.blurbs.tour.is_empty());
        let (history, family, tour) = (
            library.history(lang),
            library.family(lang),
            library.tour(lang),
        );
        assert!(
            !history.events.is_empty() && !history.sections.is_empty() && !family.people.is_empty()
        );
        assert!(!history.sources.is_empty());
        assert_eq!(
            format!("{:?}", history.sources),
            format!("{:?}", family.sources)
        );
        // The tour carries the title of every event its stops link to, as the History page words it.
        for stop in &library.facts.tour {
            for related in &stop.see {
                if let Related::Event(id) = related {
                    let title = tour.event_title(id);
                    assert_eq!(
                        title,
                        history.event(id).map(|event| event.title.as_str()),
                        "{lang:?} {id}"
                    );
                    assert!(title.is_some(), "{lang:?}: the tour has no title for {id}");
                }
            }
        }
        assert!(
            tour.events.len() < history.events.len(),
            "{lang:?}: the tour carries only the events it links to"
        );
    }
}

#[test]
fn a_language_file_cut_short_or_run_on_is_refused_not_misread() {
    let (texts, prose) = stored_text_files();
    type Reads<'a> = Box<dyn Fn(&[u8]) -> bool + 'a>;
    let mut files: Vec<(&Vec<u8>, Reads)> = Vec::new();
    for text in &texts {
        files.push((text, Box::new(|bytes| Text::from_postcard(bytes).is_ok())));
    }
    for (page, stored) in &prose {
        for file in stored {
            files.push((file, Box::new(|bytes| stored_prose(*page, bytes).is_some())));
        }
    }
    for (file, reads) in files {
        for end in 0..file.len() {
            assert!(
                !reads(&file[..end]),
                "the first {end} of {} bytes were read as a whole file",
                file.len()
            );
        }
        let mut longer = file.clone();
        longer.push(0);
        assert!(!reads(&longer), "a byte too many was ignored");
        // A string's bytes that are not UTF-8 (0xff never is): every file ends in one.
        let mut garbled = file.clone();
        let last = garbled.len() - 1;
        garbled[last] = 0xff;
        assert!(!reads(&garbled), "bytes not UTF-8 were read as text");
    }
}

#[test]
fn a_page_s_copy_of_a_content_file_reads_back_as_its_bytes() {
    // A length of 5, "Coyoacán" with its two-byte "á", then the bytes 0x3C ("<",
    // which could end the element) and 0xFF, which is no character in UTF-8.
    let mut expected = vec![5];
    expected.extend_from_slice("Coyoacán".as_bytes());
    expected.extend_from_slice(&[0x3C, 0xFF]);
    assert_eq!(
        embedded::decode("\u{F705}Coyoacán\u{F73C}\u{F7FF}"),
        expected
    );
    // Just outside the block of stand-ins: characters like any other.
    assert_eq!(
        embedded::decode("\u{F6FF}\u{F800}"),
        "\u{F6FF}\u{F800}".as_bytes()
    );
    assert!(embedded::decode("").is_empty());
}
