//! Opening hours and admission: the data a museum changes most often.

use serde::Deserialize;
use std::fmt;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisitData {
    /// IANA name of the museum's time zone.
    pub time_zone: String,
    pub week: Week,
    /// Approximate admission price in Mexican pesos.
    pub admission_mxn: u32,
}

/// Opening hours of each weekday; `null` means closed all day.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Week {
    pub monday: Option<OpeningHours>,
    pub tuesday: Option<OpeningHours>,
    pub wednesday: Option<OpeningHours>,
    pub thursday: Option<OpeningHours>,
    pub friday: Option<OpeningHours>,
    pub saturday: Option<OpeningHours>,
    pub sunday: Option<OpeningHours>,
}

impl Week {
    /// Monday first, like `Ui::weekdays`.
    pub fn days(&self) -> [Option<OpeningHours>; 7] {
        [
            self.monday,
            self.tuesday,
            self.wednesday,
            self.thursday,
            self.friday,
            self.saturday,
            self.sunday,
        ]
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    pub opens: ClockTime,
    pub closes: ClockTime,
}

/// A wall-clock time in the museum's zone, written "HH:MM" on a 24-hour clock.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(try_from = "String")]
pub struct ClockTime {
    pub hour: u8,
    pub minute: u8,
}

impl TryFrom<String> for ClockTime {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let invalid = || format!("{text:?} is not a time: write HH:MM, 24-hour");
        let (h, m) = text.split_once(':').ok_or_else(invalid)?;
        let (hour, minute): (u8, u8) = (
            h.parse().map_err(|_| invalid())?,
            m.parse().map_err(|_| invalid())?,
        );
        if h.len() != 2 || m.len() != 2 || hour > 23 || minute > 59 {
            return Err(invalid());
        }
        Ok(ClockTime { hour, minute })
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}
