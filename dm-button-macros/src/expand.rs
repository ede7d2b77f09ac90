//! Renders checked options at compile time and emits them, or emits the errors.

use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

use crate::key::Macro;
use crate::valid::{self, Options};
use crate::{ast, fast_path};

/// What a macro expands to.
pub(crate) enum Expansion {
    /// The value: the path to dm-button (`$crate`, as the wrapper handed it over) where the
    /// value names a type, then the rest as Rust source. The compiler reads the source in one
    /// call, which costs less than building it token by token (a call into the compiler per
    /// token) or building its literal with `Literal::string` (which escapes it, unoptimized,
    /// for the compiler to unescape). See BENCHMARKS.md.
    Source {
        krate: Option<TokenTree>,
        source: String,
        /// The `dm-button.toml` a name was looked up in, included by the expansion (as an
        /// unused `const`) so that Cargo rebuilds the crate when the file changes.
        track: Option<PathBuf>,
    },
    /// One `compile_error!` per mistake, in a block that still ends in a value of the right
    /// type.
    Errors(TokenStream),
}

/// `dm_button!`: a `StaticButton` holding the markup, then the link, as one string literal,
/// and where the link starts. A struct expression rather than a `const fn` call, and one
/// literal rather than two: the compiler type-checks 1,000 of them measurably faster (see
/// BENCHMARKS.md).
///
/// `input` is what `dm_button::dm_button!` hands over: the path to dm-button (`$crate`),
/// then the user's arguments in braces. The type is named through that path, so the
/// expansion works however the user's crate reaches dm-button. The braces make the input two
/// trees, so splitting it off costs two tokens, not one per argument token.
pub(crate) fn dm_button(input: TokenStream) -> Expansion {
    let mut tokens = input.into_iter();
    let (Some(krate), Some(TokenTree::Group(args)), None) =
        (tokens.next(), tokens.next(), tokens.next())
    else {
        return Expansion::Errors(quote!({
            ::core::compile_error!("dm-button: call `dm_button!` through the dm-button crate")
        }));
    };
    match checked(Macro::Button, args.stream()) {
        Ok(options) => {
            let (Some(link), Some(button)) = (options.settings.link(), options.settings.spec())
            else {
                return Expansion::Errors(quote!({
                    ::core::compile_error!("dm-button: no recipient; please report this")
                }));
            };
            // The bare link is shorter than the markup, which holds it escaped: twice the
            // longest markup holds both, with no measuring and no regrowth.
            let mut markup_then_link = String::with_capacity(2 * button.max_len());
            button.render_to(&mut markup_then_link);
            let link_at = markup_then_link.len();
            link.write_to(&mut markup_then_link);
            // Written piece by piece into one buffer: `format!` would copy the markup twice.
            let mut source = String::with_capacity(markup_then_link.len() + 96);
            source.push_str("::__private::StaticButton { __markup_then_link: ");
            push_string_literal(&mut source, &markup_then_link);
            source.push_str(", __link_at: ");
            source.push_str(&link_at.to_string());
            source.push_str(" }");
            Expansion::Source {
                krate: Some(krate),
                source,
                track: options.track,
            }
        }
        Err(errors) => Expansion::Errors(quote!({
            #errors #krate::__private::StaticButton { __markup_then_link: "", __link_at: 0 }
        })),
    }
}

/// `dm_link!`: the link as a string literal.
pub(crate) fn dm_link(input: TokenStream) -> Expansion {
    match checked(Macro::Link, input) {
        Ok(options) => Expansion::Source {
            krate: None,
            source: string_literal(
                &options
                    .settings
                    .link()
                    .map(|link| link.to_url())
                    .unwrap_or_default(),
            ),
            track: options.track,
        },
        Err(errors) => Expansion::Errors(quote!({ #errors "" })),
    }
}

/// The options, or every error as `compile_error!` invocations: one per mistake. The caller
/// puts them in a block that still ends in a value of the right type, so the code around the
/// macro type-checks and reports nothing more.
fn checked(which: Macro, input: TokenStream) -> Result<Options, TokenStream> {
    // The arguments read from their text, when they are plain and right: most invocations.
    if let Some(options) = fast_path::args(&input.to_string())
        .and_then(|args| valid::check(which, args, &mut Vec::new()))
    {
        return Ok(options);
    }
    let (args, mut errors) = ast::parse(input);
    let options = valid::check(which, args, &mut errors);
    match (options, errors.is_empty()) {
        (Some(options), true) => Ok(options),
        _ => Err(errors.iter().map(syn::Error::to_compile_error).collect()),
    }
}

/// `text` as the source of a string literal: raw (`r#"..."#`, with enough `#` that the
/// text cannot end it), so that nothing escapes the markup only for the compiler to unescape
/// it; escaped when `text` holds a carriage return, which no raw literal can.
pub(crate) fn string_literal(text: &str) -> String {
    let mut source = String::with_capacity(text.len() + 6);
    push_string_literal(&mut source, text);
    source
}

/// Appends [`string_literal`]`(text)` to `source`.
fn push_string_literal(source: &mut String, text: &str) {
    // Byte searches: `[u8]::contains` is core's memchr, optimized even when this crate is not
    // (proc macros run unoptimized in a dev build), where a `str` pattern would not be.
    let bytes = text.as_bytes();
    if bytes.contains(&b'\r') {
        source.push_str(&format!("{text:?}"));
        return;
    }
    // A text without `#` cannot end `r#"...`; markup hardly ever has one.
    let hashes = if bytes.contains(&b'#') {
        let longest_run = text
            .split('"')
            .skip(1)
            .map(|after_quote| after_quote.bytes().take_while(|&b| b == b'#').count())
            .max()
            .unwrap_or(0);
        "#".repeat(longest_run + 1)
    } else {
        "#".to_owned()
    };
    source.push('r');
    source.push_str(&hashes);
    source.push('"');
    source.push_str(text);
    source.push('"');
    source.push_str(&hashes);
}

/// The item that makes Cargo track `path`: an unused `const` holding the file's bytes.
pub(crate) fn tracking_item(path: &Path) -> String {
    format!(
        "const _: &[u8] = ::core::include_bytes!({});",
        string_literal(&path.to_string_lossy())
    )
}
