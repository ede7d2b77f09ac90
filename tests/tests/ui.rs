//! Compile-time behaviour of `dm_button!` and `dm_link!`: every mistake is one error at the
//! offending token (`ui/fail/*.rs`, expected output in the `.stderr` beside each), and every
//! key compiles and renders as documented (`ui/pass/*.rs`, run as programs).
//!
//! After changing a message on purpose, regenerate the expected output with
//! `TRYBUILD=overwrite cargo test -p dm-button-tests --test ui` and review the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
