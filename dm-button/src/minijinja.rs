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

use std::borrow::Cow;

use ::minijinja::value::{Kwargs, Rest, ValueKind};
use ::minijinja::{Environment, Error, ErrorKind, Value};
use dm_button_core::BUTTONS_KEY;

use crate::template_args::{self, Arg, Args, Visit};

use crate::trusted::{for_each_trusted, safe_value_from};

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
    keyword_only(
        &positional,
        r#"dm_button(recipient="3805104374", text="Hello")"#,
    )?;
    template_args::button("dm_button()", &KwargsArgs(&kwargs))
        .map(Value::from_safe_string)
        .map_err(error)
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
    keyword_only(
        &positional,
        r#"dm_panel(title="Talk to us", buttons=[{"whatsapp": "+33 6 12 34 56 78"}])"#,
    )?;
    let args = KwargsArgs(&kwargs);
    let list: Option<Value> = kwargs.get(BUTTONS_KEY).ok().flatten();
    let buttons = list.filter(given).map(|list| match list.kind() {
        ValueKind::Seq | ValueKind::Iterable => list
            .try_iter()
            .map(|items| {
                items
                    .map(|item| Box::new(MapArgs(item)) as Box<dyn Args>)
                    .collect::<Vec<_>>()
            })
            .map_err(|_| list.kind().to_string()),
        kind => Err(kind.to_string()),
    });
    template_args::panel("dm_panel()", &args, buttons)
        .map(Value::from_safe_string)
        .map_err(error)
}

/// The error for a positional argument: the function's arguments are named as the macro's
/// keys, as `example` shows (a call whose name runs to its `(`).
fn keyword_only(positional: &Rest<Value>, example: &str) -> Result<(), Error> {
    if positional.is_empty() {
        return Ok(());
    }
    let name = example.split('(').next().unwrap_or(example);
    Err(error(format!(
        "{name}() takes keyword arguments only, named as the macro's keys: `{example}`"
    )))
}

/// Whether a value counts as given: `none` and undefined do not, so that an optional field
/// of the context can be passed as it is.
fn given(value: &Value) -> bool {
    !value.is_none() && !value.is_undefined()
}

/// A value as the keys read it.
fn arg(value: &Value) -> Option<Arg<'_>> {
    if !given(value) {
        return None;
    }
    Some(match value.kind() {
        ValueKind::Bool => Arg::Flag(value.is_true()),
        ValueKind::String => Arg::Text(Cow::Borrowed(value.as_str().unwrap_or_default())),
        ValueKind::Number => Arg::Number(value.to_string()),
        kind => Arg::Other(kind.to_string()),
    })
}

/// A call's keyword arguments.
struct KwargsArgs<'a>(&'a Kwargs);

impl Args for KwargsArgs<'_> {
    // `peek` lends the value; `get` would also record the name as used, for an
    // `assert_all_used` that the reader does not need (it refuses unknown names itself).
    fn each<'s>(&'s self, visit: &mut Visit<'_, 's>) -> Result<(), String> {
        self.0.args().try_for_each(|name| {
            let value = self.0.peek::<Option<&Value>>(name).ok().flatten();
            visit(name, value.and_then(arg))
        })
    }
}

/// A panel's button: a map of its arguments.
struct MapArgs(Value);

impl Args for MapArgs {
    fn each<'s>(&'s self, visit: &mut Visit<'_, 's>) -> Result<(), String> {
        let Ok(mut names) = self.0.try_iter() else {
            return Ok(());
        };
        names.try_for_each(|name| {
            let value = self.0.get_item(&name).ok();
            // A key that is not a string is named as the template writes it, to be refused.
            let written = name
                .as_str()
                .map_or_else(|| Cow::Owned(name.to_string()), Cow::Borrowed);
            // The item is the map's answer of the moment: its text is copied.
            visit(&written, value.as_ref().and_then(arg).map(Arg::into_owned))
        })
    }
}

fn error(message: String) -> Error {
    Error::new(ErrorKind::InvalidOperation, message)
}

/// A safe value: the markup, which auto-escaping leaves as it is. Every button and panel
/// converts into one, by value or by reference.
fn safe_value(html: String) -> Value {
    Value::from_safe_string(html)
}

for_each_trusted!(safe_value_from; Value, safe_value);
