//! The keys of `dm_button!` and `dm_link!`: the table in DESIGN.md, as data, read by the
//! macros' parser and by the template engines' `dm_button(...)` function.

/// What kind of literal a key takes.
///
/// ```
/// assert_eq!(dm_button_core::KEYS[0].kind, dm_button_core::Kind::Id);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An integer literal or a string of digits.
    Id,
    /// A string literal.
    Str,
    /// `true` or `false`.
    Bool,
}

/// A key, what it takes, and where it is allowed.
///
/// ```
/// let text = dm_button_core::Key::find("text").unwrap();
/// assert!(text.in_link);
/// ```
#[derive(Debug)]
pub struct Key {
    /// The key's name.
    pub name: &'static str,
    /// What kind of value it takes.
    pub kind: Kind,
    /// An example of a right value, as it is written in a macro, for messages.
    pub example: &'static str,
    /// Whether the key changes the URL, so `dm_link!` takes it too.
    pub in_link: bool,
}

impl Key {
    /// The key called `name`, if there is one.
    ///
    /// ```
    /// assert!(dm_button_core::Key::find("stlye").is_none());
    /// ```
    #[must_use]
    pub fn find(name: &str) -> Option<&'static Self> {
        KEYS.iter().find(|key| key.name == name)
    }
}

const fn key(name: &'static str, kind: Kind, example: &'static str, in_link: bool) -> Key {
    Key {
        name,
        kind,
        example,
        in_link,
    }
}

/// Every key, in the order of the docs.
///
/// ```
/// assert_eq!(dm_button_core::KEYS.len(), 15);
/// ```
pub const KEYS: &[Key] = &[
    key("recipient", Kind::Id, "3805104374", true),
    key("text", Kind::Str, "\"Hello world\"", true),
    key("welcome_message_id", Kind::Id, "1234567890", true),
    key("host", Kind::Str, "\"x.com\"", true),
    key("screen_name", Kind::Str, "\"@furni\"", false),
    key("show_screen_name", Kind::Bool, "false", false),
    key("style", Kind::Str, "\"large\"", false),
    key("label", Kind::Str, "\"Contact us\"", false),
    key("lang", Kind::Str, "\"fr\"", false),
    key("new_tab", Kind::Bool, "true", false),
    key("class", Kind::Str, "\"footer-cta\"", false),
    key("id", Kind::Str, "\"contact\"", false),
    key("widget", Kind::Bool, "true", false),
    key("script", Kind::Bool, "true", false),
    key("dnt", Kind::Bool, "true", false),
];
