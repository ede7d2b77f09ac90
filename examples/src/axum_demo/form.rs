//! What the two configurators' forms share: a labelled field with its hint and error, a
//! checkbox, and a field's value parsed.

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

/// A checkbox that sends `name=true` when checked, with its label.
pub(crate) fn checkbox(name: &str, checked: bool, label: Markup) -> Markup {
    html! {
        div class="field field--check" {
            input id=(name) name=(name) type="checkbox" value="true" checked[checked];
            label for=(name) { (label) }
        }
    }
}

/// A field's value parsed into `T`, `None` when left empty, its message in `error` when
/// wrong.
pub(crate) fn optional<T>(value: &str, error: &mut Option<String>) -> Option<T>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    if value.is_empty() {
        return None;
    }
    value
        .parse()
        .map_err(|e: T::Err| *error = Some(e.to_string()))
        .ok()
}
