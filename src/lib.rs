//! The visitor app of the Museo Casa de León Trotsky, Coyoacán.

pub mod app;
pub mod browser;
pub mod calendar;
pub mod components;
pub mod content;
pub mod opening;
pub mod pages;
pub mod pwa;
pub mod route;
pub mod visit_info;

pub use app::App;
