//! `/`: buttons made at compile time with `dm_button!`, each beside the invocation that made
//! it.

use std::sync::LazyLock;

use axum::http::StatusCode;
use axum::response::Response;
use dm_button::{StaticButton, dm_button};
use maud::{Markup, html};

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

/// A contact section: one button per platform, told apart by their labels and colours.
const CONTACT_ROW: [Example; 6] = [
    example!(recipient = 3805104374, id = "row-x"),
    example!(whatsapp = "+1 650 253 0000", id = "row-whatsapp"),
    example!(telegram = "@durov", id = "row-telegram"),
    example!(messenger = "nasa", id = "row-messenger"),
    example!(instagram = "@nasa", id = "row-instagram"),
    example!(email = "hello@example.com", id = "row-email"),
];

const WHATSAPP: [Example; 3] = [
    example!(
        whatsapp = "+33 6 12 34 56 78",
        text = "Bonjour ! Une question sur ma commande",
        lang = "fr",
        id = "whatsapp-text"
    ),
    example!(whatsapp = "+44 7400 123456", style = "large"),
    example!(whatsapp = "+1 (650) 253-0000", style = "icon"),
];

const TELEGRAM: [Example; 2] = [
    example!(telegram = "@durov", text = "Hello!", id = "telegram-text"),
    example!(telegram = "telegram", style = "large", lang = "de"),
];

const MESSENGER: [Example; 2] = [
    example!(messenger = "nasa", text = "Hi there", id = "messenger-text"),
    example!(messenger = "54971236771", style = "icon"),
];

const INSTAGRAM: [Example; 2] = [
    example!(instagram = "@nasa", id = "instagram-plain"),
    example!(instagram = "natgeo", style = "large", lang = "es"),
];

const EMAIL: [Example; 2] = [
    example!(
        email = "hello@example.com",
        subject = "Order #42",
        text = "Hello,\nabout my order:",
        id = "email-text"
    ),
    example!(
        email = "support@example.com",
        style = "link",
        label = "write to support"
    ),
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
static PAGE: LazyLock<Markup> = LazyLock::new(render);

pub(crate) async fn gallery() -> Response {
    html_page(StatusCode::OK, PAGE.0.as_str())
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
            (section("contact-row", "A contact row", "One button per platform: the label names the platform, the colour tells it apart at a glance.", &CONTACT_ROW))
            (section("screen-names", "With a screen name", "The @name follows the label, or moves into the tooltip.", &SCREEN_NAMES))
            (section("languages", "Languages", "Built-in labels, with the button's own lang (and direction for Arabic).", &LANGUAGES))
            (section("messages", "Messages and labels", "A prefilled message, your own label, a new tab, a welcome message.", &MESSAGES))
            (section("by-name", "Recipients by name", "The code names the account; the link holds its ID, looked up at compile time in the checked-in dm-button.toml (kept by `cargo dm-button`).", &BY_NAME))
            (section("whatsapp", "WhatsApp", "wa.me links to a number checked against libphonenumber's data for its country, with a prefilled message.", &WHATSAPP))
            (section("telegram", "Telegram", "t.me links to a username, by Telegram's rule.", &TELEGRAM))
            (section("messenger", "Messenger", "m.me links to a Facebook Page, by username or ID.", &MESSENGER))
            (section("instagram", "Instagram", "ig.me links to an account; Instagram takes no prefilled message.", &INSTAGRAM))
            (section("email", "Email", "mailto: links with a subject and a body, line breaks as %0D%0A.", &EMAIL))
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
    html! {
        section id=(id) {
            h2 { (title) }
            p { (intro) }
            div class="examples" {
                @for example in examples {
                    figure class="example" {
                        div class="example__preview" { (example.button) }
                        figcaption { pre { code { (example.code) } } }
                    }
                }
            }
        }
    }
}
