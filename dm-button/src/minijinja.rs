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

use ::minijinja::value::{Kwargs, Rest, ValueKind};
use ::minijinja::{Environment, Error, ErrorKind, Value};
use dm_button_core::{
    KEYS, Key, Kind, Literal, Settings, missing_recipient_message, unknown_key_message,
};

use crate::state::Mode;
use crate::{DmButton, StaticButton};

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
/// values: `recipient` and `welcome_message_id` as a number or a string of digits, the other
/// platforms' recipient keys (`whatsapp`, `telegram`, `messenger`, `instagram`, `email`),
/// `style`, `lang`, `host`, `screen_name`, `class` and `id` as strings, `text`, `subject` and
/// `label` as any string, `show_screen_name`, `new_tab`, `widget`, `script` and `dnt` as
/// booleans, each on the platforms that take it. As with
/// the builder, free text cannot fail (an empty `text` prefills nothing); an argument that
/// is `none` or undefined counts as not given, so optional values need no `{% if %}`.
///
/// # Errors
///
/// A template error (`ErrorKind::InvalidOperation`) that names the argument and carries the
/// message the macro gives for the same mistake: a positional argument, an unknown argument
/// (with the closest key suggested), no recipient key or two, a value of the wrong kind or
/// that does not parse, and the combinations the macro refuses (a key the platform does not
/// take, `script` or `dnt` without `widget=true`, `show_screen_name` without
/// `screen_name`, an `icon` or `link` widget).
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
    let mut settings = Settings::default();
    for key in KEYS {
        if let Some(value) = value(&kwargs, key.name)? {
            let literal = literal(key, &value)?;
            let setting = key
                .parse(literal.as_literal())
                .map_err(|message| invalid(key.name, message))?;
            settings.set(key, setting);
        }
    }
    if let Some(problem) = settings.problems().into_iter().next() {
        return Err(invalid(problem.key, problem.message));
    }
    match settings.spec() {
        Some(spec) => Ok(Value::from_safe_string(spec.to_html())),
        None => Err(error(missing_recipient_message("dm_button()", "="))),
    }
}

/// A template value, as the key's rule reads it.
enum Given {
    Text(String),
    Flag(bool),
}

impl Given {
    fn as_literal(&self) -> Literal<'_> {
        match self {
            Self::Text(text) => Literal::Text(text),
            Self::Flag(flag) => Literal::Flag(*flag),
        }
    }
}

fn error(message: String) -> Error {
    Error::new(ErrorKind::InvalidOperation, message)
}

fn invalid(name: &str, message: impl Display) -> Error {
    error(format!("dm_button(): invalid `{name}`: {message}"))
}

/// The argument `name`, if given: `none` and undefined count as not given, so that an
/// optional field of the context can be passed as it is.
fn value(kwargs: &Kwargs, name: &str) -> Result<Option<Value>, Error> {
    let value: Option<Value> = kwargs.get(name)?;
    Ok(value.filter(|value| !value.is_none() && !value.is_undefined()))
}

/// The value in the kind the key takes: a string, a number or string for an ID, a bool.
fn literal(key: &Key, value: &Value) -> Result<Given, Error> {
    match (key.kind, value.kind()) {
        (Kind::Bool, ValueKind::Bool) => Ok(Given::Flag(value.is_true())),
        (Kind::Str, ValueKind::String) => {
            Ok(Given::Text(value.as_str().unwrap_or_default().to_owned()))
        }
        (Kind::Id | Kind::Recipient, ValueKind::String | ValueKind::Number) => {
            Ok(Given::Text(value.to_string()))
        }
        _ => Err(wrong_kind(key, value)),
    }
}

fn wrong_kind(key: &Key, value: &Value) -> Error {
    let (takes, example) = match key.kind {
        Kind::Bool => ("`true` or `false`", "true"),
        Kind::Id | Kind::Recipient => (
            "a numeric ID, as a number or a string of digits",
            "\"3805104374\"",
        ),
        Kind::Str => ("a string", "\"...\""),
    };
    error(format!(
        "dm_button(): invalid `{name}`: it takes {takes} (`{name}={example}`), not {}",
        value.kind(),
        name = key.name,
    ))
}

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
impl<M: Mode> From<DmButton<'_, M>> for Value {
    fn from(button: DmButton<'_, M>) -> Self {
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
impl<M: Mode> From<&DmButton<'_, M>> for Value {
    fn from(button: &DmButton<'_, M>) -> Self {
        Value::from_safe_string(button.to_html())
    }
}
