//! Telegram usernames (`t.me/USERNAME`).

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::platforms::username::{InlineStr, NameProblem, checked_name};
use crate::render::link::{LinkParts, put_query};
use crate::render::sink::Sink;

/// The fewest characters of a Telegram username.
///
/// ```
/// assert_eq!(dm_button_core::TELEGRAM_USERNAME_MIN_LEN, 5);
/// ```
pub const TELEGRAM_USERNAME_MIN_LEN: usize = 5;
/// The most characters of a Telegram username.
///
/// ```
/// assert_eq!(dm_button_core::TELEGRAM_USERNAME_MAX_LEN, 32);
/// ```
pub const TELEGRAM_USERNAME_MAX_LEN: usize = 32;

/// A Telegram username, as in `https://t.me/USERNAME`: Telegram's rule, 5 to 32 of the
/// letters `A-Z` and `a-z`, the digits `0-9` and `_`. A leading `@` is dropped; the case is
/// kept, as written (Telegram ignores it).
///
/// ```
/// use dm_button_core::TelegramUsername;
///
/// let name: TelegramUsername = "@durov".parse()?;
/// assert_eq!(name.as_str(), "durov");
/// assert!("abc".parse::<TelegramUsername>().is_err());
/// # Ok::<(), dm_button_core::TelegramUsernameError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TelegramUsername(InlineStr<TELEGRAM_USERNAME_MAX_LEN>);

impl TelegramUsername {
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

crate::options::serde_as_text!(TelegramUsername, "a Telegram username");

platform! {
    Telegram(TelegramUsername) {
        slug: "telegram",
        name: "Telegram",
        article: "a",
        example: "\"@durov\"",
        examples: ["@durov", "telegram", "Some_Bot_123"],
        takes: [text, new_tab],
        needs_phone: false,
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
    }
}

/// `https://t.me/{username}[?text={text}]`.
fn put_link(name: &TelegramUsername, parts: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("https://t.me/");
    sink.put(name.as_str());
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
    Length {
        /// The username as written.
        name: String,
        /// How many characters it has.
        chars: usize,
    },
    /// A character other than a letter, a digit or `_`.
    InvalidChar {
        /// The username as written.
        name: String,
        /// The character.
        ch: char,
    },
}

impl FromStr for TelegramUsername {
    type Err = TelegramUsernameError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let name = input.strip_prefix('@').unwrap_or(input);
        checked_name(name, &['_'], TELEGRAM_USERNAME_MIN_LEN)
            .map(Self)
            .map_err(|problem| match problem {
                NameProblem::InvalidChar(ch) => TelegramUsernameError::InvalidChar {
                    name: name.to_owned(),
                    ch,
                },
                // `.` is no Telegram character: a name with one is refused above.
                NameProblem::Dots | NameProblem::Length => TelegramUsernameError::Length {
                    name: name.to_owned(),
                    chars: name.len(),
                },
            })
    }
}

impl TryFrom<&str> for TelegramUsername {
    type Error = TelegramUsernameError;

    fn try_from(input: &str) -> Result<Self, Self::Error> {
        input.parse()
    }
}

impl fmt::Display for TelegramUsername {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for TelegramUsername {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TelegramUsername")
            .field(&self.as_str())
            .finish()
    }
}

impl fmt::Display for TelegramUsernameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Length { name, chars } => write!(
                f,
                "the Telegram username `{name}` has {chars} characters: Telegram usernames have \
                 {TELEGRAM_USERNAME_MIN_LEN} to {TELEGRAM_USERNAME_MAX_LEN}, such as \
                 `telegram = \"@durov_chat\"`"
            ),
            Self::InvalidChar { name, ch } => write!(
                f,
                "the Telegram username `{name}` has {}: Telegram usernames use only the letters \
                 A-Z and a-z, the digits 0-9 and `_`",
                CharName(*ch)
            ),
        }
    }
}

impl std::error::Error for TelegramUsernameError {}
