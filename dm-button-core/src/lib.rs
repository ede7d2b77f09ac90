//! The rules and the rendering behind [`dm-button`](https://docs.rs/dm-button), in one place.
//!
//! This crate is internal: add `dm-button` to your project, which re-exports every type here
//! that is meant for users ([`RecipientId`], [`ScreenName`], [`Style`], [`Lang`], their
//! errors...). It exists because a proc-macro crate can export nothing but macros, and
//! dm-button's two front ends, the `dm_button!`/`dm_link!` macros (at compile time) and the
//! `DmButton` builder (at run time), must share one implementation of:
//!
//! - the rules: what is a valid [`RecipientId`], [`ScreenName`], [`Style`], [`Lang`], ... and
//!   the wording of the error for each mistake;
//! - the rendering: URL encoding, HTML escaping and the markup of each style.
//!
//! So the macro and the builder produce the same bytes, by construction. What only the two
//! front ends use (the rendering's description of a button, the table of the macros' keys) is
//! public for them and hidden from these docs: it is no API, and may change in any release,
//! which is why the three dm-button crates pin each other's exact version.
//!
//! ```
//! use dm_button_core::RecipientId;
//!
//! let id: RecipientId = "3805104374".parse()?;
//! assert_eq!(id.get(), 3805104374);
//! # Ok::<(), dm_button_core::RecipientIdError>(())
//! ```
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable
    )
)]

mod class_list;
mod combination;
mod element_id;
mod email;
mod escape;
mod host;
mod icon;
mod id;
mod inline;
mod instagram;
mod keys;
mod lang;
mod link;
mod markup;
mod messenger;
mod phone;
#[cfg(feature = "recipients")]
mod plain_toml;
mod platform;
#[cfg(feature = "recipients")]
mod recipients;
mod screen_name;
#[cfg(feature = "serde")]
mod serde_impls;
mod settings;
mod sink;
mod style;
mod suggest;
mod telegram;
mod text;

pub use class_list::{ClassList, ClassListError};
pub use element_id::{ElementId, ElementIdError};
pub use email::{EmailAddress, EmailAddressError};
pub use host::{Host, HostError};
pub use icon::{ICON_SVG, platform_icon_svg};
pub use id::{MAX_ID, RecipientId, RecipientIdError, WelcomeMessageId, WelcomeMessageIdError};
pub use instagram::{
    INSTAGRAM_USERNAME_MAX_LEN, INSTAGRAM_USERNAME_MIN_LEN, InstagramUsername,
    InstagramUsernameError,
};
pub use lang::{Dir, Lang, LangError};
pub use messenger::{MessengerPage, MessengerPageError};
pub use phone::{PhoneNumber, PhoneNumberError};
pub use platform::{Contact, Platform, PlatformError};
#[cfg(feature = "recipients")]
pub use recipients::{
    RECIPIENTS_FILE, Recipient, Recipients, RecipientsError, RecipientsFileError,
};
pub use screen_name::{SCREEN_NAME_MAX_LEN, ScreenName, ScreenNameError};
pub use style::{Style, StyleError, WidgetStyle, WidgetStyleError};
pub use telegram::{
    TELEGRAM_USERNAME_MAX_LEN, TELEGRAM_USERNAME_MIN_LEN, TelegramUsername, TelegramUsernameError,
};
pub use text::{MessageText, TEXT_MAX_CHARS, TextError};

// For the macros and the builder only: not re-exported by dm-button, not an API.
#[doc(hidden)]
pub use combination::CombinationError;
#[doc(hidden)]
pub use escape::escape_html;
#[doc(hidden)]
pub use keys::{KEYS, Key, Kind, Literal, LiteralRule, Parse, unknown_key_message};
#[doc(hidden)]
pub use link::LinkSpec;
#[doc(hidden)]
pub use markup::{ButtonSpec, Look, ShownName, WIDGET_SCRIPT};
#[doc(hidden)]
pub use settings::{Problem, Setting, Settings, other_recipient_key_list, recipient_key_list};
#[doc(hidden)]
pub use suggest::closest;
#[doc(hidden)]
pub use text::{EncodedText, encode_text};
