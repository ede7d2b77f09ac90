//! The demo's page layout and the headers every page gets.

use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, html};

/// The demo's Content-Security-Policy: no script from anywhere, styles and images only from
/// this server, forms only to it. The buttons need nothing more.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// A whole page around `main`.
pub(crate) fn layout(title: &str, main: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light dark";
                title { (title) " · dm-button" }
                link rel="stylesheet" href=(dm_button::STYLESHEET_PATH);
                link rel="stylesheet" href="/demo.css";
            }
            body {
                header class="site" {
                    a class="site__name" href="/" { "dm-button" }
                    nav aria-label="Demo" {
                        a href="/" { "Gallery" }
                        a href="/configure" { "Configure" }
                        a href="/configure/panel" { "Panel" }
                        a href="/clicks" { "Clicks" }
                    }
                }
                main { (main) }
                footer class="site" {
                    p {
                        "Every button on this site is a plain link: the page runs no script \
                         (see its Content-Security-Policy)."
                    }
                }
                (super::panels::SITE_PANEL)
            }
        }
    }
}

/// An HTML response with the demo's security headers: a page rendered per request (a
/// `String`), or one rendered once (a `&'static str`, sent without a copy).
pub(crate) fn html_page(status: StatusCode, page: impl Into<Body>) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        page.into(),
    )
        .into_response()
}

/// Any path the demo does not have.
pub(crate) async fn not_found() -> Response {
    let page = layout(
        "Not found",
        html! {
            h1 { "Not found" }
            p { "This demo has two pages: the " a href="/" { "gallery" } " and the "
                a href="/configure" { "configurator" } "." }
        },
    );
    html_page(StatusCode::NOT_FOUND, page.into_string())
}
