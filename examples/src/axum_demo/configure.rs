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
use axum::response::Response;
use dm_button::{
    Contact, DmButton, Lang, MessageText, OptionError, Platform, Recipient, RecipientIdError,
    Recipients, RecipientsError, ScreenName, Style, WidgetStyle,
};
use maud::{Markup, PreEscaped, html};

use super::form::{FieldErrors, checkbox, error_summary, field, outcome, select, text_input};
use super::page::{html_page, layout};

/// The form as submitted: every field as typed.
#[derive(Debug)]
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
    /// The form of `pairs`: the fields of the platform chosen (X when none or an unknown one
    /// is), each field read only when that platform's form has it.
    fn from_query(pairs: Vec<(String, String)>) -> Self {
        let platform = pairs
            .iter()
            .find(|(key, _)| key == "platform")
            .and_then(|(_, value)| value.parse().ok())
            .unwrap_or(Platform::X);
        let mut form = Self {
            submitted: false,
            platform,
            recipient: String::new(),
            text: String::new(),
            subject: String::new(),
            screen_name: String::new(),
            style: String::new(),
            lang: String::new(),
            new_tab: false,
            widget: false,
        };
        for (key, value) in pairs {
            if key == platform.key() {
                form.submitted = true;
                form.recipient = value;
                continue;
            }
            // A field another platform's form has (sent by a hand-written query) is no
            // field of this one.
            if !platform.takes(&key) {
                continue;
            }
            match key.as_str() {
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

/// A button that was built, as the page shows it.
struct Configured {
    html: String,
    href: String,
    invocation: String,
}

/// The demo's `dm-button.toml`: the file its `dm_button!`s read at compile time, read here
/// with the same rules at run time.
static RECIPIENTS: LazyLock<Result<Recipients, RecipientsError>> =
    LazyLock::new(|| include_str!("../../dm-button.toml").parse());

/// The recipient field, parsed by its platform's type (as the `slug:recipient` of a
/// [`Contact`]); on X, a name is looked up in the demo's `dm-button.toml`, as the macros do.
/// The contact and the recipient as the snippet writes it, or the message for the field.
fn contact(platform: Platform, field: &str) -> Result<(Contact, String), String> {
    if platform == Platform::X {
        let written: Recipient = field
            .parse()
            .map_err(|error: RecipientIdError| error.to_string())?;
        let recipients = RECIPIENTS
            .as_ref()
            .map_err(|error| format!("the demo's dm-button.toml: {error}"))?;
        let id = recipients
            .resolve(written)
            .map_err(|error| error.to_string())?;
        let snippet = match written {
            Recipient::Name(name) => format!("\"@{}\"", name.as_str()),
            _ => id.to_string(),
        };
        return Ok((Contact::X(id), snippet));
    }
    let contact: Contact = format!("{}:{field}", platform.as_str())
        .parse()
        .map_err(|error: dm_button::ContactError| error.to_string())?;
    Ok((contact, format!("{field:?}")))
}

/// The button the form describes, for any platform: `DmButton::to` with the fields the
/// platform's form has; X's widget markup, a type of its own, when asked for.
fn build(form: &Form) -> Result<Configured, FieldErrors> {
    let mut errors = FieldErrors::default();
    let platform = form.platform;
    let recipient = contact(platform, form.recipient.trim())
        .map_err(|error| errors.set("recipient", error))
        .ok();
    let text: Option<MessageText> = errors.parse("text", &form.text);
    let subject: Option<MessageText> = errors.parse("subject", &form.subject);
    let screen_name: Option<ScreenName> = errors.parse("screen_name", form.screen_name.trim());
    let lang: Option<Lang> = errors.parse("lang", &form.lang);
    let style: Option<Style> = errors.parse("style", &form.style);
    let widget_style = match (form.widget, style) {
        (true, Some(style)) => WidgetStyle::try_from(style)
            .map_err(|error| errors.set("style", error))
            .ok(),
        _ => None,
    };
    let (Some((contact, written)), true) = (recipient, errors.is_empty()) else {
        return Err(errors);
    };

    let mut arguments = vec![format!("{} = {written}", platform.key())];
    let options = Options {
        text: text.as_ref().map(MessageText::as_str),
        subject: subject.as_ref().map(MessageText::as_str),
        screen_name,
        lang,
        new_tab: form.new_tab,
    };
    options.push_arguments(&mut arguments, style);
    if form.widget {
        arguments.push("widget = true".to_owned());
    }
    let built = match (form.widget, &contact) {
        (true, Contact::X(id)) => {
            let mut button = DmButton::widget(*id).style(widget_style.unwrap_or_default());
            if let Some(text) = options.text {
                button = button.text(text);
            }
            if let Some(name) = options.screen_name {
                button = button.screen_name(name);
            }
            if let Some(lang) = options.lang {
                button = button.lang(lang);
            }
            Ok((button.to_html(), button.href()))
        }
        _ => options
            .apply(DmButton::to(contact).style(style.unwrap_or_default()))
            .map(|button| (button.to_html(), button.href())),
    };
    match built {
        Ok((html, href)) => Ok(Configured {
            html,
            href,
            invocation: format!("dm_button!({})", arguments.join(", ")),
        }),
        // The form shows only the platform's fields: a hand-written query can still send
        // one that the platform does not take, such as `widget` on a Telegram button.
        Err(error) => Err(FieldErrors::only("recipient", error)),
    }
}

/// The fields every platform's form may have, once parsed.
struct Options<'a> {
    text: Option<&'a str>,
    subject: Option<&'a str>,
    screen_name: Option<ScreenName>,
    lang: Option<Lang>,
    new_tab: bool,
}

impl<'a> Options<'a> {
    /// The options given, on a button for a platform chosen at run time: an option the
    /// platform does not take is its error, not dropped.
    fn apply(
        &self,
        mut button: DmButton<'a, dm_button::state::AnyPlatform>,
    ) -> Result<DmButton<'a, dm_button::state::AnyPlatform>, OptionError> {
        if let Some(text) = self.text {
            button = button.try_text(text)?;
        }
        if let Some(subject) = self.subject {
            button = button.try_subject(subject)?;
        }
        if let Some(name) = self.screen_name {
            button = button.try_screen_name(name)?;
        }
        if let Some(lang) = self.lang {
            button = button.lang(lang);
        }
        if self.new_tab {
            button = button.try_new_tab(true)?;
        }
        Ok(button)
    }

    /// The snippet's arguments for the options given, in the order of the table of keys.
    fn push_arguments(&self, arguments: &mut Vec<String>, style: Option<Style>) {
        if let Some(text) = self.text {
            arguments.push(format!("text = {text:?}"));
        }
        if let Some(subject) = self.subject {
            arguments.push(format!("subject = {subject:?}"));
        }
        if let Some(name) = self.screen_name {
            arguments.push(format!("screen_name = {:?}", name.as_str()));
        }
        if let Some(style) = style.filter(|style| *style != Style::default()) {
            arguments.push(format!("style = {:?}", style.as_str()));
        }
        if let Some(lang) = self.lang {
            arguments.push(format!("lang = {:?}", lang.code()));
        }
        if self.new_tab {
            arguments.push("new_tab = true".to_owned());
        }
    }
}

pub(crate) async fn configure(Query(query): Query<Vec<(String, String)>>) -> Response {
    let form = Form::from_query(query);
    let (status, configured, errors) = outcome(form.submitted, || build(&form));
    let page = layout(
        "Configure",
        html! {
            h1 { "Configure a Message button" }
            p class="lead" {
                "Build a button at run time, as your app does for an ID from its database: \
                 the fields are the keys of " code { "dm_button!" } ", and the button is \
                 made by " code { "DmButton" } "."
            }
            (error_summary("The button could not be made", &errors))
            (form_markup(&form, &errors))
            @if let Some(configured) = &configured {
                (preview(configured, form.widget))
            }
        },
    );
    html_page(status, page.into_string())
}

/// The recipient field's label and hint: what the platform's examples show, and on X the
/// names of the demo's dm-button.toml.
fn recipient_field(platform: Platform) -> (String, String) {
    let examples = platform.examples();
    let mut hint = format!(
        "As {} takes it, such as {}.",
        platform.name(),
        examples.get(..2).unwrap_or(examples).join(" or ")
    );
    if platform == Platform::X {
        hint.push_str(
            " X's link needs the numeric user ID; a @name works when the demo's dm-button.toml \
             lists it (@furni, @XDevelopers, @X), as `cargo dm-button add` writes it.",
        );
    }
    (format!("Recipient on {}", platform.name()), hint)
}

fn form_markup(form: &Form, errors: &FieldErrors) -> Markup {
    let styles = Style::ALL.iter().map(|style| style.as_str());
    let platform = form.platform;
    let key = platform.key();
    let (recipient_label, recipient_hint) = recipient_field(platform);
    let (recipient_label, recipient_hint) = (recipient_label.as_str(), recipient_hint.as_str());
    html! {
        form class="configure" method="get" action="/configure" novalidate {
            (field("platform", "Platform", None,
                "Choose one and send the form: it comes back with that platform's fields.",
                select("platform", platform.as_str(), None,
                    Platform::ALL.iter().map(|choice| (choice.as_str(), choice.name().to_owned())), None)))
            (field(key, recipient_label, errors.get("recipient"), recipient_hint,
                text_input(key, &form.recipient, errors.get("recipient"))))
            @if platform.takes("subject") {
                (field("subject", "Subject", errors.get("subject"),
                    "Optional: the email's subject.",
                    text_input("subject", &form.subject, errors.get("subject"))))
            }
            @if platform.takes("text") {
                (field("text", "Prefilled message", errors.get("text"),
                    "Optional, at most 10,000 characters.",
                    html! {
                        textarea id="text" name="text" rows="3"
                            aria-invalid=[errors.get("text").map(|_| "true")]
                            aria-describedby="text-hint text-error" { (form.text) }
                    }))
            }
            @if platform.takes("screen_name") {
            (field("screen_name", "Screen name", errors.get("screen_name"),
                "Optional: shown after the label, as @name.",
                text_input("screen_name", &form.screen_name, errors.get("screen_name"))))
            }
            (field("style", "Style", errors.get("style"),
                "X's widget has only the compact and large styles.",
                select("style", &form.style, None, styles.map(|style| (style, style.to_owned())), errors.get("style"))))
            (field("lang", "Language of the label", errors.get("lang"),
                "English unless chosen; the button also carries it as its lang.",
                select("lang", &form.lang, Some("(default: English)"),
                    Lang::ALL.iter().map(|lang| (lang.code(), format!("{}: {}", lang.code(), lang.label()))),
                    errors.get("lang"))))
            @if platform.takes("new_tab") {
                (checkbox("new_tab", form.new_tab, html! { "Open " (platform.name()) " in a new tab" }))
            }
            @if platform.takes("widget") {
                (checkbox("widget", form.widget, html! { "X's widget markup (for sites that load X's script)" }))
            }
            button class="submit" type="submit" { "Make the button" }
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
