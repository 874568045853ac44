//! The few things the app asks of the browser itself, each failing softly, by
//! concern: settings kept between visits, the visitor's languages, the address
//! bar and history, the document, sharing, and the message after a crash.

mod address;
mod crash;
mod fetching;
mod languages;
mod page;
mod sharing;
mod storage;

pub use address::*;
pub use crash::install_panic_hook;
pub use fetching::fetch_failure;
pub use languages::visitor_lang;
pub use page::*;
pub use sharing::*;
pub use storage::*;
