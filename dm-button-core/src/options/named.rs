//! Enums of named values ([`Style`](crate::Style), [`Placement`](crate::Placement),
//! [`Side`](crate::Side)): one declaration gives each its names, its parser with the error
//! that suggests the closest name, and its docs' examples.

/// Declares an enum of named values: each variant with its name (the value a key takes, and
/// its CSS class), `ALL`, `as_str`, `FromStr` with an error that suggests the closest name
/// ("unknown style `larg` (did you mean `large`?): the styles are compact, large, icon and
/// link"), and `Display`. The first variant marked `#[default]` is the default.
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
            /// Every value, in the order of the docs. A slice, so that a value added in a
            /// later release does not change its type.
            ///
            /// ```
            #[doc = concat!("use dm_button_core::", stringify!($name), ";")]
            ///
            /// // each value's name reads back as the value
            #[doc = concat!("for value in ", stringify!($name), "::ALL {")]
            #[doc = concat!("    assert_eq!(value.as_str().parse::<", stringify!($name), ">(), Ok(*value));")]
            /// }
            /// ```
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            #[doc = concat!("The ", $what, "'s name: the value its key takes, and the end of its CSS class.")]
            ///
            /// ```
            #[doc = concat!("use dm_button_core::", stringify!($name), ";")]
            ///
            #[doc = concat!("let names: Vec<&str> = ", stringify!($name), "::ALL.iter().map(|value| value.as_str()).collect();")]
            #[doc = concat!("assert_eq!(names, [", $("\"", $value, "\", ",)+ "]);")]
            /// ```
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $value,)+
                }
            }
        }

        #[doc = concat!("Why a string is not a [`", stringify!($name), "`]. The message lists the ", $plural, " and suggests the closest.")]
        ///
        /// ```
        #[doc = concat!("use dm_button_core::{", stringify!($name), ", ", stringify!($error), "};")]
        ///
        #[doc = concat!("let error = \"nothing\".parse::<", stringify!($name), ">().unwrap_err();")]
        #[doc = concat!("assert!(matches!(error, ", stringify!($error), "::Unknown { .. }));")]
        #[doc = concat!("assert!(error.to_string().starts_with(\"unknown ", $what, " `nothing`\"));")]
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum $error {
            #[doc = concat!("Not one of the ", $plural, ".")]
            #[non_exhaustive]
            Unknown {
                /// What was given.
                input: String,
            },
        }

        impl std::str::FromStr for $name {
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

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::fmt::Display for $error {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    Self::Unknown { input } => {
                        let names = $name::ALL.iter().map(|value| value.as_str());
                        f.write_str(concat!("unknown ", $what, " "))?;
                        $crate::front::suggest::quote_with_suggestion(f, input, names.clone())?;
                        f.write_str(concat!(": the ", $plural, " are "))?;
                        $crate::front::suggest::list(f, names)
                    }
                }
            }
        }

        impl std::error::Error for $error {}
    };
}
pub(crate) use named_values;
