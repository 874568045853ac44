//! Pieces that two or more pages share.

mod broken_content;
mod install_prompt;
mod language_toggle;
pub mod main_nav;
mod shell;
mod site_footer;
mod sources;
mod status_notices;

pub use broken_content::BrokenContent;
pub use install_prompt::InstallPrompt;
pub use language_toggle::LanguageToggle;
pub use main_nav::MainNav;
pub use shell::Shell;
pub use site_footer::SiteFooter;
pub use sources::Sources;
pub use status_notices::StatusNotices;
