//! The typed shape of the bundled content.
//!
//! Prose lives in one file per language (`en.json`, `es.json`), both parsed into
//! [`Text`]; language-neutral facts (addresses, dates, coordinates, hours) live
//! once, in `facts.json` and `public/data/visit.json`. Every struct denies unknown
//! fields and requires every field, so a key that is missing or misspelt in one
//! language fails `cargo test` rather than a visitor.

use super::compact::decodable;
use super::{Era, Facts, Related};
use crate::route::Page;
use serde::{Deserialize, Serialize};

decodable! {
    /// Everything a visitor reads in one language.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct Text {
        pub ui: Ui,
        pub home: HomeText,
        pub history: HistoryText,
        pub family: FamilyText,
        pub visit: VisitText,
        pub directions: DirectionsText,
        pub not_found: NotFoundText,
        pub plan: PlanText,
        pub tour: TourText,
    }

    /// Strings of the app's frame: header, navigation, footer, dates.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct Ui {
        /// The museum's name as this language writes it.
        pub museum_name: String,
        /// A short line under the name in the header.
        pub tagline: String,
        /// The language's own name ("English", "Español"): the toggle's label on the other language's pages.
        pub language_name: String,
        /// What the toggle announces when it leads to this language ("Read this page in English").
        pub switch_to_this_language: String,
        pub skip_to_content: String,
        /// Accessible name of the main navigation.
        pub main_nav: String,
        /// Short navigation labels, one per page.
        pub nav: PageNames,
        /// How the opening week is said in a sentence (footer, Home); the hours themselves are data.
        pub week: WeekWords,
        pub footer_address: String,
        pub sources_heading: String,
        pub sources_intro: String,
        /// The bibliographic references behind the content, described in this language.
        pub sources: Vec<Source>,
        /// Monday first.
        pub weekdays: [String; 7],
        pub months: [String; 12],
        /// Date patterns with `{day}`, `{month}`, `{year}` placeholders.
        pub date_full: String,
        /// For a date known to the month: "{month} {year}".
        pub date_month: String,
        pub date_year: String,
        /// "{born} – {died}" and "born {born}".
        pub lifespan: String,
        pub born_only: String,
        pub closed: String,
        /// Shown while the network is gone.
        pub offline: String,
        pub update_available: String,
        pub update_reload: String,
        /// Accessible name of the install offer.
        pub install_label: String,
        pub install: String,
        /// How to install on iOS Safari, which has no install prompt.
        pub install_ios_hint: String,
        pub dismiss: String,
        /// The label of the dark-mode switch.
        pub dark_mode: String,
        /// In place of a page whose code could not be fetched (see `pages::chunks`).
        pub page_unavailable_title: String,
        pub page_unavailable_text: String,
        pub try_again: String,
    }

    /// The words for saying a week of opening hours: "Tuesday to Sunday,
    /// 10:00–17:00; closed Mondays". The days and times come from the visit data,
    /// so the sentence follows the served file.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct WeekWords {
        /// Monday first, as they stand inside a sentence ("Monday", "lunes").
        pub days: [String; 7],
        /// Monday first, for a day closed every week ("Mondays", "los lunes").
        pub every: [String; 7],
        /// `{from}` and `{to}`: days in a row ("Tuesday to Sunday").
        pub range: String,
        /// `{days}`, `{opens}`, `{closes}`.
        pub open: String,
        /// `{days}`: the days closed every week, joined by `and`.
        pub closed: String,
        /// Between the last two days closed ("Mondays and Tuesdays").
        pub and: String,
    }

    /// One bibliographic reference: what it is, who wrote or published it, and when if known.
    #[derive(Clone, Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct Source {
        pub title: String,
        /// The author first where known, then where it appeared: "Joseph Hansen, in Fourth International".
        pub publisher: String,
        #[serde(default)]
        pub date: Option<String>,
    }

    /// One short label per page, used in the navigation and page cards.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    #[derive(Default)]
    pub struct PageNames {
        pub home: String,
        pub history: String,
        pub family: String,
        pub visit: String,
        pub directions: String,
        pub tour: String,
    }

    /// A sentence with a number in it, in the singular and the plural: "closes in
    /// 1 minute", "closes in 2 minutes".
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct Counted {
        pub one: String,
        pub other: String,
    }
}

impl Counted {
    /// The form for `count`. English and Spanish both take the singular for
    /// exactly one, and the plural for everything else, zero included.
    pub fn of(&self, count: usize) -> &str {
        match count {
            1 => &self.one,
            _ => &self.other,
        }
    }
}

decodable! {
    /// A titled block of paragraphs with a stable id for anchors.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct Section {
        pub id: String,
        pub heading: String,
        pub paragraphs: Vec<String>,
    }

    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct HomeText {
        /// The document title and the page's h1.
        pub title: String,
        pub lead: String,
        pub paragraphs: Vec<String>,
        pub explore_heading: String,
        /// One line inviting the visitor to each other page.
        pub blurbs: PageNames,
        pub at_a_glance_heading: String,
    }

    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct HistoryText {
        pub title: String,
        pub lead: String,
        pub timeline_heading: String,
        pub timeline_intro: String,
        /// Accessible name of the group of era filters.
        pub era_filter_label: String,
        pub all_eras: String,
        pub eras: EraNames,
        /// Contains `{count}` and `{total}`; the form follows `{count}`.
        pub showing: Counted,
        /// The words of each event in `facts.json`'s timeline, by id.
        pub events: Vec<EventText>,
        /// Before the long prose, after the timeline.
        pub full_story_heading: String,
        pub sections: Vec<Section>,
    }
}

decodable! {
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct EraNames {
        pub revolution: String,
        pub exile: String,
        pub mexico: String,
        /// Everything after his death: "After 1940".
        pub museum: String,
    }
}

impl EraNames {
    pub fn of(&self, era: Era) -> &str {
        match era {
            Era::Revolution => &self.revolution,
            Era::Exile => &self.exile,
            Era::Mexico => &self.mexico,
            Era::Museum => &self.museum,
        }
    }
}

decodable! {
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct EventText {
        pub id: String,
        pub title: String,
        /// One or two sentences.
        pub text: String,
    }

    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct FamilyText {
        pub title: String,
        pub lead: String,
        pub tree_heading: String,
        pub tree_intro: String,
        /// Accessible name of the tree.
        pub tree_label: String,
        /// One entry per person in `facts.json`, by id.
        pub people: Vec<PersonText>,
        /// Shown for a person whose story is empty: the grandchildren known only by their year of birth.
        pub story_for_grandchild: String,
    }
}

decodable! {
    /// How one person is introduced; the name and dates come from `facts.json`.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct PersonText {
        pub id: String,
        /// Relation to Trotsky, one line ("Second wife").
        pub relation: String,
        /// May be empty, for the grandchildren the sources name and date but do not describe.
        pub story: Vec<String>,
    }

    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct VisitText {
        pub title: String,
        pub lead: String,
        pub hours_heading: String,
        pub hours_caption: String,
        pub day_column: String,
        pub hours_column: String,
        pub hours_note: String,
        pub admission_heading: String,
        /// Contains `{price}`.
        pub admission: String,
        pub admission_note: String,
        pub tours_heading: String,
        pub tours: String,
        pub booking_heading: String,
        pub booking: String,
    }

    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct DirectionsText {
        pub title: String,
        pub lead: String,
        pub address_heading: String,
        pub entrance_note: String,
        pub metro_heading: String,
        pub metro_intro: String,
        /// Contains `{line}`.
        pub metro_line: String,
        /// Contains `{minutes}`.
        pub walk_minutes: String,
        pub metro_avoid: String,
        pub nearby_heading: String,
        /// Contains `{metres}` and `{minutes}`.
        pub casa_azul: String,
        pub casa_azul_tickets: String,
    }

    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct NotFoundText {
        pub title: String,
        pub text: String,
        pub links_heading: String,
    }

    /// Planning a visit: opening status, notices, calendar, sharing, maps.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct PlanText {
        /// `{time}`: when it closes.
        pub open_until: String,
        /// `{minutes}` left before closing, shown in the last hour.
        pub closes_in: Counted,
        /// `{time}`: when it opens later today.
        pub opens_today: String,
        /// `{day}`: today's weekday, closed every week on that day.
        pub closed_today_weekly: String,
        pub closed_today_notice: String,
        pub closed_now: String,
        /// `{time}`.
        pub next_tomorrow: String,
        /// `{day}`, `{time}`.
        pub next_day: String,
        pub today: String,
        pub refresh_failed: String,
        pub notices_heading: String,
        pub calendar_heading: String,
        pub calendar_day: String,
        pub calendar_button: String,
        pub calendar_closed: String,
        pub calendar_summary: String,
        pub calendar_description: String,
        pub share: String,
        pub share_title: String,
        pub link_copied: String,
        pub copy_failed: String,
        pub copy_address: String,
        pub address_copied: String,
        pub open_in_maps: String,
        pub open_in_osm: String,
        pub map_heading: String,
        pub map_title: String,
        /// Says the map is a sketch: straight lines, not streets.
        pub map_caption: String,
        pub map_museum: String,
        pub map_north: String,
        /// `{metres}`.
        pub map_scale: String,
        /// `{km}`: a straight-line distance.
        pub straight_line: String,
    }

    /// The room-by-room guide: its frame, its read-aloud controls, and its stops.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct TourText {
        pub title: String,
        pub lead: String,
        /// Home's most visible way in ("Start the tour").
        pub start: String,
        /// `{stop}`: the heading of the stop last opened or read.
        pub continue_at: String,
        /// The read-aloud controls.
        pub listen: String,
        pub pause: String,
        pub resume: String,
        pub stop_reading: String,
        pub read_all: String,
        /// Label of the speed choice.
        pub speed: String,
        /// Shown instead of the controls when the phone has no local voice for this language.
        pub no_voice: String,
        /// For the live region: `{stop}` is the heading being read.
        pub now_reading: String,
        pub finished: String,
        /// Heading of each stop's links to the rest of the guide.
        pub see_also: String,
        /// One per stop in `facts.json`'s `tour`, in the same order, by id.
        pub stops: Vec<StopText>,
    }

    /// What a visitor reads (and hears) at one stop.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct StopText {
        pub id: String,
        pub heading: String,
        pub paragraphs: Vec<String>,
    }
}

decodable! {
    /// The History page's prose: its lead, the words of each timeline event,
    /// the whole story, and the sources.
    #[derive(Debug, Serialize)]
    pub struct HistoryProse {
        pub lead: String,
        pub events: Vec<EventText>,
        pub sections: Vec<Section>,
        pub sources: Vec<Source>,
    }

    /// The Family page's prose: its lead, each person's story, and the sources.
    #[derive(Debug, Serialize)]
    pub struct FamilyProse {
        pub lead: String,
        pub people: Vec<PersonText>,
        pub sources: Vec<Source>,
    }

    /// The tour's prose: its lead, its stops, and the titles of the timeline
    /// events they link to (the History page has the events' words).
    #[derive(Debug, Serialize)]
    pub struct TourProse {
        pub lead: String,
        pub stops: Vec<StopText>,
        pub events: Vec<EventTitle>,
    }

    /// Home's prose: its lead and paragraphs, and the line inviting the
    /// visitor to each other page.
    #[derive(Debug, Serialize)]
    pub struct HomeProse {
        pub lead: String,
        pub paragraphs: Vec<String>,
        pub blurbs: PageNames,
    }

    #[derive(Debug, Serialize)]
    pub struct EventTitle {
        pub id: String,
        pub title: String,
    }
}

/// The long prose of one page in one language. The JSON files keep it where it
/// belongs (`history.events`, `family.people`, `ui.sources`, `tour.stops`,
/// `home.paragraphs`...);
/// the build stores each page's in a file of its own, fetched with that page
/// alone, so a first load carries the frame's words and its own page's, not
/// every page's. [`PageProse::take_from`] moves it out of a language's text,
/// natively as in the build, so the pages read it from one place:
/// `Library::history`, `Library::family`, `Library::tour`, `Library::home`.
#[derive(Debug)]
pub enum PageProse {
    History(HistoryProse),
    Family(FamilyProse),
    Tour(TourProse),
    Home(HomeProse),
}

impl PageProse {
    /// The pages with prose of their own, each of which waits for it.
    pub const PAGES: [Page; 4] = [Page::History, Page::Family, Page::Tour, Page::Home];

    /// Moves every page's long prose out of `text`, leaving its lists empty;
    /// the tour keeps the titles of the events that `facts` says its stops link to.
    pub fn take_from(text: &mut Text, facts: &Facts) -> [PageProse; 4] {
        let sources = std::mem::take(&mut text.ui.sources);
        let linked = |id: &String| {
            let mut links = facts.tour.iter().flat_map(|stop| &stop.see);
            links.any(|link| matches!(link, Related::Event(event) if event == id))
        };
        let events = text
            .history
            .events
            .iter()
            .filter(|event| linked(&event.id))
            .map(|event| EventTitle {
                id: event.id.clone(),
                title: event.title.clone(),
            })
            .collect();
        [
            PageProse::History(HistoryProse {
                lead: std::mem::take(&mut text.history.lead),
                events: std::mem::take(&mut text.history.events),
                sections: std::mem::take(&mut text.history.sections),
                sources: sources.clone(),
            }),
            PageProse::Family(FamilyProse {
                lead: std::mem::take(&mut text.family.lead),
                people: std::mem::take(&mut text.family.people),
                sources,
            }),
            PageProse::Tour(TourProse {
                lead: std::mem::take(&mut text.tour.lead),
                stops: std::mem::take(&mut text.tour.stops),
                events,
            }),
            PageProse::Home(HomeProse {
                lead: std::mem::take(&mut text.home.lead),
                paragraphs: std::mem::take(&mut text.home.paragraphs),
                blurbs: std::mem::take(&mut text.home.blurbs),
            }),
        ]
    }
}

impl HistoryProse {
    /// The words of the timeline's event `id`.
    pub fn event(&self, id: &str) -> Option<&EventText> {
        self.events.iter().find(|event| event.id == id)
    }
}

impl FamilyProse {
    pub fn person(&self, id: &str) -> Option<&PersonText> {
        self.people.iter().find(|person| person.id == id)
    }
}

impl TourProse {
    /// The title of the timeline's event `id`, which a stop links to.
    pub fn event_title(&self, id: &str) -> Option<&str> {
        let event = self.events.iter().find(|event| event.id == id)?;
        Some(&event.title)
    }
}
