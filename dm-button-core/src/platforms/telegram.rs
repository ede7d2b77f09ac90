//! Telegram: `https://t.me/USERNAME` to a user, group, channel or bot by its username, or
//! `https://t.me/+DIGITS` to an account by its phone number (Telegram's "Deep links"
//! documentation), with `?text=` prefilling the message.

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::platforms::username::{InlineStr, NameProblem, checked_name};
use crate::render::link::{LinkParts, put_query};
use crate::render::sink::Sink;
use crate::{PhoneNumber, PhoneNumberError};

/// [`TelegramUsername::MIN_LEN`].
const TELEGRAM_USERNAME_MIN_LEN: usize = 5;
/// [`TelegramUsername::MAX_LEN`].
const TELEGRAM_USERNAME_MAX_LEN: usize = 32;

/// A Telegram username, as in `https://t.me/USERNAME`, by Telegram's rule: 5 to 32 of the
/// letters `A-Z` and `a-z`, the digits `0-9` and `_`, starting with a letter, with no `__`
/// and no `_` at the end. A leading `@` is dropped; the case is kept, as written (Telegram
/// ignores it).
///
/// ```
/// use dm_button_core::TelegramUsername;
///
/// let name: TelegramUsername = "@durov".parse()?;
/// assert_eq!(name.as_str(), "durov");
/// assert!("abc".parse::<TelegramUsername>().is_err());
/// assert!("_durov".parse::<TelegramUsername>().is_err());
/// assert!("du__rov".parse::<TelegramUsername>().is_err());
/// # Ok::<(), dm_button_core::TelegramUsernameError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TelegramUsername(InlineStr<TELEGRAM_USERNAME_MAX_LEN>);

impl TelegramUsername {
    /// The fewest characters of a Telegram username.
    ///
    /// ```
    /// use dm_button_core::TelegramUsername;
    ///
    /// assert!("a".repeat(TelegramUsername::MIN_LEN).parse::<TelegramUsername>().is_ok());
    /// assert!("a".repeat(TelegramUsername::MIN_LEN - 1).parse::<TelegramUsername>().is_err());
    /// ```
    pub const MIN_LEN: usize = TELEGRAM_USERNAME_MIN_LEN;

    /// The most characters of a Telegram username.
    ///
    /// ```
    /// use dm_button_core::TelegramUsername;
    ///
    /// assert!("a".repeat(TelegramUsername::MAX_LEN).parse::<TelegramUsername>().is_ok());
    /// assert!("a".repeat(TelegramUsername::MAX_LEN + 1).parse::<TelegramUsername>().is_err());
    /// ```
    pub const MAX_LEN: usize = TELEGRAM_USERNAME_MAX_LEN;

    /// The username, without `@`.
    ///
    /// ```
    /// let name: dm_button_core::TelegramUsername = "telegram".parse()?;
    /// assert_eq!(name.as_str(), "telegram");
    /// # Ok::<(), dm_button_core::TelegramUsernameError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// Who a Telegram button opens a chat with: a username, or an account's phone number (which
/// Telegram opens only if its owner lets people find them by number).
///
/// It parses from a username (`"@durov"`, `"durov"`) or from a phone number in international
/// form (`"+33 6 12 34 56 78"`, by the same rules as [`PhoneNumber`]): text that starts with
/// `+`, or with a digit and has no letter, is a number (no username starts with either).
///
/// ```
/// use dm_button_core::TelegramRecipient;
///
/// let name: TelegramRecipient = "@durov".parse()?;
/// assert_eq!(name.to_string(), "durov");
/// let number: TelegramRecipient = "+33 6 12 34 56 78".parse()?;
/// assert_eq!(number.to_string(), "+33612345678");
/// # Ok::<(), dm_button_core::TelegramRecipientError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TelegramRecipient {
    /// A username: `https://t.me/USERNAME`.
    Username(TelegramUsername),
    /// A phone number: `https://t.me/+DIGITS`.
    Phone(PhoneNumber),
}

impl From<TelegramUsername> for TelegramRecipient {
    fn from(name: TelegramUsername) -> Self {
        Self::Username(name)
    }
}

impl From<PhoneNumber> for TelegramRecipient {
    fn from(number: PhoneNumber) -> Self {
        Self::Phone(number)
    }
}

crate::options::serde_as_text!(TelegramUsername, "a Telegram username");
crate::options::serde_as_text!(
    TelegramRecipient,
    "a Telegram username, or a phone number in international form"
);

platform! {
    Telegram(TelegramRecipient) {
        slug: "telegram",
        name: "Telegram",
        article: "a",
        example: "\"@durov\"",
        examples: ["@durov", "telegram", "Some_Bot_123", "+44 7400 123456"],
        takes: [text, new_tab],
        needs_phone: false,
        // Telegram's limit for a message.
        text_max_chars: 4096,
        labels: Labels {
            en: "Message on Telegram",
            fr: "Écrire sur Telegram",
            es: "Escribir por Telegram",
            de: "Auf Telegram schreiben",
            pt: "Mensagem no Telegram",
            it: "Scrivi su Telegram",
            ja: "Telegramでメッセージ",
            nl: "Bericht via Telegram",
            ko: "Telegram으로 메시지",
            ar: "مراسلة عبر Telegram",
        },
        // A paper plane.
        icon: [
            r#"<path d="M21 4 3 11.2l6.2 2.2L11.5 20l3.2-4 4.3 3.2z"/>"#,
            r#"<path d="m9.2 13.4 11.8-9.4"/>"#,
        ],
        link: put_link,
        links: [
            ("@durov", Some("Hi & bye"), "https://t.me/durov?text=Hi%20%26%20bye"),
            ("+44 7400 123456", None, "https://t.me/+447400123456"),
        ],
    }
}

/// `https://t.me/{username}[?text={text}]`, or `https://t.me/+{digits}[?text={text}]`.
fn put_link(recipient: &TelegramRecipient, parts: &LinkParts<'_>, sink: &mut impl Sink) {
    match recipient {
        TelegramRecipient::Username(name) => {
            sink.put("https://t.me/");
            sink.put(name.as_str());
        }
        TelegramRecipient::Phone(number) => {
            sink.put("https://t.me/+");
            sink.put_u64(number.digits());
        }
    }
    put_query(sink, "text", parts.text);
}

/// Why a string is not a [`TelegramUsername`].
///
/// ```
/// let error = "a-b-c-d".parse::<dm_button_core::TelegramUsername>().unwrap_err();
/// assert!(error.to_string().contains("`-`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TelegramUsernameError {
    /// Fewer than 5 or more than 32 characters.
    #[non_exhaustive]
    Length {
        /// The username as written.
        name: String,
        /// How many characters it has.
        chars: usize,
    },
    /// A character other than a letter, a digit or `_`.
    #[non_exhaustive]
    InvalidChar {
        /// The username as written.
        name: String,
        /// The character.
        ch: char,
    },
    /// A first character other than a letter.
    #[non_exhaustive]
    FirstNotLetter {
        /// The username as written.
        name: String,
    },
    /// `__`, or `_` at the end.
    #[non_exhaustive]
    Underscores {
        /// The username as written.
        name: String,
    },
}

impl FromStr for TelegramUsername {
    type Err = TelegramUsernameError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let name = input.strip_prefix('@').unwrap_or(input);
        let owned = || name.to_owned();
        let checked = checked_name(name, &['_'], TELEGRAM_USERNAME_MIN_LEN).map_err(|problem| {
            match problem {
                NameProblem::InvalidChar(ch) => {
                    TelegramUsernameError::InvalidChar { name: owned(), ch }
                }
                // `.` is no Telegram character: a name with one is refused above.
                NameProblem::Dots | NameProblem::Length => TelegramUsernameError::Length {
                    name: owned(),
                    chars: name.len(),
                },
            }
        })?;
        if !name.starts_with(|ch: char| ch.is_ascii_alphabetic()) {
            return Err(TelegramUsernameError::FirstNotLetter { name: owned() });
        }
        if name.contains("__") || name.ends_with('_') {
            return Err(TelegramUsernameError::Underscores { name: owned() });
        }
        Ok(Self(checked))
    }
}

impl fmt::Display for TelegramUsernameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Length { name, chars } => write!(
                f,
                "the Telegram username `{name}` has {chars} characters: Telegram usernames have \
                 {TELEGRAM_USERNAME_MIN_LEN} to {TELEGRAM_USERNAME_MAX_LEN}, such as @durov_chat"
            ),
            Self::InvalidChar { name, ch } => write!(
                f,
                "the Telegram username `{name}` has {}: Telegram usernames use only the letters \
                 A-Z and a-z, the digits 0-9 and `_`",
                CharName(*ch)
            ),
            Self::FirstNotLetter { name } => write!(
                f,
                "the Telegram username `{name}` does not start with a letter, as every Telegram \
                 username does: check that it was copied whole"
            ),
            Self::Underscores { name } => write!(
                f,
                "the Telegram username `{name}` has `__` or ends with `_`, which no Telegram \
                 username does: check that it was copied whole"
            ),
        }
    }
}

impl std::error::Error for TelegramUsernameError {}

/// Why a string is not a [`TelegramRecipient`]: the username's error, or the phone number's
/// (its [`source`](std::error::Error::source) too).
///
/// ```
/// use dm_button_core::{TelegramRecipient, TelegramRecipientError};
///
/// let error = "06 12 34 56 78".parse::<TelegramRecipient>().unwrap_err();
/// assert!(matches!(error, TelegramRecipientError::Phone(_)));
/// assert!(error.to_string().contains("national form"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TelegramRecipientError {
    /// Not a Telegram username.
    Username(TelegramUsernameError),
    /// Not a phone number in international form.
    Phone(PhoneNumberError),
}

impl FromStr for TelegramRecipient {
    type Err = TelegramRecipientError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        // A number starts with `+` (or, in national form, a digit, and has no letter); a
        // username starts with a letter.
        let written = input.trim_start();
        let number = written.starts_with('+')
            || (written.starts_with(|ch: char| ch.is_ascii_digit())
                && !written.contains(|ch: char| ch.is_alphabetic()));
        if number {
            return input
                .parse()
                .map(Self::Phone)
                .map_err(TelegramRecipientError::Phone);
        }
        input
            .parse()
            .map(Self::Username)
            .map_err(TelegramRecipientError::Username)
    }
}

impl TryFrom<&str> for TelegramRecipient {
    type Error = TelegramRecipientError;

    fn try_from(input: &str) -> Result<Self, Self::Error> {
        input.parse()
    }
}

impl fmt::Display for TelegramRecipient {
    /// The username (without `@`), or the number in E.164 form: text that parses back to the
    /// same recipient.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Username(name) => fmt::Display::fmt(name, f),
            Self::Phone(number) => fmt::Display::fmt(number, f),
        }
    }
}

impl fmt::Display for TelegramRecipientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Username(error) => fmt::Display::fmt(error, f),
            Self::Phone(error) => fmt::Display::fmt(error, f),
        }
    }
}

impl std::error::Error for TelegramRecipientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Username(error) => Some(error),
            Self::Phone(error) => Some(error),
        }
    }
}
