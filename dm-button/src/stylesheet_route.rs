//! Serving [`STYLESHEET`] as a file: its versioned path, its strong ETag, and the answer to a
//! request for it (200 with the stylesheet, or 304 when the browser holds this version),
//! for any web framework.

use crate::{STYLESHEET, STYLESHEET_CSP_HASH};

/// The base64 SHA-256 of [`STYLESHEET`], out of [`STYLESHEET_CSP_HASH`]'s `'sha256-…='`.
const HASH: &[u8] = {
    let bytes = STYLESHEET_CSP_HASH.as_bytes();
    let (_, hash) = bytes.split_at("'sha256-".len());
    let (hash, _) = hash.split_at(hash.len() - 1);
    hash
};

/// How many characters of the hash name the file: 16 base64 characters, 96 bits.
const PATH_HASH_LEN: usize = 16;

#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time: an index out of bounds fails the build, never a program"
)]
const ETAG_BYTES: [u8; HASH.len() + 2] = {
    let mut etag = [b'"'; HASH.len() + 2];
    let mut index = 0;
    while index < HASH.len() {
        etag[index + 1] = HASH[index];
        index += 1;
    }
    etag
};

const PATH_PREFIX: &str = "/dm-button.";
const PATH_SUFFIX: &str = ".css";
const PATH_LEN: usize = PATH_PREFIX.len() + PATH_HASH_LEN + PATH_SUFFIX.len();

#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time: an index out of bounds fails the build, never a program"
)]
const PATH_BYTES: [u8; PATH_LEN] = {
    let mut path = [0; PATH_LEN];
    let mut index = 0;
    while index < PATH_PREFIX.len() {
        path[index] = PATH_PREFIX.as_bytes()[index];
        index += 1;
    }
    let mut at = 0;
    while at < PATH_HASH_LEN {
        // base64url: a path segment holds no `/`, and `+` reads as a space in some servers
        path[index] = match HASH[at] {
            b'+' => b'-',
            b'/' => b'_',
            other => other,
        };
        index += 1;
        at += 1;
    }
    at = 0;
    while at < PATH_SUFFIX.len() {
        path[index] = PATH_SUFFIX.as_bytes()[at];
        index += 1;
        at += 1;
    }
    path
};

const fn ascii(bytes: &'static [u8]) -> &'static str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => "",
    }
}

/// The strong ETag of [`STYLESHEET`]: its SHA-256 in base64, quoted (`"jTqo…="`), so it
/// changes exactly when the stylesheet's bytes do.
///
/// ```
/// let hash = dm_button::STYLESHEET_CSP_HASH;
/// assert_eq!(
///     dm_button::STYLESHEET_ETAG,
///     format!("\"{}\"", &hash["'sha256-".len()..hash.len() - 1])
/// );
/// ```
pub const STYLESHEET_ETAG: &str = ascii(&ETAG_BYTES);

/// A path for [`STYLESHEET`] that names its version: `/dm-button.` and the first 16
/// characters of its SHA-256 in base64url, then `.css`. A new stylesheet (a new version of
/// dm-button that changes it) gets a new path, so the file can be cached for a year as
/// `immutable`, which [`StylesheetResponse`] says. Link to it from the page's `<head>`:
///
/// ```
/// let link = format!(r#"<link rel="stylesheet" href="{}">"#, dm_button::STYLESHEET_PATH);
/// assert!(dm_button::STYLESHEET_PATH.starts_with("/dm-button."));
/// assert!(dm_button::STYLESHEET_PATH.ends_with(".css"));
/// # let _ = link;
/// ```
pub const STYLESHEET_PATH: &str = ascii(&PATH_BYTES);

/// The answer to a request for [`STYLESHEET`], whatever the web framework: `200 OK` with
/// the stylesheet, or `304 Not Modified` with no body when the request's `If-None-Match`
/// names this version ([`STYLESHEET_ETAG`], weak or strong, or `*`, as RFC 9110 §13.1.2
/// compares them). Either way the headers are `Content-Type: text/css; charset=utf-8`, the
/// ETag, `Cache-Control: public, max-age=31536000, immutable` (serve it at
/// [`STYLESHEET_PATH`], whose name changes with the bytes) and
/// `X-Content-Type-Options: nosniff`.
///
/// With the feature `http`, an `http::Response` comes from it in one call
/// (`dm_button::http::stylesheet`), which axum and hyper serve as they are. Elsewhere, copy
/// the three parts into the framework's response; actix-web:
///
/// ```
/// use dm_button::StylesheetResponse;
///
/// // In a handler: `request.headers().get_all("if-none-match")`, each `to_str()`.
/// let answer = StylesheetResponse::for_request(["\"old\""]);
/// assert_eq!(answer.status(), 200);
/// assert_eq!(answer.body(), dm_button::STYLESHEET);
/// # fn respond(answer: StylesheetResponse) {
/// # struct Builder; impl Builder { fn insert_header(&mut self, _: (&str, &str)) {} }
/// # let mut response = Builder;
/// for (name, value) in answer.headers() {
///     response.insert_header((name, value));
/// }
/// # }
///
/// let again = StylesheetResponse::for_request([dm_button::STYLESHEET_ETAG]);
/// assert_eq!((again.status(), again.body()), (304, ""));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StylesheetResponse {
    not_modified: bool,
}

impl StylesheetResponse {
    /// The answer to a request whose `If-None-Match` headers are `if_none_match` (each a
    /// header's value as text; none when the request has none).
    ///
    /// ```
    /// use dm_button::StylesheetResponse;
    ///
    /// assert_eq!(StylesheetResponse::for_request(std::iter::empty::<&str>()).status(), 200);
    /// let tags = format!("\"other\", W/{}", dm_button::STYLESHEET_ETAG);
    /// assert_eq!(StylesheetResponse::for_request([tags.as_str()]).status(), 304);
    /// ```
    pub fn for_request<'a>(if_none_match: impl IntoIterator<Item = &'a str>) -> Self {
        let not_modified = if_none_match
            .into_iter()
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == STYLESHEET_ETAG);
        Self { not_modified }
    }

    /// `200`, or `304` when the browser holds this version.
    ///
    /// ```
    /// assert_eq!(dm_button::StylesheetResponse::for_request(["*"]).status(), 304);
    /// ```
    pub fn status(&self) -> u16 {
        if self.not_modified { 304 } else { 200 }
    }

    /// The response's headers, by their lowercase names.
    ///
    /// ```
    /// let answer = dm_button::StylesheetResponse::for_request([]);
    /// assert!(answer.headers().contains(&("etag", dm_button::STYLESHEET_ETAG)));
    /// ```
    pub fn headers(&self) -> [(&'static str, &'static str); 4] {
        [
            ("content-type", "text/css; charset=utf-8"),
            ("etag", STYLESHEET_ETAG),
            ("cache-control", "public, max-age=31536000, immutable"),
            ("x-content-type-options", "nosniff"),
        ]
    }

    /// The body: [`STYLESHEET`], or nothing for a 304.
    ///
    /// ```
    /// assert_eq!(dm_button::StylesheetResponse::for_request([]).body(), dm_button::STYLESHEET);
    /// ```
    pub fn body(&self) -> &'static str {
        if self.not_modified { "" } else { STYLESHEET }
    }
}
