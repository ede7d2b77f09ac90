//! The value types that hold text read as that text, and compare with it: `AsRef<str>`
//! for each, the text `as_str` gives, so that a function taking `impl AsRef<str>` takes any
//! of them; and `==` with a `str` or a `&str`, either way round. One list, here.
//!
//! Each type's own `==` compares what `as_str` gives byte for byte (the case as written:
//! `Furni` and `furni` are different screen names here, though X reads them as one), so
//! comparing with a string agrees with comparing two values.
//!
//! ```
//! fn shout(text: impl AsRef<str>) -> String {
//!     text.as_ref().to_uppercase()
//! }
//! let id: dm_button_core::ThreemaId = "ECHOECHO".parse()?;
//! assert_eq!(shout(id), "ECHOECHO");
//! let name: dm_button_core::ScreenName = "@furni".parse()?;
//! assert_eq!(shout(name), "FURNI");
//! assert!(name == "furni" && "furni" == name && name != "Furni");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::{
    ClassList, ElementId, EmailAddress, InstagramUsername, KakaoChannel, LineId, MessageText,
    MessengerPage, Referral, ScreenName, TeamsUser, TelegramUsername, ThreemaId,
};

macro_rules! text_values {
    ($($(#[$cfg:meta])* $ty:ty),+ $(,)?) => {
        $(
            $(#[$cfg])*
            impl AsRef<str> for $ty {
                fn as_ref(&self) -> &str {
                    self.as_str()
                }
            }

            $(#[$cfg])*
            impl PartialEq<str> for $ty {
                fn eq(&self, other: &str) -> bool {
                    self.as_str() == other
                }
            }

            $(#[$cfg])*
            impl PartialEq<&str> for $ty {
                fn eq(&self, other: &&str) -> bool {
                    self.as_str() == *other
                }
            }

            $(#[$cfg])*
            impl PartialEq<$ty> for str {
                fn eq(&self, other: &$ty) -> bool {
                    self == other.as_str()
                }
            }

            $(#[$cfg])*
            impl PartialEq<$ty> for &str {
                fn eq(&self, other: &$ty) -> bool {
                    *self == other.as_str()
                }
            }
        )+
    };
}

text_values!(
    ClassList,
    ElementId,
    EmailAddress,
    InstagramUsername,
    KakaoChannel,
    LineId,
    MessageText,
    MessengerPage,
    Referral,
    ScreenName,
    TeamsUser,
    TelegramUsername,
    ThreemaId,
    #[cfg(feature = "hours")]
    crate::Hours,
);
