//! Checks the bundled content before the app is compiled, and stores it compactly.
//!
//! The content module is shared with the app (`src/content`), so the files are
//! read by the very types the pages use. A broken file stops the build with its
//! name and the line and column of the problem. A good one is stored in
//! postcard's compact form, in two parts:
//!
//! - the facts and the visit data, which every page needs whatever its language,
//!   go into the wasm (`$OUT_DIR/library.postcard`);
//! - each language's text goes into a file of its own, named after a hash of its
//!   bytes, which the app fetches for the visitor's language only; the long
//!   prose of the History, Family and tour pages into a file per page
//!   (`content::PageProse`), which the app fetches with that page only. The
//!   files are written to
//!   `<target>/site-content/`, where the post-build hook (`public/post-build.mjs`)
//!   copies them into the build; their names reach the app through
//!   `$OUT_DIR/text_files.rs`.

// The app's module, compiled here only for its parser: the rest goes unused.
#![allow(dead_code, unused_imports)]

#[path = "src/content/mod.rs"]
mod content;
#[path = "src/route.rs"]
mod route;

use std::path::{Path, PathBuf};

fn main() {
    for input in ["src/content", "src/route.rs", "public/data/visit.json"] {
        println!("cargo::rerun-if-changed={input}");
    }
    let library = content::Library::from_json().unwrap_or_else(|error| panic!("{error}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bundle = library.bundle_bytes().expect("the content serializes");
    std::fs::write(out.join("library.postcard"), bundle).expect("OUT_DIR is writable");

    let site_content = profile_dir(&out).join("site-content");
    std::fs::create_dir_all(&site_content).expect("the target folder is writable");
    let stored = |stem: &str, bytes: Result<Vec<u8>, postcard::Error>| {
        store(&site_content, stem, &bytes.expect("the text serializes"))
    };
    // Each language's text, then each page's prose in each language.
    let mut files: Vec<(String, [String; 2])> = vec![(
        "TEXT_FILES".into(),
        route::Lang::ALL.map(|lang| stored(lang.code(), postcard::to_allocvec(library.text(lang)))),
    )];
    for page in content::PageProse::PAGES {
        let paths = route::Lang::ALL.map(|lang| {
            let stem = format!("{}-{}", lang.code(), page.key());
            stored(&stem, library.prose_bytes(page, lang))
        });
        files.push((format!("{}_FILES", page.key().to_uppercase()), paths));
    }
    let names: String = files
        .iter()
        .map(|(name, paths)| {
            format!(
                "/// Served at these paths, in `Lang::ALL`'s order (named after their bytes).\n\
                 pub const {name}: [&str; 2] = {paths:?};\n"
            )
        })
        .collect();
    std::fs::write(out.join("text_files.rs"), names).expect("OUT_DIR is writable");
    // The hook copies exactly these, not older files left from earlier builds.
    let manifest: Vec<&str> = files
        .iter()
        .flat_map(|(_, paths)| paths)
        .map(|path| path.trim_start_matches("/content/"))
        .collect();
    let manifest = format!("{manifest:?}\n");
    std::fs::write(site_content.join("files.json"), manifest)
        .expect("the target folder is writable");
    println!(
        "cargo::rerun-if-changed={}",
        site_content.join("files.json").display()
    );
}

/// Writes `bytes` into `dir` as `<stem>.<hash>.postcard`; returns the path it is served at.
fn store(dir: &Path, stem: &str, bytes: &[u8]) -> String {
    let file = format!("{stem}.{:016x}.postcard", fnv1a(bytes));
    std::fs::write(dir.join(&file), bytes).expect("the target folder is writable");
    format!("/content/{file}")
}

/// The profile folder this build writes to (`<target>/[<triple>/]<profile>`),
/// which holds `build/<package>-<hash>/out`: a place the post-build hook knows.
fn profile_dir(out: &Path) -> PathBuf {
    out.ancestors()
        .find(|dir| dir.file_name().is_some_and(|name| name == "build"))
        .and_then(Path::parent)
        .unwrap_or_else(|| panic!("no Cargo profile folder above {}", out.display()))
        .to_path_buf()
}

/// FNV-1a: a stable hash for the file names, so a file changes name exactly when its bytes change.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
