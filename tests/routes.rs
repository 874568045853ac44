//! The route table, in both directions, and the choice of language.

use casa_trotsky::route::{Lang, Page, ROUTES, Route, preferred_lang};

#[test]
fn every_page_has_a_path_in_every_language() {
    for page in Page::ALL {
        for lang in Lang::ALL {
            let count = ROUTES
                .iter()
                .filter(|(p, l, _)| *p == page && *l == lang)
                .count();
            assert_eq!(
                count, 1,
                "{page:?} in {lang:?} should have exactly one path"
            );
        }
    }
}

#[test]
fn the_table_round_trips_in_both_directions() {
    for (page, lang, path) in ROUTES {
        assert_eq!(page.href(lang), path);
        assert_eq!(Route::parse(path), Route::Page(page, lang), "{path}");
    }
}

#[test]
fn paths_are_the_ones_the_museum_publishes() {
    let expected = [
        (Page::Home, "/en/", "/es/"),
        (Page::History, "/en/history", "/es/historia"),
        (Page::Family, "/en/family", "/es/familia"),
        (Page::Visit, "/en/visit", "/es/visita"),
        (Page::Directions, "/en/directions", "/es/como-llegar"),
        (Page::Tour, "/en/tour", "/es/recorrido"),
    ];
    assert_eq!(expected.len(), Page::ALL.len(), "every page is published");
    for (page, en, es) in expected {
        assert_eq!(page.href(Lang::En), en);
        assert_eq!(page.href(Lang::Es), es);
    }
}

#[test]
fn the_root_asks_for_a_redirect() {
    assert_eq!(Route::parse("/"), Route::Root);
    assert_eq!(Route::parse(""), Route::Root);
}

#[test]
fn one_trailing_slash_is_forgiven_and_canonicalised() {
    assert_eq!(Route::parse("/en"), Route::Page(Page::Home, Lang::En));
    assert_eq!(
        Route::parse("/es/visita/"),
        Route::Page(Page::Visit, Lang::Es)
    );
    assert_eq!(Route::parse("/es/visita/").canonical(), Some("/es/visita"));
    assert_eq!(Route::parse("/en").canonical(), Some("/en/"));
}

#[test]
fn unknown_paths_are_not_found_with_a_language_hint() {
    let cases = [
        ("/en/nowhere", Some(Lang::En)),
        ("/es/nada", Some(Lang::Es)),
        ("/ES/visita", Some(Lang::Es)),
        ("/en/visita", Some(Lang::En)),
        ("/es/visit", Some(Lang::Es)),
        ("/fr/", None),
        ("/fr/visite", None),
        ("/history", None),
        ("/en//history", Some(Lang::En)),
        ("/en/history//", Some(Lang::En)),
        ("/english/history", None),
        ("/<script>alert(1)</script>", None),
    ];
    for (path, hint) in cases {
        assert_eq!(Route::parse(path), Route::NotFound(hint), "{path}");
        assert_eq!(Route::parse(path).canonical(), None, "{path}");
    }
}

#[test]
fn a_stored_choice_wins_over_the_browser() {
    assert_eq!(preferred_lang(Some("es"), &["en-US"]), Lang::Es);
    assert_eq!(preferred_lang(Some("en"), &["es-MX"]), Lang::En);
}

#[test]
fn any_spanish_browser_language_means_spanish() {
    assert_eq!(preferred_lang(None, &["es-MX"]), Lang::Es);
    assert_eq!(preferred_lang(None, &["en-GB", "ES"]), Lang::Es);
    assert_eq!(preferred_lang::<&str>(None, &[]), Lang::En);
    assert_eq!(preferred_lang(None, &["fr-FR", "de"]), Lang::En);
}

#[test]
fn a_corrupt_stored_choice_is_ignored() {
    assert_eq!(preferred_lang(Some("klingon"), &["es-419"]), Lang::Es);
    assert_eq!(preferred_lang(Some(""), &["en"]), Lang::En);
    assert_eq!(preferred_lang(Some("ES"), &["en"]), Lang::En);
}

#[test]
fn languages_round_trip_through_their_codes() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_ne!(lang.other(), lang);
    }
}

#[test]
fn themes_read_back_only_what_was_written() {
    use casa_trotsky::theme::Theme;
    for theme in [Theme::Light, Theme::Dark] {
        assert_eq!(Theme::from_code(theme.code()), Some(theme));
        assert_ne!(theme.other(), theme);
    }
    for foreign in ["", "Dark", "blue", "{\"dark\":true}"] {
        assert_eq!(Theme::from_code(foreign), None, "{foreign:?}");
    }
}

#[test]
fn pages_have_language_neutral_keys_that_read_back() {
    for page in Page::ALL {
        assert_eq!(Page::from_key(page.key()), Some(page));
    }
    assert_eq!(
        Page::from_key("recorrido"),
        None,
        "a key is not a path segment"
    );
    assert_eq!(Page::from_key(""), None);
}

#[test]
fn a_path_names_its_language_or_none() {
    assert_eq!(Route::parse("/es/recorrido").lang(), Some(Lang::Es));
    assert_eq!(Route::parse("/en/nowhere").lang(), Some(Lang::En));
    assert_eq!(Route::parse("/").lang(), None);
    assert_eq!(Route::parse("/xx/visit").lang(), None);
}
