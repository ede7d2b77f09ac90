//! The value `dm_panel!` expands to.

use std::fmt;

/// A contact panel computed at compile time by [`dm_panel!`](crate::dm_panel): its markup,
/// a `&'static str`. Rendering it is one copy.
///
/// It implements `maud::Render` (feature `maud`, on by default), askama's `HtmlSafe`
/// (feature `askama`), `From<StaticPanel> for minijinja::Value` (feature `minijinja`),
/// [`Display`](fmt::Display) and `AsRef<str>`, so it goes into any template as markup.
///
/// ```
/// use dm_button::{StaticPanel, dm_panel};
///
/// const CONTACT: StaticPanel = dm_panel!(
///     title = "Talk to us",
///     buttons = [(email = "hello@example.com"), (recipient = 3805104374)],
/// );
/// assert!(CONTACT.as_str().starts_with(r#"<aside aria-label="Talk to us"><details class="dm-panel dm-panel--inline dm-panel--right">"#));
/// assert_eq!(CONTACT.to_string(), CONTACT.as_str());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct StaticPanel {
    /// Written by `dm_panel!` only; not part of the API. Public so that the macro expands
    /// to a struct expression; the markup must come from the macro, which checked and
    /// escaped it.
    #[doc(hidden)]
    pub __markup: &'static str,
}

impl StaticPanel {
    /// The markup: one `<aside>`.
    ///
    /// ```
    /// let panel = dm_button::dm_panel!(buttons = [(recipient = 12345)]);
    /// assert!(panel.as_str().ends_with("</details></aside>"));
    /// ```
    #[must_use]
    pub const fn as_str(&self) -> &'static str {
        self.__markup
    }
}

impl fmt::Debug for StaticPanel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("StaticPanel").field(&self.as_str()).finish()
    }
}

impl fmt::Display for StaticPanel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for StaticPanel {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(feature = "maud")]
impl maud::Render for StaticPanel {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(self.as_str());
    }
}
