//! Whether the museum is open at a given moment of museum time, and when it
//! opens next.
//!
//! Everything here works on the museum's wall clock (`MuseumTime`), never on
//! instants or the phone's own zone: the browser converts "now" into museum
//! time once, so a visitor planning from Tokyo sees the same answer as one
//! standing at the gate.

use crate::content::{ClockTime, Date, Notice, OpeningHours, PlanText, Ui, Week, WeekWords, fill};
use crate::route::Lang;

/// How far ahead `status` looks for the next opening. Long enough to cover
/// any holiday closure; short enough that "no opening soon" is an honest answer.
const LOOKAHEAD_DAYS: i64 = 60;

/// A moment on the museum's wall clock (America/Mexico_City): the browser
/// computes it, this module only reasons about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MuseumTime {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open now; `minutes_left` until closing.
    Open {
        closes: ClockTime,
        minutes_left: u32,
    },
    /// Closed now but opens later today.
    OpensToday { opens: ClockTime },
    /// Closed for the rest of today. `why` says why today is closed (or
    /// `AfterHours`); `next` is the next opening, if any within the next 60 days.
    Closed {
        why: ClosedWhy,
        next: Option<NextOpening>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClosedWhy {
    /// Today's weekday has no hours (Mondays).
    WeeklyClosingDay,
    /// A dated closure covers today; show its text.
    Notice,
    /// Open today, but closing time has passed.
    AfterHours,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextOpening {
    pub date: Date,
    /// 0 = Monday … 6 = Sunday, to index `Ui::weekdays`.
    pub weekday: usize,
    pub opens: ClockTime,
    /// The day after the `now` given to `status`, so the UI can say "tomorrow".
    pub is_tomorrow: bool,
}

/// The hours of `day`, or None if closed that day (weekly closing day, or a
/// `closed` notice covering it).
///
/// Hours that close no later than they open are treated as closed: a typo in
/// the data should show "closed", not a status that contradicts itself.
pub fn hours_on(day: Date, week: &Week, notices: &[Notice]) -> Option<OpeningHours> {
    if closed_by_notice(day, notices) {
        return None;
    }
    week.days()
        .get(day.weekday())
        .copied()
        .flatten()
        .filter(|hours| hours.opens < hours.closes)
}

/// The status at `now`. Open means opens <= now < closes (so 10:00 is open,
/// 17:00 is closed, 16:59 is open with 1 minute left).
pub fn status(now: MuseumTime, week: &Week, notices: &[Notice]) -> OpenStatus {
    let minute_now = minutes(now.hour, now.minute);
    let why = match hours_on(now.date, week, notices) {
        Some(hours) if minute_now < minutes_of(hours.opens) => {
            return OpenStatus::OpensToday { opens: hours.opens };
        }
        Some(hours) if minute_now < minutes_of(hours.closes) => {
            return OpenStatus::Open {
                closes: hours.closes,
                minutes_left: minutes_of(hours.closes) - minute_now,
            };
        }
        Some(_) => ClosedWhy::AfterHours,
        // A closure notice explains more than "it's Monday", and the UI shows
        // its text, so it wins even when the weekday is closed anyway.
        None if closed_by_notice(now.date, notices) => ClosedWhy::Notice,
        None => ClosedWhy::WeeklyClosingDay,
    };
    OpenStatus::Closed {
        why,
        next: next_opening(now.date, week, notices),
    }
}

/// The most notices a page shows for one day: a mistaken or hostile data file
/// with thousands of them must not bury the page.
pub const MOST_NOTICES_SHOWN: usize = 3;

/// Notices that cover `day`, in file order.
pub fn notices_on(day: Date, notices: &[Notice]) -> impl Iterator<Item = &Notice> {
    notices.iter().filter(move |notice| notice.covers(day))
}

/// The first day after `today` with hours, within the lookahead.
fn next_opening(today: Date, week: &Week, notices: &[Notice]) -> Option<NextOpening> {
    (1..=LOOKAHEAD_DAYS).find_map(|offset| {
        let date = today.add_days(offset);
        hours_on(date, week, notices).map(|hours| NextOpening {
            date,
            weekday: date.weekday(),
            opens: hours.opens,
            is_tomorrow: offset == 1,
        })
    })
}

fn closed_by_notice(day: Date, notices: &[Notice]) -> bool {
    notices_on(day, notices).any(|notice| notice.closed)
}

fn minutes(hour: u8, minute: u8) -> u32 {
    u32::from(hour) * 60 + u32::from(minute)
}

fn minutes_of(time: ClockTime) -> u32 {
    minutes(time.hour, time.minute)
}

/// The week in one sentence: days in a row with the same hours together, then
/// the days closed every week. "Tuesday to Sunday, 10:00–17:00; closed Mondays".
pub fn week_summary(week: &Week, words: &WeekWords) -> String {
    let days = week.days();
    let mut parts = Vec::new();
    let mut first = 0;
    while first < days.len() {
        let mut last = first;
        while last + 1 < days.len() && days[last + 1] == days[first] {
            last += 1;
        }
        if let Some(hours) = days[first] {
            let (from, to) = (&words.days[first], &words.days[last]);
            let names = match first == last {
                true => from.clone(),
                false => fill(&words.range, &[("from", from), ("to", to)]),
            };
            let (opens, closes) = (hours.opens.to_string(), hours.closes.to_string());
            let values = [
                ("days", names.as_str()),
                ("opens", &opens),
                ("closes", &closes),
            ];
            parts.push(fill(&words.open, &values));
        }
        first = last + 1;
    }
    let closed: Vec<&str> = days
        .iter()
        .zip(&words.every)
        .filter(|(hours, _)| hours.is_none())
        .map(|(_, every)| every.as_str())
        .collect();
    if let Some((last, others)) = closed.split_last() {
        let names = match others {
            [] => (*last).to_owned(),
            _ => format!("{}{}{last}", others.join(", "), words.and),
        };
        parts.push(fill(&words.closed, &[("days", &names)]));
    }
    capitalized(&parts.join("; "))
}

/// `text` with its first letter in upper case, as a sentence starts. ASCII
/// only: every weekday in both languages starts with an ASCII letter, and
/// `char::to_uppercase` would bring Unicode's case tables into the wasm (3 KB
/// brotli, measured).
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| {
            std::iter::once(first.to_ascii_uppercase())
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}

/// The status in words: "Open now · closes at 17:00", "Closed today (Monday), opens tomorrow at 10:00".
pub fn describe(status: &OpenStatus, today: MuseumTime, plan: &PlanText, ui: &Ui) -> String {
    // As a weekday stands inside a sentence: "Monday", "lunes".
    let day_name = |weekday: usize| ui.week.days[weekday].clone();
    let next = |next: &Option<NextOpening>| match next {
        Some(next) if next.is_tomorrow => {
            fill(&plan.next_tomorrow, &[("time", &next.opens.to_string())])
        }
        Some(next) => fill(
            &plan.next_day,
            &[
                ("day", &day_name(next.weekday)),
                ("time", &next.opens.to_string()),
            ],
        ),
        None => String::new(),
    };
    match status {
        OpenStatus::Open { minutes_left, .. } if *minutes_left <= 60 => {
            let form = plan.closes_in.of(*minutes_left as usize);
            fill(form, &[("minutes", &minutes_left.to_string())])
        }
        OpenStatus::Open { closes, .. } => fill(&plan.open_until, &[("time", &closes.to_string())]),
        OpenStatus::OpensToday { opens } => {
            fill(&plan.opens_today, &[("time", &opens.to_string())])
        }
        OpenStatus::Closed {
            why,
            next: upcoming,
        } => {
            let closed = match why {
                ClosedWhy::WeeklyClosingDay => fill(
                    &plan.closed_today_weekly,
                    &[("day", &day_name(today.date.weekday()))],
                ),
                ClosedWhy::Notice => plan.closed_today_notice.clone(),
                ClosedWhy::AfterHours => plan.closed_now.clone(),
            };
            match next(upcoming) {
                text if text.is_empty() => closed,
                text => format!("{closed} · {text}"),
            }
        }
    }
}

/// The notice text in `lang`.
pub fn notice_text(notice: &Notice, lang: Lang) -> &str {
    match lang {
        Lang::En => &notice.en,
        Lang::Es => &notice.es,
    }
}
