//! Handlebars 6 (feature `handlebars`): the `{{dm_button ...}}` and `{{dm_panel ...}}`
//! helpers.
//!
//! Handlebars escapes what `{{ }}` prints. A helper writes its output as it is, so
//! [`register`]'s helpers, which build a button or a panel while the template renders from
//! hash arguments named after the macros' keys, print markup with no triple braces, with the
//! builder's rules and the macros' messages (the same reading of the arguments as the other
//! engines' functions). A button made beforehand (a [`StaticButton`](crate::StaticButton),
//! a `DmButton`'s `to_html()`) goes into the data as a string and into the template with
//! triple braces, `{{{ button }}}`, which Handlebars leaves unescaped: its markup was escaped
//! where it was made.
//!
//! ```
//! use handlebars::Handlebars;
//! use serde_json::json;
//!
//! let mut handlebars = Handlebars::new();
//! dm_button::handlebars::register(&mut handlebars);
//! let template = r#"{{dm_button recipient=user.id text="Hi & bye"}} {{{main}}} {{note}}"#;
//! let main = dm_button::dm_button!(recipient = 3805104374, style = "large");
//! let html = handlebars.render_template(
//!     template,
//!     &json!({ "user": { "id": "783214" }, "main": main.as_str(), "note": "<b>" }),
//! )?;
//! assert!(html.contains("recipient_id=783214&amp;text=Hi%20%26%20bye"));
//! assert!(html.contains(main.as_str()));
//! assert!(html.ends_with("&lt;b&gt;"));
//! # Ok::<(), handlebars::RenderError>(())
//! ```
//!
//! A wrong argument is a render error that names it and carries the macro's message:
//!
//! ```
//! let mut handlebars = handlebars::Handlebars::new();
//! dm_button::handlebars::register(&mut handlebars);
//! let error = handlebars.render_template(r#"{{dm_button recipient="@furni"}}"#, &()).unwrap_err();
//! assert!(error.to_string().contains("`recipient`: the recipient must be the numeric user ID"));
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;

use ::handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, PathAndJson, RenderContext,
    RenderErrorReason,
};
use dm_button_core::BUTTONS_KEY;
use serde_json::Value as Json;

use crate::template_args::{self, Arg, Args, Visit};

/// Registers the helpers `dm_button` and `dm_panel`.
///
/// ```
/// let mut handlebars = handlebars::Handlebars::new();
/// dm_button::handlebars::register(&mut handlebars);
/// let html = handlebars.render_template(r#"{{dm_button recipient=3805104374 style="icon"}}"#, &())?;
/// assert_eq!(html, dm_button::dm_button!(recipient = 3805104374, style = "icon").as_str());
/// let panel = handlebars.render_template(
///     r#"{{dm_panel title="Talk to us" buttons=team}}"#,
///     &serde_json::json!({ "team": [{ "email": "hello@example.com", "name": "Ana" }] }),
/// )?;
/// assert_eq!(
///     panel,
///     dm_button::dm_panel!(title = "Talk to us", buttons = [(email = "hello@example.com", name = "Ana")]).as_str()
/// );
/// # Ok::<(), handlebars::RenderError>(())
/// ```
pub fn register(handlebars: &mut Handlebars<'_>) {
    for (name, build) in [("dm_button", button as Build), ("dm_panel", panel)] {
        handlebars.register_helper(name, Box::new(MarkupHelper { name, build }));
    }
}

/// What a helper makes of its call: the markup, or the message of a wrong argument.
type Build = fn(&str, &Helper<'_>) -> Result<String, String>;

/// A helper that writes what `build` makes of its hash arguments, unescaped: its markup was
/// escaped where it was made. A positional argument, or a wrong one, is a render error.
struct MarkupHelper {
    name: &'static str,
    build: Build,
}

impl HelperDef for MarkupHelper {
    fn call<'reg: 'rc, 'rc>(
        &self,
        helper: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        no_positional(self.name, helper)?;
        let html = (self.build)(self.name, helper).map_err(RenderErrorReason::Other)?;
        out.write(&html)?;
        Ok(())
    }
}

fn button(name: &str, helper: &Helper<'_>) -> Result<String, String> {
    template_args::button(name, &HashArgs(helper.hash()))
}

fn panel(name: &str, helper: &Helper<'_>) -> Result<String, String> {
    let buttons = helper
        .hash()
        .get(BUTTONS_KEY)
        .map(PathAndJson::value)
        .filter(|value| !value.is_null())
        .map(|value| match value {
            Json::Array(items) => Ok(items
                .iter()
                .map(|item| Box::new(MapArgs(item)) as Box<dyn Args>)
                .collect()),
            other => Err(kind(other).to_owned()),
        });
    template_args::panel(name, &HashArgs(helper.hash()), buttons)
}

fn no_positional(name: &str, helper: &Helper<'_>) -> Result<(), RenderErrorReason> {
    if helper.params().is_empty() {
        return Ok(());
    }
    Err(RenderErrorReason::Other(format!(
        "{name} takes hash arguments only, named as the macro's keys: \
         `{{{{{name} recipient=\"3805104374\" text=\"Hello\"}}}}`"
    )))
}

fn kind(value: &Json) -> &'static str {
    match value {
        Json::Null => "null",
        Json::Bool(_) => "bool",
        Json::Number(_) => "number",
        Json::String(_) => "string",
        Json::Array(_) => "array",
        Json::Object(_) => "map",
    }
}

fn arg(value: &Json) -> Option<Arg<'_>> {
    Some(match value {
        Json::Null => return None,
        Json::Bool(flag) => Arg::Flag(*flag),
        Json::String(text) => Arg::Text(Cow::Borrowed(text)),
        Json::Number(number) => Arg::Number(number.to_string()),
        other => Arg::Other(kind(other).to_owned()),
    })
}

/// A helper's hash arguments.
struct HashArgs<'a, 'rc>(&'a BTreeMap<&'rc str, PathAndJson<'rc>>);

impl Args for HashArgs<'_, '_> {
    fn each<'s>(&'s self, visit: &mut Visit<'_, 's>) -> Result<(), String> {
        self.0
            .iter()
            .try_for_each(|(name, value)| visit(name, arg(value.value())))
    }
}

/// A panel's button: a map of its arguments.
struct MapArgs<'a>(&'a Json);

impl Args for MapArgs<'_> {
    fn each<'s>(&'s self, visit: &mut Visit<'_, 's>) -> Result<(), String> {
        self.0.as_object().map_or(Ok(()), |map| {
            map.iter()
                .try_for_each(|(name, value)| visit(name, arg(value)))
        })
    }
}
