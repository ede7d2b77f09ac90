//! sailfish (feature `sailfish`): `<%= button %>` and `<%= panel %>` render their markup.
//!
//! sailfish escapes what `<%= %>` prints by calling [`Render::render_escaped`]. The
//! buttons and the panels ([`StaticButton`], [`DmButton`], [`StaticPanel`], [`Panel`])
//! implement it by writing their markup as it is, because it was escaped where it was made
//! (the label, the text and every attribute, once); `<%- %>` prints the same bytes. The
//! rest of the template is escaped as usual.
//!
//! ```
//! use dm_button::{DmButton, RecipientId};
//! use sailfish::runtime::{Buffer, Render};
//!
//! let button = DmButton::new(RecipientId::MIN).label("Ask <us>");
//! let mut buffer = Buffer::new();
//! button.render_escaped(&mut buffer)?; // what `<%= button %>` does
//! assert_eq!(buffer.as_str(), button.to_html());
//! # Ok::<(), sailfish::RenderError>(())
//! ```

use std::fmt::Write as _;

use ::sailfish::RenderError;
use ::sailfish::runtime::{Buffer, Render};

use crate::state::Mode;
use crate::{DmButton, Panel, StaticButton, StaticPanel};

/// The markup, as it is.
impl Render for StaticButton {
    fn render(&self, buffer: &mut Buffer) -> Result<(), RenderError> {
        buffer.push_str(self.as_str());
        Ok(())
    }

    fn render_escaped(&self, buffer: &mut Buffer) -> Result<(), RenderError> {
        self.render(buffer)
    }
}

/// The markup, written into sailfish's buffer in one pass.
impl<M: Mode> Render for DmButton<'_, M> {
    fn render(&self, buffer: &mut Buffer) -> Result<(), RenderError> {
        Ok(self.spec().write_into(buffer)?)
    }

    fn render_escaped(&self, buffer: &mut Buffer) -> Result<(), RenderError> {
        self.render(buffer)
    }
}

/// The panel as it is at the current time (see [`StaticPanel::render_to`]).
impl Render for StaticPanel {
    fn render(&self, buffer: &mut Buffer) -> Result<(), RenderError> {
        Ok(write!(buffer, "{self}")?)
    }

    fn render_escaped(&self, buffer: &mut Buffer) -> Result<(), RenderError> {
        self.render(buffer)
    }
}

/// The panel as it is at the current time (see [`Panel::render_to`]).
impl Render for Panel<'_> {
    fn render(&self, buffer: &mut Buffer) -> Result<(), RenderError> {
        Ok(self.write_into(buffer)?)
    }

    fn render_escaped(&self, buffer: &mut Buffer) -> Result<(), RenderError> {
        self.render(buffer)
    }
}
