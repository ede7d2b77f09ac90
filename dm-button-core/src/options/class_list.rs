//! Extra class names for the button.

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;

/// One or more extra class names for the button, separated by whitespace, each a valid CSS
/// identifier (so a stylesheet can select it without escapes): it starts with a letter, `_`,
/// `-` followed by a letter or `_` or `-`, or a non-ASCII character (not a control), and goes on
/// with those and digits.
///
/// The classes `dm-button*` belong to the crate's stylesheet (pick a look with `style`) and
/// `twitter-dm-button` to X's widget (pick it with `widget`), so they are refused. The list
/// is stored with single spaces between names.
///
/// ```
/// use dm_button_core::ClassList;
///
/// let classes: ClassList = "  footer-cta   _tracked ".parse()?;
/// assert_eq!(classes.as_str(), "footer-cta _tracked");
/// assert!("1st".parse::<ClassList>().is_err());
/// assert!("dm-button--large".parse::<ClassList>().is_err());
/// # Ok::<(), dm_button_core::ClassListError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClassList(String);

impl ClassList {
    /// The class names, separated by single spaces.
    ///
    /// ```
    /// let classes: dm_button_core::ClassList = "a b".parse()?;
    /// assert_eq!(classes.as_str(), "a b");
    /// # Ok::<(), dm_button_core::ClassListError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a string is not a [`ClassList`].
///
/// ```
/// use dm_button_core::{ClassList, ClassListError};
///
/// assert_eq!("".parse::<ClassList>(), Err(ClassListError::Empty));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClassListError {
    /// No class name at all.
    Empty,
    /// A name that does not start as a CSS identifier must: with a digit, or `-` followed
    /// by a digit or nothing.
    #[non_exhaustive]
    BadStart {
        /// The class name.
        name: String,
    },
    /// A character that a CSS identifier cannot hold without an escape.
    #[non_exhaustive]
    InvalidChar {
        /// The class name.
        name: String,
        /// The character.
        ch: char,
        /// Its position in the name, counting characters from 1.
        position: usize,
    },
    /// A class of the crate's stylesheet or of X's widget.
    #[non_exhaustive]
    Reserved {
        /// The class name.
        name: String,
    },
}

fn check_class(name: &str) -> Result<(), ClassListError> {
    let is_name_char = |ch: char| {
        ch.is_ascii_alphanumeric() || ch == '-' || ch == '_' || !(ch.is_ascii() || ch.is_control())
    };
    if let Some((index, ch)) = name.chars().enumerate().find(|&(_, ch)| !is_name_char(ch)) {
        return Err(ClassListError::InvalidChar {
            name: name.to_owned(),
            ch,
            position: index + 1,
        });
    }
    let mut chars = name.chars();
    let starts_well = match (chars.next(), chars.next()) {
        (Some('-'), Some(second)) => !second.is_ascii_digit(),
        (Some('-'), None) => false,
        (Some(first), _) => !first.is_ascii_digit(),
        (None, _) => false,
    };
    if !starts_well {
        return Err(ClassListError::BadStart {
            name: name.to_owned(),
        });
    }
    if name.starts_with("dm-button") || name == "twitter-dm-button" {
        return Err(ClassListError::Reserved {
            name: name.to_owned(),
        });
    }
    Ok(())
}

impl FromStr for ClassList {
    type Err = ClassListError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let mut list = String::with_capacity(input.len());
        for name in input.split_ascii_whitespace() {
            check_class(name)?;
            if !list.is_empty() {
                list.push(' ');
            }
            list.push_str(name);
        }
        if list.is_empty() {
            return Err(ClassListError::Empty);
        }
        Ok(Self(list))
    }
}

impl fmt::Display for ClassListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str(
                "the class list is empty: give one or more class names, or leave `class` out",
            ),
            Self::BadStart { name } => write!(
                f,
                "the class name `{name}` is not a CSS identifier: it cannot start with a digit \
                 or with `-` and a digit; start it with a letter or `_`"
            ),
            Self::InvalidChar { name, ch, position } => write!(
                f,
                "the class name `{}` has {} at position {position}: class names hold letters, \
                 digits, `-` and `_` (separate several names with spaces)",
                name.escape_debug(),
                CharName(*ch)
            ),
            Self::Reserved { name } if name == "twitter-dm-button" => f.write_str(
                "the class `twitter-dm-button` is X's widget markup: use `widget` instead",
            ),
            Self::Reserved { name } => write!(
                f,
                "the class `{name}` belongs to dm-button's stylesheet: pick the look with \
                 `style`, and name your own classes differently"
            ),
        }
    }
}

impl std::error::Error for ClassListError {}
