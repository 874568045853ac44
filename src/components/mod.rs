//! Pieces that two or more pages share.

mod broken_content;
mod copy_button;
mod install_prompt;
mod language_toggle;
mod main_nav;
pub mod opening_status;
mod page_unavailable;
mod share_button;
mod shell;
mod site_footer;
mod sources;
mod status_notices;
mod theme_toggle;

pub use broken_content::BrokenContent;
pub use copy_button::CopyButton;
pub use install_prompt::InstallPrompt;
pub use language_toggle::LanguageToggle;
pub use main_nav::MainNav;
pub use opening_status::OpeningStatus;
pub use page_unavailable::PageUnavailable;
pub use share_button::ShareButton;
pub use shell::Shell;
pub use site_footer::SiteFooter;
pub use sources::Sources;
pub use status_notices::StatusNotices;
pub use theme_toggle::ThemeToggle;
