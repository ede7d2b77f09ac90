//! The template engines' functions, `dm_button(...)` and `dm_panel(...)`, read their
//! arguments here, once for every engine: each engine turns its own values into [`Arg`]s and
//! its own error type around the message; what a key takes, how its value is parsed, which
//! combinations mean nothing and every message come from dm-button-core's tables of keys, as
//! for the macros.

use std::borrow::Cow;

use dm_button_core::{
    BUTTONS_KEY, ENTRY_KEYS, KEYS, Key, Kind, Literal, PANEL_KEYS, PanelSettings, Setting,
    Settings, missing_recipient_message, unknown_key_message,
};

/// A template's value, as the keys tell them apart: borrowed from the engine's value where
/// the engine lends it, so that reading an argument copies nothing.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Arg<'a> {
    /// A string.
    Text(Cow<'a, str>),
    /// A number, as its digits (an ID).
    Number(String),
    /// `true` or `false`.
    Flag(bool),
    /// Anything else, by the engine's name for its kind (`"map"`, `"sequence"`...).
    Other(String),
}

impl Arg<'_> {
    /// The same value, owning its text: for an engine that lends a value only for the
    /// moment it is read (minijinja's map items).
    pub(crate) fn into_owned(self) -> Arg<'static> {
        match self {
            Self::Text(text) => Arg::Text(Cow::Owned(text.into_owned())),
            Self::Number(digits) => Arg::Number(digits),
            Self::Flag(flag) => Arg::Flag(flag),
            Self::Other(kind) => Arg::Other(kind),
        }
    }

    fn kind(&self) -> &str {
        match self {
            Self::Text(_) => "string",
            Self::Number(_) => "number",
            Self::Flag(_) => "bool",
            Self::Other(kind) => kind,
        }
    }
}

/// What an engine's arguments are visited with: each one's name, and its value (`None` when
/// it was given as none, an optional field of the context passed as it is), which lives as
/// long as the arguments (`'s`): the settings read from them borrow their text.
pub(crate) type Visit<'v, 's> = dyn FnMut(&str, Option<Arg<'s>>) -> Result<(), String> + 'v;

/// A call's named arguments, as an engine holds them.
pub(crate) trait Args {
    /// Calls `visit` with each argument given, in the engine's order, until it returns an
    /// error. Each is read once, in place: no name is looked up that was not given (an
    /// engine's lookup of a missing name can cost more than the button: minijinja builds an
    /// error), and nothing is collected.
    fn each<'s>(&'s self, visit: &mut Visit<'_, 's>) -> Result<(), String>;
}

/// `{owner}: invalid `{name}`: {message}`: every message names the call and the argument.
pub(crate) fn invalid(owner: &str, name: &str, message: impl std::fmt::Display) -> String {
    format!("{owner}: invalid `{name}`: {message}")
}

/// A button's settings from its arguments, as `owner` reports them (`extra`: the keys a
/// panel's button takes besides a button's): each by its key's rule, then the combinations
/// the macro refuses.
fn settings<'s>(
    owner: &str,
    extra: &'static [Key],
    args: &'s dyn Args,
) -> Result<Settings<'s>, String> {
    let find = |name: &str| Key::find(name).or_else(|| extra.iter().find(|k| k.name == name));
    let mut settings = Settings::default();
    let set = |key, setting| settings.set(key, setting);
    read(owner, args, None, find, KEYS, set)?;
    if let Some(problem) = settings.problems().into_iter().next() {
        return Err(invalid(owner, problem.key, problem.message));
    }
    Ok(settings)
}

/// Reads each argument by its key (`find`; `skip` names one that the caller reads itself)
/// and hands its parsed value to `set`. An unknown name is the error, with the closest of
/// `known` suggested, wherever it stands among the arguments; otherwise the first value its
/// key refuses is.
fn read<'s>(
    owner: &str,
    args: &'s dyn Args,
    skip: Option<&str>,
    find: impl Fn(&str) -> Option<&'static Key>,
    known: &'static [Key],
    mut set: impl FnMut(&'static Key, Setting<'s>),
) -> Result<(), String> {
    let mut refused = None;
    args.each(&mut |name, value| {
        if skip == Some(name) {
            return Ok(());
        }
        let Some(key) = find(name) else {
            let message = unknown_key_message(name, "argument", owner, known.iter());
            return Err(format!("{owner}: {message}"));
        };
        if let (Some(value), None) = (value, &refused) {
            match parse(owner, key, value) {
                Ok(setting) => set(key, setting),
                Err(message) => refused = Some(message),
            }
        }
        Ok(())
    })?;
    refused.map_or(Ok(()), Err)
}

/// The value by its key's rule: free text given as a string the engine lends keeps borrowing
/// it (no copy while the page renders); any other value is parsed from its text.
fn parse<'s>(owner: &str, key: &'static Key, value: Arg<'s>) -> Result<Setting<'s>, String> {
    if let (Kind::Str, Arg::Text(Cow::Borrowed(text))) = (key.kind, &value) {
        return key
            .parse(Literal::Text(text))
            .map_err(|message| invalid(owner, key.name, message));
    }
    literal(owner, key, &value)
        .and_then(|literal| {
            key.parse(literal)
                .map_err(|message| invalid(owner, key.name, message))
        })
        .map(Setting::into_owned)
}

/// The value as a literal of the kind the key takes: a string, a number or a string for an
/// ID, a bool.
fn literal<'v>(owner: &str, key: &'static Key, value: &'v Arg<'_>) -> Result<Literal<'v>, String> {
    Ok(match (key.kind, value) {
        (Kind::Bool, Arg::Flag(flag)) => Literal::Flag(*flag),
        (Kind::Str, Arg::Text(text)) => Literal::Text(text),
        (Kind::Id | Kind::Recipient, Arg::Text(text)) => Literal::Text(text),
        (Kind::Id | Kind::Recipient, Arg::Number(digits)) => Literal::Text(digits),
        _ => {
            let (takes, example) = match key.kind {
                Kind::Bool => ("`true` or `false`", "true"),
                Kind::Id | Kind::Recipient => (
                    "a numeric ID, as a number or a string of digits",
                    "\"3805104374\"",
                ),
                Kind::Str => ("a string", "\"...\""),
            };
            return Err(format!(
                "{owner}: invalid `{name}`: it takes {takes} (`{name}={example}`), not {}",
                value.kind(),
                name = key.name,
            ));
        }
    })
}

/// `dm_button(...)`: the button's markup.
pub(crate) fn button(owner: &str, args: &dyn Args) -> Result<String, String> {
    let settings = settings(owner, &[], args)?;
    match settings.spec() {
        Some(spec) => Ok(spec.to_html_bounded()),
        None => Err(missing_recipient_message(owner, "=")),
    }
}

/// `dm_panel(...)`: the panel's markup at the current time. `buttons` is the `buttons`
/// argument read as a list of each button's arguments (`Err` with the engine's name for
/// what it is when it is no list), or `None` when it was not given.
pub(crate) fn panel(
    owner: &str,
    args: &dyn Args,
    buttons: Option<Result<Vec<Box<dyn Args + '_>>, String>>,
) -> Result<String, String> {
    let find = |name: &str| PANEL_KEYS.iter().find(|key| key.name == name);
    // The entries' settings borrow from their arguments, which therefore outlive the panel.
    let entries: Vec<Box<dyn Args + '_>>;
    let mut panel = PanelSettings::default();
    let set = |key, setting| panel.set(key, setting);
    read(owner, args, Some(BUTTONS_KEY), find, PANEL_KEYS, set)?;
    if let Some(buttons) = buttons {
        entries = buttons.map_err(|kind| {
            invalid(
                owner,
                BUTTONS_KEY,
                format!("it takes a list of maps, one per button, not {kind}"),
            )
        })?;
        for (index, button) in entries.iter().enumerate() {
            let owner = format!("{owner}, button {}", index + 1);
            let settings = settings(&owner, ENTRY_KEYS, button.as_ref())?;
            if settings.recipient().is_none() {
                return Err(missing_recipient_message(&owner, "="));
            }
            panel.push_entry(settings);
        }
    }
    if let Some(problem) = panel.problems().into_iter().next() {
        return Err(invalid(owner, problem.problem.key, problem.problem.message));
    }
    panel
        .render()
        .map(|rendered| rendered.to_html_at(std::time::SystemTime::now()))
        .map_err(|problem| invalid(owner, problem.problem.key, problem.problem.message))
}
