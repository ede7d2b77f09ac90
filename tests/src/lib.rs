//! Helpers for the workspace's tests, and the macros' expansion as a plain function.
//!
//! A proc-macro crate exports nothing but its macros, so the tests cannot call its
//! `expand` functions. This crate compiles the macro crate's own source files instead (as
//! `serde_derive_internals` does with serde_derive's): the same code, not a copy, so the
//! no-panic test feeds `proc_macro2` tokens to exactly what the compiler runs.

#![forbid(unsafe_code)]

#[path = "../../dm-button-macros/src/ast.rs"]
mod ast;
#[path = "../../dm-button-macros/src/expand.rs"]
mod expand;
#[path = "../../dm-button-macros/src/fast_path.rs"]
mod fast_path;
#[path = "../../dm-button-macros/src/key.rs"]
mod key;
#[path = "../../dm-button-macros/src/names.rs"]
mod names;
#[path = "../../dm-button-macros/src/valid.rs"]
mod valid;

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

use proc_macro2::TokenStream;

/// What `dm_button!(input)` expands to, given the path to dm-button as `dm_button` (the
/// wrapper in dm-button hands over `$crate`, which only the compiler can make).
pub fn expand_dm_button(input: TokenStream) -> TokenStream {
    tokens(expand::dm_button(quote::quote!(dm_button { #input })))
}

/// What `dm_link!(input)` expands to.
pub fn expand_dm_link(input: TokenStream) -> TokenStream {
    tokens(expand::dm_link(input))
}

/// What `dm_panel!(input)` expands to, given the path to dm-button as `dm_button`.
pub fn expand_dm_panel(input: TokenStream) -> TokenStream {
    tokens(expand::dm_panel(quote::quote!(dm_button { #input })))
}

/// What `dm_qr!(input)` expands to.
pub fn expand_dm_qr(input: TokenStream) -> TokenStream {
    tokens(expand::dm_qr(input))
}

/// An expansion as tokens, read by `proc_macro2`'s lexer where the proc-macro crate uses the
/// compiler's: reading fails the test if the macro wrote source that does not lex.
fn tokens(expansion: expand::Expansion) -> TokenStream {
    match expansion {
        expand::Expansion::Source {
            krate,
            source,
            track,
        } => {
            let value: TokenStream = source
                .parse()
                .unwrap_or_else(|error| panic!("the expansion does not lex ({error}): {source}"));
            let mut tokens: TokenStream = krate.into_iter().collect();
            tokens.extend(value);
            match track {
                Some(path) => {
                    let item: TokenStream = expand::tracking_item(&path).parse().unwrap();
                    quote::quote!({ #item #tokens })
                }
                None => tokens,
            }
        }
        expand::Expansion::Errors(errors) => errors,
    }
}

/// The source of a string literal holding `text`, as the macros write it.
pub fn string_literal(text: &str) -> String {
    expand::string_literal(text)
}

/// The keys the macros take, as the macro crate lists them: each with whether `dm_link!`
/// takes it too.
pub fn macro_keys() -> impl Iterator<Item = (&'static str, bool)> {
    key::KEYS.iter().map(|key| (key.name, key.in_link))
}

/// The arguments of `input` as the macros' fast path reads them from its text, and as they
/// are read from its tokens (with any syntax error), each as `key = kind value`; `None` where
/// the fast path leaves `input` to the token reader.
pub fn arguments_read_both_ways(input: &TokenStream) -> Option<(Vec<String>, Vec<String>)> {
    let fast = fast_path::args(&input.to_string())?;
    let (from_tokens, errors) = ast::parse(input.clone());
    let mut slow: Vec<String> = from_tokens.iter().map(describe).collect();
    slow.extend(errors.iter().map(|error| format!("error: {error}")));
    Some((fast.iter().map(describe).collect(), slow))
}

fn describe(arg: &ast::Arg) -> String {
    use quote::ToTokens;
    let value = match &arg.value {
        ast::Value::Str(text, _) => format!("string {text:?}"),
        ast::Value::Int(digits, _) => format!("integer {digits}"),
        ast::Value::Lit(syn::Lit::Bool(flag)) => format!("bool {}", flag.value),
        ast::Value::Lit(lit) => format!("literal {}", lit.to_token_stream()),
        ast::Value::Negative(_, lit) => format!("negative {}", lit.to_token_stream()),
        ast::Value::NotLiteral(tokens) => format!("not a literal: {tokens}"),
        ast::Value::Malformed => "malformed".to_owned(),
    };
    format!("{} = {value}", arg.name)
}
