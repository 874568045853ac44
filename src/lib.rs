//! The visitor app of the Museo Casa de León Trotsky, Coyoacán.

pub mod app;
pub mod browser;
pub mod calendar;
pub mod components;
pub mod content;
pub mod family_tree;
pub mod navigation;
pub mod opening;
pub mod pages;
pub mod pwa;
pub mod read_aloud;
pub mod route;
pub mod sketch;
pub mod speech;
pub mod theme;
pub mod visit_info;

pub use app::App;

/// Panics on purpose, so a test can prove that a crash leaves a message, not a dead page.
/// Harmless to leave in: anyone able to call it could break their own page anyway.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn simulate_crash() {
    panic!("simulated crash, asked for by simulate_crash()");
}
