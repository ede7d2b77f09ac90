//! The value types that hold text read as that text: `AsRef<str>` for each, the text
//! `as_str` gives, so that a function taking `impl AsRef<str>` takes any of them. One list,
//! here; `MessageText` and `Referral` implement it beside their own types.
//!
//! ```
//! fn shout(text: impl AsRef<str>) -> String {
//!     text.as_ref().to_uppercase()
//! }
//! let id: dm_button_core::ThreemaId = "ECHOECHO".parse()?;
//! assert_eq!(shout(id), "ECHOECHO");
//! let name: dm_button_core::ScreenName = "@furni".parse()?;
//! assert_eq!(shout(name), "FURNI");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::{
    ClassList, ElementId, EmailAddress, InstagramUsername, KakaoChannel, LineId, MessengerPage,
    ScreenName, TeamsUser, TelegramUsername, ThreemaId,
};

macro_rules! as_ref_str {
    ($($(#[$cfg:meta])* $ty:ty),+ $(,)?) => {
        $(
            $(#[$cfg])*
            impl AsRef<str> for $ty {
                fn as_ref(&self) -> &str {
                    self.as_str()
                }
            }
        )+
    };
}

as_ref_str!(
    ClassList,
    ElementId,
    EmailAddress,
    InstagramUsername,
    KakaoChannel,
    LineId,
    MessengerPage,
    ScreenName,
    TeamsUser,
    TelegramUsername,
    ThreemaId,
    #[cfg(feature = "hours")]
    crate::Hours,
);
