//! Opening hours and admission: the data a museum changes most often.

use super::json::{FromJson, Json, JsonError, from_json_fields};
use std::fmt;

#[derive(Debug)]
pub struct VisitData {
    /// IANA name of the museum's time zone.
    pub time_zone: String,
    pub week: Week,
    /// Approximate admission price in Mexican pesos.
    pub admission_mxn: u32,
    /// Dated notices and closures, shown only on the days they cover.
    pub notices: Vec<Notice>,
}

impl VisitData {
    /// The admission price for each language's `visit.admission` sentence: the
    /// number alone ("70"), since each language writes the currency its own way
    /// ("about 70 pesos", "alrededor de $70").
    pub fn admission_price(&self) -> String {
        self.admission_mxn.to_string()
    }
}

/// Something different about some days: works in the garden, a holiday closure.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// First and last day it applies, inclusive, in the museum's time zone.
    pub from: Date,
    pub until: Date,
    /// Whether the museum is closed all day on those days.
    pub closed: bool,
    pub en: String,
    pub es: String,
}

impl Notice {
    pub fn covers(&self, day: Date) -> bool {
        self.from <= day && day <= self.until
    }
}

/// A calendar day, written "YYYY-MM-DD".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A valid Gregorian date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5
            + i64::from(self.day)
            - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days_since_epoch` days after 1970-01-01 (`civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// 0 for Monday through 6 for Sunday, matching `Week::days` and `Ui::weekdays`.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday.
        (self.days_since_epoch() + 3).rem_euclid(7) as usize
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl TryFrom<String> for Date {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let invalid = || format!("{text:?} is not a date: write YYYY-MM-DD");
        let mut parts = text.splitn(3, '-');
        let mut next = || parts.next().ok_or_else(invalid);
        let (year, month, day) = (next()?, next()?, next()?);
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return Err(invalid());
        }
        let parse = |part: &str| part.parse::<u32>().map_err(|_| invalid());
        let (year, month, day) = (parse(year)?, parse(month)?, parse(day)?);
        Date::new(year as i32, month as u8, day as u8).ok_or_else(invalid)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Opening hours of each weekday; `null` means closed all day.
#[derive(Debug)]
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpeningHours {
    pub opens: ClockTime,
    pub closes: ClockTime,
}

/// A wall-clock time in the museum's zone, written "HH:MM" on a 24-hour clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
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

// How `visit.json` reads: every field required, no other allowed.
from_json_fields!(VisitData {
    time_zone,
    week,
    admission_mxn,
    notices
});
from_json_fields!(Week {
    monday,
    tuesday,
    wednesday,
    thursday,
    friday,
    saturday,
    sunday
});
from_json_fields!(OpeningHours { opens, closes });
from_json_fields!(Notice {
    from,
    until,
    closed,
    en,
    es
});

impl FromJson for Date {
    fn from_json(value: &Json) -> Result<Date, JsonError> {
        Ok(Date::try_from(String::from_json(value)?)?)
    }
}

impl FromJson for ClockTime {
    fn from_json(value: &Json) -> Result<ClockTime, JsonError> {
        Ok(ClockTime::try_from(String::from_json(value)?)?)
    }
}
