//! The value `dm_button!` expands to.

use std::fmt;

/// A Message button computed at compile time by [`dm_button!`](crate::dm_button): its markup
/// and its link, both `&'static str`. Rendering it is one copy.
///
/// The markup and the link are one string literal, split where the link starts: the
/// compiler checks one literal and one integer per button measurably faster than two
/// literals (see BENCHMARKS.md), and splitting costs a comparison.
///
/// It renders with [`Display`](fmt::Display) and `AsRef<str>`, and as markup, not as
/// escaped text, in every template engine the crate supports (see
/// [In templates](crate#in-templates)).
///
/// Those impls tell the template engines that the markup is safe: a `StaticButton` is a
/// trust boundary. Make one with the macro only; one built by hand from its hidden fields
/// voids the escaping guarantee, because nothing checks or escapes what it holds.
///
/// ```
/// use dm_button::{StaticButton, dm_button};
///
/// const CONTACT: StaticButton = dm_button!(recipient = 3805104374, style = "large");
///
/// assert!(CONTACT.as_str().starts_with(r#"<a class="dm-button dm-button--large dm-button--x""#));
/// assert_eq!(CONTACT.href(), "https://x.com/messages/compose?recipient_id=3805104374");
/// assert_eq!(CONTACT.to_string(), CONTACT.as_str());
/// # #[cfg(feature = "maud")] {
/// let page = maud::html! { footer { (CONTACT) } };
/// assert_eq!(page.into_string(), format!("<footer>{CONTACT}</footer>"));
/// # }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct StaticButton {
    /// Written by `dm_button!` only; not part of the API. The fields are public so that the
    /// macro expands to a struct expression, which the compiler checks faster than a
    /// `const fn` call; the markup must come from the macro, which checked and escaped it.
    ///
    /// The markup, then the link.
    #[doc(hidden)]
    pub __trusted_markup_then_link: &'static str,
    /// Where the link starts in `__trusted_markup_then_link`.
    #[doc(hidden)]
    pub __trusted_link_at: usize,
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
        self.parts().0
    }

    /// The link the button opens (X's DM composer, or the platform's click-to-chat link,
    /// `mailto:`, `sms:` or `tel:`), not HTML-escaped: what [`dm_link!`](crate::dm_link)
    /// with the same recipient and link keys (`text`, `subject`, `ref`,
    /// `welcome_message_id`, `host`) gives.
    ///
    /// ```
    /// use dm_button::{dm_button, dm_link};
    ///
    /// let button = dm_button!(recipient = 12345, text = "Hi & bye", style = "icon");
    /// assert_eq!(button.href(), dm_link!(recipient = 12345, text = "Hi & bye"));
    /// assert_eq!(button.href(), "https://x.com/messages/compose?recipient_id=12345&text=Hi%20%26%20bye");
    ///
    /// let call = dm_button!(phone = "+1 650 253 0000", style = "large");
    /// assert_eq!(call.href(), "tel:+16502530000");
    /// ```
    #[must_use]
    pub const fn href(&self) -> &'static str {
        self.parts().1
    }

    /// The markup and the link. The macro writes `__trusted_link_at` at a character
    /// boundary within the string: a debug build checks it (a `StaticButton` written by
    /// hand can break it); a release build, where it is broken, gives the whole string as
    /// the markup and no link rather than panic.
    const fn parts(&self) -> (&'static str, &'static str) {
        debug_assert!(
            self.__trusted_markup_then_link
                .is_char_boundary(self.__trusted_link_at),
            "a StaticButton's link starts at a character boundary: write it with dm_button!"
        );
        match self
            .__trusted_markup_then_link
            .split_at_checked(self.__trusted_link_at)
        {
            Some(parts) => parts,
            None => (self.__trusted_markup_then_link, ""),
        }
    }
}

impl fmt::Debug for StaticButton {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaticButton")
            .field("html", &self.as_str())
            .field("href", &self.href())
            .finish()
    }
}

impl fmt::Display for StaticButton {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for StaticButton {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
