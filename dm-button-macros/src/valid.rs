//! Checks the arguments against dm-button's rules.
//!
//! Every value rule (what is an ID, a screen name, a style...) is `dm-button-core`'s
//! `FromStr`, the one the run-time builder uses, and its error message is reported as is: the
//! macro and the builder say the same thing for the same mistake. What is checked only here
//! is what only a macro can get wrong: the kind of literal, unknown and repeated keys, and the
//! combinations of keys that mean nothing (which the builder's types rule out).

use std::borrow::Cow;
use std::fmt::Display;
use std::path::PathBuf;
use std::str::FromStr;

use dm_button_core::{
    ClassList, CombinationError, ElementId, Host, Lang, Look, MessageText, Recipient, RecipientId,
    ScreenName, ShownName, Style, WelcomeMessageId, WidgetStyle, WidgetStyleError, closest,
    unknown_key_message,
};
use proc_macro2::{Span, TokenStream};
use syn::{Lit, LitInt, LitStr};

use crate::ast::{Arg, Value};
use crate::key::{Key, Kind, Macro};
use crate::names;

/// Checked options, ready to render.
pub(crate) struct Options {
    pub(crate) recipient: RecipientId,
    /// The `dm-button.toml` the recipient's name was looked up in, when the expansion must
    /// make Cargo track it.
    pub(crate) track: Option<PathBuf>,
    pub(crate) text: Option<String>,
    pub(crate) welcome_message_id: Option<WelcomeMessageId>,
    pub(crate) host: Host,
    pub(crate) screen_name: Option<ShownName>,
    pub(crate) label: Option<String>,
    pub(crate) lang: Option<Lang>,
    pub(crate) new_tab: bool,
    pub(crate) class: Option<ClassList>,
    pub(crate) id: Option<ElementId>,
    pub(crate) look: Look,
}

/// The values given so far, each already checked on its own. A key whose value was wrong is
/// in `keys` but has no value, so it is not reported again as missing.
#[derive(Default)]
struct Given {
    /// The keys given, by name, with where each was written. Names are compared as
    /// `&str`: an `Ident` compares by asking the compiler for its text each time.
    keys: Vec<(&'static str, Span)>,
    recipient: Option<RecipientId>,
    track: Option<PathBuf>,
    text: Option<String>,
    welcome_message_id: Option<WelcomeMessageId>,
    host: Option<Host>,
    screen_name: Option<ScreenName>,
    show_screen_name: Option<bool>,
    style: Option<(Style, Span)>,
    label: Option<String>,
    lang: Option<Lang>,
    new_tab: Option<bool>,
    class: Option<ClassList>,
    id: Option<ElementId>,
    widget: Option<bool>,
    script: Option<bool>,
    dnt: Option<bool>,
}

impl Given {
    /// Where the key `name` was given, if it was.
    fn key(&self, name: &str) -> Option<Span> {
        self.keys
            .iter()
            .find(|(given, _)| *given == name)
            .map(|(_, span)| *span)
    }
}

/// Checks `args` for `which` macro: the options if all is well, else an error per mistake
/// in `errors`.
pub(crate) fn check(which: Macro, args: Vec<Arg>, errors: &mut Vec<syn::Error>) -> Option<Options> {
    // A syntax error may hide the recipient: then its absence is not a mistake of its own.
    let mut recipient_may_be_hidden = !errors.is_empty();
    let mut given = Given::default();
    for arg in args {
        let name = arg.name.as_str();
        let Some(key) = Key::find(name).filter(|key| which == Macro::Button || key.in_link) else {
            recipient_may_be_hidden |= closest(name, ["recipient"]).is_some();
            errors.push(unknown_key(which, arg.span, name));
            continue;
        };
        if given.key(name).is_some() {
            errors.push(syn::Error::new(
                arg.span,
                format!("`{name}` is given twice: keep one"),
            ));
            continue;
        }
        given.keys.push((key.name, arg.span));
        if let Err(error) = take(&mut given, which, key, &arg) {
            errors.push(error);
        }
    }
    if given.key("recipient").is_none() && !recipient_may_be_hidden {
        errors.push(syn::Error::new(
            Span::call_site(),
            format!(
                "{} needs the recipient's numeric user ID: add `recipient = 3805104374` (with \
                 the account's own ID)",
                which.name()
            ),
        ));
    }
    check_combinations(&given, errors);
    if !errors.is_empty() {
        return None;
    }
    let look = match given.widget {
        Some(true) => Look::Widget {
            style: match given.style {
                Some((style, _)) => WidgetStyle::try_from(style).ok()?,
                None => WidgetStyle::Compact,
            },
            script: given.script.unwrap_or(false),
            dnt: given.dnt.unwrap_or(false),
        },
        _ => Look::Static(given.style.map(|(style, _)| style).unwrap_or_default()),
    };
    Some(Options {
        recipient: given.recipient?,
        track: given.track,
        text: given.text,
        welcome_message_id: given.welcome_message_id,
        host: given.host.unwrap_or_default(),
        screen_name: given.screen_name.map(|name| ShownName {
            name,
            shown: given.show_screen_name.unwrap_or(true),
        }),
        label: given.label,
        lang: given.lang,
        new_tab: given.new_tab.unwrap_or(false),
        class: given.class,
        id: given.id,
        look,
    })
}

/// Checks one argument's value and records it.
fn take(given: &mut Given, which: Macro, key: &Key, arg: &Arg) -> syn::Result<()> {
    let value = &arg.value;
    match value {
        Value::NotLiteral(tokens) => return Err(not_literal(which, key, tokens)),
        Value::Malformed => return Ok(()),
        Value::Str(..) | Value::Int(..) | Value::Lit(_) | Value::Negative(..) => {}
    }
    match key.name {
        "recipient" => given.recipient = Some(recipient(key, value, &mut given.track)?),
        "welcome_message_id" => given.welcome_message_id = Some(parse_id(key, value)?),
        "text" => {
            let (text, span) = string(key, value)?;
            if text.is_empty() {
                return Err(syn::Error::new(
                    span,
                    "`text` is empty: leave it out, or give the message to prefill",
                ));
            }
            given.text = Some(parse::<MessageText>(&text, span)?.into_string());
        }
        "host" => given.host = Some(parse_string(key, value)?),
        "screen_name" => given.screen_name = Some(parse_string(key, value)?),
        "show_screen_name" => given.show_screen_name = Some(boolean(key, value)?),
        "style" => {
            let (text, span) = string(key, value)?;
            given.style = Some((parse(&text, span)?, span));
        }
        "label" => {
            let (label, span) = string(key, value)?;
            if label.trim().is_empty() {
                return Err(syn::Error::new(
                    span,
                    "`label` is blank: leave it out for the built-in label (\"Message\", or its \
                     translation for `lang`)",
                ));
            }
            given.label = Some(label.into_owned());
        }
        "lang" => given.lang = Some(parse_string(key, value)?),
        "new_tab" => given.new_tab = Some(boolean(key, value)?),
        "class" => given.class = Some(parse_string(key, value)?),
        "id" => given.id = Some(parse_string(key, value)?),
        "widget" => given.widget = Some(boolean(key, value)?),
        "script" => given.script = Some(boolean(key, value)?),
        "dnt" => given.dnt = Some(boolean(key, value)?),
        _ => return Err(unknown_key(which, arg.span, key.name)),
    }
    Ok(())
}

/// The combinations that have no meaning, each reported at the key that makes it so.
fn check_combinations(given: &Given, errors: &mut Vec<syn::Error>) {
    let widget = given.widget == Some(true);
    for error in [
        CombinationError::ScriptWithoutWidget,
        CombinationError::DntWithoutWidget,
    ] {
        if let Some(span) = given.key(error.key()).filter(|_| !widget) {
            errors.push(syn::Error::new(span, error));
        }
    }
    if let Some((style, span)) = given.style.filter(|_| widget)
        && let Err(error @ WidgetStyleError::NotInWidget { .. }) = WidgetStyle::try_from(style)
    {
        errors.push(syn::Error::new(span, error));
    }
    if let Some(span) = given.key("show_screen_name")
        && given.key("screen_name").is_none()
    {
        errors.push(syn::Error::new(
            span,
            CombinationError::ShowScreenNameWithoutScreenName,
        ));
    }
}

fn unknown_key(which: Macro, span: Span, name: &str) -> syn::Error {
    if which == Macro::Link && Key::find(name).is_some() {
        return syn::Error::new(
            span,
            format!(
                "`{name}` changes the button, not the link: dm_link! takes only recipient, text, \
                 welcome_message_id and host; use dm_button! for a button"
            ),
        );
    }
    syn::Error::new(
        span,
        unknown_key_message(name, "key", which.name(), which.keys()),
    )
}

fn not_literal(which: Macro, key: &Key, tokens: &TokenStream) -> syn::Error {
    let run_time = match (which, key.name) {
        (_, "recipient") => {
            "for an ID known only at run time, parse it into a `dm_button::RecipientId` and build \
             the button with `DmButton::new(id)`"
        }
        (Macro::Link, _) => {
            "for a value known only at run time, build the link with `DmButton::new(id)` and \
             `.href()`"
        }
        (Macro::Button, _) => {
            "for a value known only at run time, build the button with `dm_button::DmButton`"
        }
    };
    syn::Error::new_spanned(
        tokens,
        format!(
            "`{name}` needs a literal, such as `{name} = {example}`, because {macro_name} checks \
             it at compile time; {run_time}",
            name = key.name,
            example = key.example,
            macro_name = which.name(),
        ),
    )
}

fn wrong_kind(key: &Key, value: &Value) -> syn::Error {
    let takes = match (key.kind, value) {
        (Kind::Bool, Value::Str(text, _)) if matches!(text.as_str(), "true" | "false") => {
            "`true` or `false`, without quotes"
        }
        (Kind::Bool, _) => "`true` or `false`",
        (Kind::Str, _) => "a string literal",
        (Kind::Id, _) if key.name == "recipient" => {
            "the account's numeric user ID, as an integer or a string of digits, or a screen name \
             listed in dm-button.toml (`\"@furni\"`)"
        }
        (Kind::Id, _) => "a numeric ID, as an integer or a string of digits",
    };
    value.error(format!(
        "`{name}` takes {takes}: `{name} = {example}`",
        name = key.name,
        example = key.example
    ))
}

/// The value of a string literal: borrowed from a plain one, unescaped from any other.
fn string<'v>(key: &Key, value: &'v Value) -> syn::Result<(Cow<'v, str>, Span)> {
    match value {
        Value::Str(text, span) => Ok((Cow::Borrowed(text), *span)),
        Value::Lit(Lit::Str(text)) => Ok((Cow::Owned(unsuffixed(key, text)?), text.span())),
        _ => Err(wrong_kind(key, value)),
    }
}

/// The value of a string literal without a suffix: Rust lexes `"Hi"px` as one literal with
/// the suffix `px`, which has no meaning here and would otherwise be dropped in silence.
fn unsuffixed(key: &Key, text: &LitStr) -> syn::Result<String> {
    match text.suffix() {
        "" => Ok(text.value()),
        suffix => Err(syn::Error::new(
            text.span(),
            format!(
                "remove the `{suffix}` after the closing quote: `{name}` takes a plain string \
                 literal, such as `{name} = {example}`",
                name = key.name,
                example = key.example,
            ),
        )),
    }
}

fn boolean(key: &Key, value: &Value) -> syn::Result<bool> {
    match value {
        Value::Lit(Lit::Bool(flag)) => Ok(flag.value),
        _ => Err(wrong_kind(key, value)),
    }
}

/// A string literal, parsed by the type's own `FromStr`: its error is the message.
fn parse_string<T>(key: &Key, value: &Value) -> syn::Result<T>
where
    T: FromStr,
    T::Err: Display,
{
    let (text, span) = string(key, value)?;
    parse(&text, span)
}

fn parse<T>(text: &str, span: Span) -> syn::Result<T>
where
    T: FromStr,
    T::Err: Display,
{
    text.parse().map_err(|error| syn::Error::new(span, error))
}

/// The recipient: an ID, or a screen name (`"@furni"`, `"furni"`) looked up in the nearest
/// `dm-button.toml`, which the expansion then tracks (see `names`).
fn recipient(key: &Key, value: &Value, track: &mut Option<PathBuf>) -> syn::Result<RecipientId> {
    let (text, span) = match value {
        Value::Str(text, span) => (Cow::Borrowed(text.as_str()), *span),
        Value::Lit(Lit::Str(text)) => (Cow::Owned(unsuffixed(key, text)?), text.span()),
        _ => return parse_id(key, value),
    };
    match text.parse::<Recipient>() {
        Ok(Recipient::Id(id)) => Ok(id),
        Ok(Recipient::Name(name)) => {
            let found = names::lookup(&name).map_err(|message| syn::Error::new(span, message))?;
            if found.track.is_some() {
                *track = found.track;
            }
            Ok(found.id)
        }
        Err(error) => Err(syn::Error::new(span, error)),
    }
}

/// An ID, from an integer literal, a string of digits, or (to report it) a negative number:
/// all go through the ID type's `FromStr`.
fn parse_id<T>(key: &Key, value: &Value) -> syn::Result<T>
where
    T: FromStr,
    T::Err: Display,
{
    match value {
        Value::Lit(Lit::Int(int)) => parse(&decimal_digits(key, int)?, int.span()),
        Value::Int(digits, span) | Value::Str(digits, span) => parse(digits, *span),
        Value::Lit(Lit::Str(text)) => parse(&unsuffixed(key, text)?, text.span()),
        Value::Negative(_, Lit::Int(int)) => {
            let digits = decimal_digits(key, int)?;
            format!("-{digits}")
                .parse()
                .map_err(|error| value.error(error))
        }
        Value::Lit(Lit::Float(_)) | Value::Negative(_, Lit::Float(_)) => Err(value.error(format!(
            "`{name}` must be a whole number: X IDs are integers, and a float would round a \
                 large ID to another one: `{name} = {example}`",
            name = key.name,
            example = key.example
        ))),
        _ => Err(wrong_kind(key, value)),
    }
}

/// The digits of an integer literal, refusing what X never writes: a type suffix and bases
/// other than ten.
fn decimal_digits(key: &Key, int: &LitInt) -> syn::Result<String> {
    if !int.suffix().is_empty() {
        return Err(syn::Error::new(
            int.span(),
            format!(
                "remove the `{}` suffix: `{}` is an X ID, written as plain digits",
                int.suffix(),
                key.name
            ),
        ));
    }
    let written = int.to_string();
    if let Some(base) = ["0x", "0o", "0b"]
        .into_iter()
        .find(|base| written.starts_with(base))
    {
        return Err(syn::Error::new(
            int.span(),
            format!(
                "write `{}` in decimal, as X gives it: `{written}` has the `{base}` prefix of \
                 another base and means {}",
                key.name,
                int.base10_digits()
            ),
        ));
    }
    Ok(int.base10_digits().to_owned())
}
