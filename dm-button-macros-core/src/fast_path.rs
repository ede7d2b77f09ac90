//! The arguments read from their text, for the common case.
//!
//! Most invocations are `key = value` pairs whose values are plain strings (`"..."` without
//! escapes), plain decimal integers and `true`/`false`. For those, the macro asks the
//! compiler for the input's text in one call and scans it here, where `ast` reads it token
//! by token: a call into the compiler per token and per literal, in code that a dev build
//! runs unoptimized (see BENCHMARKS.md).
//!
//! The scan matches byte-slice patterns, which compile to plain comparisons even
//! unoptimized, where iterator adapters and `Option` combinators would each be a call.
//!
//! The text gives no spans, so this path cannot report a mistake: anything it does not
//! know gives `None`, and any mistake the checks then find sends the input to `ast`, which
//! reads it again with the spans the errors point at. A fast read and `ast` agree on every
//! input the fast read accepts: a property test checks it on `proc_macro2`'s printing of
//! generated inputs, and the feature `check-fast-path` (on in the workspace's tests) on
//! rustc's own printing, in every macro call the tests compile.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::{Lit, LitBool};

use crate::ast::{self, Arg, Value};

/// The arguments written in `text`, if each is `key = value` with a plain value, comma
/// separated, with an optional trailing comma.
pub(crate) fn args(text: &str) -> Option<Vec<Arg>> {
    let span = Span::call_site();
    let mut args = Vec::with_capacity(16);
    let mut rest = skip_space(text.as_bytes());
    while !rest.is_empty() {
        let (name, after_name) = word(rest)?;
        let [b'=', after_eq @ ..] = skip_space(after_name) else {
            return None;
        };
        let (value, after_value) = value(skip_space(after_eq), span)?;
        args.push(Arg {
            name: name.to_owned(),
            span,
            value,
        });
        rest = match skip_space(after_value) {
            [] => &[],
            [b',', after_comma @ ..] => skip_space(after_comma),
            _ => return None,
        };
    }
    Some(args)
}

fn skip_space(mut bytes: &[u8]) -> &[u8] {
    while let [b' ' | b'\t' | b'\n' | b'\r', rest @ ..] = bytes {
        bytes = rest;
    }
    bytes
}

/// The identifier at the start of `bytes` (a key, `true` or `false`), and what follows it.
/// A raw identifier (`r#type`) stops at `#`, which is then not the `=` expected after a key.
fn word(bytes: &[u8]) -> Option<(&str, &[u8])> {
    if let [b'0'..=b'9', ..] = bytes {
        return None;
    }
    let (word, rest) = bytes.split_at(word_len(bytes));
    // Only ASCII bytes were taken.
    Some((
        std::str::from_utf8(word)
            .ok()
            .filter(|word| !word.is_empty())?,
        rest,
    ))
}

fn word_len(bytes: &[u8]) -> usize {
    let mut rest = bytes;
    while let [b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_', after @ ..] = rest {
        rest = after;
    }
    bytes.len() - rest.len()
}

/// The plain value at the start of `bytes`, and what follows it.
fn value(bytes: &[u8], span: Span) -> Option<(Value, &[u8])> {
    match bytes {
        [b'"', inside @ ..] => {
            // Up to the closing quote; a backslash is an escape, left to the token path.
            let mut rest = inside;
            loop {
                match rest {
                    [b'"', after @ ..] => {
                        let text = inside.get(..inside.len() - rest.len())?;
                        let text = std::str::from_utf8(text).ok()?;
                        return Some((Value::Str(text.to_owned(), span), after));
                    }
                    [b'\\', ..] | [] => return None,
                    [_, after @ ..] => rest = after,
                }
            }
        }
        [b'0'..=b'9', ..] => {
            let (written, rest) = bytes.split_at(word_len(bytes));
            // A float goes to the token path (`5e3` fails as a suffix below).
            if let [b'.', ..] = rest {
                return None;
            }
            let digits = ast::plain_integer(std::str::from_utf8(written).ok()?)?;
            Some((Value::Int(digits, span), rest))
        }
        _ => {
            let (word, rest) = word(bytes)?;
            let flag = match word {
                "true" => true,
                "false" => false,
                _ => return None,
            };
            Some((Value::Lit(Lit::Bool(LitBool::new(flag, span))), rest))
        }
    }
}

/// The arguments of `input` as the fast path reads them from its text, and as `ast` reads
/// them from its tokens (with any syntax error), each as `key = kind value`; `None` where
/// the fast path leaves `input` to the token reader. The two lists must be equal.
///
/// ```
/// use dm_button_macros_core::read_both_ways;
///
/// let plain = r#"recipient = 3_805_104_374, new_tab = true, text = "Hi""#.parse().unwrap();
/// let (fast, tokens) = read_both_ways(&plain).unwrap();
/// assert_eq!(fast, ["recipient = integer 3805104374", "new_tab = bool true", r#"text = string "Hi""#]);
/// assert_eq!(fast, tokens);
/// // An escape is left to the token reader.
/// assert!(read_both_ways(&r#"text = "a\"b""#.parse().unwrap()).is_none());
/// ```
pub fn read_both_ways(input: &TokenStream) -> Option<(Vec<String>, Vec<String>)> {
    let fast = args(&input.to_string())?;
    let (from_tokens, errors) = ast::parse(input.clone());
    let mut slow: Vec<String> = from_tokens.iter().map(describe).collect();
    slow.extend(errors.iter().map(|error| format!("error: {error}")));
    Some((fast.iter().map(describe).collect(), slow))
}

/// Stops the expansion (with a panic, which rustc reports as an error at the macro call)
/// when the two reads of `input` disagree: the fast read would then have built a button
/// from arguments other than the ones written.
#[cfg(feature = "check-fast-path")]
#[allow(clippy::panic)]
pub(crate) fn assert_agrees(input: &TokenStream) {
    if let Some((fast, tokens)) = read_both_ways(input)
        && fast != tokens
    {
        panic!(
            "dm-button: the fast read of `{input}` gives {fast:?}, the token read {tokens:?}; \
             please report this"
        );
    }
}

fn describe(arg: &Arg) -> String {
    let value = match &arg.value {
        Value::Str(text, _) => format!("string {text:?}"),
        Value::Int(digits, _) => format!("integer {digits}"),
        Value::Lit(Lit::Bool(flag)) => format!("bool {}", flag.value),
        Value::Lit(lit) => format!("literal {}", lit.to_token_stream()),
        Value::Negative(_, lit) => format!("negative {}", lit.to_token_stream()),
        Value::NotLiteral(tokens) => format!("not a literal: {tokens}"),
        Value::Malformed => "malformed".to_owned(),
    };
    format!("{} = {value}", arg.name)
}
