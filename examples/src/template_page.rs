//! Template engines: the same contact page made by minijinja (`/`) and by askama
//! (`/askama`). The buttons go in as markup, not as escaped text: minijinja takes them as
//! safe values (`Value::from(button)`) and builds one itself with the `dm_button(...)`
//! function; askama prints them with `{{ button }}`, no `|safe`. Everything else in the
//! templates is escaped by the engine as usual.

use std::sync::LazyLock;

use askama::Template;
use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use dm_button::{DmButton, RecipientId, RecipientIdError, StaticButton, Style, dm_button};
use minijinja::{Environment, Value, context};

/// The page both engines fill, and minijinja's page of it (askama reads the files itself).
const LAYOUT: &str = include_str!("../templates/contact-layout.html");
const TEMPLATE: &str = include_str!("../templates/contact.html");

/// The page's main button, checked when this server was compiled.
const MAIN: StaticButton = dm_button!(
    recipient = 3805104374,
    screen_name = "furni",
    style = "large"
);

/// What the askama page shows where the minijinja template calls `dm_button(...)`.
const DEVELOPERS: StaticButton = dm_button!(
    recipient = "@XDevelopers",
    screen_name = "XDevelopers",
    style = "link",
    text = "Hello from the contact page"
);

/// Team members as a database holds them: IDs as text, one of them wrong, as happens.
const TEAM: [(&str, &str); 3] = [
    ("Sales", "3805104374"),
    ("Support", "2244994945"),
    ("Press", "@press_team"),
];

const TITLE: &str = "Contact <us>";

const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'";

static TEMPLATES: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut environment = Environment::new();
    dm_button::minijinja::add_to_environment(&mut environment);
    // A template that does not parse is a bug of this example, found by its tests.
    for (name, source) in [("contact-layout.html", LAYOUT), ("contact.html", TEMPLATE)] {
        if let Err(error) = environment.add_template(name, source) {
            eprintln!("{name}: {error}");
        }
    }
    environment
});

/// The page's routes.
pub fn router() -> Router {
    Router::new()
        .route("/", get(minijinja_page))
        .route("/askama", get(askama_page))
        .route("/dm-button.css", get(stylesheet))
        .fallback(|| async {
            (
                StatusCode::NOT_FOUND,
                "Not found: the pages are at / (minijinja) and /askama\n",
            )
        })
}

/// A team member's button, or why the row has none.
fn team_button(name: &str, id: &str) -> Result<DmButton<'static>, RecipientIdError> {
    let id: RecipientId = id.parse()?;
    Ok(DmButton::new(id)
        .label(format!("Message {name}"))
        .style(Style::Compact))
}

async fn minijinja_page() -> Response {
    let team: Vec<Value> = TEAM
        .iter()
        .map(|&(name, id)| match team_button(name, id) {
            Ok(button) => context! { name => name, button => Value::from(button) },
            Err(error) => context! { name => name, error => error.to_string() },
        })
        .collect();
    let rendered = TEMPLATES.get_template("contact.html").and_then(|template| {
        template.render(context! {
            engine => "minijinja",
            title => TITLE,
            main_button => Value::from(MAIN),
            team => team,
        })
    });
    page(rendered.map_err(|error| error.to_string()))
}

/// One row of the team list, for askama.
struct Member {
    name: &'static str,
    button: Result<DmButton<'static>, RecipientIdError>,
}

#[derive(Template)]
#[template(path = "contact-askama.html")]
struct AskamaPage {
    engine: &'static str,
    title: &'static str,
    main_button: StaticButton,
    team: Vec<Member>,
    developers: StaticButton,
}

async fn askama_page() -> Response {
    let page_data = AskamaPage {
        engine: "askama",
        title: TITLE,
        main_button: MAIN,
        team: TEAM
            .iter()
            .map(|&(name, id)| Member {
                name,
                button: team_button(name, id),
            })
            .collect(),
        developers: DEVELOPERS,
    };
    page(page_data.render().map_err(|error| error.to_string()))
}

fn page(rendered: Result<String, String>) -> Response {
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
