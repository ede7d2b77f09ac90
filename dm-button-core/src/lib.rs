//! The rules and the rendering behind [`dm-button`](https://docs.rs/dm-button), in one place.
//!
//! This crate is internal: add `dm-button` to your project, which re-exports everything here
//! that is meant for users. It exists because a proc-macro crate can export nothing but
//! macros, and dm-button's two front ends, the `dm_button!`/`dm_link!` macros (at compile
//! time) and the `DmButton` builder (at run time), must share one implementation of:
//!
//! - the rules: what is a valid [`RecipientId`], [`ScreenName`], [`Style`], [`Lang`], ... and
//!   the wording of the error for each mistake;
//! - the rendering: URL encoding, HTML escaping and the markup of each style
//!   ([`ButtonSpec::render_to`], [`LinkSpec::write_to`]).
//!
//! So the macro and the builder produce the same bytes, by construction.
//!
//! ```
//! use dm_button_core::{ButtonSpec, LinkSpec, RecipientId};
//!
//! let id: RecipientId = "3805104374".parse()?;
//! let link = LinkSpec::new(id).text(Some("Hello world"));
//! assert_eq!(
//!     link.to_url(),
//!     "https://x.com/messages/compose?recipient_id=3805104374&text=Hello%20world"
//! );
//! let html = ButtonSpec::new(link).to_html();
//! assert!(html.starts_with("<a class=\"dm-button dm-button--compact\""));
//! # Ok::<(), dm_button_core::RecipientIdError>(())
//! ```
#![forbid(unsafe_code)]
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
mod element_id;
mod escape;
mod host;
mod icon;
mod id;
mod lang;
mod link;
mod markup;
mod screen_name;
#[cfg(feature = "serde")]
mod serde_impls;
mod sink;
mod style;
mod suggest;
mod text;

pub use class_list::{ClassList, ClassListError};
pub use element_id::{ElementId, ElementIdError};
pub use escape::escape_html;
pub use host::{Host, HostError};
pub use icon::ICON_SVG;
pub use id::{MAX_ID, RecipientId, RecipientIdError, WelcomeMessageId, WelcomeMessageIdError};
pub use lang::{Dir, Lang, LangError};
pub use link::LinkSpec;
pub use markup::{ButtonSpec, Look, ShownName, WIDGET_SCRIPT};
pub use screen_name::{SCREEN_NAME_MAX_LEN, ScreenName, ScreenNameError};
pub use style::{Style, StyleError, WidgetStyle, WidgetStyleError};
pub use suggest::closest;
pub use text::{EncodedText, MessageText, TEXT_MAX_CHARS, TextError, encode_text};
