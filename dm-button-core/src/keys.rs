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

/// The message for `name`, which is not one of `keys`: the closest key suggested, or every
/// key listed. `noun` is what the caller calls a key (a macro's "key", a function's
/// "argument"), `owner` what takes them (`dm_button!`, `dm_button()`).
///
/// ```
/// let message = dm_button_core::unknown_key_message("stlye", "key", "dm_button!", dm_button_core::KEYS.iter());
/// assert_eq!(message, "unknown key `stlye`: did you mean `style`?");
/// ```
#[must_use]
pub fn unknown_key_message<'k>(
    name: &str,
    noun: &str,
    owner: &str,
    keys: impl Iterator<Item = &'k Key>,
) -> String {
    let names: Vec<&str> = keys.map(|key| key.name).collect();
    match crate::closest(name, names.iter().copied()) {
        Some(suggestion) => format!("unknown {noun} `{name}`: did you mean `{suggestion}`?"),
        None => format!(
            "unknown {noun} `{name}`: {owner} takes {}",
            names.join(", ")
        ),
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
