//! What the two configurators' forms share: a labelled field with its hint and error, its
//! text input or select, a checkbox, the fields' errors and a field's value parsed, and what
//! a sent form leads to.

use axum::http::StatusCode;
use maud::{Markup, html};

/// A field: its label, its hint, the control, and its error when the value was refused
/// (the control's `aria-describedby` names the hint and the error by these ids).
pub(crate) fn field(
    name: &str,
    label: &str,
    error: Option<&str>,
    hint: &str,
    control: Markup,
) -> Markup {
    html! {
        div class={ "field" @if error.is_some() { " field--invalid" } } {
            label for=(name) { (label) }
            p id={ (name) "-hint" } class="hint" { (hint) }
            (control)
            @if let Some(error) = error {
                p id={ (name) "-error" } class="error" { (error) }
            }
        }
    }
}

/// A one-line text input, described by its field's hint and error.
pub(crate) fn text_input(name: &str, value: &str, error: Option<&str>) -> Markup {
    html! {
        input id=(name) name=(name) type="text" autocomplete="off" value=(value)
            aria-invalid=[error.map(|_| "true")]
            aria-describedby={ (name) "-hint " (name) "-error" };
    }
}

/// A select of `options` (each a value and its text) with `chosen` selected, described by
/// its field's hint and error; `default`, where the field may be left out, is the text of a
/// first option that sends nothing.
pub(crate) fn select<'a>(
    name: &str,
    chosen: &str,
    default: Option<&str>,
    options: impl IntoIterator<Item = (&'a str, String)>,
    error: Option<&str>,
) -> Markup {
    html! {
        select id=(name) name=(name)
            aria-invalid=[error.map(|_| "true")]
            aria-describedby={ (name) "-hint " (name) "-error" } {
            @if let Some(default) = default {
                option value="" selected[chosen.is_empty()] { (default) }
            }
            @for (value, text) in options {
                option value=(value) selected[chosen == value] { (text) }
            }
        }
    }
}

/// A checkbox that sends `name=true` when checked, with its label.
pub(crate) fn checkbox(name: &str, checked: bool, label: Markup) -> Markup {
    html! {
        div class="field field--check" {
            input id=(name) name=(name) type="checkbox" value="true" checked[checked];
            label for=(name) { (label) }
        }
    }
}

/// The message of each field whose value was refused, by the field's name.
#[derive(Debug, Default)]
pub(crate) struct FieldErrors(Vec<(&'static str, String)>);

impl FieldErrors {
    /// Only `field`'s `message`.
    pub(crate) fn only(field: &'static str, message: impl ToString) -> Self {
        let mut errors = Self::default();
        errors.set(field, message);
        errors
    }

    /// Records `message` for `field`, in place of any before.
    pub(crate) fn set(&mut self, field: &'static str, message: impl ToString) {
        self.0.retain(|(name, _)| *name != field);
        self.0.push((field, message.to_string()));
    }

    /// The message for `field`, if its value was refused.
    pub(crate) fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, message)| message.as_str())
    }

    /// Whether every value was taken.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `value`, the field `field`, parsed into `T`: `None` when left empty, or when wrong,
    /// with its message recorded.
    pub(crate) fn parse<T>(&mut self, field: &'static str, value: &str) -> Option<T>
    where
        T: std::str::FromStr,
        T::Err: std::fmt::Display,
    {
        if value.is_empty() {
            return None;
        }
        value.parse().map_err(|e: T::Err| self.set(field, e)).ok()
    }
}

/// What a form leads to: the thing `build` made from it (`None` before it is sent), the
/// fields' errors (none when it was made), and the page's status: 422 when fields were
/// refused.
pub(crate) fn outcome<T>(
    submitted: bool,
    build: impl FnOnce() -> Result<T, FieldErrors>,
) -> (StatusCode, Option<T>, FieldErrors) {
    match submitted.then(build) {
        None => (StatusCode::OK, None, FieldErrors::default()),
        Some(Ok(made)) => (StatusCode::OK, Some(made), FieldErrors::default()),
        Some(Err(errors)) => (StatusCode::UNPROCESSABLE_ENTITY, None, errors),
    }
}

/// The alert above a form whose fields were refused, `heading` saying what could not be
/// made; nothing when none was.
pub(crate) fn error_summary(heading: &str, errors: &FieldErrors) -> Markup {
    html! {
        @if !errors.is_empty() {
            div class="error-summary" role="alert" {
                h2 { (heading) }
                p { "Fix the fields marked below." }
            }
        }
    }
}
