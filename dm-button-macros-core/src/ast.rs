//! Splits a macro's input into `key = value` arguments.
//!
//! The grammar is small enough to read token by token, which keeps syn's `full` feature
//! (and its compile time) out, and lets each malformed argument get its own error while the
//! others are still read: `recipient 5, style = "large"` reports the missing `=` and still
//! checks `style`.

use proc_macro2::{Delimiter, Ident, Literal, Punct, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Lit, LitBool};

/// One `key = value` argument.
pub(crate) struct Arg {
    /// The key as written.
    pub(crate) name: String,
    /// Where the key is written.
    pub(crate) span: Span,
    pub(crate) value: Value,
}

/// The value of an argument, sorted by what the checks need to tell apart.
pub(crate) enum Value {
    /// A plain string literal, `"..."` without escapes: its value is its text, read
    /// without syn (most values are these, and a macro runs unoptimized in a dev build).
    Str(String, Span),
    /// A plain decimal integer literal: digits and underscores, no suffix, no leading zero.
    /// The digits, without the underscores.
    Int(String, Span),
    /// Any other literal: string with escapes or raw, integer, float, bool, char, bytes...
    Lit(Lit),
    /// A minus sign and a literal: `-5`.
    Negative(Punct, Lit),
    /// Anything else: a path, an expression, a macro call.
    NotLiteral(TokenStream),
    /// No value could be read (a missing `=` or value), which is already reported: the key
    /// still counts as given, so it is not reported again as missing.
    Malformed,
}

impl Value {
    /// Where the value starts (all of it, but for a negative number, whose error spans both
    /// tokens through [`Value::error`]).
    pub(crate) fn span(&self) -> Span {
        match self {
            Self::Str(_, span) | Self::Int(_, span) => *span,
            Self::Lit(lit) => lit.span(),
            Self::Negative(minus, _) => minus.span(),
            Self::NotLiteral(tokens) => tokens
                .clone()
                .into_iter()
                .next()
                .map_or_else(Span::call_site, |token| token.span()),
            Self::Malformed => Span::call_site(),
        }
    }

    /// An error pointing at all of the value.
    pub(crate) fn error(&self, message: impl std::fmt::Display) -> syn::Error {
        match self {
            Self::Str(_, span) | Self::Int(_, span) => syn::Error::new(*span, message),
            Self::Lit(lit) => syn::Error::new(lit.span(), message),
            Self::Negative(minus, lit) => {
                let mut tokens = minus.to_token_stream();
                lit.to_tokens(&mut tokens);
                syn::Error::new_spanned(tokens, message)
            }
            Self::NotLiteral(tokens) => syn::Error::new_spanned(tokens, message),
            Self::Malformed => syn::Error::new(Span::call_site(), message),
        }
    }
}

/// The arguments that are well formed, and an error for each that is not.
pub(crate) fn parse(input: TokenStream) -> (Vec<Arg>, Vec<syn::Error>) {
    let mut args = Vec::new();
    let mut errors = Vec::new();
    let mut segment = Vec::new();
    // Invisible groups are opened first, so that a comma inside one separates arguments as
    // it does in the input's text, which is what `fast_path` reads.
    for token in flatten(input.into_iter().collect()) {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == ',' => {
                if segment.is_empty() {
                    errors.push(syn::Error::new(
                        punct.span(),
                        "unexpected `,`: arguments are `key = value`, separated by one comma",
                    ));
                }
                push_arg(std::mem::take(&mut segment), &mut args, &mut errors);
            }
            token => segment.push(token),
        }
    }
    push_arg(segment, &mut args, &mut errors);
    (args, errors)
}

/// Reads one comma-free segment as `key = value`.
fn push_arg(segment: Vec<TokenTree>, args: &mut Vec<Arg>, errors: &mut Vec<syn::Error>) {
    let mut tokens = segment.into_iter();
    let key = match tokens.next() {
        None => return,
        Some(TokenTree::Ident(key)) => key,
        Some(first) => {
            let rest: TokenStream = tokens.collect();
            errors.push(positional(first, rest));
            return;
        }
    };
    // A missing comma makes `read_value` push the arguments after this one first: insert
    // this one before them, to keep the order of the source.
    let index = args.len();
    let value = match tokens.next() {
        Some(TokenTree::Punct(eq)) if eq.as_char() == '=' => {
            read_value(&key, &eq, tokens.collect(), args, errors)
        }
        Some(other) => Err(syn::Error::new(
            other.span(),
            format!("expected `=` after `{key}`: arguments are `key = value`"),
        )),
        None => Err(syn::Error::new(
            key.span(),
            format!("`{key}` has no value: write `{key} = ...`"),
        )),
    };
    let value = value.unwrap_or_else(|error| {
        errors.push(error);
        Value::Malformed
    });
    args.insert(
        index,
        Arg {
            name: key.to_string(),
            span: key.span(),
            value,
        },
    );
}

/// The value after `key =`. A literal followed by `other_key = ...` is a missing comma:
/// that is reported, and the rest is read as the next argument.
fn read_value(
    key: &Ident,
    eq: &Punct,
    value: Vec<TokenTree>,
    args: &mut Vec<Arg>,
    errors: &mut Vec<syn::Error>,
) -> syn::Result<Value> {
    let mut tokens = value.into_iter();
    let first = tokens.next();
    let second = tokens.next();
    let rest: Vec<TokenTree> = tokens.collect();
    match (first, second) {
        (None, _) => Err(syn::Error::new(
            eq.span(),
            format!("`{key} =` has no value: give a literal after `=`"),
        )),
        (Some(TokenTree::Literal(token)), None) => Ok(classify(token)),
        (Some(first), None) => Ok(match literal(&first) {
            Some(lit) => Value::Lit(lit),
            None => Value::NotLiteral(first.into_token_stream()),
        }),
        (Some(TokenTree::Punct(minus)), Some(second))
            if minus.as_char() == '-' && rest.is_empty() =>
        {
            Ok(match literal(&second) {
                Some(lit) => Value::Negative(minus, lit),
                None => Value::NotLiteral([TokenTree::Punct(minus), second].into_iter().collect()),
            })
        }
        (Some(first), Some(second)) => {
            let next_is_key = matches!(&second, TokenTree::Ident(_))
                && matches!(rest.first(), Some(TokenTree::Punct(eq)) if eq.as_char() == '=');
            match literal(&first) {
                Some(lit) if next_is_key => {
                    errors.push(syn::Error::new(
                        second.span(),
                        format!(
                            "expected `,` before `{second}`: separate the arguments with commas"
                        ),
                    ));
                    let mut next = Vec::new();
                    push_arg(
                        [second].into_iter().chain(rest).collect(),
                        &mut next,
                        errors,
                    );
                    args.extend(next);
                    Ok(Value::Lit(lit))
                }
                _ => Ok(Value::NotLiteral(
                    [first, second].into_iter().chain(rest).collect(),
                )),
            }
        }
    }
}

/// A literal token as a value: the plain strings and integers most values are read from
/// their text, the rest by syn.
fn classify(token: Literal) -> Value {
    let written = token.to_string();
    if let Some(text) = plain_string(&written) {
        Value::Str(text.to_owned(), token.span())
    } else if let Some(digits) = plain_integer(&written) {
        Value::Int(digits, token.span())
    } else {
        Value::Lit(Lit::new(token))
    }
}

/// The value of a `"..."` literal without escapes, which is its text between the quotes.
/// Byte searches only: core's memchr, fast even in an unoptimized build.
pub(crate) fn plain_string(written: &str) -> Option<&str> {
    let inner = written.strip_prefix('"')?.strip_suffix('"')?;
    let bytes = inner.as_bytes();
    if bytes.contains(&b'\\') || bytes.contains(&b'"') {
        return None;
    }
    Some(inner)
}

/// The digits of a decimal integer literal without suffix or leading zero, underscores
/// removed: what syn's `base10_digits` gives for it.
pub(crate) fn plain_integer(written: &str) -> Option<String> {
    let bytes = written.as_bytes();
    let plain = matches!(bytes.first(), Some(b'1'..=b'9'))
        && bytes.iter().all(|&b| b.is_ascii_digit() || b == b'_');
    plain.then(|| written.replace('_', ""))
}

/// The literal `token` is, if it is one: `true` and `false` count as literals. syn reads
/// every form of literal, and makes `Lit::Verbatim` of what it does not know, never a panic.
fn literal(token: &TokenTree) -> Option<Lit> {
    match token {
        TokenTree::Literal(literal) => Some(Lit::new(literal.clone())),
        TokenTree::Ident(ident) if ident == "true" || ident == "false" => {
            Some(Lit::Bool(LitBool::new(ident == "true", ident.span())))
        }
        _ => None,
    }
}

/// Opens the invisible groups that `macro_rules!` wraps around a `$value:literal` or
/// `$key:ident` it passes on, so `dm_button!` works inside the user's own macros.
fn flatten(tokens: Vec<TokenTree>) -> Vec<TokenTree> {
    let mut flat = Vec::with_capacity(tokens.len());
    for token in tokens {
        match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                flat.extend(flatten(group.stream().into_iter().collect()));
            }
            token => flat.push(token),
        }
    }
    flat
}

/// The error for a segment that does not start with a key: most often the recipient given
/// without its key, as in `dm_button!(3805104374)`.
fn positional(first: TokenTree, rest: TokenStream) -> syn::Error {
    let looks_like_id = match literal(&first) {
        Some(Lit::Int(_)) => true,
        Some(Lit::Str(text)) => {
            let text = text.value();
            !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    };
    let span: Span = first.span();
    let mut tokens = first.into_token_stream();
    tokens.extend(rest);
    if looks_like_id {
        syn::Error::new(
            span,
            format!("expected `key = value`: write `recipient = {tokens}`"),
        )
    } else {
        syn::Error::new_spanned(
            tokens,
            "expected `key = value`, e.g. `recipient = 3805104374`: a key name, `=`, and a literal",
        )
    }
}
