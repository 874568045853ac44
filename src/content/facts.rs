//! Language-neutral facts: places, people and their dates.

use super::{Ui, fill};
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub museum: Museum,
    pub stations: Vec<Station>,
    pub casa_azul: NearbyPlace,
    pub people: Vec<Person>,
}

impl Facts {
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|person| person.id == id)
    }
}

/// A point in WGS84 degrees.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
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
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NearbyPlace {
    pub name: String,
    pub address: String,
    pub distance_metres: u32,
    /// A range such as "8–10".
    pub walk_minutes: String,
    pub location: LatLon,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub born: PartialDate,
    #[serde(default)]
    pub died: Option<PartialDate>,
    /// Ids of the parents this guide names.
    pub parents: Vec<String>,
}

impl Person {
    /// "5 April 1882 – 23 January 1962", or "born 1923".
    pub fn lifespan(&self, ui: &Ui) -> String {
        let born = self.born.format(ui);
        match &self.died {
            Some(died) => fill(&ui.lifespan, &[("born", &born), ("died", &died.format(ui))]),
            None => fill(&ui.born_only, &[("born", &born)]),
        }
    }
}

/// A date known to the year, or to the day: "1902" or "1902-06-09".
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    pub year: i32,
    /// Month and day, when known.
    pub month_day: Option<(u8, u8)>,
}

impl TryFrom<String> for PartialDate {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let invalid = || format!("{text:?} is not a date: write YYYY or YYYY-MM-DD");
        let mut parts = text.split('-');
        let year = parts
            .next()
            .and_then(|y| y.parse().ok())
            .ok_or_else(invalid)?;
        let month_day = match (parts.next(), parts.next(), parts.next()) {
            (None, None, None) => None,
            (Some(m), Some(d), None) => {
                let month: u8 = m.parse().map_err(|_| invalid())?;
                let day: u8 = d.parse().map_err(|_| invalid())?;
                if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                    return Err(invalid());
                }
                Some((month, day))
            }
            _ => return Err(invalid()),
        };
        Ok(PartialDate { year, month_day })
    }
}

/// Back to the form the files use: "1902" or "1902-06-09".
impl From<PartialDate> for String {
    fn from(date: PartialDate) -> String {
        match date.month_day {
            Some((month, day)) => format!("{:04}-{month:02}-{day:02}", date.year),
            None => format!("{:04}", date.year),
        }
    }
}

impl PartialDate {
    /// The date as `ui` writes dates: "9 June 1928", "9 de junio de 1928", "1902".
    pub fn format(&self, ui: &Ui) -> String {
        let year = self.year.to_string();
        match self.month_day {
            Some((month, day)) => fill(
                &ui.date_full,
                &[
                    ("day", &day.to_string()),
                    ("month", &ui.months[usize::from(month) - 1]),
                    ("year", &year),
                ],
            ),
            None => fill(&ui.date_year, &[("year", &year)]),
        }
    }
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
