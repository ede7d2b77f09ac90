//! The value types that hold text read as that text, and compare with it: `AsRef<str>`
//! for each, the text `as_str` gives, so that a function taking `impl AsRef<str>` takes any
//! of them; and `==` with a `str` or a `&str`, either way round. And the impls they share
//! (`Display` as the text, `TryFrom<&str>` as `FromStr`, `Debug` as the text), written once
//! here rather than once per type. One list, here.
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
//! assert_eq!(format!("{name} {name:?}"), r#"furni ScreenName("furni")"#);
//! let id = dm_button_core::ThreemaId::try_from("echoecho")?;
//! assert_eq!(format!("{id} {id:?}"), r#"ECHOECHO ThreemaId("ECHOECHO")"#);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;

use crate::{
    ClassList, ElementId, EmailAddress, InstagramUsername, KakaoChannel, LineId, MessageText,
    MessengerPage, Referral, ScreenName, TeamsUser, TelegramUsername, ThreemaId,
};

macro_rules! text_values {
    ($($(#[$cfg:meta])* $ty:ty [$($extra:ident)*]),+ $(,)?) => {
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

            text_values!(@extras [$(#[$cfg])*] $ty; $($extra)*);
        )+
    };
    (@extras [$($attr:tt)*] $ty:ty; $first:ident $($rest:ident)*) => {
        text_values!(@$first [$($attr)*] $ty);
        text_values!(@extras [$($attr)*] $ty; $($rest)*);
    };
    (@extras [$($attr:tt)*] $ty:ty;) => {};
    // Shown as its text.
    (@Display [$($attr:tt)*] $ty:ty) => {
        $($attr)*
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
    // Read from a `&str` as `FromStr` reads it.
    (@TryFrom [$($attr:tt)*] $ty:ty) => {
        $($attr)*
        impl TryFrom<&str> for $ty {
            type Error = <$ty as FromStr>::Err;

            fn try_from(input: &str) -> Result<Self, Self::Error> {
                input.parse()
            }
        }
    };
    // Debugged as `Name("text")`, whatever else it stores.
    (@Debug [$($attr:tt)*] $ty:ty) => {
        $($attr)*
        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($ty)).field(&self.as_str()).finish()
            }
        }
    };
}

// Each type with what it gets besides `AsRef<str>` and `==`: `Display` as its text (a LINE
// ID shows its `@`, which its text leaves out), `TryFrom<&str>` as `FromStr`, and `Debug` as
// its text where the type stores more (a derived `Debug` shows the rest).
text_values!(
    ClassList [Display TryFrom],
    ElementId [Display TryFrom],
    EmailAddress [Display TryFrom Debug],
    InstagramUsername [Display TryFrom Debug],
    KakaoChannel [Display TryFrom Debug],
    LineId [TryFrom],
    MessageText [Display TryFrom],
    MessengerPage [Display TryFrom Debug],
    Referral [Display TryFrom Debug],
    ScreenName [Display TryFrom Debug],
    TeamsUser [Display TryFrom Debug],
    TelegramUsername [Display TryFrom Debug],
    ThreemaId [Display TryFrom Debug],
    #[cfg(feature = "hours")]
    crate::Hours [Display TryFrom],
);
