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

mod front;
#[cfg(feature = "recipients")]
mod names;
mod options;
mod platforms;
mod render;

pub use options::class_list::{ClassList, ClassListError};
pub use options::element_id::{ElementId, ElementIdError};
pub use platforms::email::{EmailAddress, EmailAddressError};

#[cfg(feature = "recipients")]
pub use names::recipients::{
    RECIPIENTS_FILE, Recipient, Recipients, RecipientsError, RecipientsFileError,
};
pub use options::lang::{Dir, Lang, LangError};
pub use platforms::instagram::{
    INSTAGRAM_USERNAME_MAX_LEN, INSTAGRAM_USERNAME_MIN_LEN, InstagramUsername,
    InstagramUsernameError,
};
pub use platforms::messenger::{MessengerPage, MessengerPageError};
pub use platforms::whatsapp::{PhoneNumber, PhoneNumberError};
pub use platforms::x::{
    Host, HostError, MAX_ID, RecipientId, RecipientIdError, SCREEN_NAME_MAX_LEN, ScreenName,
    ScreenNameError, WelcomeMessageId, WelcomeMessageIdError,
};
pub use platforms::{Contact, Platform, PlatformError};
pub use render::icon::{ICON_SVG, platform_icon_svg};

pub use options::message_text::{MessageText, TEXT_MAX_CHARS, TextError};
pub use options::style::{Style, StyleError, WidgetStyle, WidgetStyleError};
pub use platforms::telegram::{
    TELEGRAM_USERNAME_MAX_LEN, TELEGRAM_USERNAME_MIN_LEN, TelegramUsername, TelegramUsernameError,
};

// For the macros and the builder only: not re-exported by dm-button, not an API.
#[doc(hidden)]
pub use front::combination::CombinationError;
#[doc(hidden)]
pub use front::keys::{KEYS, Key, Kind, Literal, LiteralRule, Parse, unknown_key_message};
#[doc(hidden)]
pub use front::settings::{
    Problem, Setting, Settings, other_recipient_key_list, recipient_key_list,
};
#[doc(hidden)]
pub use front::suggest::closest;
#[doc(hidden)]
pub use render::escape::escape_html;
#[doc(hidden)]
pub use render::link::LinkSpec;
#[doc(hidden)]
pub use render::markup::{ButtonSpec, Look, ShownName, WIDGET_SCRIPT};
#[doc(hidden)]
pub use render::percent::{EncodedText, encode_text};
