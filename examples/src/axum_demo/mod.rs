//! The README's demo, on axum: `/` a gallery of static buttons and panels, `/configure` a
//! configurator that builds a button at run time, `/configure/panel` one that builds a
//! contact panel, `/clicks` buttons whose clicks this server counts (`/go/...`, 303 to the
//! platform), `dm_button::STYLESHEET_PATH` the crate's stylesheet (its
//! name changes with its bytes, so it is cached for a year; `dm_button::http::stylesheet`). Every page carries the floating
//! contact panel.
//!
//! Every page is sent with a strict Content-Security-Policy: no script at all, styles only
//! from this server. Nothing answers 500: bad form input is a 422 with the message beside
//! its field, an unknown path a 404.

mod assets;
pub mod clicks;
mod configure;
mod configure_panel;
mod form;
pub mod gallery;
mod page;
pub mod panels;

use axum::Router;
use axum::routing::get;

pub use page::CONTENT_SECURITY_POLICY;

/// The demo's routes.
pub fn router() -> Router {
    Router::new()
        .route("/", get(gallery::gallery))
        .route("/configure", get(configure::configure))
        .route("/configure/panel", get(configure_panel::configure_panel))
        .route(dm_button::STYLESHEET_PATH, get(assets::stylesheet))
        .route("/demo.css", get(assets::demo_stylesheet))
        .route("/clicks", get(clicks::clicks))
        .route("/go/{slug}", get(clicks::follow))
        .fallback(page::not_found)
}
