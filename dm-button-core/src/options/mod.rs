//! The options of a button that are not its recipient: its style, the language of its
//! label, its classes and id, and the message it prefills.

pub(crate) mod class_list;
pub(crate) mod element_id;
pub(crate) mod lang;
pub(crate) mod message_text;
pub(crate) mod named;
pub(crate) mod referral;
#[cfg(feature = "serde")]
pub(crate) mod serde_impls;
pub(crate) mod style;

/// Implements serde (feature `serde`) for `$ty` as a string: its `Display` (or the method
/// given), read back through its `FromStr`, with its errors. `$expecting` says what the
/// string is, for serde's messages.
macro_rules! serde_as_text {
    ($ty:ty, $expecting:literal $(, $to_str:ident)?) => {
        #[cfg(feature = "serde")]
        const _: () = {
            impl serde::Serialize for $ty {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    $crate::options::serde_as_text!(@write self serializer $($to_str)?)
                }
            }

            impl<'de> serde::Deserialize<'de> for $ty {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    deserializer.deserialize_str($crate::options::serde_impls::StrVisitor(
                        std::marker::PhantomData,
                        $expecting,
                    ))
                }
            }
        };
    };
    (@write $value:ident $serializer:ident) => { $serializer.collect_str($value) };
    (@write $value:ident $serializer:ident $to_str:ident) => {
        $serializer.serialize_str($value.$to_str())
    };
}
pub(crate) use serde_as_text;
