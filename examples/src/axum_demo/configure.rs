//! `/configure`: X's publish page, for Rust. A GET form (so a configured button has a URL to
//! share) whose fields are named like the macro's keys; the button is built at run time with
//! `DmButton`, and the page shows it with the three snippets a user copies: the
//! `dm_button!(...)` invocation, the HTML, and the bare link.
//!
//! Each field is parsed into its dm-button type, which is where a mistake gets its message;
//! the form comes back with every message beside its field, and status 422.

use std::sync::LazyLock;

use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use dm_button::state::{Mode, Naming, WithScreenName};
use dm_button::{
    DmButton, Lang, MessageText, Recipient, RecipientId, RecipientIdError, Recipients,
    RecipientsError, ScreenName, Style, WidgetStyle,
};
use maud::{Markup, PreEscaped, html};

use super::page::{html_page, layout};

/// The form as submitted: every field as typed.
#[derive(Debug, Default)]
struct Form {
    submitted: bool,
    recipient: String,
    text: String,
    screen_name: String,
    style: String,
    lang: String,
    new_tab: bool,
    widget: bool,
}

impl Form {
    fn from_query(pairs: Vec<(String, String)>) -> Self {
        let mut form = Self::default();
        for (key, value) in pairs {
            match key.as_str() {
                "recipient" => {
                    form.submitted = true;
                    form.recipient = value;
                }
                "text" => form.text = value,
                "screen_name" => form.screen_name = value,
                "style" => form.style = value,
                "lang" => form.lang = value,
                "new_tab" => form.new_tab = !value.is_empty(),
                "widget" => form.widget = !value.is_empty(),
                _ => {}
            }
        }
        form
    }
}

/// The message for each field that was wrong.
#[derive(Debug, Default)]
struct FieldErrors {
    recipient: Option<String>,
    text: Option<String>,
    screen_name: Option<String>,
    style: Option<String>,
    lang: Option<String>,
}

impl FieldErrors {
    fn is_empty(&self) -> bool {
        self.recipient.is_none()
            && self.text.is_none()
            && self.screen_name.is_none()
            && self.style.is_none()
            && self.lang.is_none()
    }
}

/// A button that was built, as the page shows it.
struct Configured {
    html: String,
    href: String,
    invocation: String,
}

/// The style field, for whichever markup was asked for.
enum Look {
    Static(Style),
    Widget(WidgetStyle),
}

/// A field's value parsed into `T`, `None` when left empty, its message in `error` when wrong.
fn optional<T>(value: &str, error: &mut Option<String>) -> Option<T>
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

/// The demo's `dm-button.toml`: the file its `dm_button!`s read at compile time, read here
/// with the same rules at run time.
static RECIPIENTS: LazyLock<Result<Recipients, RecipientsError>> =
    LazyLock::new(|| include_str!("../../dm-button.toml").parse());

/// The recipient field: an ID, or a name the demo's `dm-button.toml` lists; the ID and how it
/// was written, or the message for the field.
fn resolve(field: &str) -> Result<(RecipientId, Recipient), String> {
    let written: Recipient = field
        .parse()
        .map_err(|error: RecipientIdError| error.to_string())?;
    let recipients = RECIPIENTS
        .as_ref()
        .map_err(|error| format!("the demo's dm-button.toml: {error}"))?;
    let id = recipients
        .resolve(written)
        .map_err(|error| error.to_string())?;
    Ok((id, written))
}

fn build(form: &Form) -> Result<Configured, FieldErrors> {
    let mut errors = FieldErrors::default();
    let recipient = resolve(form.recipient.trim())
        .map_err(|error| errors.recipient = Some(error))
        .ok();
    let text: Option<MessageText> = optional(&form.text, &mut errors.text);
    let screen_name: Option<ScreenName> =
        optional(form.screen_name.trim(), &mut errors.screen_name);
    let lang: Option<Lang> = optional(&form.lang, &mut errors.lang);
    let look = if form.widget {
        Look::Widget(optional(&form.style, &mut errors.style).unwrap_or_default())
    } else {
        Look::Static(optional(&form.style, &mut errors.style).unwrap_or_default())
    };
    let (Some((recipient, written)), true) = (recipient, errors.is_empty()) else {
        return Err(errors);
    };

    let (html, href) = match look {
        Look::Widget(style) => rendered(&options(
            DmButton::widget(recipient).style(style),
            &text,
            screen_name,
            lang,
            form.new_tab,
        )),
        Look::Static(style) => rendered(&options(
            DmButton::new(recipient).style(style),
            &text,
            screen_name,
            lang,
            form.new_tab,
        )),
    };

    let mut arguments = vec![match written {
        Recipient::Name(name) => format!("recipient = \"@{}\"", name.as_str()),
        _ => format!("recipient = {recipient}"),
    }];
    if let Some(text) = &text {
        arguments.push(format!("text = {:?}", text.as_str()));
    }
    if let Some(name) = screen_name {
        arguments.push(format!("screen_name = {:?}", name.as_str()));
    }
    let style = match look {
        Look::Static(style) => style,
        Look::Widget(style) => style.into(),
    };
    if style != Style::default() {
        arguments.push(format!("style = {:?}", style.as_str()));
    }
    if let Some(lang) = lang {
        arguments.push(format!("lang = {:?}", lang.code()));
    }
    if form.new_tab {
        arguments.push("new_tab = true".to_owned());
    }
    if form.widget {
        arguments.push("widget = true".to_owned());
    }
    Ok(Configured {
        html,
        href,
        invocation: format!("dm_button!({})", arguments.join(", ")),
    })
}

/// The fields every markup takes, optional ones included, set without a branch per
/// combination: a missing screen name goes through `screen_name_opt`.
fn options<'a, M: Mode>(
    button: DmButton<'a, M>,
    text: &'a Option<MessageText>,
    screen_name: Option<ScreenName>,
    lang: Option<Lang>,
    new_tab: bool,
) -> DmButton<'a, M, WithScreenName> {
    let mut button = button.new_tab(new_tab);
    if let Some(text) = text {
        button = button.text(text);
    }
    if let Some(lang) = lang {
        button = button.lang(lang);
    }
    button.screen_name_opt(screen_name)
}

fn rendered<M: Mode, N: Naming>(button: &DmButton<'_, M, N>) -> (String, String) {
    (button.to_string(), button.href())
}

pub(crate) async fn configure(Query(query): Query<Vec<(String, String)>>) -> Response {
    let form = Form::from_query(query);
    let (status, result) = if form.submitted {
        match build(&form) {
            Ok(configured) => (StatusCode::OK, Some(Ok(configured))),
            Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, Some(Err(errors))),
        }
    } else {
        (StatusCode::OK, None)
    };
    let no_errors = FieldErrors::default();
    let errors = match &result {
        Some(Err(errors)) => errors,
        _ => &no_errors,
    };
    let page = layout(
        "Configure",
        html! {
            h1 { "Configure a Message button" }
            p class="lead" {
                "Build a button at run time, as your app does for an ID from its database: \
                 the fields are the keys of " code { "dm_button!" } ", and the button is \
                 made by " code { "DmButton" } "."
            }
            @if !errors.is_empty() {
                div class="error-summary" role="alert" {
                    h2 { "The button could not be made" }
                    p { "Fix the fields marked below." }
                }
            }
            (form_markup(&form, errors))
            @if let Some(Ok(configured)) = &result {
                (preview(configured, form.widget))
            }
        },
    );
    html_page(status, page.into_string())
}

fn form_markup(form: &Form, errors: &FieldErrors) -> Markup {
    let styles = Style::ALL.iter().map(|style| style.as_str());
    html! {
        form class="configure" method="get" action="/configure" novalidate {
            (field("recipient", "Recipient: numeric user ID, or @name", errors.recipient.as_deref(),
                "X's link needs the number; a name works when the demo's dm-button.toml lists it (@furni, @XDevelopers, @X), as `cargo dm-button add` writes it.",
                html! {
                    input id="recipient" name="recipient" type="text"
                        autocomplete="off" value=(form.recipient)
                        aria-invalid=[errors.recipient.as_ref().map(|_| "true")]
                        aria-describedby="recipient-hint recipient-error";
                }))
            (field("text", "Prefilled message", errors.text.as_deref(),
                "Optional, at most 10,000 characters.",
                html! {
                    textarea id="text" name="text" rows="3"
                        aria-invalid=[errors.text.as_ref().map(|_| "true")]
                        aria-describedby="text-hint text-error" { (form.text) }
                }))
            (field("screen_name", "Screen name", errors.screen_name.as_deref(),
                "Optional: shown after the label, as @name.",
                html! {
                    input id="screen_name" name="screen_name" type="text" autocomplete="off"
                        value=(form.screen_name)
                        aria-invalid=[errors.screen_name.as_ref().map(|_| "true")]
                        aria-describedby="screen_name-hint screen_name-error";
                }))
            (field("style", "Style", errors.style.as_deref(),
                "X's widget has only the compact and large styles.",
                html! {
                    select id="style" name="style"
                        aria-invalid=[errors.style.as_ref().map(|_| "true")]
                        aria-describedby="style-hint style-error" {
                        @for style in styles {
                            option value=(style) selected[form.style == style] { (style) }
                        }
                    }
                }))
            (field("lang", "Language of the label", errors.lang.as_deref(),
                "English unless chosen; the button also carries it as its lang.",
                html! {
                    select id="lang" name="lang"
                        aria-invalid=[errors.lang.as_ref().map(|_| "true")]
                        aria-describedby="lang-hint lang-error" {
                        option value="" selected[form.lang.is_empty()] { "(default: English)" }
                        @for lang in Lang::ALL {
                            option value=(lang.code()) selected[form.lang == lang.code()] {
                                (lang.code()) ": " (lang.label())
                            }
                        }
                    }
                }))
            div class="field field--check" {
                input id="new_tab" name="new_tab" type="checkbox" value="true" checked[form.new_tab];
                label for="new_tab" { "Open X in a new tab" }
            }
            div class="field field--check" {
                input id="widget" name="widget" type="checkbox" value="true" checked[form.widget];
                label for="widget" { "X's widget markup (for sites that load X's script)" }
            }
            button class="submit" type="submit" { "Make the button" }
        }
    }
}

fn field(name: &str, label: &str, error: Option<&str>, hint: &str, control: Markup) -> Markup {
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

fn preview(configured: &Configured, widget: bool) -> Markup {
    html! {
        section class="result" aria-labelledby="result-title" {
            h2 id="result-title" { "Your button" }
            div class="preview" id="preview" { (PreEscaped(&configured.html)) }
            @if widget {
                p class="hint" {
                    "X's widget markup needs X's widgets.js to look like X's button. This page \
                     loads no script, so it shows the plain link it falls back to."
                }
            }
            h3 { "In Rust, checked at compile time" }
            pre { code id="snippet-rust" { (configured.invocation) } }
            h3 { "HTML" }
            pre { code id="snippet-html" { (configured.html) } }
            h3 { "Link" }
            pre { code id="snippet-link" { (configured.href) } }
        }
    }
}
