//! Mounts the app; everything else lives in the library so tests can reach it.

fn main() {
    casa_trotsky::browser::install_panic_hook();
    casa_trotsky::browser::remove_boot_screen();
    leptos::mount::mount_to_body(casa_trotsky::App);
}
