//! The one route table: every page in every language, and the only place URLs are spelled.
//!
//! Views ask for `page.href(lang)`; the app asks `Route::parse(pathname)`. Both read
//! [`ROUTES`], so a link can never point at a path the app does not answer.

/// A language the guide is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 code, as used in `<html lang>`, in URLs and in storage.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Reads a code exactly as [`Lang::code`] writes it; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language the toggle leads to.
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }
}

/// A page of the guide, independent of its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    History,
    Family,
    Visit,
    Directions,
    /// The room-by-room guide to the house and garden.
    Tour,
}

impl Page {
    /// In navigation order.
    pub const ALL: [Page; 6] = [
        Page::Home,
        Page::Tour,
        Page::History,
        Page::Family,
        Page::Visit,
        Page::Directions,
    ];

    /// The page's language-neutral key, as `facts.json` names pages.
    pub const fn key(self) -> &'static str {
        match self {
            Page::Home => "home",
            Page::History => "history",
            Page::Family => "family",
            Page::Visit => "visit",
            Page::Directions => "directions",
            Page::Tour => "tour",
        }
    }

    /// Reads a key exactly as [`Page::key`] writes it.
    pub fn from_key(key: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|page| page.key() == key)
    }

    /// The page's path in `lang`.
    pub fn href(self, lang: Lang) -> &'static str {
        ROUTES
            .iter()
            .find(|(page, l, _)| *page == self && *l == lang)
            .map(|(_, _, path)| *path)
            // Unreachable while the table lists every (page, lang); a test checks it does.
            .unwrap_or("/")
    }
}

/// Every (page, language, path). Home ends in a slash, as a directory would.
pub const ROUTES: [(Page, Lang, &str); 12] = [
    (Page::Home, Lang::En, "/en/"),
    (Page::Tour, Lang::En, "/en/tour"),
    (Page::History, Lang::En, "/en/history"),
    (Page::Family, Lang::En, "/en/family"),
    (Page::Visit, Lang::En, "/en/visit"),
    (Page::Directions, Lang::En, "/en/directions"),
    (Page::Home, Lang::Es, "/es/"),
    (Page::Tour, Lang::Es, "/es/recorrido"),
    (Page::History, Lang::Es, "/es/historia"),
    (Page::Family, Lang::Es, "/es/familia"),
    (Page::Visit, Lang::Es, "/es/visita"),
    (Page::Directions, Lang::Es, "/es/como-llegar"),
];

/// What a path asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: send the visitor to their language's home.
    Root,
    /// A page of the guide.
    Page(Page, Lang),
    /// Nothing here; the language is a hint from the path's first segment, if it names one.
    NotFound(Option<Lang>),
}

impl Route {
    /// Matches a URL path (no query, no fragment) against the table.
    ///
    /// One trailing slash is forgiven (`/en/visit/`, `/en`), since people type
    /// both; [`Route::canonical`] says which spelling to show instead.
    pub fn parse(path: &str) -> Route {
        if path.is_empty() || path == "/" {
            return Route::Root;
        }
        let trimmed = path.trim_end_matches('/');
        ROUTES
            .iter()
            .find(|(_, _, known)| {
                known.trim_end_matches('/') == trimmed && trimmed.len() + 1 >= path.len()
            })
            .map(|&(page, lang, _)| Route::Page(page, lang))
            .unwrap_or_else(|| Route::NotFound(language_hint(path)))
    }

    /// The language the path names, if it names one.
    pub fn lang(self) -> Option<Lang> {
        match self {
            Route::Page(_, lang) | Route::NotFound(Some(lang)) => Some(lang),
            Route::Root | Route::NotFound(None) => None,
        }
    }

    /// The table's spelling of this route, when it has one.
    pub fn canonical(self) -> Option<&'static str> {
        match self {
            Route::Page(page, lang) => Some(page.href(lang)),
            Route::Root | Route::NotFound(_) => None,
        }
    }
}

/// The language a path's first segment names, ignoring case (`/ES/visita` is Spanish).
fn language_hint(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Lang::ALL
        .into_iter()
        .find(|lang| first.eq_ignore_ascii_case(lang.code()))
}

/// Chooses the visitor's language: a valid stored choice first, then the
/// browser's preferred languages (any `es*` means Spanish), else English.
pub fn preferred_lang<S: AsRef<str>>(stored: Option<&str>, browser_languages: &[S]) -> Lang {
    if let Some(lang) = stored.and_then(Lang::from_code) {
        return lang;
    }
    let spanish = browser_languages.iter().any(|tag| {
        tag.as_ref()
            .get(..2)
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case("es"))
    });
    if spanish { Lang::Es } else { Lang::En }
}
