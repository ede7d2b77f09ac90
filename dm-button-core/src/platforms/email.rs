//! Email addresses (`mailto:ADDRESS`).

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use email_address::Options;

use crate::front::suggest::CharName;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::render::link::LinkParts;
use crate::render::sink::Sink;

/// The most bytes of an address that can receive mail (RFC 5321's path limit, less `<>`).
const MAX_LEN: usize = 254;

/// An email address, as in `mailto:ADDRESS`: an RFC 5322 `addr-spec` (`local@domain`), as
/// the `email_address` crate parses it, without a display name (`Name <...>`) or a domain
/// literal (`[127.0.0.1]`), and with a domain of at least two labels of letters, digits and
/// `-` (any script), as a site's contact address has; at most 254 bytes, the most an address
/// that receives mail can have.
///
/// ```
/// use dm_button_core::EmailAddress;
///
/// let address: EmailAddress = "hello@example.com".parse()?;
/// assert_eq!(address.as_str(), "hello@example.com");
/// assert!("Hello <hello@example.com>".parse::<EmailAddress>().is_err());
/// # Ok::<(), dm_button_core::EmailAddressError>(())
/// ```
///
/// It is an `Arc<str>`: a clone (to build a button per request from an address kept in the
/// application's state) costs a reference count, not an allocation.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EmailAddress {
    address: Arc<str>,
    /// Whether the address goes into `mailto:` as it is (no byte to percent-encode): found
    /// once, when it is parsed, rather than on every render.
    plain: bool,
}

impl EmailAddress {
    /// The address.
    ///
    /// ```
    /// let address: dm_button_core::EmailAddress = "a+tag@example.org".parse()?;
    /// assert_eq!(address.as_str(), "a+tag@example.org");
    /// # Ok::<(), dm_button_core::EmailAddressError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.address
    }

    /// Whether the address goes into a `mailto:` link as it is: ASCII letters, digits,
    /// `-._~`, `@` and `+` only.
    pub(crate) const fn is_plain(&self) -> bool {
        self.plain
    }
}

crate::options::serde_as_text!(EmailAddress, "an email address");

platform! {
    Email(EmailAddress) {
        slug: "email",
        name: "email",
        article: "an",
        example: "\"hello@example.com\"",
        examples: ["hello@example.com", "a+tag@sub.example.org", "o'hara@example.co.uk"],
        takes: [text, subject],
        needs_phone: false,
        labels: Labels {
            en: "Send an email",
            fr: "Envoyer un e-mail",
            es: "Enviar un correo",
            de: "E-Mail schreiben",
            pt: "Enviar e-mail",
            it: "Invia un’email",
            ja: "メールを送る",
            nl: "E-mail sturen",
            ko: "이메일 보내기",
            ar: "إرسال بريد إلكتروني",
        },
        // An at sign.
        icon: [
            r#"<circle cx="12" cy="12" r="3.5"/>"#,
            r#"<path d="M15.5 8.5v4.3a2.7 2.7 0 0 0 5.5 0V12a9 9 0 1 0-3.6 7.2"/>"#,
        ],
        link: put_link,
        links: [
            ("hello@example.com", None, "mailto:hello@example.com"),
            ("hello@example.com", Some("Hi & bye"), "mailto:hello@example.com?body=Hi%20%26%20bye"),
        ],
    }
}

/// `mailto:{address}[?subject={subject}][&body={text}]` (RFC 6068): the address
/// percent-encoded but for `@` and `+`, line breaks in the subject and the body as `%0D%0A`.
fn put_link(address: &EmailAddress, parts: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("mailto:");
    put_address(sink, address);
    let mut separator = "?";
    if let Some(subject) = parts.subject {
        sink.put("?subject=");
        sink.put_encoded_lines(subject);
        separator = parts.and;
    }
    if let Some(text) = parts.text {
        sink.put(separator);
        sink.put("body=");
        sink.put_encoded_lines(text);
    }
}

/// An address in `mailto:`, percent-encoded but for `@` and `+` (which RFC 6068 keeps, and
/// people read).
fn put_address(sink: &mut impl Sink, address: &EmailAddress) {
    // Most addresses need no encoding: written in one piece.
    if address.is_plain() {
        sink.put(address.as_str());
        return;
    }
    let mut rest = address.as_str();
    while let Some(at) = rest.bytes().position(|byte| matches!(byte, b'@' | b'+')) {
        sink.put_encoded(rest.get(..at).unwrap_or_default());
        sink.put(rest.get(at..=at).unwrap_or_default());
        rest = rest.get(at + 1..).unwrap_or_default();
    }
    sink.put_encoded(rest);
}

/// Why a string is not an [`EmailAddress`].
///
/// ```
/// let error = "hello@example".parse::<dm_button_core::EmailAddress>().unwrap_err();
/// assert!(error.to_string().contains("hello@example"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EmailAddressError {
    /// Not an `addr-spec`, by the `email_address` crate: its reason.
    #[non_exhaustive]
    Invalid {
        /// The address as written.
        address: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A `mailto:` in front of the address.
    #[non_exhaustive]
    Scheme {
        /// The address as written.
        address: String,
    },
    /// A character the domain cannot have.
    #[non_exhaustive]
    DomainChar {
        /// The address as written.
        address: String,
        /// The character.
        ch: char,
    },
}

impl FromStr for EmailAddress {
    type Err = EmailAddressError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input
            .get(..7)
            .is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:"))
        {
            return Err(EmailAddressError::Scheme {
                address: input.to_owned(),
            });
        }
        let options = Options {
            minimum_sub_domains: 2,
            allow_domain_literal: false,
            allow_display_text: false,
            allow_long_local_parts: false,
        };
        let parsed =
            email_address::EmailAddress::parse_with_options(input, options).map_err(|error| {
                EmailAddressError::Invalid {
                    address: input.to_owned(),
                    reason: error.to_string(),
                }
            })?;
        if let Some(ch) = parsed
            .domain()
            .chars()
            .find(|&ch| ch.is_ascii() && !(ch.is_ascii_alphanumeric() || ch == '-' || ch == '.'))
        {
            return Err(EmailAddressError::DomainChar {
                address: input.to_owned(),
                ch,
            });
        }
        if input.len() > MAX_LEN {
            return Err(EmailAddressError::Invalid {
                address: input.to_owned(),
                reason: format!(
                    "it has {} bytes, past the {MAX_LEN} of an address",
                    input.len()
                ),
            });
        }
        let address = parsed.email();
        Ok(Self {
            plain: address.bytes().all(|byte| {
                crate::render::percent::is_unreserved(byte) || matches!(byte, b'@' | b'+')
            }),
            address: Arc::from(address),
        })
    }
}

impl fmt::Display for EmailAddressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Invalid { address, reason } => write!(
                f,
                "`{address}` is not an email address ({}): write the address alone, \
                 `name@domain.tld`, such as hello@example.com",
                reason.trim_end_matches('.').to_lowercase()
            ),
            Self::Scheme { address } => write!(
                f,
                "`{address}` starts with `mailto:`, which the link adds: write the address \
                 alone, such as hello@example.com"
            ),
            Self::DomainChar { address, ch } => write!(
                f,
                "the domain of `{address}` has {}: a domain has only letters, digits, `-` and \
                 `.`",
                CharName(*ch)
            ),
        }
    }
}

impl std::error::Error for EmailAddressError {}
