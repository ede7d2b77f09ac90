//! The combinations of keys that have no meaning: one message each, which the macros give
//! as a compile error and the template engines' `dm_button(...)` as a template error. The
//! builder's types rule them out instead.

use std::error::Error;
use std::fmt;

/// A key given without the key that gives it a meaning.
///
/// ```
/// let error = dm_button_core::CombinationError::ScriptWithoutWidget;
/// assert!(error.to_string().contains("add `widget = true`"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CombinationError {
    /// `script` without `widget = true`.
    ScriptWithoutWidget,
    /// `dnt` without `widget = true`.
    DntWithoutWidget,
    /// `show_screen_name` without `screen_name`.
    ShowScreenNameWithoutScreenName,
}

impl CombinationError {
    /// The key that is given in vain.
    ///
    /// ```
    /// assert_eq!(dm_button_core::CombinationError::DntWithoutWidget.key(), "dnt");
    /// ```
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Self::ScriptWithoutWidget => "script",
            Self::DntWithoutWidget => "dnt",
            Self::ShowScreenNameWithoutScreenName => "show_screen_name",
        }
    }
}

impl fmt::Display for CombinationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let widget_only = |name: &str, what: &str, f: &mut fmt::Formatter<'_>| {
            write!(
                f,
                "`{name}` {what} only X's widget markup uses: add `widget = true`, or remove \
                 `{name}` (the crate's own button needs no script)"
            )
        };
        match self {
            Self::ScriptWithoutWidget => widget_only("script", "loads X's widgets.js, which", f),
            Self::DntWithoutWidget => {
                widget_only("dnt", "is X's do-not-track flag for its widget, which", f)
            }
            Self::ShowScreenNameWithoutScreenName => f.write_str(
                "`show_screen_name` has no effect without `screen_name`: add \
                 `screen_name = \"@...\"`, or remove `show_screen_name`",
            ),
        }
    }
}

impl Error for CombinationError {}
