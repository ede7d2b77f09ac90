//! minijinja: buttons passed into a template. The markup is already escaped, so it goes in
//! as a safe string; everything else in the template is escaped by minijinja as usual.

use std::sync::LazyLock;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use dm_button::{DmButton, RecipientId, StaticButton, dm_button};
use minijinja::{Environment, Value, context};

const TEMPLATE: &str = include_str!("../templates/contact.html");

/// The page's main button, checked when this server was compiled.
const MAIN: StaticButton = dm_button!(
    recipient = 3805104374,
    screen_name = "furni",
    style = "large"
);

/// Team members as a database holds them: IDs as text, one of them wrong, as happens.
const TEAM: [(&str, &str); 3] = [
    ("Sales", "3805104374"),
    ("Support", "783214"),
    ("Press", "@press_team"),
];

const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'";

static TEMPLATES: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut environment = Environment::new();
    // A template that does not parse is a bug of this example, found by its tests.
    if let Err(error) = environment.add_template("contact.html", TEMPLATE) {
        eprintln!("contact.html: {error}");
    }
    environment
});

/// The page's routes.
pub fn router() -> Router {
    Router::new()
        .route("/", get(contact))
        .route("/dm-button.css", get(stylesheet))
        .fallback(|| async { (StatusCode::NOT_FOUND, "Not found: the page is at /\n") })
}

async fn contact() -> Response {
    let team: Vec<Value> = TEAM
        .iter()
        .map(|&(name, id)| match id.parse::<RecipientId>() {
            Ok(id) => context! {
                name => name,
                button => Value::from_safe_string(DmButton::new(id).label(format!("Message {name}")).to_string()),
            },
            Err(error) => context! { name => name, error => error.to_string() },
        })
        .collect();
    let rendered = TEMPLATES.get_template("contact.html").and_then(|template| {
        template.render(context! {
            title => "Contact <us>",
            main_button => Value::from_safe_string(MAIN.to_string()),
            team => team,
        })
    });
    match rendered {
        Ok(html) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
            ],
            html,
        )
            .into_response(),
        Err(error) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("The template failed: {error}\n"),
        )
            .into_response(),
    }
}

async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        dm_button::STYLESHEET,
    )
        .into_response()
}
