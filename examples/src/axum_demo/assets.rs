//! The stylesheets, with an ETag and a long cache lifetime: dm-button's, served by
//! `dm_button::http::stylesheet`, and the demo's own.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The demo page's own layout (the buttons' look is `dm_button::STYLESHEET`).
const DEMO_CSS: &str = include_str!("demo.css");

static DEMO_ETAG: LazyLock<String> = LazyLock::new(|| {
    let mut hasher = DefaultHasher::new();
    DEMO_CSS.hash(&mut hasher);
    format!("\"demo-{:016x}\"", hasher.finish())
});

/// The crate's stylesheet, with its ETag, 304 and a year's cache (dm-button's feature `http`).
pub(crate) async fn stylesheet(request: HeaderMap) -> Response {
    dm_button::http::stylesheet(&request).into_response()
}

pub(crate) async fn demo_stylesheet(request: HeaderMap) -> Response {
    css(&request, DEMO_CSS, &DEMO_ETAG)
}

/// `body` as CSS, or 304 when the client holds this version already.
fn css(request: &HeaderMap, body: &'static str, etag: &str) -> Response {
    let etag_value = HeaderValue::from_str(etag).unwrap_or(HeaderValue::from_static("\"css\""));
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/css; charset=utf-8"),
        ),
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ),
        (header::ETAG, etag_value),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
    ];
    let fresh = request
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|tag| tag.trim() == etag || tag.trim() == "*");
    if fresh {
        (StatusCode::NOT_MODIFIED, headers).into_response()
    } else {
        (StatusCode::OK, headers, body).into_response()
    }
}
