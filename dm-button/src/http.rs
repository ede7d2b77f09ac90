//! The `http` crate's types (feature `http`, `http` 1): the stylesheet as an
//! [`http::Response`], which axum, hyper and the other frameworks built on `http` 1 serve
//! as they are.
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

use crate::StylesheetResponse;

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
