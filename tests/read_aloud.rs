//! Reading the tour aloud: the voice chosen, the speed remembered, and what
//! comes after each cue, without a browser.

use casa_trotsky::read_aloud::{Cue, Reading, Session, Speed, Voice, choose_voice};
use casa_trotsky::route::Lang;

fn voice(name: &str, lang: &str, local: bool) -> Voice {
    Voice {
        uri: format!("urn:voice:{name}"),
        name: name.to_owned(),
        lang: lang.to_owned(),
        local,
    }
}

fn chosen(voices: &[Voice], lang: Lang) -> Option<&str> {
    choose_voice(voices, lang).map(|voice| voice.name.as_str())
}

#[test]
fn spanish_prefers_mexico_then_the_united_states_then_any_spanish() {
    let spain = voice("Mónica", "es-ES", true);
    let us = voice("Paulina US", "es-US", true);
    let mexico = voice("Paulina", "es-MX", true);
    let english = voice("Samantha", "en-US", true);
    let all = [english.clone(), spain.clone(), us.clone(), mexico];
    assert_eq!(chosen(&all, Lang::Es), Some("Paulina"));
    assert_eq!(
        chosen(&[spain.clone(), us, english.clone()], Lang::Es),
        Some("Paulina US")
    );
    assert_eq!(chosen(&[english, spain], Lang::Es), Some("Mónica"));
}

#[test]
fn network_voices_are_never_chosen_they_fail_offline() {
    let voices = [
        voice("Google español de Estados Unidos", "es-US", false),
        voice("Google US English", "en-US", false),
    ];
    assert_eq!(chosen(&voices, Lang::Es), None);
    assert_eq!(chosen(&voices, Lang::En), None);
    let with_local = [voices[0].clone(), voice("Jorge", "es-ES", true)];
    assert_eq!(
        chosen(&with_local, Lang::Es),
        Some("Jorge"),
        "a local voice from Spain beats a network voice from Mexico"
    );
}

#[test]
fn the_language_must_match_and_tags_are_read_in_any_spelling() {
    let voices = [
        voice("Estonian", "et-EE", true),
        voice("Old Android", "EN_gb", true),
    ];
    assert_eq!(chosen(&voices, Lang::En), Some("Old Android"));
    assert_eq!(
        chosen(&voices, Lang::Es),
        None,
        "et is not es, nor is 'es' a prefix of 'et-EE'"
    );
    assert_eq!(chosen(&[voice("Bare", "es", true)], Lang::Es), Some("Bare"));
    assert_eq!(chosen(&[voice("Estonian", "est", true)], Lang::Es), None);
    assert_eq!(chosen(&[], Lang::En), None);
}

#[test]
fn speeds_are_stored_as_written_and_anything_else_is_refused() {
    for speed in Speed::ALL {
        assert_eq!(Speed::from_code(speed.code()), Some(speed));
    }
    assert_eq!(Speed::default(), Speed::Normal);
    assert_eq!(Speed::Normal.rate(), 1.0);
    assert!(Speed::Slower.rate() < 1.0 && Speed::Faster.rate() > 1.0);
    for junk in ["", "2", "fast", "1.0", "0.8x"] {
        assert_eq!(Speed::from_code(junk), None, "{junk:?}");
    }
}

const STOPS: usize = 3;

fn speaking(stop: usize, whole_tour: bool) -> Reading {
    Reading::Speaking(Session { stop, whole_tour })
}

#[test]
fn one_stop_is_read_paused_resumed_and_then_the_reader_rests() {
    let reading = Reading::Idle.after(Cue::Listen(1), STOPS);
    assert_eq!(reading, speaking(1, false));
    let paused = reading.after(Cue::Pause, STOPS);
    assert_eq!(
        paused,
        Reading::Paused(Session {
            stop: 1,
            whole_tour: false
        })
    );
    assert_eq!(
        paused.after(Cue::Pause, STOPS),
        paused,
        "pausing twice changes nothing"
    );
    let resumed = paused.after(Cue::Resume, STOPS);
    assert_eq!(resumed, reading);
    assert_eq!(resumed.after(Cue::Resume, STOPS), resumed);
    assert_eq!(
        resumed.after(Cue::Finished, STOPS),
        Reading::Idle,
        "one stop: no going on"
    );
}

#[test]
fn the_whole_tour_goes_on_stop_after_stop_and_ends_after_the_last() {
    let mut reading = Reading::Idle.after(Cue::ReadAll, STOPS);
    for stop in 0..STOPS {
        assert_eq!(reading, speaking(stop, true));
        reading = reading.after(Cue::Finished, STOPS);
    }
    assert_eq!(reading, Reading::Idle);
}

#[test]
fn another_stop_replaces_the_one_being_read() {
    let reading = Reading::Idle
        .after(Cue::ReadAll, STOPS)
        .after(Cue::Listen(2), STOPS);
    assert_eq!(
        reading,
        speaking(2, false),
        "listening to one stop ends the whole-tour reading"
    );
    let paused = speaking(0, false).after(Cue::Pause, STOPS);
    assert_eq!(paused.after(Cue::Listen(1), STOPS), speaking(1, false));
}

#[test]
fn an_error_or_the_stop_button_ends_the_reading_whatever_it_was() {
    for reading in [
        speaking(0, true),
        speaking(2, false),
        Reading::Paused(Session {
            stop: 1,
            whole_tour: true,
        }),
    ] {
        assert_eq!(reading.after(Cue::Failed, STOPS), Reading::Idle);
        assert_eq!(reading.after(Cue::StopReading, STOPS), Reading::Idle);
    }
}

#[test]
fn cues_that_make_no_sense_change_nothing() {
    assert_eq!(Reading::Idle.after(Cue::Pause, STOPS), Reading::Idle);
    assert_eq!(Reading::Idle.after(Cue::Resume, STOPS), Reading::Idle);
    assert_eq!(
        Reading::Idle.after(Cue::Listen(STOPS), STOPS),
        Reading::Idle,
        "no such stop"
    );
    assert_eq!(
        Reading::Idle.after(Cue::ReadAll, 0),
        Reading::Idle,
        "a tour without stops"
    );
    // A paused reading that the voice reports finished (some engines do) rests.
    assert_eq!(
        Reading::Paused(Session {
            stop: 0,
            whole_tour: true
        })
        .after(Cue::Finished, STOPS),
        Reading::Idle
    );
}
