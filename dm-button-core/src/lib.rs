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

mod front;
#[cfg(feature = "recipients")]
mod names;
mod options;
mod panel;
mod platforms;
mod render;
mod text_values;

// Each platform's recipient type and its error (`PhoneNumber`, `PhoneNumberError`...), the
// platforms, the contacts, and the builder's hidden markers: a new platform's types are
// exported with it.
pub use platforms::*;

#[cfg(feature = "recipients")]
pub use names::recipients::{
    RECIPIENTS_FILE, Recipient, Recipients, RecipientsError, RecipientsFileError,
};
pub use options::class_list::{ClassList, ClassListError};
pub use options::element_id::{ElementId, ElementIdError};
pub use options::lang::{Dir, Lang, LangError};
pub use options::message_text::{MessageText, TextError};
pub use options::referral::{Referral, ReferralError};
pub use options::style::{Style, StyleError, WidgetStyle, WidgetStyleError};
pub use panel::error::PanelError;
#[cfg(feature = "hours")]
pub use panel::hours::{Hours, HoursError, TimeZone, TimeZoneError};
#[cfg(feature = "hours")]
#[doc(hidden)]
pub use panel::hours::{minute_of_week_in, next_opening};
pub use panel::placement::{Placement, PlacementError, Side, SideError};
#[cfg(feature = "qr")]
pub use panel::qr::{QR_MAX_BYTES, QR_QUIET_ZONE, QrError, qr_svg};
#[cfg(feature = "hours")]
#[doc(hidden)]
pub use panel::schedule::Schedule;

// For the macros and the builder only: not re-exported by dm-button, not an API.
#[doc(hidden)]
pub use front::combination::CombinationError;
#[doc(hidden)]
pub use front::keys::{
    KEYS, Key, Kind, Literal, LiteralRule, On, Parse, Part, TextRule, described,
    unknown_key_message,
};
#[doc(hidden)]
pub use front::panel::{
    BUTTONS_KEY, ENTRY_KEYS, PANEL_KEYS, PanelProblem, PanelSettings, RenderedPanel,
};
#[doc(hidden)]
pub use front::settings::{Problem, Setting, Settings, missing_recipient_message};
#[doc(hidden)]
pub use front::suggest::closest;
#[doc(hidden)]
pub use panel::markup::{EntrySpec, PanelSpec};
#[cfg(feature = "qr")]
#[doc(hidden)]
pub use panel::qr::{button_qr_svg, entry_qr_svg};
#[doc(hidden)]
pub use platforms::channel::{Marker, capability};
#[doc(hidden)]
pub use render::link::LinkSpec;
#[doc(hidden)]
pub use render::markup::{ButtonSpec, Look, ShownName};
