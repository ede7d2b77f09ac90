//! Checks the arguments against dm-button's rules.
//!
//! Every key, what it takes and how its value is parsed is `dm-button-core`'s table of keys,
//! whose rules are the value types' `FromStr`, the ones the run-time builder uses, and their
//! error messages are reported as they are: the macro and the builder say the same thing for
//! the same mistake. The combinations of keys that mean nothing are core's `Settings`'s,
//! shared with the template engines' function. What is checked only here is what only a
//! macro can get wrong: the kind of literal, unknown and repeated keys.

use std::borrow::Cow;
use std::path::PathBuf;

use dm_button_core::{
    BUTTONS_KEY, Contact, Literal, PanelSettings, Setting, Settings, closest, described,
    missing_recipient_message, unknown_key_message,
};
use proc_macro2::{Span, TokenStream};
use syn::{Lit, LitInt, LitStr};

use crate::ast::{Arg, Value};
use crate::key::{Key, Kind, Macro};
#[cfg(feature = "names")]
use crate::names;

/// Checked options, ready to render.
pub(crate) struct Options {
    pub(crate) settings: Settings<'static>,
    /// The `dm-button.toml` the recipient's name was looked up in, when the expansion must
    /// make Cargo track it.
    pub(crate) track: Option<PathBuf>,
}

/// The settings given so far, each already checked on its own. A key whose value was wrong
/// is in `keys` but has no setting, so it is not reported again as missing.
#[derive(Default)]
struct Given {
    /// The keys given, by name, with where the key and its value were written. Names are
    /// compared as `&str`: an `Ident` compares by asking the compiler for its text each time.
    keys: Vec<(&'static Key, Span, Span)>,
    settings: Settings<'static>,
    track: Option<PathBuf>,
}

impl Given {
    /// Where the key `name` was given, if it was.
    fn key(&self, name: &str) -> Option<Span> {
        self.keys
            .iter()
            .find(|(given, ..)| given.name == name)
            .map(|(_, span, _)| *span)
    }

    /// Where the value of the key `name` was written, if it was given.
    fn value(&self, name: &str) -> Option<Span> {
        self.keys
            .iter()
            .find(|(given, ..)| given.name == name)
            .map(|(.., span)| *span)
    }
}

/// Checks `args` for `which` macro: the options if all is well, else an error per mistake
/// in `errors`. `whole` is where the arguments are written, for a mistake of none of them
/// (no recipient): the macro's call, or a panel's button.
pub(crate) fn check(
    which: Macro,
    args: Vec<Arg>,
    whole: Span,
    errors: &mut Vec<syn::Error>,
) -> Option<Options> {
    // A syntax error may hide the recipient: then its absence is not a mistake of its own.
    let mut recipient_may_be_hidden = !errors.is_empty();
    let mut given = Given::default();
    for arg in args {
        let name = arg.name.as_str();
        let Some(key) = which.find(name) else {
            recipient_may_be_hidden |=
                closest(name, Key::recipient_keys().map(|key| key.name)).is_some();
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
        given.keys.push((key, arg.span, arg.value.span()));
        match take(&mut given.track, which, key, &arg.value) {
            Ok(Some(setting)) => given.settings.set(key, setting),
            Ok(None) => {}
            Err(error) => {
                errors.push(error);
                // A key with a wrong value still counts as given; a recipient key still says
                // which platform the button is for, so that the other keys are checked
                // against the right one.
                given.settings.given_wrong(key);
            }
        }
    }
    let recipient_given = given
        .keys
        .iter()
        .any(|(key, ..)| key.recipient_of.is_some());
    if !recipient_given && !recipient_may_be_hidden {
        errors.push(syn::Error::new(
            whole,
            missing_recipient_message(which.name(), " = "),
        ));
    }
    for problem in given.settings.problems() {
        let span = if problem.at_value {
            given.value(problem.key)
        } else {
            given.key(problem.key)
        };
        errors.push(syn::Error::new(
            span.unwrap_or_else(Span::call_site),
            problem.message,
        ));
    }
    if !errors.is_empty() || given.settings.recipient().is_none() {
        return None;
    }
    Some(Options {
        settings: given.settings,
        track: given.track,
    })
}

/// Checks a panel's own arguments (`buttons` aside) into `panel`: each key of the panel's
/// table at most once, each value by its key's rule. Returns where each key and its value
/// were written, for the panel's problems.
pub(crate) fn check_panel(
    args: Vec<Arg>,
    panel: &mut PanelSettings<'static>,
    track: &mut Option<PathBuf>,
    errors: &mut Vec<syn::Error>,
) -> Vec<(&'static str, Span, Span)> {
    let mut given: Vec<(&'static str, Span, Span)> = Vec::new();
    for arg in args {
        let name = arg.name.as_str();
        let Some(key) = Macro::Panel.find(name) else {
            errors.push(unknown_key(Macro::Panel, arg.span, name));
            continue;
        };
        if given.iter().any(|(given, ..)| *given == name) {
            errors.push(syn::Error::new(
                arg.span,
                format!("`{name}` is given twice: keep one"),
            ));
            continue;
        }
        given.push((key.name, arg.span, arg.value.span()));
        match take(track, Macro::Panel, key, &arg.value) {
            Ok(Some(setting)) => panel.set(key, setting),
            Ok(None) => {}
            Err(error) => {
                errors.push(error);
                panel.given_wrong(key);
            }
        }
    }
    given
}

/// Checks one argument's value by its key's rule: its setting, or none when the value is
/// malformed (which is already reported).
fn take(
    track: &mut Option<PathBuf>,
    which: Macro,
    key: &Key,
    value: &Value,
) -> syn::Result<Option<Setting<'static>>> {
    let text = match value {
        Value::NotLiteral(tokens) => return Err(not_literal(which, key, tokens)),
        Value::Malformed => return Ok(None),
        _ if key.kind == Kind::Bool => {
            let flag = boolean(key, value)?;
            return key
                .parse(Literal::Flag(flag))
                .map(Some)
                .map_err(|message| value.error(message));
        }
        _ if key.kind == Kind::Str => string(key, value)?.0,
        _ if key.kind == Kind::Recipient => match recipient(key, value, track)? {
            Some(setting) => return Ok(Some(setting)),
            None => id_digits(key, value)?,
        },
        _ => id_digits(key, value)?,
    };
    if let Some(rule) = key.literal {
        rule.check(key.name, &text)
            .map_err(|message| value.error(message))?;
    }
    // The literal's text is the macro's own `String`: the setting keeps a copy.
    key.parse(Literal::Text(&text))
        .map(|setting| Some(setting.into_owned()))
        .map_err(|message| value.error(hinted(key, &message)))
}

/// A value type's message, which says what is wrong in plain words (it is also what a form
/// shows an end user), with the macro's own advice after it: how the key is written, and for
/// X's recipient, that a name listed in dm-button.toml works too.
fn hinted(key: &Key, message: &str) -> String {
    let names = if key.kind == Kind::Recipient {
        format!(
            ", or a screen name that dm-button.toml lists: `{} = \"@furni\"`",
            key.name
        )
    } else {
        String::new()
    };
    format!(
        "{message}; for example `{name} = {example}`{names}",
        name = key.name,
        example = key.example,
    )
}

fn unknown_key(which: Macro, span: Span, name: &str) -> syn::Error {
    if matches!(which, Macro::Link | Macro::Qr) && Key::find(name).is_some() {
        return syn::Error::new(
            span,
            format!(
                "`{name}` changes the button, not the link: {macro_name} takes {}; use \
                 dm_button! for a button",
                described(which.keys()),
                macro_name = which.name(),
            ),
        );
    }
    if matches!(which, Macro::Button | Macro::Link | Macro::Qr)
        && dm_button_core::ENTRY_KEYS
            .iter()
            .any(|key| key.name == name)
    {
        return syn::Error::new(
            span,
            format!(
                "`{name}` is for the buttons of a contact panel, which say beside them when \
                 their person answers: put the button in `dm_panel!(timezone = ..., buttons = \
                 [(..., {name} = ...)])`"
            ),
        );
    }
    if which == Macro::Panel
        && (Key::find(name).is_some()
            || dm_button_core::ENTRY_KEYS
                .iter()
                .any(|key| key.name == name))
    {
        return syn::Error::new(
            span,
            format!(
                "`{name}` is a button's key, not the panel's: put it in the button's \
                 parentheses, `buttons = [(..., {name} = ...)]`; the panel takes {}",
                panel_keys()
            ),
        );
    }
    if which == Macro::Panel {
        return syn::Error::new(
            span,
            match closest(name, which.keys().map(|key| key.name).chain([BUTTONS_KEY])) {
                Some(suggestion) => format!("unknown key `{name}`: did you mean `{suggestion}`?"),
                None => format!("unknown key `{name}`: dm_panel! takes {}", panel_keys()),
            },
        );
    }
    syn::Error::new(
        span,
        unknown_key_message(name, "key", which.name(), which.keys()),
    )
}

/// The panel's keys, as its messages list them.
fn panel_keys() -> String {
    let mut names: Vec<&str> = Macro::Panel.keys().map(|key| key.name).collect();
    names.push(BUTTONS_KEY);
    names.join(", ")
}

fn not_literal(which: Macro, key: &Key, tokens: &TokenStream) -> syn::Error {
    let run_time = match (which, key.recipient_of) {
        (_, Some(platform)) => format!(
            "for a recipient known only at run time, parse it (as a `dm_button::Contact`, \
             `\"{}:...\"`, or its platform's type) and build the button with \
             `DmButton::to(contact)`",
            platform.as_str()
        ),
        (Macro::Link, _) => "for a value known only at run time, build the button with \
             `dm_button::DmButton` and take its `.href()`"
            .to_owned(),
        (Macro::Button | Macro::Qr, _) => {
            "for a value known only at run time, build the button with `dm_button::DmButton`"
                .to_owned()
        }
        (Macro::Entry | Macro::Panel, _) => "for a value known only at run time, build the \
             panel with `dm_button::ContactPanel`"
            .to_owned(),
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
        (Kind::Recipient, _) => {
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

/// The recipient given as a string that names an account (`"@furni"`, `"furni"`): its ID,
/// looked up in the nearest `dm-button.toml`, which the expansion then tracks (see `names`).
/// `None` for a value that is not such a string, which is read as an ID.
#[cfg(feature = "names")]
fn recipient(
    key: &Key,
    value: &Value,
    track: &mut Option<PathBuf>,
) -> syn::Result<Option<Setting<'static>>> {
    let Some(text) = string_recipient(key, value)? else {
        return Ok(None);
    };
    use dm_button_core::Recipient;

    match text.parse::<Recipient>() {
        Ok(Recipient::Id(id)) => Ok(Some(Setting::Contact(Contact::X(id)))),
        Ok(Recipient::Name(name)) => {
            let found = names::lookup(&name).map_err(|message| value.error(message))?;
            if found.track.is_some() {
                *track = found.track;
            }
            Ok(Some(Setting::Contact(Contact::X(found.id))))
        }
        Err(error) => Err(value.error(error)),
    }
}

/// Without the `names` feature, a recipient is an ID only: a string that names an account is
/// an error that says how to name recipients; any other is read as an ID, by its rule.
#[cfg(not(feature = "names"))]
fn recipient(
    key: &Key,
    value: &Value,
    _track: &mut Option<PathBuf>,
) -> syn::Result<Option<Setting<'static>>> {
    let Some(text) = string_recipient(key, value)? else {
        return Ok(None);
    };
    match text.parse::<dm_button_core::RecipientId>() {
        Ok(id) => Ok(Some(Setting::Contact(Contact::X(id)))),
        Err(dm_button_core::RecipientIdError::ScreenName { screen_name, .. }) => {
            Err(value.error(format!(
                "`{text}` names an account, and recipients by name need dm-button's `names` \
                 feature (on by default), which reads them from dm-button.toml: turn it on, \
                 or give the numeric ID, `{} = 3805104374` (`cargo dm-button add {screen_name}` \
                 looks it up on X)",
                key.name
            )))
        }
        Err(error) => Err(value.error(hinted(key, &error.to_string()))),
    }
}

/// A recipient given as a string, which may name an account; `None` for any other value,
/// which is read as an ID.
fn string_recipient<'v>(key: &Key, value: &'v Value) -> syn::Result<Option<Cow<'v, str>>> {
    match value {
        Value::Str(text, _) => Ok(Some(Cow::Borrowed(text.as_str()))),
        Value::Lit(Lit::Str(text)) => Ok(Some(Cow::Owned(unsuffixed(key, text)?))),
        _ => Ok(None),
    }
}

/// The digits of an ID, from an integer literal, a string of digits, or (to report it, by
/// the ID's rule) a negative number.
fn id_digits<'v>(key: &Key, value: &'v Value) -> syn::Result<Cow<'v, str>> {
    match value {
        Value::Lit(Lit::Int(int)) => Ok(Cow::Owned(decimal_digits(key, int)?)),
        Value::Int(digits, _) | Value::Str(digits, _) => Ok(Cow::Borrowed(digits)),
        Value::Lit(Lit::Str(text)) => Ok(Cow::Owned(unsuffixed(key, text)?)),
        Value::Negative(_, Lit::Int(int)) => {
            Ok(Cow::Owned(format!("-{}", decimal_digits(key, int)?)))
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
