//! "Open now" and "next opening", pinned on the museum's real week:
//! Tuesday to Sunday 10:00–17:00, closed on Mondays.
//!
//! The phone's time zone plays no part here by construction: these functions
//! take a `MuseumTime`, a wall-clock moment in America/Mexico_City, and the
//! browser side is what converts the current instant into it (a phone set to
//! Tokyo or UTC gets the same `MuseumTime` as one in Coyoacán). So the same
//! `MuseumTime` gives the same status wherever the visitor is, and there is
//! nothing about the phone's zone left to test at this level.

use casa_trotsky::content::*;
use casa_trotsky::opening::*;

/// The week as written in public/data/visit.json.
const MUSEUM_WEEK: &str = r#"{
    "monday": null,
    "tuesday": { "opens": "10:00", "closes": "17:00" },
    "wednesday": { "opens": "10:00", "closes": "17:00" },
    "thursday": { "opens": "10:00", "closes": "17:00" },
    "friday": { "opens": "10:00", "closes": "17:00" },
    "saturday": { "opens": "10:00", "closes": "17:00" },
    "sunday": { "opens": "10:00", "closes": "17:00" }
}"#;

fn week() -> Week {
    json::read::<Week>(MUSEUM_WEEK).expect("the test week parses")
}

fn date(year: i32, month: u8, day: u8) -> Date {
    Date::new(year, month, day).expect("a valid test date")
}

fn clock(hour: u8, minute: u8) -> ClockTime {
    ClockTime { hour, minute }
}

fn at(day: Date, hour: u8, minute: u8) -> MuseumTime {
    MuseumTime {
        date: day,
        hour,
        minute,
    }
}

fn notice(from: Date, until: Date, closed: bool) -> Notice {
    Notice {
        from,
        until,
        closed,
        en: "Test notice".to_owned(),
        es: "Aviso de prueba".to_owned(),
    }
}

// A week in late November 2026; 2026-11-22 is a Sunday.
const MONDAY: (i32, u8, u8) = (2026, 11, 23);
const TUESDAY: (i32, u8, u8) = (2026, 11, 24);
const WEDNESDAY: (i32, u8, u8) = (2026, 11, 25);
const THURSDAY: (i32, u8, u8) = (2026, 11, 26);
const FRIDAY: (i32, u8, u8) = (2026, 11, 27);
const SATURDAY: (i32, u8, u8) = (2026, 11, 28);
const SUNDAY: (i32, u8, u8) = (2026, 11, 29);

fn day((year, month, day): (i32, u8, u8)) -> Date {
    date(year, month, day)
}

fn next(on: Date, opens: ClockTime, is_tomorrow: bool) -> Option<NextOpening> {
    Some(NextOpening {
        date: on,
        weekday: on.weekday(),
        opens,
        is_tomorrow,
    })
}

// --- status on an ordinary open day ------------------------------------------

#[test]
fn one_minute_before_opening_opens_later_today() {
    assert_eq!(
        status(at(day(TUESDAY), 9, 59), &week(), &[]),
        OpenStatus::OpensToday {
            opens: clock(10, 0)
        }
    );
}

#[test]
fn just_after_midnight_on_an_open_day_opens_later_today() {
    assert_eq!(
        status(at(day(TUESDAY), 0, 0), &week(), &[]),
        OpenStatus::OpensToday {
            opens: clock(10, 0)
        }
    );
}

#[test]
fn opening_minute_is_open_with_the_whole_day_left() {
    assert_eq!(
        status(at(day(TUESDAY), 10, 0), &week(), &[]),
        OpenStatus::Open {
            closes: clock(17, 0),
            minutes_left: 420
        }
    );
}

#[test]
fn mid_afternoon_counts_minutes_to_closing() {
    assert_eq!(
        status(at(day(TUESDAY), 16, 35), &week(), &[]),
        OpenStatus::Open {
            closes: clock(17, 0),
            minutes_left: 25
        }
    );
}

#[test]
fn last_minute_before_closing_is_open_with_one_minute_left() {
    assert_eq!(
        status(at(day(TUESDAY), 16, 59), &week(), &[]),
        OpenStatus::Open {
            closes: clock(17, 0),
            minutes_left: 1
        }
    );
}

#[test]
fn closing_minute_is_after_hours_and_next_opening_is_tomorrow() {
    assert_eq!(
        status(at(day(TUESDAY), 17, 0), &week(), &[]),
        OpenStatus::Closed {
            why: ClosedWhy::AfterHours,
            next: next(day(WEDNESDAY), clock(10, 0), true),
        }
    );
}

#[test]
fn sunday_night_skips_the_monday_closure_to_tuesday_not_tomorrow() {
    let status = status(at(day(SUNDAY), 23, 59), &week(), &[]);
    assert_eq!(
        status,
        OpenStatus::Closed {
            why: ClosedWhy::AfterHours,
            next: next(date(2026, 12, 1), clock(10, 0), false),
        }
    );
    if let OpenStatus::Closed {
        next: Some(next), ..
    } = status
    {
        assert_eq!(next.weekday, 1, "Tuesday is weekday 1");
    }
}

// --- weekly closing day ------------------------------------------------------

#[test]
fn monday_is_the_weekly_closing_day_and_tuesday_is_tomorrow() {
    assert_eq!(
        status(at(day(MONDAY), 12, 0), &week(), &[]),
        OpenStatus::Closed {
            why: ClosedWhy::WeeklyClosingDay,
            next: next(day(TUESDAY), clock(10, 0), true),
        }
    );
}

#[test]
fn monday_morning_does_not_claim_to_open_later_today() {
    assert!(matches!(
        status(at(day(MONDAY), 8, 0), &week(), &[]),
        OpenStatus::Closed {
            why: ClosedWhy::WeeklyClosingDay,
            ..
        }
    ));
}

#[test]
fn hours_on_follows_the_weekday() {
    let week = week();
    assert_eq!(hours_on(day(MONDAY), &week, &[]), None);
    for open_day in [TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY] {
        assert_eq!(
            hours_on(day(open_day), &week, &[]),
            Some(OpeningHours {
                opens: clock(10, 0),
                closes: clock(17, 0)
            }),
            "{}",
            day(open_day)
        );
    }
}

#[test]
fn every_day_closed_means_no_next_opening() {
    let closed_week: Week = json::read(
        r#"{ "monday": null, "tuesday": null, "wednesday": null, "thursday": null,
             "friday": null, "saturday": null, "sunday": null }"#,
    )
    .expect("the closed week parses");
    assert_eq!(
        status(at(day(WEDNESDAY), 12, 0), &closed_week, &[]),
        OpenStatus::Closed {
            why: ClosedWhy::WeeklyClosingDay,
            next: None,
        }
    );
}

#[test]
fn hours_that_close_before_they_open_count_as_closed() {
    // A typo in visit.json should read as "closed", never as open and closed at once.
    let typo: Week = json::read(&MUSEUM_WEEK.replace(
        r#""wednesday": { "opens": "10:00", "closes": "17:00" }"#,
        r#""wednesday": { "opens": "17:00", "closes": "10:00" }"#,
    ))
    .expect("the typo week parses");
    assert_eq!(hours_on(day(WEDNESDAY), &typo, &[]), None);
    assert_eq!(
        status(at(day(WEDNESDAY), 12, 0), &typo, &[]),
        OpenStatus::Closed {
            why: ClosedWhy::WeeklyClosingDay,
            next: next(day(THURSDAY), clock(10, 0), true),
        }
    );
}

// --- notices -----------------------------------------------------------------

#[test]
fn closure_notice_on_a_wednesday_closes_it_and_next_is_thursday() {
    let notices = [notice(day(WEDNESDAY), day(WEDNESDAY), true)];
    assert_eq!(hours_on(day(WEDNESDAY), &week(), &notices), None);
    assert_eq!(
        status(at(day(WEDNESDAY), 12, 0), &week(), &notices),
        OpenStatus::Closed {
            why: ClosedWhy::Notice,
            next: next(day(THURSDAY), clock(10, 0), true),
        }
    );
}

#[test]
fn closure_notice_before_opening_does_not_say_opens_today() {
    let notices = [notice(day(WEDNESDAY), day(WEDNESDAY), true)];
    assert!(matches!(
        status(at(day(WEDNESDAY), 9, 0), &week(), &notices),
        OpenStatus::Closed {
            why: ClosedWhy::Notice,
            ..
        }
    ));
}

#[test]
fn closure_notice_on_a_monday_is_reported_as_the_notice() {
    // The UI shows the notice's text, which says more than "closed on Mondays".
    let notices = [notice(day(MONDAY), day(WEDNESDAY), true)];
    assert_eq!(
        status(at(day(MONDAY), 12, 0), &week(), &notices),
        OpenStatus::Closed {
            why: ClosedWhy::Notice,
            next: next(day(THURSDAY), clock(10, 0), false),
        }
    );
}

#[test]
fn notice_that_does_not_close_leaves_the_status_unchanged() {
    let week = week();
    let notices = [notice(day(MONDAY), day(SUNDAY), false)];
    for (on, hour, minute) in [
        (MONDAY, 12, 0),
        (TUESDAY, 9, 59),
        (TUESDAY, 10, 0),
        (WEDNESDAY, 16, 59),
        (THURSDAY, 17, 0),
        (SUNDAY, 23, 59),
    ] {
        let now = at(day(on), hour, minute);
        assert_eq!(
            status(now, &week, &notices),
            status(now, &week, &[]),
            "{now:?}"
        );
    }
}

#[test]
fn multi_day_closure_over_the_next_opening_day_is_skipped() {
    // Closed Wednesday to Friday: after Tuesday's closing, the next visit is Saturday.
    let notices = [notice(day(WEDNESDAY), day(FRIDAY), true)];
    assert_eq!(
        status(at(day(TUESDAY), 17, 30), &week(), &notices),
        OpenStatus::Closed {
            why: ClosedWhy::AfterHours,
            next: next(day(SATURDAY), clock(10, 0), false),
        }
    );
}

#[test]
fn closure_longer_than_the_lookahead_means_no_next_opening() {
    let notices = [notice(day(WEDNESDAY), date(2027, 6, 30), true)];
    assert_eq!(
        status(at(day(TUESDAY), 17, 0), &week(), &notices),
        OpenStatus::Closed {
            why: ClosedWhy::AfterHours,
            next: None,
        }
    );
}

#[test]
fn notices_on_returns_only_notices_covering_the_day_first_and_last_inclusive() {
    let notices = [
        notice(day(TUESDAY), day(THURSDAY), true),
        notice(day(FRIDAY), day(FRIDAY), false),
        notice(day(WEDNESDAY), day(SUNDAY), false),
    ];
    let on = |d: Date| notices_on(d, &notices).cloned().collect::<Vec<_>>();

    assert_eq!(on(day(MONDAY)), vec![]);
    assert_eq!(
        on(day(TUESDAY)),
        vec![notices[0].clone()],
        "first day is inclusive"
    );
    assert_eq!(
        on(day(WEDNESDAY)),
        vec![notices[0].clone(), notices[2].clone()],
        "in file order"
    );
    assert_eq!(
        on(day(THURSDAY)),
        vec![notices[0].clone(), notices[2].clone()],
        "last day is inclusive"
    );
    assert_eq!(
        on(day(FRIDAY)),
        vec![notices[1].clone(), notices[2].clone()]
    );
    assert_eq!(on(day(SUNDAY)), vec![notices[2].clone()]);
    assert_eq!(on(date(2026, 11, 30)), vec![]);
}

// --- Date --------------------------------------------------------------------

#[test]
fn weekday_of_known_dates() {
    assert_eq!(date(2026, 11, 22).weekday(), 6, "2026-11-22 is a Sunday");
    assert_eq!(date(2026, 11, 23).weekday(), 0, "2026-11-23 is a Monday");
    assert_eq!(date(2024, 2, 29).weekday(), 3, "2024-02-29 is a Thursday");
    assert_eq!(date(1970, 1, 1).weekday(), 3, "1970-01-01 is a Thursday");
    assert_eq!(date(1969, 12, 31).weekday(), 2, "1969-12-31 is a Wednesday");
    assert_eq!(date(2000, 1, 1).weekday(), 5, "2000-01-01 is a Saturday");
}

#[test]
fn add_days_crosses_month_year_and_leap_day_boundaries() {
    assert_eq!(date(2026, 11, 30).add_days(1), date(2026, 12, 1));
    assert_eq!(date(2026, 12, 31).add_days(1), date(2027, 1, 1));
    assert_eq!(date(2027, 1, 1).add_days(-1), date(2026, 12, 31));
    assert_eq!(date(2024, 2, 28).add_days(1), date(2024, 2, 29));
    assert_eq!(date(2024, 2, 29).add_days(1), date(2024, 3, 1));
    assert_eq!(date(2026, 2, 28).add_days(1), date(2026, 3, 1));
    assert_eq!(
        date(1900, 2, 28).add_days(1),
        date(1900, 3, 1),
        "1900 is not leap"
    );
    assert_eq!(
        date(2000, 2, 28).add_days(1),
        date(2000, 2, 29),
        "2000 is leap"
    );
    assert_eq!(date(2026, 11, 22).add_days(60), date(2027, 1, 21));
    assert_eq!(date(2024, 1, 1).add_days(366), date(2025, 1, 1));
}

#[test]
fn date_parsing_accepts_yyyy_mm_dd() {
    assert_eq!(
        Date::try_from("2024-02-29".to_owned()),
        Ok(date(2024, 2, 29))
    );
    assert_eq!(
        json::read::<Date>("\"2026-12-01\"").ok(),
        Some(date(2026, 12, 1))
    );
}

#[test]
fn date_parsing_refuses_impossible_or_badly_written_dates() {
    for text in [
        "2026-02-30",
        "2026-13-01",
        "2026-00-10",
        "2026-01-00",
        "2025-02-29",
        "26-01-01",
        "2026-1-1",
        "2026-01-1",
        "2026/01/01",
        "",
    ] {
        assert!(
            Date::try_from(text.to_owned()).is_err(),
            "{text:?} was accepted"
        );
        assert!(
            json::read::<Date>(&format!("\"{text}\"")).is_err(),
            "{text:?} was accepted through the JSON reader"
        );
    }
}

fn summary(week_json: &str, lang: casa_trotsky::route::Lang) -> String {
    let library = Library::load().expect("the content loads");
    let week: Week = json::read(week_json).expect("the test week parses");
    week_summary(&week, &library.text(lang).ui.week)
}

#[test]
fn the_week_is_said_in_one_sentence_in_each_language() {
    use casa_trotsky::route::Lang;
    assert_eq!(
        summary(MUSEUM_WEEK, Lang::En),
        "Tuesday to Sunday, 10:00–17:00; closed Mondays"
    );
    assert_eq!(
        summary(MUSEUM_WEEK, Lang::Es),
        "Martes a domingo, de 10:00 a 17:00; cerrado los lunes"
    );
}

#[test]
fn the_sentence_follows_whatever_week_the_data_has() {
    use casa_trotsky::route::Lang;
    let open = |hours: &str| {
        format!(
            r#"{{ "opens": "{}", "closes": "{}" }}"#,
            &hours[..5],
            &hours[6..]
        )
    };
    let every_day = format!(
        r#"{{ "monday": {0}, "tuesday": {0}, "wednesday": {0}, "thursday": {0}, "friday": {0}, "saturday": {0}, "sunday": {0} }}"#,
        open("11:30-18:30")
    );
    assert_eq!(
        summary(&every_day, Lang::En),
        "Monday to Sunday, 11:30–18:30"
    );
    let split = format!(
        r#"{{ "monday": null, "tuesday": {0}, "wednesday": {0}, "thursday": null, "friday": {0}, "saturday": {1}, "sunday": {1} }}"#,
        open("10:00-17:00"),
        open("09:00-19:00")
    );
    assert_eq!(
        summary(&split, Lang::En),
        "Tuesday to Wednesday, 10:00–17:00; Friday, 10:00–17:00; Saturday to Sunday, 09:00–19:00; closed Mondays and Thursdays"
    );
    assert_eq!(
        summary(&split, Lang::Es),
        "Martes a miércoles, de 10:00 a 17:00; viernes, de 10:00 a 17:00; sábado a domingo, de 09:00 a 19:00; cerrado los lunes y los jueves"
    );
    let closed = r#"{ "monday": null, "tuesday": null, "wednesday": null, "thursday": null, "friday": null, "saturday": null, "sunday": null }"#;
    assert!(summary(closed, Lang::En).starts_with("Closed Mondays, Tuesdays, "));
}
