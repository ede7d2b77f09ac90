//! The button's `id` attribute.

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;

/// A valid HTML `id` for the button: at least one character, and no whitespace (HTML's
/// rule) nor control character (which HTML cannot carry).
///
/// ```
/// use dm_button_core::ElementId;
///
/// let id: ElementId = "contact-button".parse()?;
/// assert_eq!(id.as_str(), "contact-button");
/// assert!("contact button".parse::<ElementId>().is_err());
/// # Ok::<(), dm_button_core::ElementIdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ElementId(String);

impl ElementId {
    /// The id.
    ///
    /// ```
    /// let id: dm_button_core::ElementId = "dm".parse()?;
    /// assert_eq!(id.as_str(), "dm");
    /// # Ok::<(), dm_button_core::ElementIdError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a string is not an [`ElementId`].
///
/// ```
/// use dm_button_core::{ElementId, ElementIdError};
///
/// assert_eq!("".parse::<ElementId>(), Err(ElementIdError::Empty));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ElementIdError {
    /// Nothing was given.
    Empty,
    /// Whitespace or a control character.
    #[non_exhaustive]
    InvalidChar {
        /// What was given.
        id: String,
        /// The character.
        ch: char,
        /// Its position, counting characters from 1.
        position: usize,
    },
}

impl FromStr for ElementId {
    type Err = ElementIdError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.is_empty() {
            return Err(ElementIdError::Empty);
        }
        match input
            .chars()
            .enumerate()
            .find(|&(_, ch)| ch.is_ascii_whitespace() || ch.is_control())
        {
            Some((index, ch)) => Err(ElementIdError::InvalidChar {
                id: input.to_owned(),
                ch,
                position: index + 1,
            }),
            None => Ok(Self(input.to_owned())),
        }
    }
}

impl fmt::Display for ElementIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("the id is empty: give a name, or leave `id` out"),
            Self::InvalidChar { id, ch, position } => write!(
                f,
                "the id `{}` has {} at position {position}: an HTML id has no whitespace or \
                 control characters (use `-` or `_` between words)",
                id.escape_debug(),
                CharName(*ch)
            ),
        }
    }
}

impl std::error::Error for ElementIdError {}
