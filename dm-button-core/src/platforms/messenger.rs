//! Messenger's recipients: Facebook Pages (`m.me/NAME`).

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::platforms::username::{InlineStr, NameProblem, checked_name};
use crate::render::link::{LinkParts, put_referral_then_text};
use crate::render::sink::Sink;

/// The fewest characters of a Facebook username: Facebook asks new ones for 5, but older
/// Pages have shorter ones (facebook.com/nasa), and they work in `m.me` links.
const MIN_LEN: usize = 1;
/// The most characters of a Facebook username.
const MAX_LEN: usize = 50;

/// A Facebook Page for Messenger's link, `https://m.me/NAME`: the Page's username (Facebook's
/// rule: up to 50 of the letters `A-Z` and `a-z`, the digits `0-9` and `.`; new usernames
/// have at least 5, older Pages' may have fewer; no `.` first, last or twice in a row) or its
/// numeric Page ID. A leading `@` is dropped.
///
/// ```
/// use dm_button_core::MessengerPage;
///
/// let page: MessengerPage = "@nasa".parse()?;
/// assert_eq!(page.as_str(), "nasa");
/// let id: MessengerPage = "54971236771".parse()?;
/// assert!(id.is_id());
/// # Ok::<(), dm_button_core::MessengerPageError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MessengerPage(InlineStr<MAX_LEN>);

impl MessengerPage {
    /// The username or the ID, without `@`.
    ///
    /// ```
    /// let page: dm_button_core::MessengerPage = "Meta".parse()?;
    /// assert_eq!(page.as_str(), "Meta");
    /// # Ok::<(), dm_button_core::MessengerPageError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Whether this is a numeric Page ID rather than a username.
    ///
    /// ```
    /// let page: dm_button_core::MessengerPage = "meta.business".parse()?;
    /// assert!(!page.is_id());
    /// # Ok::<(), dm_button_core::MessengerPageError>(())
    /// ```
    #[must_use]
    pub fn is_id(&self) -> bool {
        self.as_str().bytes().all(|byte| byte.is_ascii_digit())
    }
}

crate::options::serde_as_text!(MessengerPage, "a Facebook Page username or ID");

platform! {
    Messenger(MessengerPage) {
        slug: "messenger",
        name: "Messenger",
        article: "a",
        example: "\"nasa\"",
        examples: ["nasa", "54971236771", "meta.business"],
        takes: [text, referral, new_tab],
        needs_phone: false,
        labels: Labels {
            en: "Message on Messenger",
            fr: "Écrire sur Messenger",
            es: "Escribir por Messenger",
            de: "Über Messenger schreiben",
            pt: "Mensagem no Messenger",
            it: "Scrivi su Messenger",
            ja: "Messengerでメッセージ",
            nl: "Bericht via Messenger",
            ko: "Messenger로 메시지",
            ar: "مراسلة عبر Messenger",
        },
        // A speech bubble with a spark.
        icon: [
            r#"<path d="M12 3C7 3 3 6.7 3 11.3c0 2.6 1.3 4.9 3.3 6.4V21l3-1.6c.9.3 1.8.4 2.7.4 5 0 9-3.7 9-8.5S17 3 12 3z"/>"#,
            r#"<path d="m7 13.5 3.3-3.5 2.6 2.2L17 8.5"/>"#,
        ],
        link: put_link,
        links: [("nasa", Some("Hi & bye"), "https://m.me/nasa?text=Hi%20%26%20bye")],
    }
}

/// `https://m.me/{page}[?ref={ref}][&text={text}]` (Meta's "m.me Links").
fn put_link(page: &MessengerPage, parts: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("https://m.me/");
    sink.put(page.as_str());
    put_referral_then_text(sink, parts);
}

/// Why a string is not a [`MessengerPage`].
///
/// ```
/// let error = "my page".parse::<dm_button_core::MessengerPage>().unwrap_err();
/// assert!(error.to_string().contains("a space"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MessengerPageError {
    /// An empty username, or one of more than 50 characters.
    #[non_exhaustive]
    Length {
        /// The name as written.
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
    /// A character other than a letter, a digit or `.`.
    #[non_exhaustive]
    InvalidChar {
        /// The name as written.
        name: String,
        /// The character.
        ch: char,
    },
    /// A Page ID of zeros only, or one too long for a Facebook ID.
    #[non_exhaustive]
    InvalidId {
        /// The ID as written.
        id: String,
    },
    /// A Page ID with a leading zero, which no Facebook ID has: likely a mangled copy.
    #[non_exhaustive]
    LeadingZero {
        /// The ID as written.
        id: String,
    },
}

impl FromStr for MessengerPage {
    type Err = MessengerPageError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let name = input.strip_prefix('@').unwrap_or(input);
        if !name.is_empty() && name.bytes().all(|byte| byte.is_ascii_digit()) {
            if name.starts_with('0') && name.bytes().any(|byte| byte != b'0') {
                return Err(MessengerPageError::LeadingZero {
                    id: name.to_owned(),
                });
            }
            return match name.parse::<u64>() {
                Ok(id) if id > 0 => InlineStr::new(&id.to_string()).map(Self),
                _ => None,
            }
            .ok_or_else(|| MessengerPageError::InvalidId {
                id: name.to_owned(),
            });
        }
        checked_name(name, &['.'], MIN_LEN)
            .map(Self)
            .map_err(|problem| match problem {
                NameProblem::InvalidChar(ch) => MessengerPageError::InvalidChar {
                    name: name.to_owned(),
                    ch,
                },
                NameProblem::Dots => MessengerPageError::Dots {
                    name: name.to_owned(),
                },
                NameProblem::Length => MessengerPageError::Length {
                    name: name.to_owned(),
                    chars: name.len(),
                },
            })
    }
}

impl fmt::Display for MessengerPageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Length { name, chars } => write!(
                f,
                "the Facebook Page username `{name}` has {chars} characters: usernames have \
                 {MIN_LEN} to {MAX_LEN}; give the Page's username, as in its address \
                 facebook.com/NAME, or its numeric Page ID"
            ),
            Self::InvalidChar { name, ch } => write!(
                f,
                "the Facebook Page username `{name}` has {}: usernames use only the letters \
                 A-Z and a-z, the digits 0-9 and `.`; give the username of the Page's address \
                 facebook.com/NAME, or its numeric Page ID",
                CharName(*ch)
            ),
            Self::Dots { name } => write!(
                f,
                "the Facebook Page username `{name}` starts or ends with `.`, or has two in a \
                 row, which Facebook usernames never do: keep one `.` between letters, none at the ends"
            ),
            Self::LeadingZero { id } => write!(
                f,
                "the Page ID `{id}` starts with 0, which no Facebook ID does: check that it was \
                 copied whole"
            ),
            Self::InvalidId { id } => write!(
                f,
                "`{id}` is no Facebook Page ID: IDs are positive whole numbers that fit in 64 \
                 bits; give the Page's numeric ID or its username"
            ),
        }
    }
}

impl std::error::Error for MessengerPageError {}
