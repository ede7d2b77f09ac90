//! LINE: a chat with a LINE Official Account, `https://line.me/R/oaMessage/%40ID/?TEXT`.
//!
//! LINE's documentation ("Use LINE features with the LINE URL scheme", LINE Developers:
//! opening a chat screen with a LINE Official Account) gives the link as
//! `https://line.me/R/oaMessage/{LINE ID}/?{text_message}`: the account's LINE ID, with its
//! `@` percent-encoded as `%40`, and the whole query the message to prefill, percent-encoded
//! as UTF-8. The link reaches Official Accounts only, whose IDs start with `@`: a basic ID
//! that LINE gives (`@` then 8 letters and digits, such as `@153xenwe`) or a premium ID the
//! account chose, which LINE's rules allow up to 18 half-width letters, digits, `.`, `-` and
//! `_`.

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::platforms::username::InlineStr;
use crate::render::link::LinkParts;
use crate::render::sink::Sink;

/// The most characters of a LINE ID after its `@`.
const MAX_LEN: usize = 18;

/// A LINE Official Account's ID, as in `https://line.me/R/oaMessage/%40ID/`: `@`, then 1 to
/// 18 of the letters `A-Z` and `a-z`, the digits `0-9`, `.`, `-` and `_` (LINE's rule for a
/// premium ID; a basic ID is `@` and 8 of them). The `@` is required: without it, the name is
/// more likely a person's LINE ID, which this link cannot reach.
///
/// ```
/// use dm_button_core::LineId;
///
/// let id: LineId = "@linedevelopers".parse()?;
/// assert_eq!(id.to_string(), "@linedevelopers");
/// assert_eq!(id.as_str(), "linedevelopers");
/// assert!("linedevelopers".parse::<LineId>().is_err());
/// # Ok::<(), dm_button_core::LineIdError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineId(InlineStr<MAX_LEN>);

impl LineId {
    /// The ID without its `@`.
    ///
    /// ```
    /// let id: dm_button_core::LineId = "@153xenwe".parse()?;
    /// assert_eq!(id.as_str(), "153xenwe");
    /// # Ok::<(), dm_button_core::LineIdError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// Why a string is not a [`LineId`].
///
/// ```
/// let error = "abc1234".parse::<dm_button_core::LineId>().unwrap_err();
/// assert!(error.to_string().contains("starts with @"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LineIdError {
    /// No `@` in front.
    #[non_exhaustive]
    NoAt {
        /// The ID as written.
        input: String,
    },
    /// Nothing after the `@`, or more than 18 characters.
    #[non_exhaustive]
    Length {
        /// The ID as written.
        input: String,
        /// How many characters follow the `@`.
        chars: usize,
    },
    /// A character other than a letter, a digit, `.`, `-` or `_`.
    #[non_exhaustive]
    InvalidChar {
        /// The ID as written.
        input: String,
        /// The character.
        ch: char,
    },
}

impl FromStr for LineId {
    type Err = LineIdError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let Some(id) = input.strip_prefix('@') else {
            return Err(LineIdError::NoAt {
                input: input.to_owned(),
            });
        };
        if let Some(ch) = id
            .chars()
            .find(|ch| !(ch.is_ascii_alphanumeric() || matches!(ch, '.' | '-' | '_')))
        {
            return Err(LineIdError::InvalidChar {
                input: input.to_owned(),
                ch,
            });
        }
        InlineStr::new(id)
            .filter(|_| !id.is_empty())
            .map(Self)
            .ok_or_else(|| LineIdError::Length {
                input: input.to_owned(),
                chars: id.len(),
            })
    }
}

impl fmt::Display for LineId {
    /// The ID with its `@`, as LINE shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "@{}", self.as_str())
    }
}

impl fmt::Debug for LineId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("LineId").field(&self.to_string()).finish()
    }
}

impl fmt::Display for LineIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoAt { input } => write!(
                f,
                "`{input}` is not a LINE Official Account's ID, which starts with @, such as \
                 @{input}: the link reaches Official Accounts only, not a person's LINE ID"
            ),
            Self::Length { input, chars } => write!(
                f,
                "the LINE ID `{input}` has {chars} characters after its @: a LINE Official \
                 Account's ID has 1 to {MAX_LEN}"
            ),
            Self::InvalidChar { input, ch } => write!(
                f,
                "the LINE ID `{input}` has {}: LINE IDs use only the letters A-Z and a-z, the \
                 digits 0-9, `.`, `-` and `_`",
                CharName(*ch)
            ),
        }
    }
}

impl std::error::Error for LineIdError {}

crate::options::serde_as_text!(LineId, "a LINE Official Account's ID, such as @linedevelopers");

platform! {
    Line(LineId) {
        slug: "line",
        name: "LINE",
        article: "a",
        example: "\"@linedevelopers\"",
        examples: ["@linedevelopers", "@153xenwe", "@shop-tokyo_2"],
        takes: [text, new_tab],
        needs_phone: true,
        labels: Labels {
            en: "Chat on LINE",
            fr: "Discuter sur LINE",
            es: "Chatear por LINE",
            de: "Auf LINE chatten",
            pt: "Conversar no LINE",
            it: "Chatta su LINE",
            ja: "LINEでトーク",
            nl: "Chatten via LINE",
            ko: "LINE으로 채팅",
            ar: "الدردشة عبر LINE",
        },
        // An oval speech bubble holding two lines of text.
        icon: [
            r#"<path d="M12 4C7 4 3 7.1 3 11c0 3.4 3 6.2 7 6.8l-.5 2.7 3.8-2.6C17.9 17.4 21 14.5 21 11c0-3.9-4-7-9-7z"/>"#,
            r#"<path d="M8 10h8M8 13h5"/>"#,
        ],
        link: put_link,
        // The `@` percent-encoded, the message the whole query.
        links: [
            ("@abc1234", None, "https://line.me/R/oaMessage/%40abc1234/"),
            ("@abc1234", Some("Hello there"), "https://line.me/R/oaMessage/%40abc1234/?Hello%20there"),
        ],
    }
}

/// `https://line.me/R/oaMessage/%40{id}/[?{text}]`: the `@` percent-encoded, the message the
/// whole query.
fn put_link(id: &LineId, parts: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("https://line.me/R/oaMessage/%40");
    sink.put(id.as_str());
    sink.put("/");
    if let Some(text) = parts.text {
        sink.put("?");
        sink.put_encoded(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_mistake_has_its_error() {
        assert!(matches!("abc1234".parse::<LineId>(), Err(LineIdError::NoAt { .. })));
        assert!(matches!("@".parse::<LineId>(), Err(LineIdError::Length { chars: 0, .. })));
        assert!(matches!(
            "@a23456789012345678x".parse::<LineId>(),
            Err(LineIdError::Length { chars: 19, .. })
        ));
        assert!(matches!(
            "@shop tokyo".parse::<LineId>(),
            Err(LineIdError::InvalidChar { ch: ' ', .. })
        ));
        assert!("@a23456789012345678".parse::<LineId>().is_ok());
    }
}
