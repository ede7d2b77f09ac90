//! The message that X's composer is prefilled with (`text=` in the link).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// The longest prefilled message X's composer takes, in characters (Unicode scalar values).
///
/// ```
/// assert_eq!(dm_button_core::TEXT_MAX_CHARS, 10_000);
/// ```
pub const TEXT_MAX_CHARS: usize = 10_000;

/// A prefilled message checked against X's limit of [`TEXT_MAX_CHARS`] characters.
///
/// The builder's `.text(..)` takes any string and cannot fail: a longer text still makes a
/// valid link (X's composer keeps the first 10,000 characters). Parse into `MessageText`
/// where a too-long message should be reported instead, as a web form does.
///
/// ```
/// use dm_button_core::{MessageText, TextError};
///
/// let text: MessageText = "Hello world".parse()?;
/// assert_eq!(text.as_str(), "Hello world");
/// let long = "a".repeat(10_001);
/// assert_eq!(long.parse::<MessageText>(), Err(TextError::TooLong { chars: 10_001 }));
/// # Ok::<(), TextError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MessageText(String);

impl MessageText {
    /// Checks `text` against the limit and keeps it.
    ///
    /// ```
    /// let text = dm_button_core::MessageText::new(String::from("Hi"))?;
    /// assert_eq!(text.as_str(), "Hi");
    /// # Ok::<(), dm_button_core::TextError>(())
    /// ```
    pub fn new(text: String) -> Result<Self, TextError> {
        check_text(&text)?;
        Ok(Self(text))
    }

    /// The message.
    ///
    /// ```
    /// let text: dm_button_core::MessageText = "Hi".parse()?;
    /// assert_eq!(text.as_str(), "Hi");
    /// # Ok::<(), dm_button_core::TextError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The message, as an owned `String`.
    ///
    /// ```
    /// let text: dm_button_core::MessageText = "Hi".parse()?;
    /// assert_eq!(text.into_string(), "Hi");
    /// # Ok::<(), dm_button_core::TextError>(())
    /// ```
    #[must_use]
    pub fn into_string(self) -> String {
        self.0
    }
}

/// The limit, in one place: `text` has at most [`TEXT_MAX_CHARS`] characters.
fn check_text(text: &str) -> Result<(), TextError> {
    // A byte count at or under the limit cannot hold more characters: skip the count.
    if text.len() <= TEXT_MAX_CHARS {
        return Ok(());
    }
    match text.chars().count() {
        chars if chars > TEXT_MAX_CHARS => Err(TextError::TooLong { chars }),
        _ => Ok(()),
    }
}

impl FromStr for MessageText {
    type Err = TextError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        check_text(text)?;
        Ok(Self(text.to_owned()))
    }
}

impl TryFrom<String> for MessageText {
    type Error = TextError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::new(text)
    }
}

impl AsRef<str> for MessageText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for MessageText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<MessageText> for String {
    fn from(text: MessageText) -> Self {
        text.0
    }
}

impl From<MessageText> for Cow<'_, str> {
    fn from(text: MessageText) -> Self {
        Cow::Owned(text.0)
    }
}

impl<'a> From<&'a MessageText> for Cow<'a, str> {
    fn from(text: &'a MessageText) -> Self {
        Cow::Borrowed(&text.0)
    }
}

/// Why a string is not a [`MessageText`].
///
/// ```
/// let err = "é".repeat(10_001).parse::<dm_button_core::MessageText>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "the text has 10001 characters, 1 over the 10000 that X's composer takes: shorten it"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TextError {
    /// More than [`TEXT_MAX_CHARS`] characters.
    TooLong {
        /// How many characters the text has.
        chars: usize,
    },
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLong { chars } => write!(
                f,
                "the text has {chars} characters, {} over the {TEXT_MAX_CHARS} that X's \
                 composer takes: shorten it",
                chars.saturating_sub(TEXT_MAX_CHARS)
            ),
        }
    }
}

impl std::error::Error for TextError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_counts_characters_not_bytes() {
        assert!("é".repeat(TEXT_MAX_CHARS).parse::<MessageText>().is_ok());
        assert_eq!(
            "é".repeat(TEXT_MAX_CHARS + 1).parse::<MessageText>(),
            Err(TextError::TooLong {
                chars: TEXT_MAX_CHARS + 1
            })
        );
    }
}
