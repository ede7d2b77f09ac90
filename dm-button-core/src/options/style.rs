//! The button's look: [`Style`] for the crate's own markup, [`WidgetStyle`] for X's widget.

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::quote_with_suggestion;
use crate::options::named::named_values;

named_values! {
    /// The look of the crate's own (static) button, from its stylesheet.
    ///
    /// | style | looks like |
    /// |---|---|
    /// | `compact` (default) | a small pill with the icon and the label |
    /// | `large` | a bigger pill, for a call to action |
    /// | `icon` | a round button with the icon only; the label becomes its accessible name and tooltip |
    /// | `link` | a plain link (icon and label), styled by your page |
    ///
    /// Its name is the value `style = "..."` takes, and the end of the `dm-button--{name}`
    /// class.
    ///
    /// ```
    /// use dm_button_core::Style;
    ///
    /// let style: Style = "large".parse()?;
    /// assert_eq!(style, Style::Large);
    /// assert_eq!(style.as_str(), "large");
    /// assert_eq!(Style::default(), Style::Compact);
    /// assert_eq!(
    ///     "larg".parse::<Style>().unwrap_err().to_string(),
    ///     "unknown style `larg` (did you mean `large`?): the styles are compact, large, icon and link"
    /// );
    /// # Ok::<(), dm_button_core::StyleError>(())
    /// ```
    Style, StyleError, "style", "styles" {
        /// A small pill with the icon and the label.
        #[default]
        Compact = "compact",
        /// A bigger pill.
        Large = "large",
        /// A round, icon-only button with an accessible name.
        Icon = "icon",
        /// A plain link, no button look.
        Link = "link",
    }
}

/// The size of X's own widget button (`data-size`): X's widget has no icon or link style.
///
/// ```
/// use dm_button_core::{Style, WidgetStyle};
///
/// assert_eq!("large".parse::<WidgetStyle>()?, WidgetStyle::Large);
/// assert!("icon".parse::<WidgetStyle>().is_err());
/// assert!(WidgetStyle::try_from(Style::Link).is_err());
/// # Ok::<(), dm_button_core::WidgetStyleError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum WidgetStyle {
    /// X's default size.
    #[default]
    Compact,
    /// X's large size (`data-size="large"`).
    Large,
}

impl WidgetStyle {
    /// Both sizes.
    ///
    /// ```
    /// use dm_button_core::WidgetStyle;
    ///
    /// for size in WidgetStyle::ALL {
    ///     assert_eq!(size.as_str().parse::<WidgetStyle>(), Ok(*size));
    /// }
    /// ```
    pub const ALL: &'static [Self] = &[Self::Compact, Self::Large];

    /// The size's name, as `style = "..."` takes it.
    ///
    /// ```
    /// assert_eq!(dm_button_core::WidgetStyle::Large.as_str(), "large");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Compact => "compact",
            Self::Large => "large",
        }
    }
}

/// Why a string or [`Style`] is not a [`WidgetStyle`].
///
/// ```
/// use dm_button_core::{Style, WidgetStyle, WidgetStyleError};
///
/// assert!(matches!(
///     "icon".parse::<WidgetStyle>(),
///     Err(WidgetStyleError::NotInWidget { style: Style::Icon, .. })
/// ));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WidgetStyleError {
    /// A style of the crate's own markup that X's widget does not have.
    #[non_exhaustive]
    NotInWidget {
        /// The style that was asked for.
        style: Style,
    },
    /// Not a style at all.
    #[non_exhaustive]
    Unknown {
        /// What was given.
        input: String,
    },
}

impl FromStr for WidgetStyle {
    type Err = WidgetStyleError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        match input.parse::<Style>() {
            Ok(style) => Self::try_from(style),
            Err(_) => Err(WidgetStyleError::Unknown {
                input: input.to_owned(),
            }),
        }
    }
}

impl TryFrom<Style> for WidgetStyle {
    type Error = WidgetStyleError;

    fn try_from(style: Style) -> Result<Self, Self::Error> {
        match style {
            Style::Compact => Ok(Self::Compact),
            Style::Large => Ok(Self::Large),
            Style::Icon | Style::Link => Err(WidgetStyleError::NotInWidget { style }),
        }
    }
}

impl From<WidgetStyle> for Style {
    fn from(style: WidgetStyle) -> Self {
        match style {
            WidgetStyle::Compact => Self::Compact,
            WidgetStyle::Large => Self::Large,
        }
    }
}

impl fmt::Display for WidgetStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for WidgetStyleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotInWidget { style } => write!(
                f,
                "X's widget has no `{style}` style, only compact and large: for the {style} \
                 style, leave the widget out and use the crate's own markup"
            ),
            Self::Unknown { input } => {
                let names = WidgetStyle::ALL.iter().map(|value| value.as_str());
                f.write_str("unknown widget style ")?;
                quote_with_suggestion(f, input, names)?;
                f.write_str(": X's widget comes in compact and large")
            }
        }
    }
}

impl std::error::Error for WidgetStyleError {}
