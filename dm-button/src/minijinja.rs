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
    BUTTONS_KEY, ENTRY_KEYS, KEYS, Key, Kind, Literal, PANEL_KEYS, PanelSettings, Settings,
    missing_recipient_message, unknown_key_message,
};

use crate::state::Mode;
use crate::{DmButton, Panel, StaticButton, StaticPanel};

/// Registers [`dm_button()`] and [`dm_panel()`] as the template functions `dm_button` and
/// `dm_panel`.
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
    env.add_function("dm_panel", dm_panel);
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
    let settings = button_settings("dm_button()", &[], kwargs.args(), |name| {
        value(&kwargs, name)
    })?;
    match settings.spec() {
        Some(spec) => Ok(Value::from_safe_string(spec.to_html())),
        None => Err(error(missing_recipient_message("dm_button()", "="))),
    }
}

/// A button's settings from its arguments (`names`, read with `get`), as `owner` reports
/// them: each by its key's rule, then the combinations the macro refuses.
fn button_settings<'n>(
    owner: &str,
    keys: &'static [Key],
    mut names: impl Iterator<Item = &'n str>,
    get: impl Fn(&str) -> Result<Option<Value>, Error>,
) -> Result<Settings, Error> {
    let takes = |name: &str| Key::find(name).is_some() || keys.iter().any(|key| key.name == name);
    if let Some(unknown) = names.find(|name| !takes(name)) {
        let message = unknown_key_message(unknown, "argument", owner, KEYS.iter());
        return Err(error(format!("{owner}: {message}")));
    }
    let mut settings = Settings::default();
    for key in KEYS
        .iter()
        .chain(keys.iter().filter(|key| Key::find(key.name).is_none()))
    {
        if let Some(value) = get(key.name)? {
            let literal = literal(owner, key, &value)?;
            let setting = key
                .parse(literal.as_literal())
                .map_err(|message| invalid(owner, key.name, message))?;
            settings.set(key, setting);
        }
    }
    if let Some(problem) = settings.problems().into_iter().next() {
        return Err(invalid(owner, problem.key, problem.message));
    }
    Ok(settings)
}

/// The template function `dm_panel(title=..., buttons=[{...}, ...])`: a contact panel built
/// at render time. Its keyword arguments are the keys of [`dm_panel!`](crate::dm_panel!),
/// and `buttons` is a list of maps whose keys are `dm_button()`'s, with the same values and
/// rules.
///
/// # Errors
///
/// A template error that names the argument, or the button and its argument, and carries
/// the message the macro gives: every mistake `dm_button()` reports, an unknown argument of
/// the panel, no buttons, `qr=true` with no button whose link needs a phone.
///
/// ```
/// let mut env = minijinja::Environment::new();
/// dm_button::minijinja::add_to_environment(&mut env);
/// let html = env.render_str(
///     r#"{{ dm_panel(title="Talk to us", buttons=[{"email": "hello@example.com", "name": "Ana"}]) }}"#,
///     (),
/// )?;
/// assert_eq!(
///     html,
///     dm_button::dm_panel!(title = "Talk to us", buttons = [(email = "hello@example.com", name = "Ana")]).as_str()
/// );
/// # Ok::<(), minijinja::Error>(())
/// ```
pub fn dm_panel(positional: Rest<Value>, kwargs: Kwargs) -> Result<Value, Error> {
    const OWNER: &str = "dm_panel()";
    if !positional.is_empty() {
        return Err(error(
            "dm_panel() takes keyword arguments only, named as the macro's keys: \
             `dm_panel(title=\"Talk to us\", buttons=[{\"whatsapp\": \"+33 6 12 34 56 78\"}])`"
                .to_owned(),
        ));
    }
    if let Some(unknown) = kwargs
        .args()
        .find(|name| *name != BUTTONS_KEY && !PANEL_KEYS.iter().any(|key| key.name == *name))
    {
        let message = unknown_key_message(unknown, "argument", OWNER, PANEL_KEYS.iter());
        return Err(error(format!("{OWNER}: {message}")));
    }
    let mut panel = PanelSettings::default();
    for key in PANEL_KEYS {
        if let Some(value) = value(&kwargs, key.name)? {
            let literal = literal(OWNER, key, &value)?;
            let setting = key
                .parse(literal.as_literal())
                .map_err(|message| invalid(OWNER, key.name, message))?;
            panel.set(key, setting);
        }
    }
    if let Some(buttons) = value(&kwargs, BUTTONS_KEY)? {
        let items = buttons.try_iter().map_err(|_| {
            invalid(
                OWNER,
                BUTTONS_KEY,
                "it takes a list of maps, one per button",
            )
        })?;
        for (index, item) in items.enumerate() {
            let owner = format!("{OWNER}, button {}", index + 1);
            let names: Vec<String> = item
                .try_iter()
                .map_err(|_| invalid(&owner, BUTTONS_KEY, "each button is a map of its keys"))?
                .map(|name| name.to_string())
                .collect();
            let keys = names.iter().map(String::as_str);
            let settings = button_settings(&owner, ENTRY_KEYS, keys, |name| {
                Ok(item
                    .get_attr(name)
                    .ok()
                    .filter(|value| !value.is_none() && !value.is_undefined()))
            })?;
            if settings.recipient().is_none() {
                return Err(error(missing_recipient_message(&owner, "=")));
            }
            panel.push_entry(settings);
        }
    }
    if let Some(problem) = panel.problems().into_iter().next() {
        return Err(invalid(OWNER, problem.problem.key, problem.problem.message));
    }
    panel
        .render()
        .map(|rendered| Value::from_safe_string(rendered.to_html_at(std::time::SystemTime::now())))
        .map_err(|problem| invalid(OWNER, problem.problem.key, problem.problem.message))
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

fn invalid(owner: &str, name: &str, message: impl Display) -> Error {
    error(format!("{owner}: invalid `{name}`: {message}"))
}

/// The argument `name`, if given: `none` and undefined count as not given, so that an
/// optional field of the context can be passed as it is.
fn value(kwargs: &Kwargs, name: &str) -> Result<Option<Value>, Error> {
    let value: Option<Value> = kwargs.get(name)?;
    Ok(value.filter(|value| !value.is_none() && !value.is_undefined()))
}

/// The value in the kind the key takes: a string, a number or string for an ID, a bool.
fn literal(owner: &str, key: &Key, value: &Value) -> Result<Given, Error> {
    match (key.kind, value.kind()) {
        (Kind::Bool, ValueKind::Bool) => Ok(Given::Flag(value.is_true())),
        (Kind::Str, ValueKind::String) => {
            Ok(Given::Text(value.as_str().unwrap_or_default().to_owned()))
        }
        (Kind::Id | Kind::Recipient, ValueKind::String | ValueKind::Number) => {
            Ok(Given::Text(value.to_string()))
        }
        _ => Err(wrong_kind(owner, key, value)),
    }
}

fn wrong_kind(owner: &str, key: &Key, value: &Value) -> Error {
    let (takes, example) = match key.kind {
        Kind::Bool => ("`true` or `false`", "true"),
        Kind::Id | Kind::Recipient => (
            "a numeric ID, as a number or a string of digits",
            "\"3805104374\"",
        ),
        Kind::Str => ("a string", "\"...\""),
    };
    error(format!(
        "{owner}: invalid `{name}`: it takes {takes} (`{name}={example}`), not {}",
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

/// The panel as it is when the value is made (with opening hours, the away notes of that
/// moment).
impl From<StaticPanel> for Value {
    fn from(panel: StaticPanel) -> Self {
        Value::from_safe_string(panel.to_string())
    }
}

/// The panel's markup, rendered once into a value that auto-escaping leaves as it is.
///
/// ```
/// use dm_button::{ContactPanel, DmButton, RecipientId};
///
/// let panel = ContactPanel::new().button(DmButton::new(RecipientId::MIN)).build()?;
/// assert!(minijinja::Value::from(&panel).is_safe());
/// # Ok::<(), dm_button::PanelError>(())
/// ```
impl From<&Panel<'_>> for Value {
    fn from(panel: &Panel<'_>) -> Self {
        Value::from_safe_string(panel.to_html())
    }
}
