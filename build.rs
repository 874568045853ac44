//! Checks the bundled content before the app is compiled, and stores it compactly.
//!
//! The content module is shared with the app (`src/content`), so the files are
//! read by the very types the pages use. A broken file stops the build with its
//! name and the line and column of the problem; a good one is written to
//! `$OUT_DIR/library.postcard`, which the app decodes at start-up.

// The app's module, compiled here only for its parser: the rest goes unused.
#![allow(dead_code, unused_imports)]

#[path = "src/content/mod.rs"]
mod content;
#[path = "src/route.rs"]
mod route;

use std::path::PathBuf;

fn main() {
    for input in ["src/content", "src/route.rs", "public/data/visit.json"] {
        println!("cargo::rerun-if-changed={input}");
    }
    let library = content::Library::from_json().unwrap_or_else(|error| panic!("{error}"));
    let bytes = postcard::to_allocvec(&library).expect("the content serializes");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("library.postcard"), bytes).expect("OUT_DIR is writable");
}
