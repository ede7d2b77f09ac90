//! actix-web: a page with a static button, and a contact page per user with a button built
//! at run time from the path (`/contact/{id}`), 404 with the reason for an invalid ID.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::http::{StatusCode, header};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use dm_button::{DmButton, RecipientId, StaticButton, dm_button};
use maud::{DOCTYPE, Markup, html};

/// The team's button, checked when this server was compiled.
const TEAM: StaticButton = dm_button!(
    recipient = 3805104374,
    screen_name = "furni",
    style = "large"
);

/// No script, styles from this server only.
const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The server on `listener`, not yet running: await it to serve, stop it with its handle.
/// It stops gracefully on Ctrl-C (SIGINT), as actix-web does by default.
///
/// # Errors
///
/// When the listener cannot be used.
pub fn server(listener: TcpListener) -> std::io::Result<Server> {
    Ok(HttpServer::new(|| {
        App::new()
            .route("/", web::get().to(home))
            .route("/contact/{id}", web::get().to(contact))
            .route(dm_button::STYLESHEET_PATH, web::get().to(stylesheet))
            .default_service(web::to(not_found))
    })
    .workers(2)
    .listen(listener)?
    .run())
}

async fn home() -> HttpResponse {
    page(
        StatusCode::OK,
        "Contact",
        html! {
            h1 { "Contact the team" }
            p { (TEAM) }
            p { "Or write to one of us: " a href="/contact/783214" { "/contact/783214" } "." }
        },
    )
}

/// A user's contact page; the ID comes from the URL, so it is checked here, at run time.
async fn contact(id: web::Path<String>) -> HttpResponse {
    match id.parse::<RecipientId>() {
        Ok(id) => page(
            StatusCode::OK,
            "Contact",
            html! {
                h1 { "Write to user " (id) }
                p { (DmButton::new(id).text("Hello from the actix-web example")) }
            },
        ),
        Err(error) => page(
            StatusCode::NOT_FOUND,
            "No such user",
            html! {
                h1 { "No such user" }
                p class="error" { "No contact page for this address: " (error) "." }
            },
        ),
    }
}

/// The crate's stylesheet: dm-button's framework-neutral answer (200 or 304, its ETag and a
/// year's cache), copied into actix-web's response.
async fn stylesheet(request: HttpRequest) -> HttpResponse {
    let answer = dm_button::StylesheetResponse::for_request(
        request
            .headers()
            .get_all(header::IF_NONE_MATCH)
            .filter_map(|value| value.to_str().ok()),
    );
    let status = StatusCode::from_u16(answer.status()).unwrap_or(StatusCode::OK);
    let mut response = HttpResponse::build(status);
    for header in answer.headers() {
        response.insert_header(header);
    }
    response.body(answer.body())
}

async fn not_found() -> HttpResponse {
    page(
        StatusCode::NOT_FOUND,
        "Not found",
        html! { h1 { "Not found" } p { a href="/" { "Contact" } } },
    )
}

fn page(status: StatusCode, title: &str, main: Markup) -> HttpResponse {
    let body = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="color-scheme" content="light dark";
                title { (title) " · actix-web + dm-button" }
                link rel="stylesheet" href=(dm_button::STYLESHEET_PATH);
            }
            body { main { (main) } }
        }
    };
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .body(body.into_string())
}
