//! Language-neutral facts: places, people and their dates.

use super::compact::{Decode, DecodeError, Reader, decodable};
use super::{Ui, fill};
use crate::route::Lang;
use serde::{Deserialize, Serialize};

decodable! {
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct Facts {
        pub museum: Museum,
        pub stations: Vec<Station>,
        pub casa_azul: NearbyPlace,
        pub people: Vec<Person>,
        /// The dated events of the History page's timeline, oldest first.
        pub timeline: Vec<TimelineEvent>,
        /// The stops of the room-by-room guide, in the usual way round.
        pub tour: Vec<TourStop>,
    }
}

impl Facts {
    /// Places every station and nearby place relative to the museum.
    pub fn measure_from_museum(&mut self) {
        let museum = self.museum.location;
        for station in &mut self.stations {
            station.from_museum = FromMuseum::of(station.location, museum);
        }
        self.casa_azul.from_museum = FromMuseum::of(self.casa_azul.location, museum);
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|person| person.id == id)
    }
}

decodable! {
    /// A point in WGS84 degrees.
    #[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub struct LatLon {
        pub lat: f64,
        pub lon: f64,
    }
}

impl LatLon {
    /// Great-circle distance in metres (haversine, mean Earth radius): "as the crow flies".
    pub fn distance_metres(self, other: LatLon) -> f64 {
        const EARTH_RADIUS_M: f64 = 6_371_008.8;
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let half_dlat = (other.lat - self.lat).to_radians() / 2.0;
        let half_dlon = (other.lon - self.lon).to_radians() / 2.0;
        let a = half_dlat.sin().powi(2) + lat1.cos() * lat2.cos() * half_dlon.sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().asin()
    }

    /// A `geo:` URI (RFC 5870) that phones open in their maps app, with a label.
    pub fn geo_uri(self, label: &str) -> String {
        format!(
            "geo:{0},{1}?q={0},{1}({2})",
            decimal(self.lat, 6),
            decimal(self.lon, 6),
            percent_encode(label)
        )
    }

    /// The point on openstreetmap.org, for browsers without a maps app.
    pub fn osm_url(self) -> String {
        format!(
            "https://www.openstreetmap.org/?mlat={0}&mlon={1}#map=17/{0}/{1}",
            decimal(self.lat, 6),
            decimal(self.lon, 6)
        )
    }

    /// Metres east and south of `origin`, on a plane: true enough across a neighbourhood.
    pub fn offset_from(self, origin: LatLon) -> (f64, f64) {
        const METRES_PER_DEGREE: f64 = 111_195.0;
        let east = (self.lon - origin.lon) * METRES_PER_DEGREE * origin.lat.to_radians().cos();
        let south = (origin.lat - self.lat) * METRES_PER_DEGREE;
        (east, south)
    }
}

/// `value` rounded to `places` decimals, with a point: `decimal(-99.1627, 2)` is "-99.16".
/// Written by hand because the standard library's float formatting alone adds
/// about 10 KB to the wasm that every visitor downloads.
pub fn decimal(value: f64, places: u32) -> String {
    let scale = 10_i64.pow(places);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    match places {
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{fraction:0width$}", width = places as usize),
    }
}

/// A distance in kilometres with one decimal: 1530.0 metres is "1.5".
pub fn kilometres(metres: f64) -> String {
    decimal(metres / 1000.0, 1)
}

decodable! {
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct Museum {
        /// Postal lines, first to last.
        pub address: Vec<String>,
        pub location: LatLon,
    }

    /// A Metro station worth walking from.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct Station {
        pub name: String,
        pub line: String,
        pub walk_minutes: u32,
        pub location: LatLon,
        /// Not in the file: worked out from `location` when the file is read.
        #[serde(default)]
        pub from_museum: FromMuseum,
    }

    /// Where a place lies from the museum, in metres. Worked out natively when
    /// the JSON is read (so by `build.rs`), and bundled: the browser draws the map
    /// and gives distances without any trigonometry of its own, which spares every
    /// visitor the maths library's share of the wasm.
    #[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq)]
    pub struct FromMuseum {
        pub east: f64,
        pub south: f64,
        /// As the crow flies.
        pub straight_line: f64,
    }
}

impl FromMuseum {
    pub fn of(place: LatLon, museum: LatLon) -> FromMuseum {
        let (east, south) = place.offset_from(museum);
        FromMuseum {
            east,
            south,
            straight_line: place.distance_metres(museum),
        }
    }
}

decodable! {
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct NearbyPlace {
        pub name: String,
        pub address: String,
        pub distance_metres: u32,
        /// A range such as "8–10".
        pub walk_minutes: String,
        pub location: LatLon,
        /// Not in the file: worked out from `location` when the file is read.
        #[serde(default)]
        pub from_museum: FromMuseum,
    }

    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct Person {
        pub id: String,
        /// As each language writes it ("Leon Trotsky", "León Trotsky"): read it with [`Person::name`].
        pub name: Names,
        pub born: PartialDate,
        #[serde(default)]
        pub died: Option<PartialDate>,
        /// Ids of the parents this guide names.
        pub parents: Vec<String>,
    }

    /// A name in each language, written out in both even where they agree.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct Names {
        pub en: String,
        pub es: String,
    }
}

impl Names {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
        }
    }
}

impl Person {
    /// The name as `lang` writes it.
    pub fn name(&self, lang: Lang) -> &str {
        self.name.get(lang)
    }

    /// "5 April 1882 – 23 January 1962", or "born 1923".
    pub fn lifespan(&self, ui: &Ui) -> String {
        Self::span(self.born, self.died, ui)
    }

    /// "1882 – 1962", or "born 1923": short enough for the family tree.
    pub fn years(&self, ui: &Ui) -> String {
        Self::span(
            self.born.year_only(),
            self.died.map(PartialDate::year_only),
            ui,
        )
    }

    fn span(born: PartialDate, died: Option<PartialDate>, ui: &Ui) -> String {
        let born = born.format(ui);
        match died {
            Some(died) => fill(&ui.lifespan, &[("born", &born), ("died", &died.format(ui))]),
            None => fill(&ui.born_only, &[("born", &born)]),
        }
    }
}

/// A date known to the year, the month, or the day: "1902", "1936-12" or "1902-06-09".
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    /// Only with a month.
    pub day: Option<u8>,
}

impl TryFrom<String> for PartialDate {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let invalid = || format!("{text:?} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        let numbers: Option<Vec<i32>> = text.split('-').map(|part| part.parse().ok()).collect();
        let (year, month, day) = match numbers.as_deref() {
            Some(&[year]) => (year, None, None),
            Some(&[year, month]) => (year, Some(month), None),
            Some(&[year, month, day]) => (year, Some(month), Some(day)),
            _ => return Err(invalid()),
        };
        let valid = |value: Option<i32>, most: i32| match value {
            None => Ok(None),
            Some(value) if (1..=most).contains(&value) => Ok(Some(value as u8)),
            Some(_) => Err(invalid()),
        };
        let (month, day) = (valid(month, 12)?, valid(day, 31)?);
        Ok(PartialDate { year, month, day })
    }
}

/// Back to the form the files use.
impl From<PartialDate> for String {
    fn from(date: PartialDate) -> String {
        let year = format!("{:04}", date.year);
        match (date.month, date.day) {
            (Some(month), Some(day)) => format!("{year}-{month:02}-{day:02}"),
            (Some(month), None) => format!("{year}-{month:02}"),
            _ => year,
        }
    }
}

impl PartialDate {
    /// The date as `ui` writes dates: "9 June 1928", "diciembre de 1936", "1902".
    pub fn format(&self, ui: &Ui) -> String {
        let year = self.year.to_string();
        let month_name = |month: u8| ui.months[usize::from(month) - 1].as_str();
        match (self.month, self.day) {
            (Some(month), Some(day)) => fill(
                &ui.date_full,
                &[
                    ("day", &day.to_string()),
                    ("month", month_name(month)),
                    ("year", &year),
                ],
            ),
            (Some(month), None) => fill(
                &ui.date_month,
                &[("month", month_name(month)), ("year", &year)],
            ),
            _ => fill(&ui.date_year, &[("year", &year)]),
        }
    }

    /// The same date known only to its year.
    pub fn year_only(self) -> PartialDate {
        PartialDate {
            year: self.year,
            month: None,
            day: None,
        }
    }
}

/// A period of Trotsky's life, or of the house after it: how the timeline is grouped.
/// `Museum` is everything after his death (labelled "After 1940"): its key, and so
/// the fragment `#era-museum` that shared links use, predate that label.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Era {
    Revolution,
    Exile,
    Mexico,
    Museum,
}

impl Era {
    /// In the order they came.
    pub const ALL: [Era; 4] = [Era::Revolution, Era::Exile, Era::Mexico, Era::Museum];

    /// The URL fragment that shows only this era: `#era-exile`.
    pub fn fragment(self) -> &'static str {
        match self {
            Era::Revolution => "#era-revolution",
            Era::Exile => "#era-exile",
            Era::Mexico => "#era-mexico",
            Era::Museum => "#era-museum",
        }
    }

    /// The era a fragment asks for; `None` (every era) for any other fragment.
    pub fn from_fragment(fragment: &str) -> Option<Era> {
        Era::ALL.into_iter().find(|era| era.fragment() == fragment)
    }
}

decodable! {
    /// One dated moment of the timeline; its words are in each language's `history.events`.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct TimelineEvent {
        pub id: String,
        pub date: PartialDate,
        pub era: Era,
    }
}

impl TimelineEvent {
    /// The element id, and so the URL fragment, of this event: `event-raid`.
    pub fn anchor(&self) -> String {
        format!("event-{}", self.id)
    }
}

decodable! {
    /// One stop of the tour; its words are in each language's `tour.stops`.
    #[derive(Debug, Deserialize, Serialize)]
    #[serde(deny_unknown_fields)]
    pub struct TourStop {
        /// Language-neutral, and the stop's URL fragment: `/en/tour#study`.
        pub id: String,
        /// What this stop concerns elsewhere in the guide.
        pub see: Vec<Related>,
    }
}

/// A place in the guide that a stop links to.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Related {
    /// A person on the Family page, by id.
    Person(String),
    /// An event on the History page's timeline, by id.
    Event(String),
    /// A whole page, by its key in the navigation (`visit`, `directions`, ...).
    Page(String),
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

// Read back from the bundle as postcard wrote them: a date as its text, an
// enum as the index of its variant (and a variant's value after it).

impl Decode for PartialDate {
    fn decode(reader: &mut Reader) -> PartialDate {
        let text = String::decode(reader);
        PartialDate::try_from(text).unwrap_or_else(|_| {
            reader.fail(DecodeError::Invalid);
            PartialDate {
                year: 0,
                month: None,
                day: None,
            }
        })
    }
}

impl Decode for Era {
    fn decode(reader: &mut Reader) -> Era {
        let index = reader.variant(Era::ALL.len());
        Era::ALL[index]
    }
}

impl Decode for Related {
    fn decode(reader: &mut Reader) -> Related {
        let variant = [Related::Person, Related::Event, Related::Page][reader.variant(3)];
        variant(String::decode(reader))
    }
}
