//! markup.rs (feature `markup`): `@button` and `@panel` in `markup::define!` render their
//! markup.
//!
//! markup.rs escapes strings, and writes what implements its [`markup::Render`] as that
//! value renders itself. The buttons and the panels ([`StaticButton`](crate::StaticButton),
//! [`DmButton`](crate::DmButton), [`CountedButton`](crate::CountedButton),
//! [`StaticPanel`](crate::StaticPanel), [`Panel`](crate::Panel)) write their markup as it is, because it was escaped where it
//! was made; the rest of the template is escaped as usual.
//!
//! ```
//! use dm_button::{StaticButton, dm_button};
//!
//! markup::define! {
//!     Footer(button: StaticButton, note: &'static str) {
//!         footer { @button " " @note }
//!     }
//! }
//!
//! const MAIN: StaticButton = dm_button!(recipient = 3805104374);
//! let html = Footer { button: MAIN, note: "<b>" }.to_string();
//! assert_eq!(html, format!("<footer>{} &lt;b&gt;</footer>", MAIN.as_str()));
//! ```

use std::fmt;

use ::markup::Render;

use crate::trusted::{Trusted, for_each_trusted};

/// The markup, written as it is.
macro_rules! markup_render {
    ([$($generics:tt)*] $type:ty) => {
        impl<$($generics)*> Render for $type {
            fn render(&self, writer: &mut impl fmt::Write) -> fmt::Result {
                Trusted::write_markup(self, writer)
            }
        }
    };
}
for_each_trusted!(markup_render);
