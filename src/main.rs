//! Starts the app; everything else lives in the library so tests can reach it.

// The page runs one thread: talc's single-threaded allocator, smaller than dlmalloc.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    casa_trotsky::browser::install_panic_hook();
    // Not Leptos's `spawn_local`: its executor is set up by mounting, which comes after.
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(casa_trotsky::app::start());
}
