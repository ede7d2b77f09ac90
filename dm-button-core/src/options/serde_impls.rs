//! serde support (feature `serde`).
//!
//! The format's `is_human_readable()` decides how IDs go. In a human-readable format (JSON,
//! TOML, YAML) they serialize as a string and deserialize from a number or from a string of
//! digits (X's `id_str`): a JSON number above 2^53 loses digits in JavaScript and in any
//! parser that reads numbers as doubles, which is how `...5` becomes `...4`. A float is
//! refused, since it may already have lost them. In a compact format (postcard, bincode),
//! which is not self-describing and has no such problem, an ID is a `u64`. Every other type goes as its `Display`
//! string and comes back through its `FromStr`, with the same errors.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::{
    ClassList, ElementId, Host, Lang, MessageText, RecipientId, ScreenName, Style,
    WelcomeMessageId, WidgetStyle,
};

/// Reads an ID from a number or a string of digits.
struct IdVisitor<T>(PhantomData<T>);

impl<'de, T> Visitor<'de> for IdVisitor<T>
where
    T: FromStr + TryFrom<u64> + TryFrom<i64>,
    <T as FromStr>::Err: fmt::Display,
    <T as TryFrom<u64>>::Error: fmt::Display,
    <T as TryFrom<i64>>::Error: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an X ID, as an integer or a string of digits")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        T::try_from(value).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        T::try_from(value).map_err(E::custom)
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<T, E> {
        T::from_str(&value.to_string()).map_err(E::custom)
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<T, E> {
        T::from_str(&value.to_string()).map_err(E::custom)
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        Err(E::invalid_type(
            Unexpected::Float(value),
            &"an X ID as an integer or a string (a floating-point number may have lost digits: use X's `id_str`)",
        ))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        T::from_str(value).map_err(E::custom)
    }
}

/// Reads a value from its `FromStr` string.
pub(crate) struct StrVisitor<T>(pub(crate) PhantomData<T>, pub(crate) &'static str);

impl<T> Visitor<'_> for StrVisitor<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.1)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        T::from_str(value).map_err(E::custom)
    }
}

macro_rules! serde_as_id {
    ($($id:ty),*) => {$(
        impl Serialize for $id {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                if serializer.is_human_readable() {
                    serializer.collect_str(self)
                } else {
                    serializer.serialize_u64(self.get())
                }
            }
        }

        impl<'de> Deserialize<'de> for $id {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                if deserializer.is_human_readable() {
                    deserializer.deserialize_any(IdVisitor(PhantomData))
                } else {
                    deserializer.deserialize_u64(IdVisitor(PhantomData))
                }
            }
        }
    )*};
}

serde_as_id!(RecipientId, WelcomeMessageId);
crate::options::serde_as_text!(ScreenName, "an X screen name");
crate::options::serde_as_text!(Style, "a button style");
crate::options::serde_as_text!(WidgetStyle, "a widget style");
crate::options::serde_as_text!(Lang, "a language code");
crate::options::serde_as_text!(Host, "x.com or twitter.com");
crate::options::serde_as_text!(ClassList, "class names");
crate::options::serde_as_text!(ElementId, "an HTML id");
crate::options::serde_as_text!(MessageText, "a message of at most 10000 characters");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EmailAddress, PhoneNumber, TelegramUsername};

    #[test]
    fn platform_values_round_trip_as_strings_with_the_parsers_errors() {
        let number: PhoneNumber = serde_json::from_str("\"+33 6 12 34 56 78\"").unwrap();
        assert_eq!(serde_json::to_string(&number).unwrap(), "\"+33612345678\"");
        let error = serde_json::from_str::<PhoneNumber>("\"06 12 34 56 78\"").unwrap_err();
        assert!(error.to_string().contains("national form"), "{error}");
        let address: EmailAddress = serde_json::from_str("\"hi@example.com\"").unwrap();
        assert_eq!(
            serde_json::to_string(&address).unwrap(),
            "\"hi@example.com\""
        );
        let name: TelegramUsername = serde_json::from_str("\"@durov\"").unwrap();
        assert_eq!(serde_json::to_string(&name).unwrap(), "\"durov\"");
    }

    #[test]
    fn ids_round_trip_without_loss_above_2_pow_53() {
        // 2^53 + 1 is the first integer a double cannot hold.
        let id: RecipientId = serde_json::from_str("9007199254740993").unwrap();
        assert_eq!(id.get(), 9_007_199_254_740_993);
        let from_string: RecipientId = serde_json::from_str("\"9007199254740993\"").unwrap();
        assert_eq!(id, from_string);
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"9007199254740993\"");
        assert!(serde_json::from_str::<RecipientId>("9007199254740993.0").is_err());
        let err = serde_json::from_str::<RecipientId>("\"@furni\"").unwrap_err();
        assert!(
            err.to_string().contains("not the screen name `@furni`"),
            "{err}"
        );
    }
}
