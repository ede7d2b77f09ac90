//! The keys of `dm_button!` and `dm_link!`: the table in DESIGN.md, as data. It is the one
//! declaration of what keys there are, what each takes and how its value is parsed, read by
//! the macros' checks, by the template engines' `dm_button(...)` function and by the test
//! that holds the docs' tables to it.

use crate::settings::Setting;
use crate::{ClassList, ElementId, Host, Lang, MessageText, RecipientId, ScreenName, Style};

/// What kind of literal a key takes.
///
/// ```
/// assert_eq!(dm_button_core::KEYS[0].kind, dm_button_core::Kind::Recipient);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An integer literal or a string of digits.
    Id,
    /// An ID as for [`Kind::Id`], or a string naming an account listed in `dm-button.toml`,
    /// which a macro looks up.
    Recipient,
    /// A string literal.
    Str,
    /// `true` or `false`.
    Bool,
}

/// A value as a front end read it, once its kind is right for the key: the text of a string
/// or of an integer, or a flag.
///
/// ```
/// use dm_button_core::{Key, Literal};
///
/// let style = Key::find("style").unwrap().parse(Literal::Text("large"));
/// assert!(style.is_ok());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Literal<'a> {
    /// A string literal's value, or an integer's digits.
    Text(&'a str),
    /// `true` or `false`.
    Flag(bool),
}

/// How a key's value becomes a [`Setting`]: the rule it follows, which is the value type's
/// own `FromStr` (so the message is the one the builder's user gets too).
#[derive(Clone, Copy)]
pub enum Parse {
    /// From the text of a string or integer literal.
    Text(fn(&str) -> Result<Setting, String>),
    /// From `true` or `false`.
    Flag(fn(bool) -> Setting),
}

impl std::fmt::Debug for Parse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Text(_) => "Parse::Text",
            Self::Flag(_) => "Parse::Flag",
        })
    }
}

/// What a literal must be beyond the run-time rule: `Err` with the message when it is not.
pub type LiteralRule = fn(&str) -> Result<(), String>;

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
    /// How its value is parsed.
    pub parse: Parse,
    /// What a literal must also be, beyond what the value type takes at run time: free text
    /// is any string in the builder, but an empty `text` or a blank `label` written in a
    /// macro is a mistake.
    pub literal: Option<LiteralRule>,
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

    /// Parses `literal` by the key's rule. A literal of the wrong kind for the key (a flag
    /// for a string key, say) is refused with the key's example; front ends check the kind
    /// first, with a message in their own words.
    ///
    /// ```
    /// use dm_button_core::{Key, Literal};
    ///
    /// let lang = Key::find("lang").unwrap();
    /// assert!(lang.parse(Literal::Text("fr")).is_ok());
    /// assert!(lang.parse(Literal::Text("xx")).unwrap_err().contains("the languages are"));
    /// assert!(lang.parse(Literal::Flag(true)).is_err());
    /// ```
    pub fn parse(&self, literal: Literal<'_>) -> Result<Setting, String> {
        match (self.parse, literal) {
            (Parse::Text(parse), Literal::Text(text)) => parse(text),
            (Parse::Flag(make), Literal::Flag(flag)) => Ok(make(flag)),
            _ => Err(format!(
                "`{name}` takes a value such as `{name} = {example}`",
                name = self.name,
                example = self.example
            )),
        }
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

/// A key whose value is parsed from text.
const fn text(
    name: &'static str,
    kind: Kind,
    example: &'static str,
    in_link: bool,
    parse: fn(&str) -> Result<Setting, String>,
) -> Key {
    Key {
        name,
        kind,
        example,
        in_link,
        parse: Parse::Text(parse),
        literal: None,
    }
}

/// A key that takes `true` or `false`.
const fn flag(name: &'static str, example: &'static str, make: fn(bool) -> Setting) -> Key {
    Key {
        name,
        kind: Kind::Bool,
        example,
        in_link: false,
        parse: Parse::Flag(make),
        literal: None,
    }
}

/// Free text with a rule for literals.
const fn free_text(mut key: Key, literal: LiteralRule) -> Key {
    key.literal = Some(literal);
    key
}

/// `text.parse::<T>()`, its error as the message, wrapped into a setting.
fn parsed<T>(text: &str, setting: fn(T) -> Setting) -> Result<Setting, String>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    text.parse().map(setting).map_err(|error| error.to_string())
}

/// Every key, in the order of the docs.
///
/// ```
/// assert_eq!(dm_button_core::KEYS.len(), 15);
/// ```
pub const KEYS: &[Key] = &[
    text("recipient", Kind::Recipient, "3805104374", true, |text| {
        parsed::<RecipientId>(text, Setting::Recipient)
    }),
    free_text(
        text("text", Kind::Str, "\"Hello world\"", true, |text| {
            Ok(Setting::Text(text.to_owned()))
        }),
        |text| {
            if text.is_empty() {
                return Err(
                    "`text` is empty: leave it out, or give the message to prefill".to_owned(),
                );
            }
            text.parse::<MessageText>()
                .map(drop)
                .map_err(|error| error.to_string())
        },
    ),
    text("welcome_message_id", Kind::Id, "1234567890", true, |text| {
        parsed(text, Setting::WelcomeMessageId)
    }),
    text("host", Kind::Str, "\"x.com\"", true, |text| {
        parsed::<Host>(text, Setting::Host)
    }),
    text("screen_name", Kind::Str, "\"@furni\"", false, |text| {
        parsed::<ScreenName>(text, Setting::ScreenName)
    }),
    flag("show_screen_name", "false", Setting::ShowScreenName),
    text("style", Kind::Str, "\"large\"", false, |text| {
        parsed::<Style>(text, Setting::Style)
    }),
    free_text(
        text("label", Kind::Str, "\"Contact us\"", false, |text| {
            Ok(Setting::Label(text.to_owned()))
        }),
        |label| {
            if label.trim().is_empty() {
                return Err(
                    "`label` is blank: leave it out for the built-in label (\"Message\", or its \
                     translation for `lang`)"
                        .to_owned(),
                );
            }
            Ok(())
        },
    ),
    text("lang", Kind::Str, "\"fr\"", false, |text| {
        parsed::<Lang>(text, Setting::Lang)
    }),
    flag("new_tab", "true", Setting::NewTab),
    text("class", Kind::Str, "\"footer-cta\"", false, |text| {
        parsed::<ClassList>(text, Setting::Class)
    }),
    text("id", Kind::Str, "\"contact\"", false, |text| {
        parsed::<ElementId>(text, Setting::Id)
    }),
    flag("widget", "true", Setting::Widget),
    flag("script", "true", Setting::Script),
    flag("dnt", "true", Setting::Dnt),
];
