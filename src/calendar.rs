//! An iCalendar (RFC 5545) file for "add my visit to my calendar".
//!
//! Pure text output: the page turns the string into a download. Times are
//! written in the museum's zone with an embedded `VTIMEZONE`, so calendar apps
//! show the visit at 10:00 in Mexico City whatever zone the phone is in.

use crate::content::{Date, OpeningHours};

/// The museum's IANA zone, as `TZID` in both the `VTIMEZONE` and the event.
const TZID: &str = "America/Mexico_City";

/// RFC 5545 §3.1: content lines should not be longer than 75 octets.
const MAX_LINE_OCTETS: usize = 75;

/// An all-needed-fields iCalendar file for a visit to the museum on `day`,
/// from `hours.opens` to `hours.closes` museum time.
///
/// `stamp_utc` is the creation moment in UTC: (date, hour, minute, second).
/// The UID depends only on the day, so downloading the same visit twice
/// updates the event instead of duplicating it.
pub fn visit_event(
    day: Date,
    hours: OpeningHours,
    summary: &str,
    location: &str,
    description: &str,
    uid_host: &str,
    stamp_utc: (Date, u8, u8, u8),
) -> String {
    let (stamp_day, stamp_hour, stamp_minute, stamp_second) = stamp_utc;
    let local = |hour: u8, minute: u8| format!("{}T{hour:02}{minute:02}00", compact(day));
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Museo Casa de Leon Trotsky//Visitor app//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        // Mexico abolished daylight saving time in 2022, so one STANDARD rule
        // with a fixed offset is the whole zone for any visit we can plan.
        "BEGIN:VTIMEZONE".to_owned(),
        format!("TZID:{TZID}"),
        "BEGIN:STANDARD".to_owned(),
        "DTSTART:19700101T000000".to_owned(),
        "TZOFFSETFROM:-0600".to_owned(),
        "TZOFFSETTO:-0600".to_owned(),
        "TZNAME:CST".to_owned(),
        "END:STANDARD".to_owned(),
        "END:VTIMEZONE".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!(
            "UID:{}",
            escape_text(&format!("visit-{}@{uid_host}", compact(day)))
        ),
        format!(
            "DTSTAMP:{}T{stamp_hour:02}{stamp_minute:02}{stamp_second:02}Z",
            compact(stamp_day)
        ),
        format!(
            "DTSTART;TZID={TZID}:{}",
            local(hours.opens.hour, hours.opens.minute)
        ),
        format!(
            "DTEND;TZID={TZID}:{}",
            local(hours.closes.hour, hours.closes.minute)
        ),
        format!("SUMMARY:{}", escape_text(summary)),
        format!("LOCATION:{}", escape_text(location)),
        format!("DESCRIPTION:{}", escape_text(description)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|line| fold_line(line) + "\r\n").collect()
}

/// A TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon and comma
/// get a backslash; any line break (CRLF, LF or CR) becomes `\n`.
///
/// Other control characters are not allowed in TEXT at all, so they are
/// dropped rather than producing a file some calendars refuse; tabs are kept.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // CRLF is one line break, not two.
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            ch if ch.is_control() => {}
            ch => out.push(ch),
        }
    }
    out
}

/// One content line (without its terminating CRLF) folded per RFC 5545 §3.1:
/// no physical line longer than 75 octets, continuation lines starting with a
/// single space, and breaks only between characters, never inside a UTF-8
/// sequence. The result has no trailing CRLF either.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3);
    let mut octets = 0;
    for ch in line.chars() {
        if octets + ch.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            // The leading space counts towards the next line's 75.
            octets = 1;
        }
        out.push(ch);
        octets += ch.len_utf8();
    }
    out
}

/// "YYYYMMDD", the DATE form inside DATE-TIME values.
fn compact(day: Date) -> String {
    format!("{:04}{:02}{:02}", day.year, day.month, day.day)
}
