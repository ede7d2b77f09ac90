//! minijinja (feature `minijinja`): buttons as safe values, and a `dm_button(...)` function
//! for templates.
//!
//! A button passed into a template with [`Value::from`] is a safe value: minijinja's
//! auto-escaping leaves its markup alone (it was escaped where it was made), and escapes the
//! rest of the template as usual. [`add_to_environment`] registers [`dm_button()`], which
//! builds a button while the template renders, from keyword arguments named after the
//! macro's keys, with the builder's rules.
//!
//! ```
//! use dm_button::{StaticButton, dm_button};
//! use minijinja::{Environment, Value, context};
//!
//! const MAIN: StaticButton = dm_button!(recipient = 3805104374, style = "large");
//!
//! let mut env = Environment::new(); // auto-escapes `.html` templates
//! dm_button::minijinja::add_to_environment(&mut env);
//! env.add_template(
//!     "contact.html",
//!     r#"{{ main }} {{ dm_button(recipient=user.id, screen_name=user.name, text="Hi & bye") }}"#,
//! )?;
//! let html = env.get_template("contact.html")?.render(context! {
//!     main => Value::from(MAIN),
//!     user => context! { id => "783214", name => "XDevelopers" },
//! })?;
//! assert!(html.starts_with(MAIN.as_str()));
//! assert!(html.contains("recipient_id=783214&amp;text=Hi%20%26%20bye"));
//! # Ok::<(), minijinja::Error>(())
//! ```
//!
//! A wrong argument is a template error that names it and carries the message the macro
//! gives at compile time; the function never panics:
//!
//! ```
//! # let mut env = minijinja::Environment::new();
//! # dm_button::minijinja::add_to_environment(&mut env);
//! let error = env
//!     .render_str(r#"{{ dm_button(recipient="@furni") }}"#, ())
//!     .unwrap_err();
//! assert!(error.to_string().contains("`recipient`: the recipient must be the numeric user ID"));
//! ```

use std::fmt::Display;
use std::str::FromStr;

use ::minijinja::value::{Kwargs, Rest, ValueKind};
use ::minijinja::{Environment, Error, ErrorKind, Value};
use dm_button_core::{CombinationError, KEYS, Key, unknown_key_message};

use crate::state::{Mode, Naming};
use crate::{
    ClassList, DmButton, ElementId, Host, Lang, RecipientId, ScreenName, StaticButton, Style,
    WelcomeMessageId, WidgetStyle,
};

/// Registers [`dm_button()`] as the template function `dm_button`.
///
/// ```
/// let mut env = minijinja::Environment::new();
/// dm_button::minijinja::add_to_environment(&mut env);
/// let html = env.render_str(r#"{{ dm_button(recipient=3805104374, style="icon") }}"#, ())?;
/// assert_eq!(html, dm_button::dm_button!(recipient = 3805104374, style = "icon").as_str());
/// # Ok::<(), minijinja::Error>(())
/// ```
pub fn add_to_environment(env: &mut Environment<'_>) {
    env.add_function("dm_button", dm_button);
}

/// The template function `dm_button(recipient=..., ...)`: a button built at render time.
///
/// Its keyword arguments are the keys of [`dm_button!`](crate::dm_button!), with the same
/// values: `recipient` and `welcome_message_id` as a number or a string of digits, `style`,
/// `lang`, `host`, `screen_name`, `class` and `id` as strings, `text` and `label` as any
/// string, `show_screen_name`, `new_tab`, `widget`, `script` and `dnt` as booleans. As with
/// the builder, free text cannot fail (an empty `text` prefills nothing); an argument that
/// is `none` or undefined counts as not given, so optional values need no `{% if %}`.
///
/// # Errors
///
/// A template error (`ErrorKind::InvalidOperation`) that names the argument and carries the
/// message the macro gives for the same mistake: a positional argument, an unknown argument
/// (with the closest key suggested), a missing `recipient`, a value of the wrong kind or
/// that does not parse, and the combinations the macro refuses (`script` or `dnt` without
/// `widget=true`, `show_screen_name` without `screen_name`, an `icon` or `link` widget).
///
/// ```
/// use minijinja::value::{Kwargs, Rest};
///
/// let kwargs = Kwargs::from_iter([("recipient", minijinja::Value::from(12345))]);
/// let button = dm_button::minijinja::dm_button(Rest(vec![]), kwargs)?;
/// assert!(button.is_safe());
/// # Ok::<(), minijinja::Error>(())
/// ```
pub fn dm_button(positional: Rest<Value>, kwargs: Kwargs) -> Result<Value, Error> {
    if !positional.is_empty() {
        return Err(error(
            "dm_button() takes keyword arguments only, named as the macro's keys: \
             `dm_button(recipient=\"3805104374\", text=\"Hello\")`"
                .to_owned(),
        ));
    }
    if let Some(unknown) = kwargs.args().find(|name| Key::find(name).is_none()) {
        let message = unknown_key_message(unknown, "argument", "dm_button()", KEYS.iter());
        return Err(error(format!("dm_button(): {message}")));
    }
    let Some(recipient) = id::<RecipientId>(&kwargs, "recipient")? else {
        return Err(error(
            "dm_button() needs the recipient's numeric user ID: add `recipient=\"3805104374\"` \
             (with the account's own ID)"
                .to_owned(),
        ));
    };
    let widget = boolean(&kwargs, "widget")?.unwrap_or(false);
    for combination in [
        CombinationError::ScriptWithoutWidget,
        CombinationError::DntWithoutWidget,
    ] {
        if !widget && kwargs.has(combination.key()) {
            return Err(invalid(combination.key(), combination));
        }
    }
    if kwargs.has("show_screen_name") && !kwargs.has("screen_name") {
        let combination = CombinationError::ShowScreenNameWithoutScreenName;
        return Err(invalid(combination.key(), combination));
    }
    let options = Options {
        text: string(&kwargs, "text")?,
        welcome_message_id: id(&kwargs, "welcome_message_id")?,
        host: parsed(&kwargs, "host")?,
        screen_name: parsed(&kwargs, "screen_name")?,
        show_screen_name: boolean(&kwargs, "show_screen_name")?,
        label: string(&kwargs, "label")?,
        lang: parsed(&kwargs, "lang")?,
        new_tab: boolean(&kwargs, "new_tab")?,
        class: parsed(&kwargs, "class")?,
        id: parsed(&kwargs, "id")?,
    };
    let button = if widget {
        let mut button = DmButton::widget(recipient)
            .script(boolean(&kwargs, "script")?.unwrap_or(false))
            .dnt(boolean(&kwargs, "dnt")?.unwrap_or(false));
        if let Some(style) = parsed::<WidgetStyle>(&kwargs, "style")? {
            button = button.style(style);
        }
        options.apply(button)
    } else {
        let mut button = DmButton::new(recipient);
        if let Some(style) = parsed::<Style>(&kwargs, "style")? {
            button = button.style(style);
        }
        options.apply(button)
    };
    Ok(button)
}

/// The options both markups take, read from the arguments.
struct Options {
    text: Option<String>,
    welcome_message_id: Option<WelcomeMessageId>,
    host: Option<Host>,
    screen_name: Option<ScreenName>,
    show_screen_name: Option<bool>,
    label: Option<String>,
    lang: Option<Lang>,
    new_tab: Option<bool>,
    class: Option<ClassList>,
    id: Option<ElementId>,
}

impl Options {
    /// The button with these options, rendered into a safe value.
    fn apply<M: Mode>(self, mut button: DmButton<'_, M>) -> Value {
        if let Some(text) = self.text {
            button = button.text(text);
        }
        if let Some(id) = self.welcome_message_id {
            button = button.welcome_message_id(id);
        }
        if let Some(host) = self.host {
            button = button.host(host);
        }
        if let Some(label) = self.label {
            button = button.label(label);
        }
        if let Some(lang) = self.lang {
            button = button.lang(lang);
        }
        if let Some(new_tab) = self.new_tab {
            button = button.new_tab(new_tab);
        }
        if let Some(class) = self.class {
            button = button.class(class);
        }
        if let Some(id) = self.id {
            button = button.id(id);
        }
        let button = button
            .screen_name_opt(self.screen_name)
            .show_screen_name(self.show_screen_name.unwrap_or(true));
        Value::from(&button)
    }
}

fn error(message: String) -> Error {
    Error::new(ErrorKind::InvalidOperation, message)
}

/// The error for the argument `name`, with the message dm-button gives for it.
fn invalid(name: &str, message: impl Display) -> Error {
    error(format!("dm_button(): invalid `{name}`: {message}"))
}

/// The argument `name`, unless it is missing, `none` or undefined.
fn value(kwargs: &Kwargs, name: &str) -> Result<Option<Value>, Error> {
    let value: Option<Value> = kwargs.get(name)?;
    Ok(value.filter(|value| !value.is_none() && !value.is_undefined()))
}

fn string(kwargs: &Kwargs, name: &'static str) -> Result<Option<String>, Error> {
    match value(kwargs, name)? {
        None => Ok(None),
        Some(value) => match value.as_str() {
            Some(text) => Ok(Some(text.to_owned())),
            None => Err(wrong_kind(name, &value)),
        },
    }
}

fn boolean(kwargs: &Kwargs, name: &'static str) -> Result<Option<bool>, Error> {
    match value(kwargs, name)? {
        None => Ok(None),
        Some(value) if value.kind() == ValueKind::Bool => Ok(Some(value.is_true())),
        Some(value) => Err(wrong_kind(name, &value)),
    }
}

/// A string argument, parsed by the type's own `FromStr`: its error is the message.
fn parsed<T>(kwargs: &Kwargs, name: &'static str) -> Result<Option<T>, Error>
where
    T: FromStr,
    T::Err: Display,
{
    string(kwargs, name)?
        .map(|text| text.parse().map_err(|message| invalid(name, message)))
        .transpose()
}

/// An ID, from a number or a string of digits, parsed by the ID's own `FromStr` (a number by
/// its decimal text, so that a float is refused, not rounded).
fn id<T>(kwargs: &Kwargs, name: &'static str) -> Result<Option<T>, Error>
where
    T: FromStr,
    T::Err: Display,
{
    let Some(value) = value(kwargs, name)? else {
        return Ok(None);
    };
    let text = match value.kind() {
        ValueKind::String | ValueKind::Number => value.to_string(),
        _ => return Err(wrong_kind(name, &value)),
    };
    text.parse()
        .map(Some)
        .map_err(|message| invalid(name, message))
}

fn wrong_kind(name: &'static str, value: &Value) -> Error {
    let (takes, example) = match Key::find(name).map(|key| key.kind) {
        Some(dm_button_core::Kind::Bool) => ("`true` or `false`", "true"),
        Some(dm_button_core::Kind::Id) => (
            "a numeric ID, as a number or a string of digits",
            "\"3805104374\"",
        ),
        _ => ("a string", "\"...\""),
    };
    error(format!(
        "dm_button(): invalid `{name}`: it takes {takes} (`{name}={example}`), not {}",
        value.kind()
    ))
}

/// The markup, as a value that auto-escaping leaves as it is.
///
/// ```
/// let value = minijinja::Value::from(dm_button::dm_button!(recipient = 12345));
/// assert!(value.is_safe());
/// ```
impl From<StaticButton> for Value {
    fn from(button: StaticButton) -> Self {
        Value::from_safe_string(button.as_str().to_owned())
    }
}

/// The markup, rendered once into a value that auto-escaping leaves as it is.
///
/// ```
/// use dm_button::{DmButton, RecipientId};
///
/// let value = minijinja::Value::from(DmButton::new(RecipientId::MIN).text("Hi"));
/// assert!(value.is_safe());
/// ```
impl<M: Mode, N: Naming> From<DmButton<'_, M, N>> for Value {
    fn from(button: DmButton<'_, M, N>) -> Self {
        Value::from(&button)
    }
}

/// The markup, rendered once into a value that auto-escaping leaves as it is.
///
/// ```
/// use dm_button::{DmButton, RecipientId};
///
/// let button = DmButton::new(RecipientId::MIN);
/// assert_eq!(minijinja::Value::from(&button).as_str(), Some(button.to_string().as_str()));
/// ```
impl<M: Mode, N: Naming> From<&DmButton<'_, M, N>> for Value {
    fn from(button: &DmButton<'_, M, N>) -> Self {
        Value::from_safe_string(button.to_string())
    }
}
