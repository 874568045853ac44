//! Settings kept between visits in `localStorage`. Storage can be full,
//! blocked or hold a stranger's value: a value the app did not write is removed.

use super::page::apply_theme;
use crate::route::Lang;

const LANG_KEY: &str = "casa-trotsky.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The setting stored under `key`, if `parse` reads it as one we wrote.
/// A value it cannot read is removed, so it is not consulted again.
pub(crate) fn stored<T>(key: &str, parse: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    let storage = storage()?;
    let value = storage.get_item(key).ok().flatten()?;
    let setting = parse(&value);
    if setting.is_none() {
        let _ = storage.remove_item(key);
    }
    setting
}

/// Remembers a setting for the next visit; silently does nothing if storage is unavailable.
pub(crate) fn store(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

/// The language the visitor chose before, if any.
pub fn stored_lang() -> Option<Lang> {
    stored(LANG_KEY, Lang::from_code)
}

pub fn store_lang(lang: Lang) {
    store(LANG_KEY, lang.code());
}

const INSTALL_DISMISSED_KEY: &str = "casa-trotsky.install-dismissed";

/// Whether the visitor already said no to installing.
pub fn install_dismissed() -> bool {
    // Any value at all means they said no: never ask twice.
    stored(INSTALL_DISMISSED_KEY, |_| Some(())).is_some()
}

pub fn dismiss_install() {
    store(INSTALL_DISMISSED_KEY, "1");
}

const THEME_KEY: &str = "casa-trotsky.theme";

/// The visitor's own choice of theme, if the stored value is one we wrote; anything else is removed.
pub fn stored_theme() -> Option<crate::theme::Theme> {
    stored(THEME_KEY, crate::theme::Theme::from_code)
}

/// Shows `theme` and remembers it.
pub fn choose_theme(theme: crate::theme::Theme) {
    apply_theme(theme);
    store(THEME_KEY, theme.code());
}
