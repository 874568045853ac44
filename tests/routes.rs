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

// The published paths themselves are spelled out once, as the contract, in
// tests/e2e/specs/fixtures.js, and every browser test visits them there. Here:
// what holds for any path the table could list. (No two paths are the same,
// even up to a trailing slash: the round trip above would fail.)

/// The part of `path` after its language's prefix, e.g. "visita" in "/es/visita".
fn after_prefix(path: &str, lang: Lang) -> &str {
    path.strip_prefix(&format!("/{}/", lang.code()))
        .unwrap_or_else(|| panic!("{path} does not start with /{}/", lang.code()))
}

#[test]
fn every_path_starts_with_its_languages_prefix() {
    // The prefix is what tells a visitor, a search engine and
    // `Route::NotFound`'s hint which language a path is in.
    for (_, lang, path) in ROUTES {
        after_prefix(path, lang);
    }
}

#[test]
fn only_home_pages_end_in_a_slash() {
    for (page, lang, path) in ROUTES {
        let rest = after_prefix(path, lang);
        if page == Page::Home {
            assert_eq!(rest, "", "{path}: home is the language's folder itself");
        } else {
            assert!(!rest.is_empty() && !rest.ends_with('/'), "{path}");
        }
    }
}

#[test]
fn paths_are_lowercase_ascii_words_joined_by_hyphens() {
    // Typed, printed on a sign or read aloud, a path has one spelling: no
    // capitals, no accents to percent-encode ("como-llegar", not
    // "cómo-llegar"), no underscores or empty segments.
    let is_word = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase());
    for (_, lang, path) in ROUTES.into_iter().filter(|(page, ..)| *page != Page::Home) {
        for segment in after_prefix(path, lang).split('/') {
            assert!(segment.split('-').all(is_word), "{path}: {segment:?}");
        }
    }
}

#[test]
fn a_path_moved_to_the_other_language_is_that_page_or_nothing() {
    // Someone who swaps /en/ for /es/ by hand lands on the same page when its
    // words are the same in both languages, and on "not found" otherwise:
    // never on a different page that happens to share the word.
    for (page, lang, path) in ROUTES {
        let other = lang.other();
        let moved = format!("/{}/{}", other.code(), after_prefix(path, lang));
        let route = Route::parse(&moved);
        assert!(
            route == Route::Page(page, other) || route == Route::NotFound(Some(other)),
            "{path} moved to {moved} gives {route:?}"
        );
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
