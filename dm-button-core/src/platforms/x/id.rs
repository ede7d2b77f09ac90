//! X's numeric IDs: the recipient's user ID and a welcome message's ID.
//!
//! Both are positive signed 64-bit numbers on X (`1..=9223372036854775807`). They are parsed
//! by one function, [`parse_id`], so a `"3805104374"` from a form, a `3805104374` from JSON and
//! the literal in `dm_button!(recipient = 3805104374)` follow the same rule.

use std::fmt;
use std::num::NonZeroU64;
use std::str::FromStr;

use crate::ScreenName;

/// The largest X ID: X IDs are positive signed 64-bit numbers, so `i64::MAX`
/// ([`RecipientId::MAX`]).
pub(crate) const MAX_ID: u64 = i64::MAX as u64;

/// What is wrong with a would-be ID. Each ID type turns it into its own error enum, whose
/// messages name the ID they are about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Empty,
    Negative,
    NotDigits,
    LeadingZero,
    Zero,
    TooLarge,
}

/// The one rule for IDs written as text: ASCII digits only, no sign, no leading zero,
/// `1..=MAX_ID`.
fn parse_id(input: &str) -> Result<NonZeroU64, Problem> {
    if input.is_empty() {
        return Err(Problem::Empty);
    }
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if input.strip_prefix('-').is_some_and(all_digits) {
        return Err(Problem::Negative);
    }
    if !all_digits(input) {
        return Err(Problem::NotDigits);
    }
    let significant = input.trim_start_matches('0');
    if significant.is_empty() {
        return Err(Problem::Zero);
    }
    if significant.len() != input.len() {
        return Err(Problem::LeadingZero);
    }
    // Only digits are left, so the parse can fail only by overflowing u64.
    let value = significant.parse::<u64>().map_err(|_| Problem::TooLarge)?;
    check_id(value)
}

/// The rule for IDs given as numbers.
const fn check_id(value: u64) -> Result<NonZeroU64, Problem> {
    if value > MAX_ID {
        return Err(Problem::TooLarge);
    }
    match NonZeroU64::new(value) {
        Some(value) => Ok(value),
        None => Err(Problem::Zero),
    }
}

/// The numeric user ID of the X account that receives the message: `recipient_id` in X's
/// link, `recipient` in `dm_button!`.
///
/// Always in `1..=9223372036854775807`. It is not the screen name (`@furni`): X's link
/// reaches an account only by this number, which X shows as `data-user-id` in a profile
/// page's source and as `id`/`id_str` in its API.
///
/// Parse it from text with [`FromStr`] (digits only: what X's `id_str` holds), or convert
/// from a number with [`TryFrom<u64>`]/[`TryFrom<i64>`]; in a `const`, use [`RecipientId::new`].
///
/// ```
/// use dm_button_core::RecipientId;
///
/// let from_text: RecipientId = "3805104374".parse()?;
/// let from_number = RecipientId::try_from(3805104374_u64)?;
/// const FROM_CONST: RecipientId = match RecipientId::new(3805104374) {
///     Some(id) => id,
///     None => panic!("not an X user ID"),
/// };
/// assert_eq!(from_text, from_number);
/// assert_eq!(from_text, FROM_CONST);
/// assert_eq!(from_text.get(), 3805104374);
/// assert_eq!(from_text.to_string(), "3805104374");
/// assert!("@furni".parse::<RecipientId>().is_err());
/// # Ok::<(), dm_button_core::RecipientIdError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecipientId(NonZeroU64);

/// The ID of a welcome message (`welcome_message_id` in X's link): X opens the conversation
/// with that message shown. Same range and rules as [`RecipientId`].
///
/// ```
/// use dm_button_core::WelcomeMessageId;
///
/// let id: WelcomeMessageId = "1234567890".parse()?;
/// assert_eq!(id.get(), 1234567890);
/// assert!(WelcomeMessageId::new(0).is_none());
/// # Ok::<(), dm_button_core::WelcomeMessageIdError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WelcomeMessageId(NonZeroU64);

impl RecipientId {
    /// The smallest ID, 1.
    ///
    /// ```
    /// assert_eq!(dm_button_core::RecipientId::MIN.get(), 1);
    /// ```
    pub const MIN: Self = Self(NonZeroU64::MIN);

    /// The largest ID, 9223372036854775807: X IDs are positive signed 64-bit numbers, so
    /// `i64::MAX`.
    ///
    /// ```
    /// assert_eq!(dm_button_core::RecipientId::MAX.get(), i64::MAX as u64);
    /// ```
    // 1 + (MAX_ID - 1): a `NonZeroU64` by its type, with no fallback for a zero that cannot be.
    pub const MAX: Self = Self(NonZeroU64::MIN.saturating_add(MAX_ID - 1));
}

/// Declares an ID type's error enum from one list of what every X ID written as text can get
/// wrong ([`Problem`], each variant keeping what was given), after the variants of the type's
/// own, each with its message; its `new`, from a [`Problem`] (a would-be ID that is not digits
/// goes through the type's own `not_digits`); its messages, which name `noun`; and its
/// `Error` impl.
macro_rules! id_error {
    (
        $(#[$meta:meta])*
        pub enum $error:ident {
            $(
                $(#[$own_meta:meta])*
                $own:ident { $($(#[$field_meta:meta])* $field:ident: $field_type:ty,)* }
                    => |$f:ident| $message:expr,
            )*
        }
        noun: $noun:literal,
        empty: $empty:literal,
        zero: $zero:literal,
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum $error {
            /// Nothing was given.
            Empty,
            $(
                $(#[$own_meta])*
                #[non_exhaustive]
                $own { $($(#[$field_meta])* $field: $field_type,)* },
            )*
            /// Something that is not digits (nor a case of a variant above).
            #[non_exhaustive]
            NotNumeric {
                /// What was given.
                input: String,
            },
            /// A negative number.
            #[non_exhaustive]
            Negative {
                /// What was given.
                input: String,
            },
            /// Digits with a leading zero, which no X ID has: likely a mangled copy.
            #[non_exhaustive]
            LeadingZero {
                /// What was given.
                input: String,
            },
            /// 0, which no X ID is.
            Zero,
            /// A number above `i64::MAX`.
            #[non_exhaustive]
            TooLarge {
                /// What was given, in decimal.
                input: String,
            },
        }

        impl $error {
            fn new(problem: Problem, input: &str) -> Self {
                let input = input.to_owned();
                match problem {
                    Problem::Empty => Self::Empty,
                    Problem::Negative => Self::Negative { input },
                    Problem::NotDigits => Self::not_digits(input),
                    Problem::LeadingZero => Self::LeadingZero { input },
                    Problem::Zero => Self::Zero,
                    Problem::TooLarge => Self::TooLarge { input },
                }
            }
        }

        impl fmt::Display for $error {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    Self::Empty => f.write_str($empty),
                    $(Self::$own { $($field),* } => {
                        let $f: &mut fmt::Formatter<'_> = f;
                        $message
                    })*
                    Self::NotNumeric { input } => write!(
                        f,
                        "{} `{input}` is not a number: X IDs are written with the digits 0-9 \
                         only, e.g. 3805104374",
                        $noun
                    ),
                    Self::Negative { input } => {
                        write!(f, "{} `{input}` is negative: X IDs are positive numbers", $noun)
                    }
                    Self::LeadingZero { input } => write!(
                        f,
                        "{} `{input}` starts with 0, which no X ID does: check that it was \
                         copied whole",
                        $noun
                    ),
                    Self::Zero => f.write_str($zero),
                    Self::TooLarge { input } => write!(
                        f,
                        "{} `{input}` is past the largest X ID, 9223372036854775807 (X IDs are \
                         positive signed 64-bit numbers): check that it was copied whole",
                        $noun
                    ),
                }
            }
        }

        impl std::error::Error for $error {}
    };
}

id_error! {
    /// Why a value is not a [`RecipientId`].
    ///
    /// The messages are the ones `dm_button!` reports for the same mistake.
    ///
    /// ```
    /// use dm_button_core::{RecipientId, RecipientIdError};
    ///
    /// let err = "@furni".parse::<RecipientId>().unwrap_err();
    /// assert!(matches!(err, RecipientIdError::ScreenName { .. }));
    /// assert!(err.to_string().contains("numeric user ID, not the screen name `@furni`"));
    /// ```
    pub enum RecipientIdError {
        /// A screen name (`@furni`, `DC_Tandil`) where the numeric ID must go.
        ScreenName {
            /// The screen name, without `@`.
            screen_name: String,
        } => |f| write!(
            f,
            "the recipient must be the numeric user ID, not the screen name `@{screen_name}`: \
             X's link reaches an account only by its ID, which X's API gives as `id_str` \
             (GET /2/users/by/username/{screen_name}) and a profile page's source as \
             `data-user-id`"
        ),
    }
    noun: "the recipient",
    empty: "the recipient is empty: give the numeric user ID of the X account, e.g. 3805104374",
    zero: "the recipient is 0, which is no X account: X user IDs start at 1",
}

impl RecipientIdError {
    /// What is not digits: a screen name where it reads as one with a letter in it
    /// (`3_805_104_374` is a mangled number, not a name), else `NotNumeric`.
    fn not_digits(input: String) -> Self {
        match input.parse::<ScreenName>() {
            Ok(name) if name.as_str().bytes().any(|b| b.is_ascii_alphabetic()) => {
                Self::ScreenName {
                    screen_name: name.as_str().to_owned(),
                }
            }
            _ => Self::NotNumeric { input },
        }
    }
}

id_error! {
    /// Why a value is not a [`WelcomeMessageId`].
    ///
    /// ```
    /// use dm_button_core::{WelcomeMessageId, WelcomeMessageIdError};
    ///
    /// assert_eq!("0".parse::<WelcomeMessageId>(), Err(WelcomeMessageIdError::Zero));
    /// ```
    pub enum WelcomeMessageIdError {}
    noun: "the welcome message ID",
    empty: "the welcome message ID is empty: give the numeric ID that X returned when the \
            welcome message was created",
    zero: "the welcome message ID is 0, which is no welcome message: X IDs start at 1",
}

impl WelcomeMessageIdError {
    /// What is not digits: `NotNumeric` (a welcome message has no name).
    fn not_digits(input: String) -> Self {
        Self::NotNumeric { input }
    }
}

/// Implements what both ID types have: `new`, `get` and the conversions. The rule itself is
/// [`parse_id`] and [`check_id`].
macro_rules! id_conversions {
    ($id:ident, $error:ident) => {
        impl $id {
            /// The ID `id`, or `None` when it is 0 or above `i64::MAX`. Usable in a `const`.
            ///
            /// ```
            #[doc = concat!("use dm_button_core::", stringify!($id), ";")]
            ///
            #[doc = concat!("const ID: Option<", stringify!($id), "> = ", stringify!($id), "::new(3805104374);")]
            #[doc = concat!("assert_eq!(ID.map(", stringify!($id), "::get), Some(3805104374));")]
            #[doc = concat!("assert_eq!(", stringify!($id), "::new(0), None);")]
            #[doc = concat!("assert_eq!(", stringify!($id), "::new(1 << 63), None);")]
            /// ```
            #[must_use]
            pub const fn new(id: u64) -> Option<Self> {
                match check_id(id) {
                    Ok(id) => Some(Self(id)),
                    Err(_) => None,
                }
            }

            /// The ID as a number.
            ///
            /// ```
            #[doc = concat!("let id: dm_button_core::", stringify!($id), " = \"42\".parse()?;")]
            /// assert_eq!(id.get(), 42);
            #[doc = concat!("# Ok::<(), dm_button_core::", stringify!($error), ">(())")]
            /// ```
            #[must_use]
            pub const fn get(self) -> u64 {
                self.0.get()
            }
        }

        impl FromStr for $id {
            type Err = $error;

            fn from_str(input: &str) -> Result<Self, Self::Err> {
                parse_id(input)
                    .map(Self)
                    .map_err(|problem| $error::new(problem, input))
            }
        }

        impl TryFrom<&str> for $id {
            type Error = $error;

            fn try_from(input: &str) -> Result<Self, Self::Error> {
                input.parse()
            }
        }

        impl TryFrom<u64> for $id {
            type Error = $error;

            fn try_from(value: u64) -> Result<Self, Self::Error> {
                check_id(value)
                    .map(Self)
                    .map_err(|problem| $error::new(problem, &value.to_string()))
            }
        }

        impl TryFrom<i64> for $id {
            type Error = $error;

            fn try_from(value: i64) -> Result<Self, Self::Error> {
                match u64::try_from(value) {
                    Ok(value) => Self::try_from(value),
                    Err(_) => Err($error::new(Problem::Negative, &value.to_string())),
                }
            }
        }

        impl From<$id> for u64 {
            fn from(id: $id) -> u64 {
                id.get()
            }
        }

        impl fmt::Display for $id {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.get(), f)
            }
        }

        impl fmt::Debug for $id {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($id)).field(&self.get()).finish()
            }
        }
    };
}

id_conversions!(RecipientId, RecipientIdError);
id_conversions!(WelcomeMessageId, WelcomeMessageIdError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_numbers_follow_one_rule() {
        for (text, number) in [
            ("1", 1_u64),
            ("3805104374", 3805104374),
            ("9223372036854775807", MAX_ID),
        ] {
            assert_eq!(
                text.parse::<RecipientId>().map(RecipientId::get),
                Ok(number)
            );
            assert_eq!(RecipientId::new(number).map(RecipientId::get), Some(number));
            assert_eq!(
                RecipientId::try_from(number).map(RecipientId::get),
                Ok(number)
            );
        }
        assert_eq!(
            "9223372036854775808".parse::<RecipientId>(),
            RecipientId::try_from(MAX_ID + 1).map_err(|_| RecipientIdError::TooLarge {
                input: "9223372036854775808".into()
            })
        );
    }

    #[test]
    fn each_mistake_has_its_variant() {
        let cases: [(&str, RecipientIdError); 9] = [
            ("", RecipientIdError::Empty),
            ("0", RecipientIdError::Zero),
            ("000", RecipientIdError::Zero),
            (
                "007",
                RecipientIdError::LeadingZero {
                    input: "007".into(),
                },
            ),
            ("-5", RecipientIdError::Negative { input: "-5".into() }),
            (
                "@furni",
                RecipientIdError::ScreenName {
                    screen_name: "furni".into(),
                },
            ),
            (
                "DC_Tandil",
                RecipientIdError::ScreenName {
                    screen_name: "DC_Tandil".into(),
                },
            ),
            (
                "12 34",
                RecipientIdError::NotNumeric {
                    input: "12 34".into(),
                },
            ),
            (
                "99999999999999999999999",
                RecipientIdError::TooLarge {
                    input: "99999999999999999999999".into(),
                },
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(input.parse::<RecipientId>(), Err(expected), "{input:?}");
        }
        assert_eq!(
            RecipientId::try_from(-1_i64),
            Err(RecipientIdError::Negative { input: "-1".into() })
        );
    }
}
