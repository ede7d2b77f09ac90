//! X's API v2, the one endpoint this command needs: `GET /2/users/by?usernames=...`, with an
//! app-only bearer token.
//!
//! X answers 200 for a request whose names it could read, with the users it found in `data`
//! and one problem in `errors` for each name it did not (unknown, or suspended); 400 for a
//! request it could not read; 401 for a bad token; 403 for an app without access; 429 with
//! `x-rate-limit-reset` (a Unix time) when the app is rate limited.

use std::fmt;
use std::time::{Duration, SystemTime};

use dm_button_core::{RecipientId, ScreenName};
use serde::Deserialize;

/// X's API, where the command sends its requests.
pub(crate) const DEFAULT_BASE: &str = "https://api.x.com";

/// At most this many names in one request, as X documents.
pub(crate) const NAMES_PER_REQUEST: usize = 100;

/// A client for the endpoint: where it is, and the token. The token is never printed: the
/// `Debug` of this type leaves it out.
pub(crate) struct XApi {
    base: String,
    token: String,
    agent: ureq::Agent,
}

impl fmt::Debug for XApi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("XApi")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

/// What X says of one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// The account, with its name as X writes it.
    Found { username: String, id: RecipientId },
    /// No account has that name (any more).
    NotFound,
    /// The account is suspended.
    Suspended,
    /// Another problem X reported for that name.
    Other(String),
}

/// Why a request got no answer about the names.
#[derive(Debug)]
pub(crate) enum ApiError {
    /// `DM_BUTTON_X_API_BASE` is not a usable base.
    Base(String),
    /// 400: X could not read the request.
    BadRequest(String),
    /// 401: the token is wrong or revoked.
    Unauthorized,
    /// 403: the token's app may not use this endpoint.
    Forbidden(String),
    /// 429, with the time the limit resets, if X gave it.
    RateLimited(Option<u64>),
    /// Another status.
    Status(u16, String),
    /// No answer within the time allowed.
    Timeout(Duration),
    /// The connection failed, or the answer was not X's JSON.
    Transport(String),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Base(problem) => write!(f, "DM_BUTTON_X_API_BASE {problem}"),
            Self::BadRequest(detail) => write!(f, "X refused the request (400): {detail}"),
            Self::Unauthorized => f.write_str(
                "X refused the token (401): X_BEARER_TOKEN must be the bearer token of an app \
                 in X's developer portal (Keys and tokens), not revoked",
            ),
            Self::Forbidden(detail) => write!(
                f,
                "X refused access (403): {detail}; the token's app needs access to the users \
                 lookup endpoint of X's API v2"
            ),
            Self::RateLimited(reset) => {
                f.write_str("X's rate limit is reached (429): ")?;
                match reset.and_then(seconds_until) {
                    Some(seconds) => write!(
                        f,
                        "it resets in {seconds} s (at Unix time {}); try again then",
                        reset.unwrap_or_default()
                    ),
                    None => f.write_str("try again in 15 minutes"),
                }
            }
            Self::Status(status, detail) => {
                write!(f, "X answered {status}: {detail}; try again later")
            }
            Self::Timeout(limit) => write!(
                f,
                "X did not answer within {} s; check the connection and try again",
                limit.as_secs()
            ),
            Self::Transport(problem) => write!(f, "could not reach X's API: {problem}"),
        }
    }
}

/// Seconds from now until the Unix time `reset`.
fn seconds_until(reset: u64) -> Option<u64> {
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(reset.saturating_sub(now))
}

/// The JSON X answers with.
#[derive(Deserialize)]
struct Answer {
    #[serde(default)]
    data: Vec<User>,
    #[serde(default)]
    errors: Vec<Problem>,
    title: Option<String>,
    detail: Option<String>,
}

#[derive(Deserialize)]
struct User {
    id: String,
    username: String,
}

#[derive(Deserialize)]
struct Problem {
    value: Option<String>,
    title: Option<String>,
    detail: Option<String>,
    message: Option<String>,
}

impl XApi {
    /// A client for `base` (`https://`, or `http://` on a loopback address, for tests).
    pub(crate) fn new(base: &str, token: String, timeout: Duration) -> Result<Self, ApiError> {
        let parsed = url::Url::parse(base)
            .map_err(|error| ApiError::Base(format!("is not a URL ({error}): `{base}`")))?;
        let loopback = match parsed.host() {
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            Some(url::Host::Domain(domain)) => domain == "localhost",
            None => false,
        };
        match parsed.scheme() {
            "https" => {}
            "http" if loopback => {}
            _ => {
                return Err(ApiError::Base(format!(
                    "must be an `https://` URL (or `http://` on a loopback address, for tests), \
                     not `{base}`: the token must not travel in clear"
                )));
            }
        }
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .http_status_as_error(false)
            .max_redirects(0)
            .user_agent(concat!("cargo-dm-button/", env!("CARGO_PKG_VERSION")))
            .build()
            .new_agent();
        Ok(Self {
            base: base.trim_end_matches('/').to_owned(),
            token,
            agent,
        })
    }

    /// What X says of each of `names`, in their order, sending at most
    /// [`NAMES_PER_REQUEST`] names a request.
    pub(crate) fn lookup(&self, names: &[ScreenName]) -> Result<Vec<Lookup>, ApiError> {
        let mut results = Vec::with_capacity(names.len());
        for chunk in names.chunks(NAMES_PER_REQUEST) {
            results.extend(self.lookup_chunk(chunk)?);
        }
        Ok(results)
    }

    fn lookup_chunk(&self, names: &[ScreenName]) -> Result<Vec<Lookup>, ApiError> {
        let list: Vec<&str> = names.iter().map(ScreenName::as_str).collect();
        let url = format!("{}/2/users/by", self.base);
        let response = self
            .agent
            .get(&url)
            .query("usernames", list.join(","))
            .header("Authorization", &format!("Bearer {}", self.token))
            .call();
        let mut response = match response {
            Ok(response) => response,
            Err(ureq::Error::Timeout(_)) => {
                return Err(ApiError::Timeout(self.timeout()));
            }
            Err(error) => return Err(ApiError::Transport(error.to_string())),
        };
        let status = response.status().as_u16();
        let reset = response
            .headers()
            .get("x-rate-limit-reset")
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.trim().parse::<u64>().ok());
        let body = match response.body_mut().read_to_string() {
            Ok(body) => body,
            Err(ureq::Error::Timeout(_)) => return Err(ApiError::Timeout(self.timeout())),
            Err(error) => return Err(ApiError::Transport(error.to_string())),
        };
        let answer: Option<Answer> = serde_json::from_str(&body).ok();
        let detail = || {
            answer
                .as_ref()
                .and_then(|answer| {
                    let first = answer.errors.first();
                    first
                        .and_then(|problem| problem.message.clone().or(problem.detail.clone()))
                        .or(answer.detail.clone())
                        .or(answer.title.clone())
                })
                .unwrap_or_else(|| "no details".to_owned())
        };
        match status {
            200 => {}
            400 => return Err(ApiError::BadRequest(detail())),
            401 => return Err(ApiError::Unauthorized),
            403 => return Err(ApiError::Forbidden(detail())),
            429 => return Err(ApiError::RateLimited(reset)),
            _ => return Err(ApiError::Status(status, detail())),
        }
        let Some(answer) = answer else {
            return Err(ApiError::Transport(
                "X's answer was not the JSON of its API".to_owned(),
            ));
        };
        names.iter().map(|name| classify(&answer, name)).collect()
    }

    fn timeout(&self) -> Duration {
        self.agent
            .config()
            .timeouts()
            .global
            .unwrap_or(Duration::ZERO)
    }
}

/// What X's answer says of `name`.
fn classify(answer: &Answer, name: &ScreenName) -> Result<Lookup, ApiError> {
    let same = |other: &str| other.eq_ignore_ascii_case(name.as_str());
    if let Some(user) = answer.data.iter().find(|user| same(&user.username)) {
        let id = user.id.parse::<RecipientId>().map_err(|error| {
            ApiError::Transport(format!(
                "X gave `{}` the ID `{}`: {error}",
                user.username, user.id
            ))
        })?;
        return Ok(Lookup::Found {
            username: user.username.clone(),
            id,
        });
    }
    let problem = answer
        .errors
        .iter()
        .find(|problem| problem.value.as_deref().is_some_and(same));
    Ok(match problem {
        None => Lookup::NotFound,
        Some(problem) => {
            let detail = problem.detail.clone().unwrap_or_default();
            if detail.to_ascii_lowercase().contains("suspended") {
                Lookup::Suspended
            } else if problem.title.as_deref() == Some("Not Found Error") {
                Lookup::NotFound
            } else {
                Lookup::Other(detail)
            }
        }
    })
}
