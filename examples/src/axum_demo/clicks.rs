//! Clicks counted without a script: `/clicks` shows two buttons whose `href` is a route of
//! this server (`/go/sales`, `/go/support`), a contact panel whose buttons each have one
//! (`/go/team-whatsapp`, `/go/team-whatsapp-2`, `/go/team-email`), and how often each was
//! followed; the route
//! counts the click and answers `303 See Other` to the platform's link
//! (`dm_button::ClickRoutes`, served by `dm_button::http::click`). Nothing about the
//! visitor is kept: a number per route.

use std::collections::BTreeMap;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use dm_button::{ClickRoutes, ContactPanel, CountedButton, DmButton, Panel, PhoneNumber};
use maud::{Markup, html};

use super::page::{html_page, layout};

/// The routes' prefix.
pub const PREFIX: &str = "/go";

/// The routes, the buttons and the panel that point at them, and a counter per route.
struct Counted {
    routes: ClickRoutes,
    buttons: Vec<(&'static str, CountedButton)>,
    panel: Panel<'static>,
    counts: BTreeMap<String, AtomicU64>,
}

static COUNTED: LazyLock<Counted> = LazyLock::new(|| {
    // Constant inputs, checked by the servers' test: a mistake here fails at the first page.
    let mut routes = ClickRoutes::new(PREFIX).expect("a path prefix");
    let number: PhoneNumber = "+33 6 12 34 56 78".parse().expect("a mobile number");
    let sales = DmButton::whatsapp(number)
        .text("Hello! A question about my order")
        .name("Ana")
        .role("Sales");
    let address = "help@example.com".parse().expect("an email address");
    let support = DmButton::email(address).subject("Support request");
    let buttons = vec![
        ("sales", routes.button("sales", &sales).expect("a new slug")),
        (
            "support",
            routes.button("support", &support).expect("a new slug"),
        ),
    ];
    let other: PhoneNumber = "+33 6 98 76 54 32".parse().expect("a mobile number");
    let address = "team@example.com".parse().expect("an email address");
    let panel = ContactPanel::new()
        .title("Talk to the team")
        .open(true)
        .button(DmButton::whatsapp(number).name("Ana").role("Sales"))
        .button(DmButton::whatsapp(other).name("Ben").role("Support"))
        .button(DmButton::email(address).subject("A question"))
        .build()
        .expect("a panel of buttons");
    let panel = routes.panel("team", panel).expect("new slugs");
    let counts = routes
        .slugs()
        .map(|slug| (slug.to_owned(), AtomicU64::new(0)))
        .collect();
    Counted {
        routes,
        buttons,
        panel,
        counts,
    }
});

/// `/go/{slug}`: counts the click, then 303 to the platform's link; 404 for any other slug.
pub(crate) async fn follow(uri: Uri) -> Response {
    let counted = &*COUNTED;
    dm_button::http::click(&counted.routes, uri.path(), |click| {
        if let Some(count) = counted.counts.get(click.slug) {
            count.fetch_add(1, Ordering::Relaxed);
        }
    })
    .into_response()
}

/// `/clicks`: the counted buttons and their counts, as they are now.
pub(crate) async fn clicks() -> Response {
    let counted = &*COUNTED;
    let page = layout(
        "Clicks",
        html! {
            h1 { "Clicks counted without a script" }
            p class="lead" {
                "These buttons point at this server's own routes, which count the click and \
                 send the browser on with a " code { "303 See Other" } ": no script, no cookie, \
                 nothing kept about you but one more click on the route."
            }
            div class="examples" {
                @for (slug, button) in &counted.buttons {
                    figure class="example" {
                        div class="example__preview" { (button) }
                        figcaption {
                            (count(counted, slug))
                        }
                    }
                }
            }
            h2 { "A counted panel" }
            p {
                "Each button of this panel has a route of its own, named after the panel and \
                 its platform."
            }
            (counted.panel)
            ul {
                @for slug in counted.counts.keys().filter(|slug| slug.starts_with("team-")) {
                    li { (count(counted, slug)) }
                }
            }
        },
    );
    html_page(StatusCode::OK, page.into_string())
}

/// A route and how often it was followed.
fn count(counted: &Counted, slug: &str) -> Markup {
    html! {
        code { (PREFIX) "/" (slug) }
        " followed "
        span class="count" id={ "count-" (slug) } {
            (counted.counts.get(slug).map_or(0, |count| count.load(Ordering::Relaxed)))
        }
        " times"
    }
}
