//! markup.rs (feature `markup`): `@button` and `@panel` in `markup::define!` render their
//! markup.
//!
//! markup.rs escapes strings, and writes what implements its [`markup::Render`] as that
//! value renders itself. The buttons and the panels ([`StaticButton`], [`DmButton`],
//! [`StaticPanel`], [`Panel`]) write their markup as it is, because it was escaped where it
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

use crate::state::Mode;
use crate::{DmButton, Panel, StaticButton, StaticPanel};

/// The markup, as it is.
impl Render for StaticButton {
    fn render(&self, writer: &mut impl fmt::Write) -> fmt::Result {
        writer.write_str(self.as_str())
    }
}

/// The markup, written in one pass.
impl<M: Mode> Render for DmButton<'_, M> {
    fn render(&self, writer: &mut impl fmt::Write) -> fmt::Result {
        self.spec().write_into(writer)
    }
}

/// The panel as it is at the current time (see [`StaticPanel::render_to`]).
impl Render for StaticPanel {
    fn render(&self, writer: &mut impl fmt::Write) -> fmt::Result {
        write!(writer, "{self}")
    }
}

/// The panel as it is at the current time (see [`Panel::render_to`]).
impl Render for Panel<'_> {
    fn render(&self, writer: &mut impl fmt::Write) -> fmt::Result {
        self.write_into(writer)
    }
}
