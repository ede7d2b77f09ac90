//! Where a panel sits on the page: [`Placement`] and [`Side`].

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::{list, quote_with_suggestion};

/// Declares an enum of named values: each variant with its name (the value a key takes, and
/// its CSS class), `ALL`, `as_str`, `FromStr` with an error that suggests the closest name,
/// and `Display`.
macro_rules! named_values {
    (
        $(#[$meta:meta])* $name:ident, $error:ident, $what:literal, $plural:literal {
            $($(#[$variant_meta:meta])* $variant:ident = $value:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            /// Every value, in the order of the docs.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The value's name: what the key takes, and the end of its CSS class.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $value,)+
                }
            }
        }

        #[doc = concat!("Why a string is not a [`", stringify!($name), "`].")]
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum $error {
            #[doc = concat!("Not one of the ", $plural, ".")]
            Unknown {
                /// What was given.
                input: String,
            },
        }

        impl FromStr for $name {
            type Err = $error;

            fn from_str(input: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_str() == input)
                    .ok_or_else(|| $error::Unknown {
                        input: input.to_owned(),
                    })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl fmt::Display for $error {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    Self::Unknown { input } => {
                        let names = $name::ALL.iter().map(|value| value.as_str());
                        f.write_str(concat!("unknown ", $what, " "))?;
                        quote_with_suggestion(f, input, names.clone())?;
                        f.write_str(concat!(": the ", $plural, " are "))?;
                        list(f, names)
                    }
                }
            }
        }

        impl std::error::Error for $error {}
    };
}

named_values! {
    /// Where the panel is: in the page's flow, as a card, or floating in a corner of the
    /// window, as a bubble that opens onto the channels.
    ///
    /// ```
    /// use dm_button_core::Placement;
    ///
    /// assert_eq!("floating".parse::<Placement>()?, Placement::Floating);
    /// assert_eq!(Placement::default().as_str(), "inline");
    /// assert!("floting".parse::<Placement>().unwrap_err().to_string().contains("did you mean `floating`?"));
    /// # Ok::<(), dm_button_core::PlacementError>(())
    /// ```
    Placement, PlacementError, "placement", "placements" {
        /// In the page's flow, where it is written: a card whose title opens it.
        #[default]
        Inline = "inline",
        /// Fixed in a corner of the window, above the page: a round bubble.
        Floating = "floating",
    }
}

named_values! {
    /// The corner a floating panel sits in, for a page written left to right: on a
    /// right-to-left page (`dir="rtl"`), the sides are mirrored, as the reader expects.
    ///
    /// ```
    /// use dm_button_core::Side;
    ///
    /// assert_eq!("left".parse::<Side>()?, Side::Left);
    /// assert_eq!(Side::default(), Side::Right);
    /// # Ok::<(), dm_button_core::SideError>(())
    /// ```
    Side, SideError, "side", "sides" {
        /// The bottom right corner (bottom left on a right-to-left page).
        #[default]
        Right = "right",
        /// The bottom left corner (bottom right on a right-to-left page).
        Left = "left",
    }
}
