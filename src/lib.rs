//! The visitor app of the Museo Casa de León Trotsky, Coyoacán.

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod pages;
pub mod pwa;
pub mod route;

pub use app::App;
