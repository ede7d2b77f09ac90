//! The message a conversation is prefilled with (`text=` in most links, an email's body).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::Platform;

/// [`MessageText::MAX_CHARS`].
pub(crate) const TEXT_MAX_CHARS: usize = 10_000;

/// A prefilled message checked against the longest any platform takes,
/// [`MessageText::MAX_CHARS`] characters; [`MessageText::for_platform`] checks it against one
/// platform's.
///
/// The builder's `.text(..)` takes any string and cannot fail: a longer text still makes a
/// valid link (the platform keeps its start). Parse into `MessageText` where a too-long
/// message should be reported instead, as a web form does.
///
/// ```
/// use dm_button_core::{MessageText, Platform, TextError};
///
/// let text: MessageText = "Hello world".parse()?;
/// assert_eq!(text.as_str(), "Hello world");
/// let long = "a".repeat(10_001);
/// assert!(matches!(long.parse::<MessageText>(), Err(TextError::TooLong { chars: 10_001, .. })));
/// # Ok::<(), TextError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MessageText(String);

impl MessageText {
    /// The longest prefilled message any platform takes, in characters (Unicode scalar
    /// values): X's composer's. Platforms may take fewer: see
    /// [`Platform::text_max_chars`](crate::Platform::text_max_chars).
    ///
    /// ```
    /// use dm_button_core::{MessageText, Platform};
    ///
    /// assert!(Platform::ALL.iter().all(|platform| platform.text_max_chars() <= MessageText::MAX_CHARS));
    /// assert!("é".repeat(MessageText::MAX_CHARS).parse::<MessageText>().is_ok());
    /// assert!("é".repeat(MessageText::MAX_CHARS + 1).parse::<MessageText>().is_err());
    /// ```
    pub const MAX_CHARS: usize = TEXT_MAX_CHARS;

    /// Checks `text` against the limit and keeps it.
    ///
    /// ```
    /// let text = dm_button_core::MessageText::new(String::from("Hi"))?;
    /// assert_eq!(text.as_str(), "Hi");
    /// # Ok::<(), dm_button_core::TextError>(())
    /// ```
    pub fn new(text: String) -> Result<Self, TextError> {
        check_text(&text, TEXT_MAX_CHARS, None)?;
        Ok(Self(text))
    }

    /// `text`, checked against `platform`'s limit
    /// ([`Platform::text_max_chars`](crate::Platform::text_max_chars)): for a form whose
    /// message goes to a known platform.
    ///
    /// # Errors
    ///
    /// [`TextError::TooLong`] when it has more characters than the platform takes.
    ///
    /// ```
    /// use dm_button_core::{MessageText, Platform};
    ///
    /// let max = Platform::Telegram.text_max_chars();
    /// assert!(MessageText::for_platform(&"a".repeat(max), Platform::Telegram).is_ok());
    /// let error = MessageText::for_platform(&"a".repeat(max + 1), Platform::Telegram).unwrap_err();
    /// assert!(error.to_string().contains("that Telegram's link takes"));
    /// ```
    pub fn for_platform(text: &str, platform: Platform) -> Result<Self, TextError> {
        check_text(text, platform.text_max_chars(), Some(platform))?;
        Ok(Self(text.to_owned()))
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

/// The rule, in one place: `text` has at most `max` characters (`platform`'s, if given).
pub(crate) fn check_text(
    text: &str,
    max: usize,
    platform: Option<Platform>,
) -> Result<(), TextError> {
    // A byte count at or under the limit cannot hold more characters: skip the count.
    if text.len() <= max {
        return Ok(());
    }
    match text.chars().count() {
        chars if chars > max => Err(TextError::TooLong {
            chars,
            max,
            platform,
        }),
        _ => Ok(()),
    }
}

impl FromStr for MessageText {
    type Err = TextError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        check_text(text, TEXT_MAX_CHARS, None)?;
        Ok(Self(text.to_owned()))
    }
}

impl TryFrom<String> for MessageText {
    type Error = TextError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::new(text)
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

/// Why a string is not a [`MessageText`], or does not fit a platform.
///
/// ```
/// let err = "é".repeat(10_001).parse::<dm_button_core::MessageText>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "the message has 10001 characters, 1 more than the 10000 a prefilled message can have: shorten it"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TextError {
    /// More characters than the limit.
    #[non_exhaustive]
    TooLong {
        /// How many characters the text has.
        chars: usize,
        /// How many it may have.
        max: usize,
        /// The platform whose limit it is; none for the longest any takes.
        platform: Option<Platform>,
    },
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLong {
                chars,
                max,
                platform,
            } => {
                write!(
                    f,
                    "the message has {chars} characters, {} more than the {max} ",
                    chars.saturating_sub(*max)
                )?;
                match platform {
                    Some(platform) => write!(f, "that {}'s link takes", platform.name())?,
                    None => f.write_str("a prefilled message can have")?,
                }
                f.write_str(": shorten it")
            }
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
                chars: TEXT_MAX_CHARS + 1,
                max: TEXT_MAX_CHARS,
                platform: None,
            })
        );
    }
}
