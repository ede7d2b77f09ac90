//! The languages of the built-in label.

use std::fmt;
use std::str::FromStr;

use crate::Platform;
use crate::front::suggest::{list, quote_with_suggestion};

/// A language the button has a built-in label for. Each is also one of X's language codes,
/// so widget markup passes it to X as `data-lang`.
///
/// When a language is given, the button also carries it as its `lang` attribute (and
/// `dir="rtl"` for Arabic), so that screen readers pronounce the label right even on a page
/// in another language. Without one, the label is English and the button inherits the page's
/// language.
///
/// ```
/// use dm_button_core::{Dir, Lang};
///
/// let lang: Lang = "fr".parse()?;
/// assert_eq!(lang.label(), "Envoyer un message");
/// assert_eq!(Lang::default(), Lang::En);
/// assert_eq!(Lang::Ar.dir(), Dir::Rtl);
/// # Ok::<(), dm_button_core::LangError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum Lang {
    /// English: "Message".
    #[default]
    En,
    /// French: "Envoyer un message".
    Fr,
    /// Spanish: "Enviar mensaje".
    Es,
    /// German: "Nachricht senden".
    De,
    /// Portuguese: "Enviar mensagem".
    Pt,
    /// Italian: "Invia messaggio".
    It,
    /// Japanese: "メッセージ".
    Ja,
    /// Dutch: "Bericht sturen".
    Nl,
    /// Korean: "메시지 보내기".
    Ko,
    /// Arabic, written right to left: "إرسال رسالة".
    Ar,
}

/// The direction a language is written in.
///
/// ```
/// assert_eq!(dm_button_core::Lang::Ja.dir(), dm_button_core::Dir::Ltr);
/// ```
///
/// Not `#[non_exhaustive]`: HTML's `dir` has these two values (and `auto`, which a language
/// never needs), so a `match` on it may rely on there being two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Lang {
    /// Every built-in language.
    ///
    /// ```
    /// assert!(dm_button_core::Lang::ALL.contains(&dm_button_core::Lang::Ja));
    /// ```
    pub const ALL: &'static [Self] = &[
        Self::En,
        Self::Fr,
        Self::Es,
        Self::De,
        Self::Pt,
        Self::It,
        Self::Ja,
        Self::Nl,
        Self::Ko,
        Self::Ar,
    ];

    /// The language code (BCP 47, as X and HTML's `lang` take it).
    ///
    /// ```
    /// assert_eq!(dm_button_core::Lang::De.code(), "de");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::De => "de",
            Self::Pt => "pt",
            Self::It => "it",
            Self::Ja => "ja",
            Self::Nl => "nl",
            Self::Ko => "ko",
            Self::Ar => "ar",
        }
    }

    /// The built-in label: the word for "Message" (to send one) in this language.
    ///
    /// ```
    /// assert_eq!(dm_button_core::Lang::Es.label(), "Enviar mensaje");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::En => "Message",
            Self::Fr => "Envoyer un message",
            Self::Es => "Enviar mensaje",
            Self::De => "Nachricht senden",
            Self::Pt => "Enviar mensagem",
            Self::It => "Invia messaggio",
            Self::Ja => "メッセージ",
            Self::Nl => "Bericht sturen",
            Self::Ko => "메시지 보내기",
            Self::Ar => "إرسال رسالة",
        }
    }

    /// The built-in label of a button for `platform`: it names the platform, so that a row
    /// of buttons is told apart by ear as well as by eye. On X it is [`label`](Self::label).
    ///
    /// ```
    /// use dm_button_core::{Lang, Platform};
    ///
    /// assert_eq!(Lang::En.label_on(Platform::WhatsApp), "Chat on WhatsApp");
    /// assert_eq!(Lang::Fr.label_on(Platform::Email), "Envoyer un e-mail");
    /// assert_eq!(Lang::En.label_on(Platform::X), Lang::En.label());
    /// for lang in Lang::ALL {
    ///     for platform in Platform::ALL {
    ///         let label = lang.label_on(*platform);
    ///         assert!(*platform == Platform::X || *platform == Platform::Email || label.contains(platform.name()));
    ///     }
    /// }
    /// ```
    #[must_use]
    pub const fn label_on(self, platform: Platform) -> &'static str {
        use Platform::{Email, Instagram, Messenger, Telegram, WhatsApp, X};
        match (self, platform) {
            (_, X) => self.label(),
            (Self::En, WhatsApp) => "Chat on WhatsApp",
            (Self::En, Telegram) => "Message on Telegram",
            (Self::En, Messenger) => "Message on Messenger",
            (Self::En, Instagram) => "Message on Instagram",
            (Self::En, Email) => "Send an email",
            (Self::Fr, WhatsApp) => "Discuter sur WhatsApp",
            (Self::Fr, Telegram) => "Écrire sur Telegram",
            (Self::Fr, Messenger) => "Écrire sur Messenger",
            (Self::Fr, Instagram) => "Écrire sur Instagram",
            (Self::Fr, Email) => "Envoyer un e-mail",
            (Self::Es, WhatsApp) => "Chatear por WhatsApp",
            (Self::Es, Telegram) => "Escribir por Telegram",
            (Self::Es, Messenger) => "Escribir por Messenger",
            (Self::Es, Instagram) => "Escribir por Instagram",
            (Self::Es, Email) => "Enviar un correo",
            (Self::De, WhatsApp) => "Auf WhatsApp chatten",
            (Self::De, Telegram) => "Auf Telegram schreiben",
            (Self::De, Messenger) => "Über Messenger schreiben",
            (Self::De, Instagram) => "Auf Instagram schreiben",
            (Self::De, Email) => "E-Mail schreiben",
            (Self::Pt, WhatsApp) => "Conversar no WhatsApp",
            (Self::Pt, Telegram) => "Mensagem no Telegram",
            (Self::Pt, Messenger) => "Mensagem no Messenger",
            (Self::Pt, Instagram) => "Mensagem no Instagram",
            (Self::Pt, Email) => "Enviar e-mail",
            (Self::It, WhatsApp) => "Chatta su WhatsApp",
            (Self::It, Telegram) => "Scrivi su Telegram",
            (Self::It, Messenger) => "Scrivi su Messenger",
            (Self::It, Instagram) => "Scrivi su Instagram",
            (Self::It, Email) => "Invia un’email",
            (Self::Ja, WhatsApp) => "WhatsAppでチャット",
            (Self::Ja, Telegram) => "Telegramでメッセージ",
            (Self::Ja, Messenger) => "Messengerでメッセージ",
            (Self::Ja, Instagram) => "Instagramでメッセージ",
            (Self::Ja, Email) => "メールを送る",
            (Self::Nl, WhatsApp) => "Chatten via WhatsApp",
            (Self::Nl, Telegram) => "Bericht via Telegram",
            (Self::Nl, Messenger) => "Bericht via Messenger",
            (Self::Nl, Instagram) => "Bericht via Instagram",
            (Self::Nl, Email) => "E-mail sturen",
            (Self::Ko, WhatsApp) => "WhatsApp으로 채팅",
            (Self::Ko, Telegram) => "Telegram으로 메시지",
            (Self::Ko, Messenger) => "Messenger로 메시지",
            (Self::Ko, Instagram) => "Instagram으로 메시지",
            (Self::Ko, Email) => "이메일 보내기",
            (Self::Ar, WhatsApp) => "الدردشة عبر WhatsApp",
            (Self::Ar, Telegram) => "مراسلة عبر Telegram",
            (Self::Ar, Messenger) => "مراسلة عبر Messenger",
            (Self::Ar, Instagram) => "مراسلة عبر Instagram",
            (Self::Ar, Email) => "إرسال بريد إلكتروني",
        }
    }

    /// The direction the language is written in.
    ///
    /// ```
    /// assert_eq!(dm_button_core::Lang::En.dir(), dm_button_core::Dir::Ltr);
    /// ```
    #[must_use]
    pub const fn dir(self) -> Dir {
        match self {
            Self::Ar => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }
}

/// Why a string is not a [`Lang`]. The message lists the languages.
///
/// ```
/// let err = "xx".parse::<dm_button_core::Lang>().unwrap_err();
/// assert!(err.to_string().starts_with("no built-in label for the language `xx`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LangError {
    /// Not one of the built-in languages.
    Unknown {
        /// What was given.
        input: String,
    },
}

impl FromStr for Lang {
    type Err = LangError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|lang| lang.code() == input)
            .ok_or_else(|| LangError::Unknown {
                input: input.to_owned(),
            })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for LangError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown { input } => {
                let codes = Lang::ALL.iter().map(|value| value.code());
                f.write_str("no built-in label for the language ")?;
                quote_with_suggestion(f, input, codes.clone())?;
                f.write_str(": the languages are ")?;
                list(f, codes)?;
                f.write_str("; for another language, write the `label` yourself")
            }
        }
    }
}

impl std::error::Error for LangError {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The markup writes built-in labels without escaping them.
    #[test]
    fn built_in_labels_need_no_escaping() {
        for lang in Lang::ALL {
            for platform in Platform::ALL {
                let label = lang.label_on(*platform);
                assert!(!label.contains(['&', '<', '>', '"', '\'']), "{label}");
            }
        }
    }
}
