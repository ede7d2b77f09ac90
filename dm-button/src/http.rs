//! The `http` crate's types (feature `http`, `http` 1): the stylesheet and the counting
//! routes' redirects as [`http::Response`]s, which axum, hyper and the other frameworks
//! built on `http` 1 serve as they are.
//!
//! ```
//! use axum::{Router, http::HeaderMap, routing::get};
//!
//! let app: Router = Router::new().route(
//!     dm_button::STYLESHEET_PATH,
//!     get(|headers: HeaderMap| async move { dm_button::http::stylesheet(&headers) }),
//! );
//! # let _ = app;
//! ```

use ::http::{HeaderMap, HeaderValue, Response, StatusCode, header};

use crate::{Click, ClickRoutes, StylesheetResponse};

/// The answer to a request for the stylesheet with these headers: `200` with
/// [`STYLESHEET`](crate::STYLESHEET), or `304` when its `If-None-Match` names this version;
/// the headers of [`StylesheetResponse`].
///
/// ```
/// use http::{HeaderMap, HeaderValue, header};
///
/// let first = dm_button::http::stylesheet(&HeaderMap::new());
/// assert_eq!(first.status(), 200);
/// assert_eq!(first.body(), dm_button::STYLESHEET);
/// let etag = first.headers()[header::ETAG].clone();
///
/// let mut again = HeaderMap::new();
/// again.insert(header::IF_NONE_MATCH, etag);
/// let second = dm_button::http::stylesheet(&again);
/// assert_eq!(second.status(), 304);
/// assert!(second.body().is_empty());
/// ```
pub fn stylesheet(request: &HeaderMap) -> Response<String> {
    let answer = StylesheetResponse::for_request(
        request
            .get_all(header::IF_NONE_MATCH)
            .iter()
            .filter_map(|value| value.to_str().ok()),
    );
    let mut response = Response::new(answer.body().to_owned());
    *response.status_mut() = match answer.status() {
        304 => StatusCode::NOT_MODIFIED,
        _ => StatusCode::OK,
    };
    let headers = response.headers_mut();
    for (name, value) in answer.headers() {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// The answer to a request on the counting routes: `303 See Other` to the link recorded
/// under the path's slug, after `on_click` is told of the click, or `404` (see
/// [`ClickRoutes::answer`]). Pass the request's path alone (`uri.path()`): a query string
/// is not part of any route.
///
/// ```
/// use std::sync::atomic::{AtomicU64, Ordering};
/// use axum::{Router, extract::State, http::Uri, routing::get};
/// use dm_button::{ClickRoutes, DmButton, RecipientId};
///
/// struct Site { routes: ClickRoutes, clicks: AtomicU64 }
///
/// let mut routes = ClickRoutes::new("/go")?;
/// let button = routes.button("x", &DmButton::new(RecipientId::MIN))?; // put it in the page
/// let site = std::sync::Arc::new(Site { routes, clicks: AtomicU64::new(0) });
/// let app: Router = Router::new()
///     .route("/go/{slug}", get(|State(site): State<std::sync::Arc<Site>>, uri: Uri| async move {
///         dm_button::http::click(&site.routes, uri.path(), |_| {
///             site.clicks.fetch_add(1, Ordering::Relaxed);
///         })
///     }))
///     .with_state(site.clone());
///
/// let response = dm_button::http::click(&site.routes, "/go/x", |click| assert_eq!(click.slug, "x"));
/// assert_eq!(response.status(), 303);
/// assert_eq!(response.headers()["location"], "https://x.com/messages/compose?recipient_id=1");
/// assert_eq!(dm_button::http::click(&site.routes, "/go/y", |_| unreachable!()).status(), 404);
/// # let _ = (app, button);
/// # Ok::<(), dm_button::ClickRouteError>(())
/// ```
pub fn click(
    routes: &ClickRoutes,
    path: &str,
    on_click: impl FnOnce(Click<'_>),
) -> Response<String> {
    let answer = routes.answer(path);
    if let Some(click) = answer.click() {
        on_click(click);
    }
    let mut response = Response::new(answer.body().to_owned());
    *response.status_mut() = match answer.status() {
        303 => StatusCode::SEE_OTHER,
        _ => StatusCode::NOT_FOUND,
    };
    let headers = response.headers_mut();
    for (name, value) in answer.headers() {
        // `ClickRoutes::button` records visible ASCII only, which a header value holds.
        let value = HeaderValue::from_str(value);
        debug_assert!(value.is_ok(), "a recorded link is visible ASCII");
        if let Ok(value) = value {
            headers.insert(name, value);
        }
    }
    response
}
