//! KakaoTalk: a chat with a KakaoTalk Channel (a business's account),
//! `https://pf.kakao.com/ID/chat`, the channel chat URL of Kakao's SDKs (`chatChannelUrl`:
//! the channel's public ID, from its home URL, then `/chat`). The link takes no message.

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::platforms::username::InlineStr;
use crate::render::link::LinkParts;
use crate::render::sink::Sink;

/// The most characters of a channel ID, `_` included: Kakao's are 7 (`_xcLqmC`); this leaves
/// room for longer ones.
const MAX_LEN: usize = 32;

/// A KakaoTalk Channel's public ID, as in `https://pf.kakao.com/_xcLqmC/chat`: `_` then the
/// letters `A-Z` and `a-z` and the digits `0-9`, as the channel's home URL shows it. The case
/// is kept: it is part of the ID.
///
/// ```
/// use dm_button_core::KakaoChannel;
///
/// let channel: KakaoChannel = "_xcLqmC".parse()?;
/// assert_eq!(channel.as_str(), "_xcLqmC");
/// assert!("xcLqmC".parse::<KakaoChannel>().is_err());
/// # Ok::<(), dm_button_core::KakaoChannelError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KakaoChannel(InlineStr<MAX_LEN>);

impl KakaoChannel {
    /// The ID, with its `_`.
    ///
    /// ```
    /// let channel: dm_button_core::KakaoChannel = "_ZeUTxl".parse()?;
    /// assert_eq!(channel.as_str(), "_ZeUTxl");
    /// # Ok::<(), dm_button_core::KakaoChannelError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// Why a string is not a [`KakaoChannel`].
///
/// ```
/// let error = "_xc-qmC".parse::<dm_button_core::KakaoChannel>().unwrap_err();
/// assert!(error.to_string().contains("`-`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum KakaoChannelError {
    /// No `_` in front: likely the channel's name, or a search ID, rather than its public ID.
    #[non_exhaustive]
    NoUnderscore {
        /// The ID as written.
        input: String,
    },
    /// Nothing after the `_`, or more than 32 characters.
    #[non_exhaustive]
    Length {
        /// The ID as written.
        input: String,
        /// How many characters it has.
        chars: usize,
    },
    /// A character other than a letter or a digit after the `_`.
    #[non_exhaustive]
    InvalidChar {
        /// The ID as written.
        input: String,
        /// The character.
        ch: char,
    },
}

impl FromStr for KakaoChannel {
    type Err = KakaoChannelError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let Some(rest) = input.strip_prefix('_') else {
            return Err(KakaoChannelError::NoUnderscore {
                input: input.to_owned(),
            });
        };
        if let Some(ch) = rest.chars().find(|ch| !ch.is_ascii_alphanumeric()) {
            return Err(KakaoChannelError::InvalidChar {
                input: input.to_owned(),
                ch,
            });
        }
        InlineStr::new(input)
            .filter(|_| !rest.is_empty())
            .map(Self)
            .ok_or_else(|| KakaoChannelError::Length {
                input: input.to_owned(),
                chars: input.len(),
            })
    }
}

impl fmt::Display for KakaoChannelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoUnderscore { input } => write!(
                f,
                "`{input}` is not a KakaoTalk Channel's public ID, which starts with `_`, as in \
                 its home URL pf.kakao.com/_xcLqmC: copy the ID from there"
            ),
            Self::Length { input, chars } => write!(
                f,
                "the KakaoTalk Channel ID `{input}` has {chars} characters: a channel's ID is \
                 `_` and a few letters and digits, such as _xcLqmC"
            ),
            Self::InvalidChar { input, ch } => write!(
                f,
                "the KakaoTalk Channel ID `{input}` has {}: after its `_`, a channel's ID has \
                 only the letters A-Z and a-z and the digits 0-9",
                CharName(*ch)
            ),
        }
    }
}

impl std::error::Error for KakaoChannelError {}

crate::options::serde_as_text!(KakaoChannel, "a KakaoTalk Channel's public ID, such as _xcLqmC");

platform! {
    KakaoTalk(KakaoChannel) {
        slug: "kakaotalk",
        name: "KakaoTalk",
        article: "a",
        example: "\"_xcLqmC\"",
        examples: ["_xcLqmC", "_ZeUTxl", "_Abc123"],
        takes: [new_tab],
        needs_phone: true,
        labels: Labels {
            en: "Chat on KakaoTalk",
            fr: "Discuter sur KakaoTalk",
            es: "Chatear por KakaoTalk",
            de: "Auf KakaoTalk chatten",
            pt: "Conversar no KakaoTalk",
            it: "Chatta su KakaoTalk",
            ja: "KakaoTalkでチャット",
            nl: "Chatten via KakaoTalk",
            ko: "카카오톡으로 채팅",
            ar: "الدردشة عبر KakaoTalk",
        },
        // A round speech bubble holding a smile.
        icon: [
            r#"<path d="M12 4.5C7.3 4.5 3.5 7.3 3.5 10.8c0 2.3 1.6 4.3 4 5.4l-.8 3.3 3.8-2.5c.5.1 1 .1 1.5.1 4.7 0 8.5-2.8 8.5-6.3S16.7 4.5 12 4.5z"/>"#,
            r#"<path d="M9 11.5c1.6 1.4 4.4 1.4 6 0"/>"#,
        ],
        link: put_link,
        // The channel's chat takes no message.
        links: [("_xcLqmC", Some("Hi"), "https://pf.kakao.com/_xcLqmC/chat")],
    }
}

/// `https://pf.kakao.com/{id}/chat`.
fn put_link(channel: &KakaoChannel, _: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("https://pf.kakao.com/");
    sink.put(channel.as_str());
    sink.put("/chat");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_mistake_has_its_error() {
        assert!(matches!("xcLqmC".parse::<KakaoChannel>(), Err(KakaoChannelError::NoUnderscore { .. })));
        assert!(matches!("_".parse::<KakaoChannel>(), Err(KakaoChannelError::Length { chars: 1, .. })));
        assert!(matches!("_xc_qmC".parse::<KakaoChannel>(), Err(KakaoChannelError::InvalidChar { ch: '_', .. })));
        assert!(matches!(
            format!("_{}", "a".repeat(32)).parse::<KakaoChannel>(),
            Err(KakaoChannelError::Length { chars: 33, .. })
        ));
    }
}
