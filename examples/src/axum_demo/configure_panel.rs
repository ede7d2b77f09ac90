//! `/configure/panel`: a contact panel built at run time with `ContactPanel`, from a GET form
//! whose fields are named like `dm_panel!`'s keys; the buttons are written one a line, as an
//! application keeps them: `platform:recipient`, then the person's name and role after `|`.
//! The page shows the panel with the `dm_panel!(...)` invocation and the HTML to copy.
//!
//! Each field is parsed into its dm-button type; a mistake comes back beside its field (a
//! button's with its line number), with status 422.

use axum::extract::Query;
use axum::response::Response;
use dm_button::{Contact, ContactPanel, DmButton, Lang, Placement, Side};
use maud::{Markup, PreEscaped, html};

use super::form::{FieldErrors, checkbox, error_summary, field, outcome, select};
use super::page::{html_page, layout};

/// What the form holds before it is sent: a panel of three buttons.
const EXAMPLE_BUTTONS: &str = "whatsapp:+33 6 12 34 56 78 | Ana | Sales\n\
                               x:3805104374 | Furni | Support\n\
                               email:hello@example.com";

/// The form as submitted.
#[derive(Debug, Default)]
struct Form {
    submitted: bool,
    title: String,
    greeting: String,
    placement: String,
    side: String,
    lang: String,
    open: bool,
    qr: bool,
    buttons: String,
}

impl Form {
    fn from_query(pairs: Vec<(String, String)>) -> Self {
        let mut form = Self::default();
        for (key, value) in pairs {
            match key.as_str() {
                "title" => form.title = value,
                "greeting" => form.greeting = value,
                "placement" => form.placement = value,
                "side" => form.side = value,
                "lang" => form.lang = value,
                "open" => form.open = !value.is_empty(),
                "qr" => form.qr = !value.is_empty(),
                "buttons" => {
                    form.submitted = true;
                    form.buttons = value;
                }
                _ => {}
            }
        }
        if !form.submitted {
            form.buttons = EXAMPLE_BUTTONS.to_owned();
            // Not the site panel's "Contact us": two landmarks of a page need two names.
            form.title = "Talk to us".to_owned();
        }
        form
    }
}

/// One line of the buttons field: the contact, and who answers.
struct Line {
    contact: Contact,
    name: Option<String>,
    role: Option<String>,
}

fn line(text: &str) -> Result<Line, String> {
    let mut parts = text.split('|').map(str::trim);
    let contact = parts
        .next()
        .unwrap_or_default()
        .parse::<Contact>()
        .map_err(|error| error.to_string())?;
    let mut part = || {
        parts
            .next()
            .filter(|part| !part.is_empty())
            .map(str::to_owned)
    };
    Ok(Line {
        contact,
        name: part(),
        role: part(),
    })
}

/// The `dm_button!`-style arguments of a line.
fn line_arguments(line: &Line) -> String {
    let platform = line.contact.platform();
    let recipient = line.contact.to_string();
    let value = recipient
        .split_once(':')
        .map_or(recipient.as_str(), |(_, value)| value);
    let mut arguments = vec![if platform == dm_button::Platform::X {
        format!("{} = {value}", platform.key())
    } else {
        format!("{} = {value:?}", platform.key())
    }];
    if let Some(name) = &line.name {
        arguments.push(format!("name = {name:?}"));
    }
    if let Some(role) = &line.role {
        arguments.push(format!("role = {role:?}"));
    }
    format!("({})", arguments.join(", "))
}

/// The built panel, as the page shows it.
struct Configured {
    html: String,
    invocation: String,
}

fn build(form: &Form) -> Result<Configured, FieldErrors> {
    let mut errors = FieldErrors::default();
    let placement: Option<Placement> = errors.parse("placement", &form.placement);
    let side: Option<Side> = errors.parse("side", &form.side);
    let lang: Option<Lang> = errors.parse("lang", &form.lang);
    let mut lines = Vec::new();
    for (number, text) in form.buttons.lines().enumerate() {
        if text.trim().is_empty() {
            continue;
        }
        match line(text) {
            Ok(line) => lines.push(line),
            Err(error) => {
                errors.set("buttons", format!("line {}: {error}", number + 1));
                break;
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut panel = ContactPanel::new();
    let mut arguments = Vec::new();
    if !form.title.trim().is_empty() {
        panel = panel.title(form.title.as_str());
        arguments.push(format!("title = {:?}", form.title));
    }
    if !form.greeting.trim().is_empty() {
        panel = panel.greeting(form.greeting.as_str());
        arguments.push(format!("greeting = {:?}", form.greeting));
    }
    if let Some(placement) = placement {
        panel = panel.placement(placement);
        arguments.push(format!("placement = {:?}", placement.as_str()));
    }
    if let Some(side) = side {
        panel = panel.side(side);
        arguments.push(format!("side = {:?}", side.as_str()));
    }
    if form.open {
        panel = panel.open(true);
        arguments.push("open = true".to_owned());
    }
    if form.qr {
        panel = panel.qr(true);
        arguments.push("qr = true".to_owned());
    }
    if let Some(lang) = lang {
        panel = panel.lang(lang);
        arguments.push(format!("lang = {:?}", lang.code()));
    }
    for line in &lines {
        let mut button = DmButton::to(line.contact.clone());
        if let Some(name) = &line.name {
            button = button.name(name.as_str());
        }
        if let Some(role) = &line.role {
            button = button.role(role.as_str());
        }
        panel = panel.button(button);
    }
    let list: Vec<String> = lines.iter().map(line_arguments).collect();
    arguments.push(format!("buttons = [{}]", list.join(", ")));
    match panel.build() {
        Ok(panel) => Ok(Configured {
            html: panel.to_html(),
            invocation: format!("dm_panel!({})", arguments.join(", ")),
        }),
        Err(error) => Err(FieldErrors::only("buttons", error)),
    }
}

pub(crate) async fn configure_panel(Query(query): Query<Vec<(String, String)>>) -> Response {
    let form = Form::from_query(query);
    let (status, configured, errors) = outcome(form.submitted, || build(&form));
    let page = layout(
        "Configure a panel",
        html! {
            h1 { "Configure a contact panel" }
            p class="lead" {
                "Several buttons behind one toggle, built at run time by "
                code { "ContactPanel" } " from what an application stores: one "
                code { "platform:recipient" } " a line, then who answers."
            }
            (error_summary("The panel could not be made", &errors))
            (form_markup(&form, &errors))
            @if let Some(configured) = &configured {
                section class="result" aria-labelledby="result-title" {
                    h2 id="result-title" { "Your panel" }
                    div class="preview" id="preview" { (PreEscaped(&configured.html)) }
                    h3 { "In Rust, checked at compile time" }
                    pre { code id="snippet-rust" { (configured.invocation) } }
                    h3 { "HTML" }
                    pre { code id="snippet-html" { (configured.html) } }
                }
            }
        },
    );
    html_page(status, page.into_string())
}

fn form_markup(form: &Form, errors: &FieldErrors) -> Markup {
    // An option that shows its value as its text.
    let named = |name: &'static str| (name, name.to_owned());
    html! {
        form class="configure" method="get" action="/configure/panel" novalidate {
            (field("buttons", "Buttons", errors.get("buttons"),
                "One a line: platform:recipient (whatsapp:+33 6 12 34 56 78, x:3805104374, email:hello@example.com...), then | name | role.",
                html! {
                    textarea id="buttons" name="buttons" rows="5"
                        aria-invalid=[errors.get("buttons").map(|_| "true")]
                        aria-describedby="buttons-hint buttons-error" { (form.buttons) }
                }))
            (field("title", "Title", None, "Optional: the toggle's words (\"Contact us\" by default).",
                html! { input id="title" name="title" type="text" value=(form.title) aria-describedby="title-hint"; }))
            (field("greeting", "Greeting", None, "Optional: a sentence above the buttons.",
                html! { input id="greeting" name="greeting" type="text" value=(form.greeting) aria-describedby="greeting-hint"; }))
            (field("placement", "Placement", errors.get("placement"), "Inline: a card in the page. Floating: a bubble in a corner.",
                select("placement", &form.placement, Some("(default)"),
                    Placement::ALL.iter().map(|placement| named(placement.as_str())), errors.get("placement"))))
            (field("side", "Side", errors.get("side"), "The corner of a floating panel.",
                select("side", &form.side, Some("(default)"),
                    Side::ALL.iter().map(|side| named(side.as_str())), errors.get("side"))))
            (field("lang", "Language", errors.get("lang"), "Of the built-in title and labels.",
                select("lang", &form.lang, Some("(default)"),
                    Lang::ALL.iter().map(|lang| named(lang.code())), errors.get("lang"))))
            (checkbox("open", form.open, html! { "Rendered open" }))
            (checkbox("qr", form.qr, html! { "QR codes for the apps on a phone (shown to a mouse)" }))
            button class="submit" type="submit" { "Make the panel" }
        }
    }
}
