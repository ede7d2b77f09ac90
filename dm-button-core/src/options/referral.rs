//! Meta's `ref` parameter, which Messenger's and Instagram's links carry to the business's
//! webhook: where the conversation came from.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use crate::front::suggest::CharName;

/// The most characters of a `ref`, as Meta documents it.
const MAX_CHARS: usize = 2083;

/// The `ref` of a Messenger or Instagram link (`m.me/NAME?ref=...`, `ig.me/m/NAME?ref=...`):
/// Meta hands it to the Page's webhook with the conversation, to tell where it came from (a
/// campaign, a product page). Meta's rule: 1 to 2,083 of the letters `A-Z` and `a-z`, the
/// digits `0-9`, `_`, `=` and `-`, all of which go into the link as they are.
///
/// ```
/// use dm_button_core::Referral;
///
/// let referral: Referral = "summer_sale-2026".parse()?;
/// assert_eq!(referral.as_str(), "summer_sale-2026");
/// assert!("summer sale".parse::<Referral>().is_err());
/// # Ok::<(), dm_button_core::ReferralError>(())
/// ```
///
/// It is an `Arc<str>`: a clone costs a reference count.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Referral(Arc<str>);

impl Referral {
    /// The most characters a `ref` has.
    ///
    /// ```
    /// use dm_button_core::Referral;
    ///
    /// assert!("a".repeat(Referral::MAX_CHARS).parse::<Referral>().is_ok());
    /// assert!("a".repeat(Referral::MAX_CHARS + 1).parse::<Referral>().is_err());
    /// ```
    pub const MAX_CHARS: usize = MAX_CHARS;

    /// The `ref`, as it goes into the link.
    ///
    /// ```
    /// let referral: dm_button_core::Referral = "ad=42".parse()?;
    /// assert_eq!(referral.as_str(), "ad=42");
    /// # Ok::<(), dm_button_core::ReferralError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a string is not a [`Referral`].
///
/// ```
/// let error = "a/b".parse::<dm_button_core::Referral>().unwrap_err();
/// assert!(error.to_string().contains("`/`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReferralError {
    /// Nothing was given.
    Empty,
    /// More than 2,083 characters.
    #[non_exhaustive]
    TooLong {
        /// How many characters it has.
        chars: usize,
    },
    /// A character other than a letter, a digit, `_`, `=` or `-`.
    #[non_exhaustive]
    InvalidChar {
        /// The `ref` as written.
        input: String,
        /// The character.
        ch: char,
    },
}

impl FromStr for Referral {
    type Err = ReferralError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.is_empty() {
            return Err(ReferralError::Empty);
        }
        if let Some(ch) = input
            .chars()
            .find(|ch| !(ch.is_ascii_alphanumeric() || matches!(ch, '_' | '=' | '-')))
        {
            return Err(ReferralError::InvalidChar {
                input: input.to_owned(),
                ch,
            });
        }
        // ASCII only by now: bytes are characters.
        if input.len() > MAX_CHARS {
            return Err(ReferralError::TooLong { chars: input.len() });
        }
        Ok(Self(Arc::from(input)))
    }
}

impl fmt::Display for ReferralError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str(
                "the ref is empty: leave it out, or give the word that tells the conversation's \
                 origin, such as summer_sale",
            ),
            Self::TooLong { chars } => write!(
                f,
                "the ref has {chars} characters, {} more than the {MAX_CHARS} Meta allows: \
                 shorten it",
                chars - MAX_CHARS
            ),
            Self::InvalidChar { input, ch } => write!(
                f,
                "the ref `{input}` has {}: Meta allows only the letters A-Z and a-z, the digits \
                 0-9, `_`, `=` and `-`",
                CharName(*ch)
            ),
        }
    }
}

impl std::error::Error for ReferralError {}

crate::options::serde_as_text!(Referral, "a Messenger or Instagram ref");
