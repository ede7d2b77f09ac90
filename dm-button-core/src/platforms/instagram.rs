//! Instagram usernames (`ig.me/m/USERNAME`).

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::platforms::username::{InlineStr, NameProblem, checked_name};
use crate::render::link::{LinkParts, put_referral_then_text};
use crate::render::sink::Sink;

/// [`InstagramUsername::MIN_LEN`].
const INSTAGRAM_USERNAME_MIN_LEN: usize = 1;
/// [`InstagramUsername::MAX_LEN`].
const INSTAGRAM_USERNAME_MAX_LEN: usize = 30;

/// An Instagram username, as in `https://ig.me/m/USERNAME`: Instagram's rule, 1 to 30 of
/// the letters `A-Z` and `a-z`, the digits `0-9`, `.` and `_`, with no `.` first, last or
/// twice in a row. A leading `@` is dropped; the case is kept, as written (Instagram ignores
/// it).
///
/// ```
/// use dm_button_core::InstagramUsername;
///
/// let name: InstagramUsername = "@nasa".parse()?;
/// assert_eq!(name.as_str(), "nasa");
/// assert!("a-b".parse::<InstagramUsername>().is_err());
/// # Ok::<(), dm_button_core::InstagramUsernameError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InstagramUsername(InlineStr<INSTAGRAM_USERNAME_MAX_LEN>);

impl InstagramUsername {
    /// The fewest characters of an Instagram username.
    ///
    /// ```
    /// use dm_button_core::InstagramUsername;
    ///
    /// assert!("a".repeat(InstagramUsername::MIN_LEN).parse::<InstagramUsername>().is_ok());
    /// assert!("".parse::<InstagramUsername>().is_err());
    /// ```
    pub const MIN_LEN: usize = INSTAGRAM_USERNAME_MIN_LEN;

    /// The most characters of an Instagram username.
    ///
    /// ```
    /// use dm_button_core::InstagramUsername;
    ///
    /// assert!("a".repeat(InstagramUsername::MAX_LEN).parse::<InstagramUsername>().is_ok());
    /// assert!("a".repeat(InstagramUsername::MAX_LEN + 1).parse::<InstagramUsername>().is_err());
    /// ```
    pub const MAX_LEN: usize = INSTAGRAM_USERNAME_MAX_LEN;

    /// The username, without `@`.
    ///
    /// ```
    /// let name: dm_button_core::InstagramUsername = "natgeo.travel".parse()?;
    /// assert_eq!(name.as_str(), "natgeo.travel");
    /// # Ok::<(), dm_button_core::InstagramUsernameError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

crate::options::serde_as_text!(InstagramUsername, "an Instagram username");

platform! {
    Instagram(InstagramUsername) {
        slug: "instagram",
        name: "Instagram",
        article: "an",
        example: "\"@nasa\"",
        examples: ["@nasa", "natgeo.travel", "a_b.c"],
        takes: [referral, new_tab],
        needs_phone: false,
        labels: Labels {
            en: "Message on Instagram",
            fr: "Écrire sur Instagram",
            es: "Escribir por Instagram",
            de: "Auf Instagram schreiben",
            pt: "Mensagem no Instagram",
            it: "Scrivi su Instagram",
            ja: "Instagramでメッセージ",
            nl: "Bericht via Instagram",
            ko: "Instagram으로 메시지",
            ar: "مراسلة عبر Instagram",
        },
        // A camera.
        icon: [
            r#"<rect x="3.5" y="3.5" width="17" height="17" rx="5"/>"#,
            r#"<circle cx="12" cy="12" r="4"/><path d="M17.2 6.8h.01"/>"#,
        ],
        link: put_link,
        // Instagram's link takes no message: one given is left out.
        links: [("@nasa", Some("Hi & bye"), "https://ig.me/m/nasa")],
    }
}

/// `https://ig.me/m/{username}[?ref={ref}]`: Instagram's link takes no prefilled message.
fn put_link(name: &InstagramUsername, parts: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("https://ig.me/m/");
    sink.put(name.as_str());
    put_referral_then_text(sink, parts);
}

/// Why a string is not a [`InstagramUsername`].
///
/// ```
/// let error = "a-b-c-d".parse::<dm_button_core::InstagramUsername>().unwrap_err();
/// assert!(error.to_string().contains("`-`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InstagramUsernameError {
    /// None, or more than 30 characters.
    #[non_exhaustive]
    Length {
        /// The username as written.
        name: String,
        /// How many characters it has.
        chars: usize,
    },
    /// A `.` at the start or the end, or two in a row: the link would hold a dot segment
    /// (`/m/.`), which URL parsers remove, and the platform refuses such names.
    #[non_exhaustive]
    Dots {
        /// The name as written.
        name: String,
    },
    /// A character other than a letter, a digit, `.` or `_`.
    #[non_exhaustive]
    InvalidChar {
        /// The username as written.
        name: String,
        /// The character.
        ch: char,
    },
}

impl FromStr for InstagramUsername {
    type Err = InstagramUsernameError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let name = input.strip_prefix('@').unwrap_or(input);
        checked_name(name, &['_', '.'], INSTAGRAM_USERNAME_MIN_LEN)
            .map(Self)
            .map_err(|problem| match problem {
                NameProblem::InvalidChar(ch) => InstagramUsernameError::InvalidChar {
                    name: name.to_owned(),
                    ch,
                },
                NameProblem::Dots => InstagramUsernameError::Dots {
                    name: name.to_owned(),
                },
                NameProblem::Length => InstagramUsernameError::Length {
                    name: name.to_owned(),
                    chars: name.len(),
                },
            })
    }
}

impl fmt::Display for InstagramUsernameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Length { name, chars } => write!(
                f,
                "the Instagram username `{name}` has {chars} characters: Instagram usernames have \
                 {INSTAGRAM_USERNAME_MIN_LEN} to {INSTAGRAM_USERNAME_MAX_LEN}, such as \
                 @nasa"
            ),
            Self::Dots { name } => write!(
                f,
                "the Instagram username `{name}` starts or ends with `.`, or has two in a row, \
                 which Instagram usernames never do: keep one `.` between letters, none at the ends"
            ),
            Self::InvalidChar { name, ch } => write!(
                f,
                "the Instagram username `{name}` has {}: Instagram usernames use only the letters \
                 A-Z and a-z, the digits 0-9, `.` and `_`",
                CharName(*ch)
            ),
        }
    }
}

impl std::error::Error for InstagramUsernameError {}
