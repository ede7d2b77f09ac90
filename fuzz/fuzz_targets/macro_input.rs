//! The macros' readers and checks (dm-button-macros-core, the code the proc macros run) on
//! any text that lexes as Rust tokens: never a panic; where the fast text read accepts the
//! arguments, the token read gives the same ones; and every expansion is either source that
//! lexes or compile errors.
#![no_main]

use dm_button_macros_core::{Expansion, dm_button, dm_link, dm_panel, dm_qr, read_both_ways};
use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;
use quote::quote;

fuzz_target!(|text: &str| {
    let Ok(input) = text.parse::<TokenStream>() else {
        return;
    };
    if let Some((fast, tokens)) = read_both_ways(&input) {
        assert_eq!(fast, tokens, "{text:?}");
    }
    let expansions = [
        dm_button(quote!(dm_button { #input })),
        dm_link(input.clone()),
        dm_panel(quote!(dm_button { #input })),
        dm_qr(input),
    ];
    for expansion in expansions {
        if let Expansion::Source { source, .. } = expansion {
            assert!(source.parse::<TokenStream>().is_ok(), "{source}");
        }
    }
});
