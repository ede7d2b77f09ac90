//! Threema: `https://threema.id/ID?text=...`, the link Threema documents for opening a chat
//! with a Threema ID, with the message to prefill.

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::platforms::username::InlineStr;
use crate::render::link::{LinkParts, put_query};
use crate::render::sink::Sink;

/// The characters of a Threema ID.
const LEN: usize = 8;

/// A Threema ID, as in `https://threema.id/ID`: 8 characters of `A-Z` and `0-9`, or, for a
/// Threema Gateway ID (a business's), `*` then 7 of them. Threema writes IDs in capitals; one
/// written in small letters is taken in capitals.
///
/// ```
/// use dm_button_core::ThreemaId;
///
/// let id: ThreemaId = "echoecho".parse()?;
/// assert_eq!(id.as_str(), "ECHOECHO");
/// assert!("*THREEMA".parse::<ThreemaId>().is_ok());
/// assert!("ECHO".parse::<ThreemaId>().is_err());
/// # Ok::<(), dm_button_core::ThreemaIdError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ThreemaId(InlineStr<LEN>);

impl ThreemaId {
    /// The ID, in capitals.
    ///
    /// ```
    /// let id: dm_button_core::ThreemaId = "ABCD1234".parse()?;
    /// assert_eq!(id.as_str(), "ABCD1234");
    /// # Ok::<(), dm_button_core::ThreemaIdError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Whether this is a Threema Gateway ID (`*` first), a business's.
    ///
    /// ```
    /// let id: dm_button_core::ThreemaId = "*SUPPORT".parse()?;
    /// assert!(id.is_gateway());
    /// # Ok::<(), dm_button_core::ThreemaIdError>(())
    /// ```
    #[must_use]
    pub fn is_gateway(&self) -> bool {
        self.as_str().starts_with('*')
    }
}

/// Why a string is not a [`ThreemaId`].
///
/// ```
/// let error = "ABCD-123".parse::<dm_button_core::ThreemaId>().unwrap_err();
/// assert!(error.to_string().contains("`-`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ThreemaIdError {
    /// Not 8 characters.
    #[non_exhaustive]
    Length {
        /// The ID as written.
        input: String,
        /// How many characters it has.
        chars: usize,
    },
    /// A character other than `A-Z` and `0-9` (or a `*` but first).
    #[non_exhaustive]
    InvalidChar {
        /// The ID as written.
        input: String,
        /// The character.
        ch: char,
    },
}

impl FromStr for ThreemaId {
    type Err = ThreemaIdError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let rest = input.strip_prefix('*').unwrap_or(input);
        if let Some(ch) = rest.chars().find(|ch| !ch.is_ascii_alphanumeric()) {
            return Err(ThreemaIdError::InvalidChar {
                input: input.to_owned(),
                ch,
            });
        }
        let id = input.to_ascii_uppercase();
        InlineStr::new(&id)
            .filter(|_| id.len() == LEN)
            .map(Self)
            .ok_or_else(|| ThreemaIdError::Length {
                input: input.to_owned(),
                chars: input.chars().count(),
            })
    }
}

impl fmt::Display for ThreemaIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Length { input, chars } => write!(
                f,
                "the Threema ID `{input}` has {chars} characters: a Threema ID has {LEN}, such \
                 as ECHOECHO, or `*` and 7 for a business's Gateway ID"
            ),
            Self::InvalidChar { input, ch } => write!(
                f,
                "the Threema ID `{input}` has {}: Threema IDs use only the letters A-Z and the \
                 digits 0-9 (and a Gateway ID a `*` first)",
                CharName(*ch)
            ),
        }
    }
}

impl std::error::Error for ThreemaIdError {}

crate::options::serde_as_text!(ThreemaId, "a Threema ID, such as ECHOECHO");

platform! {
    Threema(ThreemaId) {
        slug: "threema",
        name: "Threema",
        article: "a",
        example: "\"ECHOECHO\"",
        examples: ["ECHOECHO", "*SUPPORT", "ABCD1234"],
        takes: [text, new_tab],
        needs_phone: true,
        labels: Labels {
            en: "Message on Threema",
            fr: "Écrire sur Threema",
            es: "Escribir por Threema",
            de: "Auf Threema schreiben",
            pt: "Mensagem no Threema",
            it: "Scrivi su Threema",
            ja: "Threemaでメッセージ",
            nl: "Bericht via Threema",
            ko: "Threema로 메시지",
            ar: "مراسلة عبر Threema",
        },
        // A padlock.
        icon: [
            r#"<rect x="5" y="10.5" width="14" height="10" rx="2"/>"#,
            r#"<path d="M8 10.5V7a4 4 0 0 1 8 0v3.5M12 14.5v2"/>"#,
        ],
        link: put_link,
        // Taken in capitals; a Gateway ID keeps its `*`.
        links: [
            ("abcd1234", None, "https://threema.id/ABCD1234"),
            ("abcd1234", Some("Hi there"), "https://threema.id/ABCD1234?text=Hi%20there"),
            ("*SUPPORT", None, "https://threema.id/*SUPPORT"),
        ],
    }
}

/// `https://threema.id/{id}[?text={text}]`.
fn put_link(id: &ThreemaId, parts: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("https://threema.id/");
    sink.put(id.as_str());
    put_query(sink, "text", parts.text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_mistake_has_its_error() {
        assert!(matches!("ABC123".parse::<ThreemaId>(), Err(ThreemaIdError::Length { chars: 6, .. })));
        assert!(matches!("*ABCD1234".parse::<ThreemaId>(), Err(ThreemaIdError::Length { chars: 9, .. })));
        assert!(matches!("AB*D1234".parse::<ThreemaId>(), Err(ThreemaIdError::InvalidChar { ch: '*', .. })));
        assert!(matches!("ABCDÉ123".parse::<ThreemaId>(), Err(ThreemaIdError::InvalidChar { ch: 'É', .. })));
        assert!(matches!("".parse::<ThreemaId>(), Err(ThreemaIdError::Length { chars: 0, .. })));
    }
}
