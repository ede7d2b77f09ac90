//! hypertext (feature `hypertext`): `(button)` and `(panel)` in hypertext's `maud!` and
//! `rsx!` render their markup.
//!
//! hypertext escapes strings, and writes what implements its [`Renderable`] as that value
//! renders itself. The buttons and the panels ([`StaticButton`], [`DmButton`],
//! [`StaticPanel`], [`Panel`]) write their markup as it is into the buffer, because it was
//! escaped where it was made (hypertext's rule for a `Renderable` in a node: complete HTML,
//! text escaped); the rest of the template is escaped as usual.
//!
//! ```
//! use dm_button::{StaticButton, dm_button};
//! use hypertext::prelude::*;
//!
//! const MAIN: StaticButton = dm_button!(recipient = 3805104374);
//! let note = "<b>";
//! let html = maud! { footer { (MAIN) " " (note) } }.render();
//! assert_eq!(html.as_inner(), &format!("<footer>{} &lt;b&gt;</footer>", MAIN.as_str()));
//! ```

use ::hypertext::{Buffer, Renderable};

use crate::state::Mode;
use crate::{DmButton, Panel, StaticButton, StaticPanel};

/// The markup, as it is.
impl Renderable for StaticButton {
    fn render_to(&self, buffer: &mut Buffer) {
        buffer.dangerously_get_string().push_str(self.as_str());
    }
}

/// The markup, written into hypertext's buffer in one pass.
impl<M: Mode> Renderable for DmButton<'_, M> {
    fn render_to(&self, buffer: &mut Buffer) {
        DmButton::render_to(self, buffer.dangerously_get_string());
    }
}

/// The panel as it is at the current time (see [`StaticPanel::render_to`]).
impl Renderable for StaticPanel {
    fn render_to(&self, buffer: &mut Buffer) {
        StaticPanel::render_to(self, buffer.dangerously_get_string());
    }
}

/// The panel as it is at the current time (see [`Panel::render_to`]).
impl Renderable for Panel<'_> {
    fn render_to(&self, buffer: &mut Buffer) {
        Panel::render_to(self, buffer.dangerously_get_string());
    }
}
