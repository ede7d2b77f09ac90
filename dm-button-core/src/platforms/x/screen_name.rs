//! X screen names (`@furni`).

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;
use crate::platforms::username::InlineStr;

/// [`ScreenName::MAX_LEN`].
pub(crate) const SCREEN_NAME_MAX_LEN: usize = 15;

/// An X screen name: 1 to 15 of `A-Z a-z 0-9 _`, given with or without a leading `@`.
///
/// The button shows it as `@name` after its label; X's widget reads it from
/// `data-screen-name`. It is stored inline (no allocation) and is `Copy`.
///
/// Comparison is byte for byte: `Furni` and `furni` name the same account on X, but are
/// different values here, so that a name is shown exactly as it was given.
///
/// ```
/// use dm_button_core::ScreenName;
///
/// let name: ScreenName = "@furni".parse()?;
/// assert_eq!(name.as_str(), "furni");
/// assert_eq!(name.to_string(), "furni");
/// assert_eq!(name, "furni".parse::<ScreenName>()?);
/// assert_eq!(name, "furni");
/// assert!("fur ni".parse::<ScreenName>().is_err());
/// # Ok::<(), dm_button_core::ScreenNameError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScreenName(InlineStr<SCREEN_NAME_MAX_LEN>);

impl ScreenName {
    /// The most characters an X screen name has.
    ///
    /// ```
    /// use dm_button_core::ScreenName;
    ///
    /// assert!("a".repeat(ScreenName::MAX_LEN).parse::<ScreenName>().is_ok());
    /// assert!("a".repeat(ScreenName::MAX_LEN + 1).parse::<ScreenName>().is_err());
    /// ```
    pub const MAX_LEN: usize = SCREEN_NAME_MAX_LEN;

    /// The name without `@`.
    ///
    /// ```
    /// let name: dm_button_core::ScreenName = "@DC_Tandil".parse()?;
    /// assert_eq!(name.as_str(), "DC_Tandil");
    /// # Ok::<(), dm_button_core::ScreenNameError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// Why a string is not a [`ScreenName`]. The messages are the ones `dm_button!` reports.
///
/// ```
/// use dm_button_core::{ScreenName, ScreenNameError};
///
/// assert!(matches!(
///     "fur ni".parse::<ScreenName>(),
///     Err(ScreenNameError::InvalidChar { ch: ' ', position: 4, .. })
/// ));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ScreenNameError {
    /// Nothing (or only `@`) was given.
    Empty,
    /// More than [`ScreenName::MAX_LEN`] characters.
    #[non_exhaustive]
    TooLong {
        /// The name, without `@`.
        name: String,
        /// How many characters it has.
        chars: usize,
    },
    /// A character other than `A-Z a-z 0-9 _`.
    #[non_exhaustive]
    InvalidChar {
        /// The name, without `@`.
        name: String,
        /// The first character that is not allowed.
        ch: char,
        /// Its position in the name, counting characters from 1.
        position: usize,
    },
}

impl FromStr for ScreenName {
    type Err = ScreenNameError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let name = input.strip_prefix('@').unwrap_or(input);
        if name.is_empty() {
            return Err(ScreenNameError::Empty);
        }
        if let Some((index, ch)) = name
            .chars()
            .enumerate()
            .find(|&(_, ch)| !(ch.is_ascii_alphanumeric() || ch == '_'))
        {
            return Err(ScreenNameError::InvalidChar {
                name: name.to_owned(),
                ch,
                position: index + 1,
            });
        }
        // Only ASCII is left, so bytes are characters.
        InlineStr::new(name)
            .map(Self)
            .ok_or_else(|| ScreenNameError::TooLong {
                name: name.to_owned(),
                chars: name.len(),
            })
    }
}

impl fmt::Display for ScreenNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str(
                "the screen name is empty: give the account's @name, e.g. @furni, or leave \
                 the screen name out",
            ),
            Self::TooLong { name, chars } => write!(
                f,
                "the screen name `{name}` has {chars} characters: X screen names have at \
                 most {SCREEN_NAME_MAX_LEN}"
            ),
            Self::InvalidChar { name, ch, position } => write!(
                f,
                "the screen name `{name}` has {} at position {position}: X screen names use \
                 only the letters A-Z and a-z, the digits 0-9 and `_`",
                CharName(*ch)
            ),
        }
    }
}

impl std::error::Error for ScreenNameError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_x_names() {
        for name in [
            "a",
            "furni",
            "@furni",
            "DC_Tandil",
            "___",
            "123456789012345",
        ] {
            let parsed: ScreenName = name.parse().unwrap();
            assert_eq!(parsed.as_str(), name.trim_start_matches('@'));
        }
    }

    #[test]
    fn rejects_each_mistake() {
        assert_eq!("".parse::<ScreenName>(), Err(ScreenNameError::Empty));
        assert_eq!("@".parse::<ScreenName>(), Err(ScreenNameError::Empty));
        assert_eq!(
            "1234567890123456".parse::<ScreenName>(),
            Err(ScreenNameError::TooLong {
                name: "1234567890123456".into(),
                chars: 16
            })
        );
        assert_eq!(
            "@@furni".parse::<ScreenName>(),
            Err(ScreenNameError::InvalidChar {
                name: "@furni".into(),
                ch: '@',
                position: 1
            })
        );
        assert_eq!(
            "émile".parse::<ScreenName>(),
            Err(ScreenNameError::InvalidChar {
                name: "émile".into(),
                ch: 'é',
                position: 1
            })
        );
    }
}
