//! Helpers for the workspace's tests, and the macros' expansion as tokens.
//!
//! A proc-macro crate exports nothing but its macros; their logic is a plain library,
//! `dm-button-macros-core`, which the tests call here: the code rustc runs, handed
//! `proc_macro2` tokens instead of the compiler's.

#![forbid(unsafe_code)]

/// The workspace's README (the crate's own README is tested by dm-button), compiled and run
/// as doc tests so that its examples cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

pub mod browser;
pub mod css;
pub mod fixture;
pub mod html;
pub mod qr;
pub mod servers;
pub mod strategy;

use dm_button_macros_core::{self as logic, Expansion};
use proc_macro2::TokenStream;

/// What `dm_button!(input)` expands to, given the path to dm-button as `dm_button` (the
/// wrapper in dm-button hands over `$crate`, which only the compiler can make).
pub fn expand_dm_button(input: TokenStream) -> TokenStream {
    tokens(logic::dm_button(quote::quote!(dm_button { #input })))
}

/// What `dm_link!(input)` expands to.
pub fn expand_dm_link(input: TokenStream) -> TokenStream {
    tokens(logic::dm_link(input))
}

/// What `dm_panel!(input)` expands to, given the path to dm-button as `dm_button`.
pub fn expand_dm_panel(input: TokenStream) -> TokenStream {
    tokens(logic::dm_panel(quote::quote!(dm_button { #input })))
}

/// What `dm_qr!(input)` expands to.
pub fn expand_dm_qr(input: TokenStream) -> TokenStream {
    tokens(logic::dm_qr(input))
}

/// An expansion as tokens, read by `proc_macro2`'s lexer where the proc-macro crate uses the
/// compiler's: reading fails the test if the macro wrote source that does not lex.
fn tokens(expansion: Expansion) -> TokenStream {
    match expansion {
        Expansion::Source { krate, source } => {
            let value: TokenStream = source
                .parse()
                .unwrap_or_else(|error| panic!("the expansion does not lex ({error}): {source}"));
            let mut tokens: TokenStream = krate.into_iter().collect();
            tokens.extend(value);
            tokens
        }
        Expansion::Errors(errors) => errors,
    }
}

/// The source of a string literal holding `text`, as the macros write it.
pub fn string_literal(text: &str) -> String {
    logic::string_literal(text)
}

/// The keys the macros take, as the table of keys lists them: each with whether `dm_link!`
/// takes it too.
pub fn macro_keys() -> impl Iterator<Item = (&'static str, bool)> {
    dm_button_core::KEYS
        .iter()
        .map(|key| (key.name, key.in_link))
}

/// The arguments of `input` as the macros' fast path reads them from its text, and as they
/// are read from its tokens (with any syntax error), each as `key = kind value`; `None` where
/// the fast path leaves `input` to the token reader.
pub fn arguments_read_both_ways(input: &TokenStream) -> Option<(Vec<String>, Vec<String>)> {
    logic::read_both_ways(input)
}
