//! The keys the macros take: the table in DESIGN.md, as data.

/// Which macro is being expanded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Macro {
    /// `dm_button!`: every key.
    Button,
    /// `dm_link!`: only the keys that change the URL.
    Link,
}

impl Macro {
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Self::Button => "dm_button!",
            Self::Link => "dm_link!",
        }
    }

    /// The keys this macro takes.
    pub(crate) fn keys(self) -> impl Iterator<Item = &'static Key> {
        KEYS.iter()
            .filter(move |key| self == Self::Button || key.in_link)
    }
}

/// What kind of literal a key takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An integer literal or a string of digits.
    Id,
    /// A string literal.
    Str,
    /// `true` or `false`.
    Bool,
}

/// A key, what it takes, and where it is allowed.
#[derive(Debug)]
pub(crate) struct Key {
    pub(crate) name: &'static str,
    pub(crate) kind: Kind,
    /// An example of a right value, for messages.
    pub(crate) example: &'static str,
    /// Whether the key changes the URL, so `dm_link!` takes it too.
    pub(crate) in_link: bool,
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
pub(crate) const KEYS: [Key; 15] = [
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

/// The key called `name`, if any macro takes it.
pub(crate) fn find(name: &str) -> Option<&'static Key> {
    KEYS.iter().find(|key| key.name == name)
}
