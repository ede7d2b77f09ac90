//! X (Twitter) Message buttons for Rust web apps, checked at compile time and rendered as
//! accessible, script-free HTML.
//!
//! X's Message button is a link to its DM composer,
//! `https://x.com/messages/compose?recipient_id=3805104374&text=Hello%20world`. Written by
//! hand it goes wrong in the same few ways: a screen name where the numeric ID must go, text
//! that is not encoded, an ID that went through a double and changed, X's tracking script on
//! every page. This crate makes each of those a compile error (for values known at build
//! time) or a typed error (for values that come at run time), and renders the button as one
//! `<a>` with an inline icon, styled by its own stylesheet.
//!
//! # At compile time: `dm_button!` and `dm_link!`
//!
//! ```
//! use dm_button::{StaticButton, dm_button, dm_link};
//!
//! // The markup, computed at compile time: rendering it is one copy.
//! const BUTTON: StaticButton = dm_button!(recipient = 3805104374, style = "compact");
//! // The bare link, a &'static str.
//! const LINK: &str = dm_link!(recipient = 3805104374, text = "Hello world");
//!
//! assert_eq!(LINK, "https://x.com/messages/compose?recipient_id=3805104374&text=Hello%20world");
//! let page = maud::html! { footer { (BUTTON) } };
//! assert!(page.into_string().starts_with(r#"<footer><a class="dm-button dm-button--compact""#));
//! ```
//!
//! Every option is checked by the compiler, each mistake with its own message at the
//! offending token:
//!
//! ```compile_fail
//! // error: the recipient must be the numeric user ID, not the screen name `@furni`: ...
//! let button = dm_button::dm_button!(recipient = "@furni");
//! ```
//!
//! See [`dm_button!`] for every key.
//!
//! # At run time: `DmButton`
//!
//! ```
//! use dm_button::{DmButton, RecipientId, Style};
//!
//! let id: RecipientId = "3805104374".parse()?; // or a number, or serde (feature `serde`)
//! let button = DmButton::new(id).text("Hello world").style(Style::Large);
//! let page = maud::html! { footer { (button) } };
//! # let _ = page;
//! # Ok::<(), dm_button::RecipientIdError>(())
//! ```
//!
//! [`DmButton`] takes the same options, follows the same rules and renders the same bytes
//! as the macro, from the same code.
//!
//! # The look
//!
//! The static markup is styled by the crate's own stylesheet, [`STYLESHEET`]: compact,
//! large, icon and link styles, light and dark schemes, a visible focus ring. Serve it as a
//! file or inline it; either way the page needs no script, and [`STYLESHEET_CSP_HASH`] lets
//! a strict Content-Security-Policy allow it inlined. With `widget = true`
//! ([`DmButton::widget`]) the markup is X's own, for X's script to style.
//!
//! # Features
//!
//! - `maud` (default): `maud::Render` for [`StaticButton`] and [`DmButton`].
//! - `serde`: `Serialize`/`Deserialize` for the IDs (from a JSON number or a digit string,
//!   without loss above 2^53; to a string) and for the option types (as their strings).
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

mod builder;
pub mod state;
mod static_button;
mod stylesheet;

pub use builder::DmButton;
pub use static_button::StaticButton;
pub use stylesheet::{STYLESHEET, STYLESHEET_CSP_HASH};

pub use dm_button_core::{
    ClassList, ClassListError, ElementId, ElementIdError, Host, HostError, Lang, LangError, MAX_ID,
    MessageText, RecipientId, RecipientIdError, SCREEN_NAME_MAX_LEN, ScreenName, ScreenNameError,
    Style, StyleError, TEXT_MAX_CHARS, TextError, WelcomeMessageId, WelcomeMessageIdError,
    WidgetStyle, WidgetStyleError,
};
pub use dm_button_macros::{dm_button, dm_link};

/// The README's Rust examples, compiled and run as doc tests so they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
