//! The logic of the macros of [`dm-button`](https://docs.rs/dm-button) as a plain library:
//! `dm-button-macros`, the proc-macro crate, hands each macro's tokens to a function here
//! and turns the [`Expansion`] it returns into the compiler's tokens; the workspace's tests
//! call the same functions directly (a proc-macro crate exports nothing but its macros), so
//! they test the code rustc runs, not a copy of it.
//!
//! This crate is internal: use the macros through `dm-button`, which documents them. Nothing
//! here is a stable API: the dm-button crates pin each other's exact version.
//!
//! Each macro runs one pipeline: `ast` splits the tokens into `key = literal` arguments
//! (`fast_path` reads the common, plain ones from the input's text instead, faster), `valid`
//! checks each against dm-button's rules (the same functions the run-time builder uses, from
//! `dm-button-core`) and `expand` renders the markup at compile time and writes the whole
//! value as one Rust source string, or gives one error per mistake and a placeholder value
//! of the right type, so that a mistake gives one error, not a cascade.
//!
//! ```
//! use dm_button_macros_core::{Expansion, dm_link};
//!
//! let input: proc_macro2::TokenStream = r#"recipient = 3805104374, text = "Hi""#.parse().unwrap();
//! let Expansion::Source { krate: None, source } = dm_link(input) else { panic!() };
//! assert_eq!(source, r###"r#"https://x.com/messages/compose?recipient_id=3805104374&text=Hi"#"###);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod ast;
mod expand;
mod fast_path;
mod key;
#[cfg(feature = "names")]
mod names;
mod valid;

#[cfg(feature = "qr")]
pub use expand::dm_qr;
pub use expand::{Expansion, dm_button, dm_link, dm_panel, string_literal};
pub use fast_path::read_both_ways;
