//! The value `dm_button!` expands to.

use std::fmt;

/// A Message button computed at compile time by [`dm_button!`](crate::dm_button): its markup
/// and its link, both `&'static str`. Rendering it is one copy.
///
/// It implements `maud::Render` (feature `maud`, on by default), [`Display`](fmt::Display)
/// and `AsRef<str>`, so it goes into any template: maud's `html!`, askama, minijinja (mark
/// it safe: it is escaped already), or a `format!`.
///
/// ```
/// use dm_button::{StaticButton, dm_button};
///
/// const CONTACT: StaticButton = dm_button!(recipient = 3805104374, style = "large");
///
/// assert!(CONTACT.as_str().starts_with(r#"<a class="dm-button dm-button--large""#));
/// assert_eq!(CONTACT.href(), "https://x.com/messages/compose?recipient_id=3805104374");
/// assert_eq!(CONTACT.to_string(), CONTACT.as_str());
/// let page = maud::html! { footer { (CONTACT) } };
/// assert_eq!(page.into_string(), format!("<footer>{CONTACT}</footer>"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StaticButton {
    /// Written by `dm_button!` only; not part of the API. The fields are public so that the
    /// macro expands to a struct expression, which the compiler checks faster than a
    /// `const fn` call; the markup must come from the macro, which checked and escaped it.
    #[doc(hidden)]
    pub __html: &'static str,
    #[doc(hidden)]
    pub __href: &'static str,
}

impl StaticButton {
    /// The markup: one `<a>` (and, for X's widget with `script = true`, X's `<script>`).
    ///
    /// ```
    /// let button = dm_button::dm_button!(recipient = 12345);
    /// assert!(button.as_str().ends_with("</a>"));
    /// ```
    #[must_use]
    pub const fn as_str(&self) -> &'static str {
        self.__html
    }

    /// The link to X's DM composer, not HTML-escaped: what
    /// [`dm_link!`](crate::dm_link) with the same `recipient`, `text`, `welcome_message_id`
    /// and `host` gives.
    ///
    /// ```
    /// use dm_button::{dm_button, dm_link};
    ///
    /// let button = dm_button!(recipient = 12345, text = "Hi & bye", style = "icon");
    /// assert_eq!(button.href(), dm_link!(recipient = 12345, text = "Hi & bye"));
    /// assert_eq!(button.href(), "https://x.com/messages/compose?recipient_id=12345&text=Hi%20%26%20bye");
    /// ```
    #[must_use]
    pub const fn href(&self) -> &'static str {
        self.__href
    }
}

impl fmt::Display for StaticButton {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.__html)
    }
}

impl AsRef<str> for StaticButton {
    fn as_ref(&self) -> &str {
        self.__html
    }
}

#[cfg(feature = "maud")]
impl maud::Render for StaticButton {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(self.__html);
    }
}
