//! The options of a button that are not its recipient: its style, the language of its
//! label, its classes and id, and the message it prefills.

pub(crate) mod class_list;
pub(crate) mod element_id;
pub(crate) mod lang;
pub(crate) mod message_text;
#[cfg(feature = "serde")]
mod serde_impls;
pub(crate) mod style;
