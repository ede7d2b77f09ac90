//! `/`: buttons made at compile time with `dm_button!`, each beside the invocation that made
//! it; and a button for every platform of the registry, made by `DmButton::to` from the
//! platform's example recipient, beside the `dm_button!` that gives the same bytes (so a new
//! platform is in the gallery without a line here).

use std::sync::LazyLock;

use axum::http::StatusCode;
use axum::response::Response;
use dm_button::{Contact, DmButton, Lang, Platform, StaticButton, Style, dm_button};
use maud::{Markup, PreEscaped, html};

use super::page::{html_page, layout};

/// A button and the code that made it, from one list of tokens.
struct Example {
    code: &'static str,
    button: StaticButton,
}

macro_rules! example {
    ($($args:tt)*) => {
        Example { code: concat!("dm_button!(", stringify!($($args)*), ")"), button: dm_button!($($args)*) }
    };
}

const STYLES: [Example; 4] = [
    example!(
        recipient = 3805104374,
        style = "compact",
        id = "style-compact"
    ),
    example!(recipient = 3805104374, style = "large", id = "style-large"),
    example!(recipient = 3805104374, style = "icon", id = "style-icon"),
    example!(recipient = 3805104374, style = "link", id = "style-link"),
];

const SCREEN_NAMES: [Example; 3] = [
    example!(recipient = 3805104374, screen_name = "@furni"),
    example!(
        recipient = 3805104374,
        screen_name = "furni",
        style = "large"
    ),
    example!(
        recipient = 3805104374,
        screen_name = "furni",
        show_screen_name = false
    ),
];

const LANGUAGES: [Example; 5] = [
    example!(recipient = 3805104374, lang = "fr"),
    example!(recipient = 3805104374, lang = "es", style = "large"),
    example!(recipient = 3805104374, lang = "de"),
    example!(recipient = 3805104374, lang = "ja", screen_name = "furni"),
    example!(
        recipient = 3805104374,
        lang = "ar",
        screen_name = "furni",
        id = "lang-ar"
    ),
];

const MESSAGES: [Example; 2] = [
    example!(
        recipient = 3805104374,
        text = "Hello! A question about my order #42 & its delivery",
        id = "with-text"
    ),
    example!(
        recipient = 3805104374,
        label = "Ask us on X",
        new_tab = true,
        welcome_message_id = 1234567890
    ),
];

const WIDGETS: [Example; 2] = [
    example!(recipient = 3805104374, widget = true, screen_name = "furni"),
    example!(
        recipient = 3805104374,
        widget = true,
        style = "large",
        lang = "es",
        dnt = true
    ),
];

/// Names from the demo's dm-button.toml, looked up when the server was compiled.
const BY_NAME: [Example; 2] = [
    example!(recipient = "@XDevelopers", screen_name = "XDevelopers"),
    example!(recipient = "@furni", style = "large", text = "Hello!"),
];

const IN_TEXT: Example = example!(
    recipient = 3805104374,
    style = "link",
    label = "send us a message on X"
);

/// The gallery is made of constants only, so it is rendered once, on the first request,
/// and every request after that gets the same bytes: the page as well as its buttons costs
/// a copy. (Rendering it per request with maud escaped its code snippets every time, and
/// cost the demo a third of its throughput; see BENCHMARKS.md.)
///
/// The one part that changes is the team's panel, whose buttons have opening hours: the page
/// is kept as the text before it and the text after it, and the panel is rendered between
/// them at each request, as it is at that moment (copies, and a look-up in each schedule).
static PAGE: LazyLock<(String, String)> = LazyLock::new(|| {
    let page = render().into_string();
    match page.split_once(NOW) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (page, String::new()),
    }
});

/// Where the team's panel goes in the page rendered once.
const NOW: &str = "<!-- the team's panel, as it is now -->";

pub(crate) async fn gallery() -> Response {
    let (before, after) = &*PAGE;
    let mut page = String::with_capacity(before.len() + after.len() + 8192);
    page.push_str(before);
    super::panels::TEAM.panel.render_to(&mut page);
    page.push_str(after);
    html_page(StatusCode::OK, page)
}

fn render() -> Markup {
    layout(
        "Gallery",
        html! {
            h1 { "Message buttons, checked at compile time" }
            p class="lead" {
                "Each button below is a " code { "dm_button!" } " invocation, checked and \
                 rendered when this server was compiled: serving it costs one copy. Try the "
                a href="/configure" { "configurator" } " for buttons built at run time."
            }
            (section("styles", "Styles", "Compact, large, icon (the label is its accessible name and tooltip) and link. Dark mode follows your system.", &STYLES))
            (shown_section("contact-row", "A contact row", "One button per platform: the label names the platform, the colour tells it apart at a glance.", &contact_row()))
            (section("screen-names", "With a screen name", "The @name follows the label, or moves into the tooltip.", &SCREEN_NAMES))
            (section("languages", "Languages", "Built-in labels, with the button's own lang (and direction for Arabic).", &LANGUAGES))
            (section("messages", "Messages and labels", "A prefilled message, your own label, a new tab, a welcome message.", &MESSAGES))
            (section("by-name", "Recipients by name", "The code names the account; the link holds its ID, looked up at compile time in the checked-in dm-button.toml (kept by `cargo dm-button`).", &BY_NAME))
            @for platform in Platform::ALL.iter().filter(|platform| **platform != Platform::X) {
                (shown_section(platform.as_str(), platform.name(), &platform_intro(*platform), &platform_examples(*platform)))
            }
            section id="panels" {
                h2 { "Contact panels" }
                p { "Several buttons behind one toggle, with the people who answer and their hours (outside them, the panel says when they answer, in Paris time: this part of the page is rendered at each request): a " code { "<details>" } " the browser opens and closes, no script. A floating one sits in the corner of every page of this demo." }
                div class="panels" {
                    figure class="example" {
                        div class="example__preview" { (PreEscaped(NOW)) }
                        figcaption { pre { code { (super::panels::TEAM.code) } } }
                    }
                    @for example in &super::panels::INLINE {
                        figure class="example" {
                            div class="example__preview" { (example.panel) }
                            figcaption { pre { code { (example.code) } } }
                        }
                    }
                }
            }
            (section("widgets", "X's widget markup", "What X documents for its own button, for sites that load X's widgets.js. This page does not (its CSP forbids scripts), so these stay the plain links they fall back to.", &WIDGETS))
            section id="in-text" {
                h2 { "In a sentence" }
                p { "Questions? Please " (IN_TEXT.button) ", we answer within a day." }
                pre { code { (IN_TEXT.code) } }
            }
        },
    )
}

fn section(id: &str, title: &str, intro: &str, examples: &[Example]) -> Markup {
    let shown: Vec<Shown> = examples
        .iter()
        .map(|example| Shown {
            code: example.code.to_owned(),
            html: example.button.as_str().to_owned(),
        })
        .collect();
    shown_section(id, title, intro, &shown)
}

fn shown_section(id: &str, title: &str, intro: &str, examples: &[Shown]) -> Markup {
    html! {
        section id=(id) {
            h2 { (title) }
            p { (intro) }
            div class="examples" {
                @for example in examples {
                    figure class="example" {
                        div class="example__preview" { (PreEscaped(&example.html)) }
                        figcaption { pre { code { (example.code) } } }
                    }
                }
            }
        }
    }
}

/// A button as the gallery shows it: its markup, and the `dm_button!` that makes it.
struct Shown {
    code: String,
    html: String,
}

/// The message the platform sections prefill, where the platform takes one.
pub const MESSAGE: &str = "Hello! A question about my order #42";

/// The gallery's button for `platform` from its first example recipient: with the
/// prefilled [`MESSAGE`] when the platform takes one, and the id `{slug}-text`, which the
/// browser test clicks. `None` when the example does not parse, which a test rules out.
pub fn message_button(
    platform: Platform,
) -> Option<DmButton<'static, dm_button::state::AnyPlatform>> {
    let example = platform.examples().first()?;
    let button =
        DmButton::to(contact(platform, example)?)
            .id(format!("{}-text", platform.as_str()).parse().ok()?);
    if platform.takes_text() {
        button.try_text(MESSAGE).ok()
    } else {
        Some(button)
    }
}

fn contact(platform: Platform, recipient: &str) -> Option<Contact> {
    format!("{}:{recipient}", platform.as_str()).parse().ok()
}

/// The `dm_button!` invocation of a platform's button.
fn invocation(platform: Platform, recipient: &str, rest: &[String]) -> String {
    let recipient = if platform == Platform::X {
        recipient.to_owned()
    } else {
        format!("{recipient:?}")
    };
    let mut arguments = vec![format!("{} = {recipient}", platform.key())];
    arguments.extend(rest.iter().cloned());
    format!("dm_button!({})", arguments.join(", "))
}

/// One button per platform, each with the id `row-{slug}`.
fn contact_row() -> Vec<Shown> {
    Platform::ALL
        .iter()
        .filter_map(|platform| {
            let example = platform.examples().first()?;
            let id = format!("row-{}", platform.as_str());
            let button = DmButton::to(contact(*platform, example)?).id(id.parse().ok()?);
            Some(Shown {
                code: invocation(*platform, example, &[format!("id = {id:?}")]),
                html: button.to_html(),
            })
        })
        .collect()
}

fn platform_intro(platform: Platform) -> String {
    let mut parts = Vec::new();
    if platform.takes_text() {
        parts.push("a prefilled message");
    } else {
        parts.push("no prefilled message: its link takes none");
    }
    if platform.takes_subject() {
        parts.push("a subject");
    }
    if !platform.opens_page() {
        parts.push("no new tab: its link hands over to an app");
    }
    format!(
        "{} links to {}: {}.",
        platform.name(),
        platform.examples().join(", "),
        parts.join("; ")
    )
}

/// A platform's section: its message button, then its other examples in the other styles
/// and a few languages.
fn platform_examples(platform: Platform) -> Vec<Shown> {
    let mut shown = Vec::new();
    if let Some(button) = message_button(platform) {
        let mut rest = Vec::new();
        if platform.takes_text() {
            rest.push(format!("text = {MESSAGE:?}"));
        }
        rest.push(format!("id = \"{}-text\"", platform.as_str()));
        shown.push(Shown {
            code: invocation(platform, platform.examples()[0], &rest),
            html: button.to_html(),
        });
    }
    let looks = [
        (Style::Large, Some(Lang::Fr)),
        (Style::Icon, None),
        (Style::Link, Some(Lang::Ja)),
    ];
    for (example, (style, lang)) in platform.examples().iter().skip(1).zip(looks) {
        let Some(contact) = contact(platform, example) else {
            continue;
        };
        let mut button = DmButton::to(contact).style(style);
        let mut rest = vec![format!("style = {:?}", style.as_str())];
        if let Some(lang) = lang {
            button = button.lang(lang);
            rest.push(format!("lang = {:?}", lang.code()));
        }
        shown.push(Shown {
            code: invocation(platform, example, &rest),
            html: button.to_html(),
        });
    }
    shown
}
