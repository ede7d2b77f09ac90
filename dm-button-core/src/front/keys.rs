//! The keys of `dm_button!` and `dm_link!`: the table in DESIGN.md, as data. It is the one
//! declaration of what keys there are, what each takes and how its value is parsed, read by
//! the macros' checks, by the template engines' `dm_button(...)` function and by the test
//! that holds the docs' tables to it.

use crate::front::settings::Setting;
use crate::{
    ClassList, Contact, ElementId, EmailAddress, Host, InstagramUsername, Lang, MessageText,
    MessengerPage, PhoneNumber, Platform, RecipientId, ScreenName, Style, TelegramUsername,
};

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
    /// The platforms whose buttons take the key.
    pub platforms: &'static [Platform],
    /// The platform this key names the recipient on, if it is a recipient key.
    pub recipient_of: Option<Platform>,
    /// Why the key is refused on the platforms that do not take it, where more than "it is
    /// another platform's" helps.
    pub refused_because: &'static str,
}

impl Key {
    /// Whether the buttons of `platform` take this key.
    ///
    /// ```
    /// use dm_button_core::{Key, Platform};
    ///
    /// assert!(Key::find("text").unwrap().is_on(Platform::WhatsApp));
    /// assert!(!Key::find("text").unwrap().is_on(Platform::Instagram));
    /// ```
    #[must_use]
    pub fn is_on(&self, platform: Platform) -> bool {
        self.platforms.contains(&platform)
    }

    /// The recipient keys, one per platform.
    ///
    /// ```
    /// let keys: Vec<&str> = dm_button_core::Key::recipient_keys().map(|key| key.name).collect();
    /// assert_eq!(keys, ["recipient", "whatsapp", "telegram", "messenger", "instagram", "email"]);
    /// ```
    pub fn recipient_keys() -> impl Iterator<Item = &'static Self> {
        KEYS.iter().filter(|key| key.recipient_of.is_some())
    }

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

/// Every platform.
const ALL: &[Platform] = Platform::ALL;
/// X alone.
const X: &[Platform] = &[Platform::X];
/// The platforms whose link takes a prefilled message.
const WITH_TEXT: &[Platform] = &[
    Platform::X,
    Platform::WhatsApp,
    Platform::Telegram,
    Platform::Messenger,
    Platform::Email,
];

/// A key whose value is parsed from text, taken by the buttons of `platforms`.
const fn text(
    name: &'static str,
    kind: Kind,
    example: &'static str,
    in_link: bool,
    platforms: &'static [Platform],
    parse: fn(&str) -> Result<Setting, String>,
) -> Key {
    Key {
        name,
        kind,
        example,
        in_link,
        parse: Parse::Text(parse),
        literal: None,
        platforms,
        recipient_of: None,
        refused_because: "",
    }
}

/// A key that takes `true` or `false`, on X alone (the others have none).
const fn flag(name: &'static str, example: &'static str, make: fn(bool) -> Setting) -> Key {
    Key {
        name,
        kind: Kind::Bool,
        example,
        in_link: false,
        parse: Parse::Flag(make),
        literal: None,
        platforms: X,
        recipient_of: None,
        refused_because: "",
    }
}

/// The key that names the recipient on `platform`, parsed by the value type `T`: taken by
/// that platform's buttons alone (it is what makes them that platform's).
const fn recipient(
    platform: Platform,
    kind: Kind,
    example: &'static str,
    parse: fn(&str) -> Result<Setting, String>,
) -> Key {
    let only: &'static [Platform] = match platform {
        Platform::X => X,
        Platform::WhatsApp => &[Platform::WhatsApp],
        Platform::Telegram => &[Platform::Telegram],
        Platform::Messenger => &[Platform::Messenger],
        Platform::Instagram => &[Platform::Instagram],
        Platform::Email => &[Platform::Email],
    };
    let mut key = text(platform.key(), kind, example, true, only, parse);
    key.recipient_of = Some(platform);
    key
}

/// Free text with a rule for literals.
const fn free_text(mut key: Key, literal: LiteralRule) -> Key {
    key.literal = Some(literal);
    key
}

/// A key with a reason for the platforms that refuse it.
const fn refused_because(mut key: Key, reason: &'static str) -> Key {
    key.refused_because = reason;
    key
}

/// A recipient of another platform than X, parsed by its type.
fn contact<T>(text: &str, contact: fn(T) -> Contact) -> Result<Setting, String>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    parsed(text, |value| Setting::Contact(contact(value)))
}

/// `text.parse::<T>()`, its error as the message, wrapped into a setting.
fn parsed<T>(text: &str, setting: impl FnOnce(T) -> Setting) -> Result<Setting, String>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    text.parse().map(setting).map_err(|error| error.to_string())
}

/// Every key, in the order of the docs: the recipient keys (one per platform), then the
/// link's, then the button's.
///
/// ```
/// assert_eq!(dm_button_core::KEYS.len(), 21);
/// ```
pub const KEYS: &[Key] = &[
    recipient(Platform::X, Kind::Recipient, "3805104374", |text| {
        parsed::<RecipientId>(text, |id| Setting::Contact(Contact::X(id)))
    }),
    recipient(
        Platform::WhatsApp,
        Kind::Str,
        "\"+33 6 12 34 56 78\"",
        |text| contact::<PhoneNumber>(text, Contact::WhatsApp),
    ),
    recipient(Platform::Telegram, Kind::Str, "\"@durov\"", |text| {
        contact::<TelegramUsername>(text, Contact::Telegram)
    }),
    recipient(Platform::Messenger, Kind::Str, "\"nasa\"", |text| {
        contact::<MessengerPage>(text, Contact::Messenger)
    }),
    recipient(Platform::Instagram, Kind::Str, "\"@nasa\"", |text| {
        contact::<InstagramUsername>(text, Contact::Instagram)
    }),
    recipient(
        Platform::Email,
        Kind::Str,
        "\"hello@example.com\"",
        |text| contact::<EmailAddress>(text, Contact::Email),
    ),
    free_text(
        refused_because(
            text(
                "text",
                Kind::Str,
                "\"Hello world\"",
                true,
                WITH_TEXT,
                |text| Ok(Setting::Text(text.to_owned())),
            ),
            "Instagram's link, ig.me/m/USERNAME, takes no prefilled message",
        ),
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
    free_text(
        refused_because(
            text(
                "subject",
                Kind::Str,
                "\"Order #1234\"",
                true,
                &[Platform::Email],
                |text| Ok(Setting::Subject(text.to_owned())),
            ),
            "only an email has a subject; put the words in `text`",
        ),
        |subject| {
            if subject.trim().is_empty() {
                return Err(
                    "`subject` is blank: leave it out, or give the email's subject".to_owned(),
                );
            }
            Ok(())
        },
    ),
    text(
        "welcome_message_id",
        Kind::Id,
        "1234567890",
        true,
        X,
        |text| parsed(text, Setting::WelcomeMessageId),
    ),
    text("host", Kind::Str, "\"x.com\"", true, X, |text| {
        parsed::<Host>(text, Setting::Host)
    }),
    text("screen_name", Kind::Str, "\"@furni\"", false, X, |text| {
        parsed::<ScreenName>(text, Setting::ScreenName)
    }),
    flag("show_screen_name", "false", Setting::ShowScreenName),
    text("style", Kind::Str, "\"large\"", false, ALL, |text| {
        parsed::<Style>(text, Setting::Style)
    }),
    free_text(
        text("label", Kind::Str, "\"Contact us\"", false, ALL, |text| {
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
    text("lang", Kind::Str, "\"fr\"", false, ALL, |text| {
        parsed::<Lang>(text, Setting::Lang)
    }),
    Key {
        platforms: ALL,
        ..flag("new_tab", "true", Setting::NewTab)
    },
    text("class", Kind::Str, "\"footer-cta\"", false, ALL, |text| {
        parsed::<ClassList>(text, Setting::Class)
    }),
    text("id", Kind::Str, "\"contact\"", false, ALL, |text| {
        parsed::<ElementId>(text, Setting::Id)
    }),
    flag("widget", "true", Setting::Widget),
    flag("script", "true", Setting::Script),
    flag("dnt", "true", Setting::Dnt),
];
