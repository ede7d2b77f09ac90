//! Tera 2 (feature `tera`): buttons and panels as safe values, and the `dm_button(...)` and
//! `dm_panel(...)` functions.
//!
//! Tera escapes what a template prints unless the value is a safe string. A button or a
//! panel turned into a [`tera::Value`] is one (its markup was escaped where it was made), so
//! it prints as markup, and the rest of the template is escaped as usual. [`register`] adds
//! the functions, which build a button or a panel while the template renders, from keyword
//! arguments named after the macros' keys, with the builder's rules and the macros'
//! messages (the same reading of the arguments as minijinja's functions).
//!
//! ```
//! use dm_button::{StaticButton, dm_button};
//! use tera::{Context, Tera, Value};
//!
//! const MAIN: StaticButton = dm_button!(recipient = 3805104374, style = "large");
//!
//! let mut tera = Tera::default();
//! tera.autoescape_on(vec![".html"]);
//! dm_button::tera::register(&mut tera);
//! tera.add_raw_template(
//!     "contact.html",
//!     r#"{{ main }} {{ dm_button(recipient=user_id, text="Hi & bye") }} {{ note }}"#,
//! )?;
//! let mut context = Context::new();
//! context.insert_value("main", Value::from(MAIN));
//! context.insert("user_id", &"783214");
//! context.insert("note", &"<b>escaped</b>");
//! let html = tera.render("contact.html", &context)?;
//! assert!(html.starts_with(MAIN.as_str()));
//! assert!(html.contains("recipient_id=783214&amp;text=Hi%20%26%20bye"));
//! assert!(html.ends_with("&lt;b&gt;escaped&lt;&#x2F;b&gt;") || html.ends_with("&lt;b&gt;escaped&lt;/b&gt;"));
//! # Ok::<(), tera::Error>(())
//! ```
//!
//! A wrong argument is a template error that names it and carries the message the macro
//! gives; the functions never panic:
//!
//! ```
//! let mut tera = tera::Tera::default();
//! dm_button::tera::register(&mut tera);
//! tera.add_raw_template("t", r#"{{ dm_button(recipient="@furni") }}"#)?;
//! let error = tera.render("t", &tera::Context::new()).unwrap_err();
//! let message = format!("{error:?}");
//! assert!(message.contains("`recipient`: the recipient must be the numeric user ID"), "{message}");
//! # Ok::<(), tera::Error>(())
//! ```

use std::borrow::Cow;

use ::tera::value::{Key, ValueKind};
use ::tera::{Error, Kwargs, State, Tera, TeraResult, Value};
use dm_button_core::BUTTONS_KEY;

use crate::template_args::{self, Arg, Args, Visit};
use crate::trusted::{for_each_trusted, safe_value_from};

/// Registers the template functions `dm_button(...)` and `dm_panel(...)`.
///
/// ```
/// let mut tera = tera::Tera::default();
/// dm_button::tera::register(&mut tera);
/// tera.add_raw_template("t", r#"{{ dm_button(recipient=3805104374, style="icon") }}"#)?;
/// let html = tera.render("t", &tera::Context::new())?;
/// assert_eq!(html, dm_button::dm_button!(recipient = 3805104374, style = "icon").as_str());
/// # Ok::<(), tera::Error>(())
/// ```
pub fn register(tera: &mut Tera) {
    tera.register_function("dm_button", dm_button);
    tera.register_function("dm_panel", dm_panel);
}

/// `dm_button(recipient=..., ...)`: a button built at render time, from the macro's keys.
fn dm_button(kwargs: Kwargs, _: &State<'_>) -> TeraResult<Value> {
    template_args::button("dm_button()", &KwargsArgs(&kwargs))
        .map(|html| Value::safe_string(&html))
        .map_err(Error::message)
}

/// `dm_panel(title=..., buttons=[{...}, ...])`: a contact panel built at render time.
fn dm_panel(kwargs: Kwargs, _: &State<'_>) -> TeraResult<Value> {
    let list = kwargs
        .iter()
        .find(|(key, _)| key.as_str() == Some(BUTTONS_KEY))
        .map(|(_, value)| value.clone())
        .filter(given);
    let buttons = list.as_ref().map(|list| match list.as_array() {
        Some(items) => Ok(items
            .iter()
            .map(|item| Box::new(MapArgs(item)) as Box<dyn Args>)
            .collect()),
        None => Err(kind(list).to_owned()),
    });
    template_args::panel("dm_panel()", &KwargsArgs(&kwargs), buttons)
        .map(|html| Value::safe_string(&html))
        .map_err(Error::message)
}

/// Whether a value counts as given: none and undefined do not.
fn given(value: &Value) -> bool {
    !value.is_none() && !value.is_undefined()
}

fn kind(value: &Value) -> &'static str {
    match value.kind() {
        ValueKind::Array => "an array",
        ValueKind::Map => "a map",
        ValueKind::Bytes => "bytes",
        ValueKind::String => "a string",
        ValueKind::Bool => "a bool",
        _ => "a number",
    }
}

fn arg(value: &Value) -> Option<Arg<'_>> {
    if !given(value) {
        return None;
    }
    Some(match value.kind() {
        ValueKind::Bool => Arg::Flag(value.as_bool().unwrap_or(false)),
        ValueKind::String => Arg::Text(Cow::Borrowed(value.as_str().unwrap_or_default())),
        ValueKind::U64 | ValueKind::I64 | ValueKind::U128 | ValueKind::I128 | ValueKind::F64 => {
            Arg::Number(value.to_string())
        }
        ValueKind::Array => Arg::Other("array".to_owned()),
        ValueKind::Map => Arg::Other("map".to_owned()),
        _ => Arg::Other("bytes".to_owned()),
    })
}

/// A call's keyword arguments.
struct KwargsArgs<'a>(&'a Kwargs);

impl Args for KwargsArgs<'_> {
    fn each<'s>(&'s self, visit: &mut Visit<'_, 's>) -> Result<(), String> {
        each_entry(self.0.iter(), visit)
    }
}

/// A panel's button: a map of its arguments.
struct MapArgs<'a>(&'a Value);

impl Args for MapArgs<'_> {
    fn each<'s>(&'s self, visit: &mut Visit<'_, 's>) -> Result<(), String> {
        self.0
            .as_map()
            .map_or(Ok(()), |map| each_entry(map.iter(), visit))
    }
}

/// Visits the entries of a map or of the keyword arguments whose names are strings.
fn each_entry<'a>(
    entries: impl Iterator<Item = (&'a Key<'static>, &'a Value)>,
    visit: &mut Visit<'_, 'a>,
) -> Result<(), String> {
    for (name, value) in entries {
        if let Some(name) = name.as_str() {
            visit(name, arg(value))?;
        }
    }
    Ok(())
}

/// A safe value: the markup, which auto-escaping leaves as it is. Every button and panel
/// converts into one, by value or by reference.
fn safe_value(html: String) -> Value {
    Value::safe_string(&html)
}

for_each_trusted!(safe_value_from; Value, safe_value);
