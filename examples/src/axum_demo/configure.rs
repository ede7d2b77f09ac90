//! `/configure`: X's publish page, for Rust. A GET form (so a configured button has a URL to
//! share) whose fields are named like the macro's keys; the button is built at run time with
//! `DmButton`, and the page shows it with the three snippets a user copies: the
//! `dm_button!(...)` invocation, the HTML, and the bare link.
//!
//! Each field is parsed into its dm-button type, which is where a mistake gets its message;
//! the form comes back with every message beside its field, and status 422.
//!
//! A `platform` select chooses the platform; the form then has that platform's fields, as
//! dm-button's table of keys gives them: its recipient key (`whatsapp`, `email`...) in place of
//! `recipient`, no X-only fields elsewhere, no `text` on Instagram, `subject` on email. The
//! page needs no script: choosing another platform and sending the form shows its fields.

use std::sync::LazyLock;

use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use dm_button::state::{Mode, Naming, OnX, TakesText, WithScreenName};
use dm_button::{
    DmButton, Lang, MessageText, Platform, Recipient, RecipientId, RecipientIdError, Recipients,
    RecipientsError, ScreenName, Style, WidgetStyle,
};
use maud::{Markup, PreEscaped, html};

use super::page::{html_page, layout};

/// The form as submitted: every field as typed.
#[derive(Debug, Default)]
struct Form {
    submitted: bool,
    platform: Platform,
    /// The value of the platform's recipient key.
    recipient: String,
    text: String,
    subject: String,
    screen_name: String,
    style: String,
    lang: String,
    new_tab: bool,
    widget: bool,
}

impl Form {
    fn from_query(pairs: Vec<(String, String)>) -> Self {
        let mut form = Self::default();
        if let Some((_, value)) = pairs.iter().find(|(key, _)| key == "platform") {
            form.platform = value.parse().unwrap_or_default();
        }
        for (key, value) in pairs {
            match key.as_str() {
                key if key == form.platform.key() => {
                    form.submitted = true;
                    form.recipient = value;
                }
                "text" => form.text = value,
                "subject" => form.subject = value,
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
    subject: Option<String>,
    screen_name: Option<String>,
    style: Option<String>,
    lang: Option<String>,
}

impl FieldErrors {
    fn is_empty(&self) -> bool {
        self.recipient.is_none()
            && self.text.is_none()
            && self.subject.is_none()
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

fn build(form: &Form) -> Result<Configured, Box<FieldErrors>> {
    if form.platform != Platform::X {
        return build_chat(form);
    }
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
        return Err(Box::new(errors));
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
    push_look(&mut arguments, style, lang, form.new_tab);
    if form.widget {
        arguments.push("widget = true".to_owned());
    }
    Ok(Configured {
        html,
        href,
        invocation: format!("dm_button!({})", arguments.join(", ")),
    })
}

/// A button of another platform than X: its recipient parsed by the platform's type, then
/// the fields it takes.
fn build_chat(form: &Form) -> Result<Configured, Box<FieldErrors>> {
    let mut errors = FieldErrors::default();
    let platform = form.platform;
    let recipient = form.recipient.trim();
    if recipient.is_empty() {
        errors.recipient = Some(format!("give the {} recipient", platform.name()));
    }
    let text: Option<MessageText> = optional(&form.text, &mut errors.text);
    // A subject sent to another platform (by a hand-written query) is no field of its form.
    let subject: Option<MessageText> = if platform.takes("subject") {
        optional(&form.subject, &mut errors.subject)
    } else {
        None
    };
    let lang: Option<Lang> = optional(&form.lang, &mut errors.lang);
    let style: Style = optional(&form.style, &mut errors.style).unwrap_or_default();
    let settings = Chat {
        text: text.as_ref(),
        lang,
        style,
        new_tab: form.new_tab,
    };
    // The recipient parsed by the platform's type: its message goes by the field.
    let error = &mut errors.recipient;
    let built = match platform {
        Platform::WhatsApp => {
            optional(recipient, error).map(|number| settings.with_text(DmButton::whatsapp(number)))
        }
        Platform::Telegram => {
            optional(recipient, error).map(|name| settings.with_text(DmButton::telegram(name)))
        }
        Platform::Messenger => {
            optional(recipient, error).map(|page| settings.with_text(DmButton::messenger(page)))
        }
        Platform::Instagram => {
            optional(recipient, error).map(|name| settings.apply(DmButton::instagram(name)))
        }
        _ => optional(recipient, error).map(|address| {
            let mut button = DmButton::email(address);
            if let Some(subject) = &subject {
                button = button.subject(subject.as_str());
            }
            settings.with_text(button)
        }),
    };
    let (Some((html, href)), true) = (built, errors.is_empty()) else {
        return Err(Box::new(errors));
    };
    let mut arguments = vec![format!("{} = {:?}", platform.key(), recipient)];
    if let Some(subject) = &subject {
        arguments.push(format!("subject = {:?}", subject.as_str()));
    }
    if let Some(text) = text.as_ref().filter(|_| platform.takes_text()) {
        arguments.push(format!("text = {:?}", text.as_str()));
    }
    push_look(&mut arguments, style, lang, form.new_tab);
    Ok(Configured {
        html,
        href,
        invocation: format!("dm_button!({})", arguments.join(", ")),
    })
}

/// The snippet's arguments every platform takes, after its own: those that differ from the
/// defaults.
fn push_look(arguments: &mut Vec<String>, style: Style, lang: Option<Lang>, new_tab: bool) {
    if style != Style::default() {
        arguments.push(format!("style = {:?}", style.as_str()));
    }
    if let Some(lang) = lang {
        arguments.push(format!("lang = {:?}", lang.code()));
    }
    if new_tab {
        arguments.push("new_tab = true".to_owned());
    }
}

/// The fields of another platform's button.
struct Chat<'a> {
    text: Option<&'a MessageText>,
    lang: Option<Lang>,
    style: Style,
    new_tab: bool,
}

impl Chat<'_> {
    fn apply<P: Copy>(&self, button: DmButton<'_, dm_button::state::Chat<P>>) -> (String, String) {
        let mut button = button.style(self.style).new_tab(self.new_tab);
        if let Some(lang) = self.lang {
            button = button.lang(lang);
        }
        rendered(&button)
    }

    fn with_text<P: Copy>(
        &self,
        button: DmButton<'_, dm_button::state::Chat<P>>,
    ) -> (String, String)
    where
        dm_button::state::Chat<P>: TakesText,
    {
        match self.text {
            Some(text) => self.apply(button.text(text.as_str())),
            None => self.apply(button),
        }
    }
}

/// The fields every markup takes, optional ones included, set without a branch per
/// combination: a missing screen name goes through `screen_name_opt`.
fn options<'a, M: OnX>(
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

/// The recipient field's label and hint, per platform.
fn recipient_field(platform: Platform) -> (&'static str, &'static str) {
    match platform {
        Platform::WhatsApp => (
            "WhatsApp number, in international form",
            "+, the country code and the number, such as +33 6 12 34 56 78: checked against libphonenumber's data for its country.",
        ),
        Platform::Telegram => (
            "Telegram username",
            "5 to 32 of A-Z, a-z, 0-9 and _, with or without @.",
        ),
        Platform::Messenger => (
            "Facebook Page username or ID",
            "As in the Page's address, facebook.com/NAME, or its numeric ID.",
        ),
        Platform::Instagram => (
            "Instagram username",
            "1 to 30 of A-Z, a-z, 0-9, . and _, with or without @.",
        ),
        Platform::Email => (
            "Email address",
            "The address alone, such as hello@example.com.",
        ),
        _ => (
            "Recipient: numeric user ID, or @name",
            "X's link needs the number; a name works when the demo's dm-button.toml lists it (@furni, @XDevelopers, @X), as `cargo dm-button add` writes it.",
        ),
    }
}

fn form_markup(form: &Form, errors: &FieldErrors) -> Markup {
    let styles = Style::ALL.iter().map(|style| style.as_str());
    let platform = form.platform;
    let key = platform.key();
    let (recipient_label, recipient_hint) = recipient_field(platform);
    html! {
        form class="configure" method="get" action="/configure" novalidate {
            (field("platform", "Platform", None,
                "Choose one and send the form: it comes back with that platform's fields.",
                html! {
                    select id="platform" name="platform" aria-describedby="platform-hint platform-error" {
                        @for choice in Platform::ALL {
                            option value=(choice.name().to_lowercase()) selected[*choice == platform] { (choice.name()) }
                        }
                    }
                }))
            (field(key, recipient_label, errors.recipient.as_deref(), recipient_hint,
                text_input(key, &form.recipient, errors.recipient.as_deref())))
            @if platform.takes("subject") {
                (field("subject", "Subject", errors.subject.as_deref(),
                    "Optional: the email's subject.",
                    text_input("subject", &form.subject, errors.subject.as_deref())))
            }
            @if platform.takes("text") {
                (field("text", "Prefilled message", errors.text.as_deref(),
                    "Optional, at most 10,000 characters.",
                    html! {
                        textarea id="text" name="text" rows="3"
                            aria-invalid=[errors.text.as_ref().map(|_| "true")]
                            aria-describedby="text-hint text-error" { (form.text) }
                    }))
            }
            @if platform.takes("screen_name") {
            (field("screen_name", "Screen name", errors.screen_name.as_deref(),
                "Optional: shown after the label, as @name.",
                text_input("screen_name", &form.screen_name, errors.screen_name.as_deref())))
            }
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
                label for="new_tab" { "Open " (platform.name()) " in a new tab" }
            }
            @if platform.takes("widget") {
                div class="field field--check" {
                    input id="widget" name="widget" type="checkbox" value="true" checked[form.widget];
                    label for="widget" { "X's widget markup (for sites that load X's script)" }
                }
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

/// A one-line text field's `input`, described by [`field`]'s hint and error.
fn text_input(name: &str, value: &str, error: Option<&str>) -> Markup {
    html! {
        input id=(name) name=(name) type="text" autocomplete="off" value=(value)
            aria-invalid=[error.map(|_| "true")]
            aria-describedby={ (name) "-hint " (name) "-error" };
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
