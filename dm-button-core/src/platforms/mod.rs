//! The platforms a button opens a conversation on, and who it opens it with.

pub(crate) mod email;
pub(crate) mod instagram;
pub(crate) mod messenger;
pub(crate) mod telegram;
pub(crate) mod username;
pub(crate) mod whatsapp;
pub(crate) mod x;

use std::fmt;

use crate::{
    EmailAddress, InstagramUsername, MessengerPage, PhoneNumber, RecipientId, TelegramUsername,
};

/// Where a button opens a conversation. The key that names the recipient chooses it:
/// `recipient` for X, then `whatsapp`, `telegram`, `messenger`, `instagram` and `email`.
///
/// ```
/// use dm_button_core::Platform;
///
/// assert_eq!(Platform::WhatsApp.key(), "whatsapp");
/// assert_eq!(Platform::WhatsApp.name(), "WhatsApp");
/// assert!(!Platform::Instagram.takes_text());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum Platform {
    /// X's direct messages: `https://x.com/messages/compose?recipient_id=ID`.
    #[default]
    X,
    /// WhatsApp's click-to-chat: `https://wa.me/DIGITS`.
    WhatsApp,
    /// Telegram: `https://t.me/USERNAME`.
    Telegram,
    /// Messenger, to a Facebook Page: `https://m.me/NAME`.
    Messenger,
    /// Instagram's direct messages: `https://ig.me/m/USERNAME`.
    Instagram,
    /// Email: `mailto:ADDRESS`.
    Email,
}

impl Platform {
    /// Every platform, in the order of the docs.
    ///
    /// ```
    /// assert_eq!(dm_button_core::Platform::ALL.len(), 6);
    /// ```
    pub const ALL: &'static [Self] = &[
        Self::X,
        Self::WhatsApp,
        Self::Telegram,
        Self::Messenger,
        Self::Instagram,
        Self::Email,
    ];

    /// The platform's name, as its owner writes it.
    ///
    /// ```
    /// assert_eq!(dm_button_core::Platform::Email.name(), "email");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::X => "X",
            Self::WhatsApp => "WhatsApp",
            Self::Telegram => "Telegram",
            Self::Messenger => "Messenger",
            Self::Instagram => "Instagram",
            Self::Email => "email",
        }
    }

    /// The macro key that names the recipient on this platform.
    ///
    /// ```
    /// assert_eq!(dm_button_core::Platform::X.key(), "recipient");
    /// ```
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Self::X => "recipient",
            Self::WhatsApp => "whatsapp",
            Self::Telegram => "telegram",
            Self::Messenger => "messenger",
            Self::Instagram => "instagram",
            Self::Email => "email",
        }
    }

    /// The macro keys a button of this platform takes, from dm-button's table of keys: its
    /// recipient key, then the others in the order of the docs.
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// let keys: Vec<&str> = Platform::Email.keys().collect();
    /// assert_eq!(keys, ["email", "text", "subject", "style", "label", "lang", "new_tab", "class", "id"]);
    /// assert!(Platform::X.keys().any(|key| key == "screen_name"));
    /// ```
    pub fn keys(self) -> impl Iterator<Item = &'static str> {
        crate::KEYS
            .iter()
            .filter(move |key| key.is_on(self))
            .map(|key| key.name)
    }

    /// Whether a button of this platform takes the macro key `name`.
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// assert!(Platform::WhatsApp.takes("text"));
    /// assert!(!Platform::Instagram.takes("text"));
    /// assert!(!Platform::Telegram.takes("screen_name"));
    /// ```
    #[must_use]
    pub fn takes(self, name: &str) -> bool {
        self.keys().any(|key| key == name)
    }

    /// Whether the platform's link takes a prefilled message (`text`): all but Instagram's.
    ///
    /// ```
    /// assert!(dm_button_core::Platform::Email.takes_text());
    /// ```
    #[must_use]
    pub const fn takes_text(self) -> bool {
        !matches!(self, Self::Instagram)
    }
}

/// A string that names no platform.
///
/// ```
/// let error = "myspace".parse::<dm_button_core::Platform>().unwrap_err();
/// assert!(error.to_string().contains("whatsapp"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformError {
    input: String,
}

impl std::str::FromStr for Platform {
    type Err = PlatformError;

    /// A platform by its name, in any case: `x`, `whatsapp`, `telegram`, `messenger`,
    /// `instagram`, `email`.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|platform| platform.name().eq_ignore_ascii_case(input))
            .ok_or_else(|| PlatformError {
                input: input.to_owned(),
            })
    }
}

impl fmt::Display for PlatformError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no platform is called `{}`: the platforms are x, whatsapp, telegram, messenger, \
             instagram and email",
            self.input
        )
    }
}

impl std::error::Error for PlatformError {}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Who a button opens a conversation with, on which platform.
///
/// ```
/// use dm_button_core::{Contact, Platform, RecipientId};
///
/// let contact = Contact::WhatsApp("+33 6 12 34 56 78".parse()?);
/// assert_eq!(contact.platform(), Platform::WhatsApp);
/// assert_eq!(Contact::X(RecipientId::MIN).platform(), Platform::X);
/// # Ok::<(), dm_button_core::PhoneNumberError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Contact {
    /// An X account.
    X(RecipientId),
    /// A WhatsApp number.
    WhatsApp(PhoneNumber),
    /// A Telegram user, group or bot.
    Telegram(TelegramUsername),
    /// A Facebook Page on Messenger.
    Messenger(MessengerPage),
    /// An Instagram account.
    Instagram(InstagramUsername),
    /// An email address.
    Email(EmailAddress),
}

impl Contact {
    /// The platform.
    ///
    /// ```
    /// use dm_button_core::{Contact, Platform};
    /// let contact = Contact::Email("hello@example.com".parse()?);
    /// assert_eq!(contact.platform(), Platform::Email);
    /// # Ok::<(), dm_button_core::EmailAddressError>(())
    /// ```
    #[must_use]
    pub const fn platform(&self) -> Platform {
        match self {
            Self::X(_) => Platform::X,
            Self::WhatsApp(_) => Platform::WhatsApp,
            Self::Telegram(_) => Platform::Telegram,
            Self::Messenger(_) => Platform::Messenger,
            Self::Instagram(_) => Platform::Instagram,
            Self::Email(_) => Platform::Email,
        }
    }
}
