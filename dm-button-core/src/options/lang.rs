//! The languages of the built-in label.

use std::fmt;
use std::str::FromStr;

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

/// A label in every built-in language: what a platform's module declares for its button.
/// A field per language, so that a language added here is a compile error in every platform
/// until its label is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // each field is the language of the same code
pub(crate) struct Labels {
    pub(crate) en: &'static str,
    pub(crate) fr: &'static str,
    pub(crate) es: &'static str,
    pub(crate) de: &'static str,
    pub(crate) pt: &'static str,
    pub(crate) it: &'static str,
    pub(crate) ja: &'static str,
    pub(crate) nl: &'static str,
    pub(crate) ko: &'static str,
    pub(crate) ar: &'static str,
}

impl Labels {
    /// What joins a name to what follows it ("Ana, Sales: Chat on WhatsApp"), spaced as
    /// the language spaces it.
    pub(crate) const COLON: Self = Self {
        en: ": ",
        fr: " : ",
        es: ": ",
        de: ": ",
        pt: ": ",
        it: ": ",
        ja: "：",
        nl: ": ",
        ko: ": ",
        ar: ": ",
    };

    /// What separates the items of a short list ("Ana, Sales").
    pub(crate) const COMMA: Self = Self {
        en: ", ",
        fr: ", ",
        es: ", ",
        de: ", ",
        pt: ", ",
        it: ", ",
        ja: "、",
        nl: ", ",
        ko: ", ",
        ar: "، ",
    };

    /// The word for "Message" (to send one): X's label, which names no platform.
    pub(crate) const MESSAGE: Self = Self {
        en: "Message",
        fr: "Envoyer un message",
        es: "Enviar mensaje",
        de: "Nachricht senden",
        pt: "Enviar mensagem",
        it: "Invia messaggio",
        ja: "メッセージ",
        nl: "Bericht sturen",
        ko: "메시지 보내기",
        ar: "إرسال رسالة",
    };

    /// The label in `lang`.
    pub(crate) const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
            Lang::Es => self.es,
            Lang::De => self.de,
            Lang::Pt => self.pt,
            Lang::It => self.it,
            Lang::Ja => self.ja,
            Lang::Nl => self.nl,
            Lang::Ko => self.ko,
            Lang::Ar => self.ar,
        }
    }
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

    /// The built-in label of X's button: the word for "Message" (to send one) in this
    /// language. The other platforms' labels name the platform: see
    /// [`Platform::label`](crate::Platform::label).
    ///
    /// ```
    /// assert_eq!(dm_button_core::Lang::Es.label(), "Enviar mensaje");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        Labels::MESSAGE.get(self)
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
    #[non_exhaustive]
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
                f.write_str("; for another language, give the label's words yourself")
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
            for platform in crate::Platform::ALL {
                let label = platform.label(*lang);
                assert!(!label.contains(['&', '<', '>', '"', '\'']), "{label}");
            }
        }
    }
}
