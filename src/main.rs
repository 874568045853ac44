//! Mounts the app; everything else lives in the library so tests can reach it.

fn main() {
    console_error_panic_hook::set_once();
    casa_trotsky::browser::remove_boot_screen();
    leptos::mount::mount_to_body(casa_trotsky::App);
}
