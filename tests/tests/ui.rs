//! Compile-time behaviour of `dm_button!` and `dm_link!`: every mistake is one error at the
//! offending token (`ui/fail/*.rs`, expected output in the `.stderr` beside each), and every
//! key compiles and renders as documented (`ui/pass/*.rs`, run as programs).
//!
//! Recipients by name (`ui/names/{case}/`): the macros read the nearest `dm-button.toml`
//! from the crate's manifest directory up to the workspace root. trybuild builds the cases in
//! a crate of its own, `target/tests/trybuild/dm-button-tests/`, which is a workspace root;
//! so each case directory's `dm-button.toml` (or none, for `no_file`) is copied there before
//! its cases run. The runs are sequential, in this one test.
//!
//! After changing a message on purpose, regenerate the expected output with
//! `TRYBUILD=overwrite cargo test -p dm-button-tests --test ui` and review the diff.

use std::fs;
use std::path::{Path, PathBuf};

/// trybuild's crate for this package, where the macros look for `dm-button.toml`.
fn trybuild_crate_dir() -> PathBuf {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target directory");
    target.join("tests/trybuild/dm-button-tests")
}

/// Puts `fixture` (a `dm-button.toml`, if the case directory has one) where the macros find it.
fn use_recipients_file(fixture: &Path) {
    let dir = trybuild_crate_dir();
    fs::create_dir_all(&dir).expect("trybuild's crate directory");
    let file = dir.join("dm-button.toml");
    match fs::read(fixture) {
        Ok(bytes) => fs::write(&file, bytes).expect("the fixture is copied"),
        Err(_) => {
            let _ = fs::remove_file(&file);
        }
    }
}

#[test]
fn ui() {
    use_recipients_file(Path::new("no such file"));
    {
        let cases = trybuild::TestCases::new();
        cases.compile_fail("tests/ui/fail/*.rs");
        cases.pass("tests/ui/pass/*.rs");
    }
    let mut groups: Vec<PathBuf> = fs::read_dir("tests/ui/names")
        .expect("tests/ui/names")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_dir())
        .collect();
    groups.sort();
    for group in groups {
        use_recipients_file(&group.join("dm-button.toml"));
        let cases = trybuild::TestCases::new();
        cases.compile_fail(group.join("*.rs").display().to_string());
        if group.join("pass").is_dir() {
            cases.pass(group.join("pass/*.rs").display().to_string());
        }
        // The cases run here, before the next group's file replaces this one.
        drop(cases);
    }
}
