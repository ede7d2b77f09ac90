//! The platforms a button opens a conversation on, and who it opens it with.
//!
//! Each platform is a module of its own, which declares all that is the platform's (see
//! [`channel`]). The registry below lists them: one line per platform, the only place that
//! names them all. [`Platform`], [`Contact`], their dispatch, the markers of the typed
//! builder, the recipient rows of the table of keys and the builder's constructors are
//! generated from it.

pub(crate) mod channel;
pub(crate) mod username;

use std::error::Error;
use std::fmt;
use std::str::FromStr;

use self::channel::{Channel, Info};
use crate::front::keys::Kind;
use crate::options::lang::Lang;
use crate::render::link::LinkParts;
use crate::render::sink::Sink;

/// The registry: every platform, in the order of the docs, as `Variant(RecipientType) in
/// module`. It hands the list to `$callback`, a macro that generates what is needed once per
/// platform: a new platform is its module and one line here.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_platform {
    ($callback:ident) => {
        $callback! {
            /// X's direct messages: `https://x.com/messages/compose?recipient_id=ID`.
            X(RecipientId) in x,
            /// WhatsApp's click-to-chat: `https://wa.me/DIGITS`.
            WhatsApp(PhoneNumber) in whatsapp,
            /// Telegram: `https://t.me/USERNAME`, or `https://t.me/+DIGITS`.
            Telegram(TelegramRecipient) in telegram,
            /// Messenger, to a Facebook Page: `https://m.me/NAME`.
            Messenger(MessengerPage) in messenger,
            /// Instagram's direct messages: `https://ig.me/m/USERNAME`.
            Instagram(InstagramUsername) in instagram,
            /// Email: `mailto:ADDRESS`.
            Email(EmailAddress) in email,
            /// SMS: `sms:+DIGITS` (RFC 5724).
            Sms(PhoneNumber) in sms,
            /// A phone call: `tel:+DIGITS` (RFC 3966).
            Phone(PhoneNumber) in phone,
            /// Signal: `https://signal.me/#p/+DIGITS`.
            Signal(PhoneNumber) in signal,
            /// LINE, to an Official Account: `https://line.me/R/oaMessage/%40ID/`.
            Line(LineId) in line,
            /// Threema: `https://threema.id/ID`.
            Threema(ThreemaId) in threema,
            /// Microsoft Teams: `https://teams.microsoft.com/l/chat/0/0?users=UPN`.
            Teams(TeamsUser) in teams,
            /// KakaoTalk, to a KakaoTalk Channel: `https://pf.kakao.com/ID/chat`.
            KakaoTalk(KakaoChannel) in kakaotalk,
        }
    };
}

/// What is declared once per platform, in this crate.
macro_rules! declare_platforms {
    ($($(#[$doc:meta])* $variant:ident($recipient:ident) in $module:ident,)+) => {
        $(mod $module;)+

        /// Each platform's public types: its recipient type and that type's error
        /// (`PhoneNumber`, `PhoneNumberError`...), which dm-button re-exports with a glob,
        /// so that a new platform's types are exported with it.
        #[doc(hidden)]
        pub mod platform_types {
            // A platform whose recipient type is another's (SMS's is the phone number) has
            // no type of its own to export.
            $(
                #[allow(unused_imports, unreachable_pub)]
                pub use super::$module::*;
            )+
        }
        pub use self::platform_types::*;
        $(#[allow(unused_imports)] use self::$module::*;)+

        /// The platforms' marker types, one per platform: `Chat<Sms>` in the typed builder
        /// is a button for SMS. Hidden: dm-button re-exports them in its `state` module.
        #[doc(hidden)]
        pub mod marker {
            $(
                $(#[$doc])*
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
                pub struct $variant;

                impl super::channel::sealed::Sealed for $variant {}
                impl super::channel::Marker for $variant {}
            )+
        }

        /// Where a button opens a conversation. The key that names the recipient chooses it:
        /// `recipient` for X, the platform's slug for the others (`whatsapp`, `email`...).
        ///
        /// ```
        /// use dm_button_core::Platform;
        ///
        /// let platform: Platform = "whatsapp".parse()?;
        /// assert_eq!(platform, Platform::WhatsApp);
        /// assert_eq!(platform.as_str(), "whatsapp");
        /// assert_eq!(platform.name(), "WhatsApp");
        /// assert!(platform.takes_text());
        /// # Ok::<(), dm_button_core::PlatformError>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Platform {
            $($(#[$doc])* $variant,)+
        }

        impl Platform {
            /// Every platform, in the order of the docs.
            ///
            /// ```
            /// use dm_button_core::Platform;
            ///
            /// assert_eq!(Platform::ALL[0], Platform::X);
            /// for platform in Platform::ALL {
            ///     assert_eq!(platform.as_str().parse::<Platform>().ok(), Some(*platform));
            /// }
            /// ```
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The platform's declaration.
            const fn info(self) -> &'static Info {
                match self {
                    $(Self::$variant => &<marker::$variant as Channel>::INFO,)+
                }
            }
        }

        /// Who a button opens a conversation with, on which platform.
        ///
        /// As text (`FromStr`, `Display`, and serde with the `serde` feature), a contact is
        /// `slug:recipient`, the platform's [slug](Platform::as_str) and its recipient as
        /// that platform's type writes it: `x:3805104374`, `whatsapp:+33612345678`,
        /// `email:hello@example.com`. That is how an application stores a contact of any
        /// platform in one column of a database, or takes it from a form.
        ///
        /// ```
        /// use dm_button_core::{Contact, Platform, RecipientId};
        ///
        /// let contact: Contact = "whatsapp:+33 6 12 34 56 78".parse()?;
        /// assert_eq!(contact.platform(), Platform::WhatsApp);
        /// assert_eq!(contact.to_string(), "whatsapp:+33612345678");
        /// assert_eq!(contact.href(), "https://wa.me/33612345678");
        /// assert_eq!(Contact::X(RecipientId::MIN).to_string(), "x:1");
        /// # Ok::<(), dm_button_core::ContactError>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Contact {
            $($(#[$doc])* $variant($recipient),)+
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
                    $(Self::$variant(_) => Platform::$variant,)+
                }
            }

            /// Writes the link with its platform's writer.
            pub(crate) fn put_link(&self, parts: &LinkParts<'_>, sink: &mut impl Sink) {
                match self {
                    $(Self::$variant(recipient) => {
                        <marker::$variant as Channel>::put_link(recipient, parts, sink)
                    })+
                }
            }

            /// The recipient, as its type writes it.
            fn recipient(&self) -> &dyn fmt::Display {
                match self {
                    $(Self::$variant(recipient) => recipient,)+
                }
            }

            /// The contact on `platform` that `text` names, by the platform's type.
            fn parse_on(platform: Platform, text: &str) -> Result<Self, ContactError> {
                let recipient_error = |source: Box<dyn Error + Send + Sync>| {
                    ContactError::Recipient { platform, source }
                };
                match platform {
                    $(Platform::$variant => text
                        .parse()
                        .map(Self::$variant)
                        .map_err(|error: <$recipient as FromStr>::Err| recipient_error(Box::new(error))),)+
                }
            }
        }

        $(
            // The module that declares a platform is named as its slug, which is the
            // constructor's name in the builder (`DmButton::whatsapp`): X's is `new`.
            const _: () = assert!(
                str_eq(<marker::$variant as Channel>::INFO.slug, stringify!($module)),
                concat!("the module of ", stringify!($variant), " is not named as its slug")
            );
        )+
    };
}

for_each_platform!(declare_platforms);

/// `a == b`, in a `const`.
const fn str_eq(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a, b) {
            ([], []) => return true,
            ([x, a_rest @ ..], [y, b_rest @ ..]) if *x == *y => {
                a = a_rest;
                b = b_rest;
            }
            _ => return false,
        }
    }
}

impl Platform {
    /// The platform's slug: its name in code, lowercase ASCII. It is the class of its colours
    /// (`dm-button--{slug}`), its value in forms and in serde, the `slug:` of a [`Contact`],
    /// and (but on X, whose key is `recipient`) its key in `dm_button!`.
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// assert_eq!(Platform::X.as_str(), "x");
    /// assert_eq!(Platform::Email.as_str(), "email");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.info().slug
    }

    /// The platform's name, as its owner writes it.
    ///
    /// ```
    /// assert_eq!(dm_button_core::Platform::WhatsApp.name(), "WhatsApp");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.info().name
    }

    /// "a" or "an", as English puts it before the name: "an X button", "a WhatsApp button".
    pub(crate) const fn article(self) -> &'static str {
        self.info().article
    }

    /// The macro key that names the recipient on this platform: its slug, but on X,
    /// `recipient`.
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// assert_eq!(Platform::X.key(), "recipient");
    /// assert_eq!(Platform::Telegram.key(), "telegram");
    /// ```
    #[must_use]
    pub const fn key(self) -> &'static str {
        self.info().key
    }

    /// The kind of literal the recipient key takes in a macro.
    pub(crate) const fn kind(self) -> Kind {
        self.info().kind
    }

    /// A recipient as the macros take it, for messages: `"+33 6 12 34 56 78"`.
    pub(crate) const fn example(self) -> &'static str {
        self.info().example
    }

    /// Valid recipients on this platform, as text that the platform's recipient type (and
    /// [`Contact`], after `slug:`) parses: for examples, demos and tests.
    ///
    /// ```
    /// use dm_button_core::{Contact, Platform};
    ///
    /// for platform in Platform::ALL {
    ///     for example in platform.examples() {
    ///         let contact: Contact = format!("{}:{example}", platform.as_str()).parse()?;
    ///         assert_eq!(contact.platform(), *platform);
    ///     }
    /// }
    /// # Ok::<(), dm_button_core::ContactError>(())
    /// ```
    #[must_use]
    pub const fn examples(self) -> &'static [&'static str] {
        self.info().examples
    }

    /// Whether the platform's link takes a prefilled message (`text`).
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// assert!(Platform::Email.takes_text());
    /// assert!(!Platform::Instagram.takes_text());
    /// ```
    #[must_use]
    pub const fn takes_text(self) -> bool {
        self.info().takes.text
    }

    /// Whether the platform's link takes a subject (`subject`): email's.
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// assert!(Platform::Email.takes_subject());
    /// assert!(!Platform::X.takes_subject());
    /// ```
    #[must_use]
    pub const fn takes_subject(self) -> bool {
        self.info().takes.subject
    }

    /// Whether the platform's link takes Meta's `ref` parameter: Messenger's and Instagram's.
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// assert!(Platform::Messenger.takes_referral());
    /// assert!(!Platform::Telegram.takes_referral());
    /// ```
    #[must_use]
    pub const fn takes_referral(self) -> bool {
        self.info().takes.referral
    }

    /// Whether the link opens a page, which a new tab (`new_tab`) can show: not a
    /// `mailto:` link, which hands over to a mail program.
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// assert!(Platform::Telegram.opens_page());
    /// assert!(!Platform::Email.opens_page());
    /// ```
    #[must_use]
    pub const fn opens_page(self) -> bool {
        self.info().takes.new_tab
    }

    /// Whether the link opens an app that lives on a phone, so that on a desktop a QR code
    /// of it is the way there.
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// assert!(Platform::WhatsApp.needs_phone());
    /// assert!(!Platform::Email.needs_phone());
    /// ```
    #[must_use]
    pub const fn needs_phone(self) -> bool {
        self.info().needs_phone
    }

    /// The longest prefilled message the platform takes, in characters.
    ///
    /// ```
    /// assert_eq!(dm_button_core::Platform::X.text_max_chars(), 10_000);
    /// ```
    #[must_use]
    pub const fn text_max_chars(self) -> usize {
        self.info().text_max_chars
    }

    /// The built-in label of the platform's button in `lang`. It names the platform, so
    /// that a row of buttons is told apart by ear as well as by eye; on X it is the word
    /// for "Message", [`Lang::label`].
    ///
    /// ```
    /// use dm_button_core::{Lang, Platform};
    ///
    /// assert_eq!(Platform::WhatsApp.label(Lang::En), "Chat on WhatsApp");
    /// assert_eq!(Platform::Email.label(Lang::Fr), "Envoyer un e-mail");
    /// assert_eq!(Platform::X.label(Lang::De), Lang::De.label());
    /// ```
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        self.info().labels.get(lang)
    }

    /// The icon of the platform's button: inline SVG drawn for this crate (no platform's
    /// logo), `aria-hidden`, in `currentColor`.
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// for platform in Platform::ALL {
    ///     assert!(platform.icon_svg().starts_with("<svg "));
    ///     assert!(platform.icon_svg().contains(r#"aria-hidden="true""#));
    /// }
    /// ```
    #[must_use]
    pub const fn icon_svg(self) -> &'static str {
        self.info().icon
    }

    /// The end of a button's opening tag, its icon and its closing tag, in one piece.
    pub(crate) const fn icon_alone(self) -> &'static str {
        self.info().icon_alone
    }

    /// The end of a button's opening tag, its icon and its label's opening tag, in one piece.
    pub(crate) const fn icon_then_label(self) -> &'static str {
        self.info().icon_then_label
    }

    /// ` dm-button--{slug}`, the class of the platform's colours.
    pub(crate) const fn class(self) -> &'static str {
        self.info().class
    }

    /// The macro keys a button of this platform takes, from dm-button's table of keys: its
    /// recipient key, then the others in the order of the docs.
    ///
    /// ```
    /// use dm_button_core::Platform;
    ///
    /// let keys: Vec<&str> = Platform::Email.keys().collect();
    /// assert_eq!(keys[0], "email");
    /// assert!(keys.contains(&"subject"));
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
}

/// A string that names no platform.
///
/// ```
/// let error = "myspace".parse::<dm_button_core::Platform>().unwrap_err();
/// assert!(error.to_string().contains("`myspace`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformError {
    input: String,
}

impl FromStr for Platform {
    type Err = PlatformError;

    /// A platform by its slug ([`Platform::as_str`]), in any letter case.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|platform| platform.as_str().eq_ignore_ascii_case(input))
            .ok_or_else(|| PlatformError {
                input: input.to_owned(),
            })
    }
}

impl fmt::Display for PlatformError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("no platform is called ")?;
        crate::front::suggest::quote_with_suggestion(
            f,
            &self.input,
            Platform::ALL.iter().map(|platform| platform.as_str()),
        )?;
        f.write_str(": the platforms are ")?;
        crate::front::suggest::list(f, Platform::ALL.iter().map(|platform| platform.as_str()))
    }
}

impl Error for PlatformError {}

crate::options::serde_as_text!(Platform, "a platform's slug, such as whatsapp", as_str);
crate::options::serde_as_text!(
    Contact,
    "a platform's slug and its recipient, such as whatsapp:+33612345678"
);

impl fmt::Display for Platform {
    /// The platform's name, as its owner writes it ([`Platform::name`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Contact {
    /// The link a button for this contact opens, with nothing prefilled.
    ///
    /// ```
    /// let contact: dm_button_core::Contact = "telegram:@durov".parse()?;
    /// assert_eq!(contact.href(), "https://t.me/durov");
    /// # Ok::<(), dm_button_core::ContactError>(())
    /// ```
    #[must_use]
    pub fn href(&self) -> String {
        crate::LinkSpec::to(self).to_url()
    }
}

/// Why a string is not a [`Contact`]: no `slug:`, a slug that names no platform, or a
/// recipient the platform's type refuses (the typed error is the
/// [`source`](Error::source)).
///
/// ```
/// use dm_button_core::{Contact, ContactError};
///
/// let error = "whatsapp:06 12 34 56 78".parse::<Contact>().unwrap_err();
/// assert!(matches!(error, ContactError::Recipient { .. }));
/// assert!(error.to_string().contains("national form"));
/// assert!("+33 6 12 34 56 78".parse::<Contact>().unwrap_err().to_string().contains("whatsapp:"));
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum ContactError {
    /// No `slug:` in front of the recipient.
    #[non_exhaustive]
    NoPlatform {
        /// What was given.
        input: String,
    },
    /// A slug that names no platform.
    UnknownPlatform(PlatformError),
    /// A recipient that the platform's type refuses.
    #[non_exhaustive]
    Recipient {
        /// The platform.
        platform: Platform,
        /// The platform's typed error (`PhoneNumberError`, ...).
        source: Box<dyn Error + Send + Sync>,
    },
}

impl FromStr for Contact {
    type Err = ContactError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let Some((slug, recipient)) = input.split_once(':') else {
            return Err(ContactError::NoPlatform {
                input: input.to_owned(),
            });
        };
        let platform = slug.parse().map_err(ContactError::UnknownPlatform)?;
        Self::parse_on(platform, recipient)
    }
}

impl TryFrom<&str> for Contact {
    type Error = ContactError;

    fn try_from(input: &str) -> Result<Self, Self::Error> {
        input.parse()
    }
}

impl fmt::Display for Contact {
    /// `slug:recipient`, which parses back to the same contact.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.platform().as_str(), self.recipient())
    }
}

impl fmt::Display for ContactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoPlatform { input } => write!(
                f,
                "`{}` names no platform: write the platform, a colon, then the recipient, such \
                 as `whatsapp:+33 6 12 34 56 78` or `email:hello@example.com`",
                input.escape_debug()
            ),
            Self::UnknownPlatform(error) => fmt::Display::fmt(error, f),
            Self::Recipient { source, .. } => fmt::Display::fmt(source, f),
        }
    }
}

impl Error for ContactError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            Self::UnknownPlatform(error) => Some(error),
            Self::Recipient { source, .. } => Some(source.as_ref()),
            Self::NoPlatform { .. } => None,
        }
    }
}
