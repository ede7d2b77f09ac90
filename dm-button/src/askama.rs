//! askama (feature `askama`): `{{ button }}` and `{{ panel }}` render their markup in an
//! auto-escaping template, with no `|safe`.
//!
//! askama escapes what a template prints unless its type says it is HTML already: that is
//! [`askama::filters::HtmlSafe`], implemented here for [`StaticButton`], [`DmButton`],
//! [`StaticPanel`] and [`Panel`],
//! whose markup was escaped where it was made. [`askama::FastWritable`] lets askama write
//! the markup straight into its output, without going through `fmt::Formatter`.
//!
//! ```
//! use askama::Template;
//! use dm_button::{DmButton, RecipientId, StaticButton, dm_button};
//!
//! #[derive(Template)]
//! #[template(source = "<footer>{{ main }} {{ team }}</footer>", ext = "html")]
//! struct Footer<'a> {
//!     main: StaticButton,
//!     team: DmButton<'a>,
//! }
//!
//! let footer = Footer {
//!     main: dm_button!(recipient = 3805104374),
//!     team: DmButton::new(RecipientId::MIN).label("Ask <us>"),
//! };
//! let html = footer.render()?;
//! assert!(html.starts_with(r#"<footer><a class="dm-button dm-button--compact dm-button--x""#));
//! assert!(html.contains(">Ask &lt;us&gt;</span>")); // the label escaped once, by dm-button
//! # Ok::<(), askama::Error>(())
//! ```

use std::fmt;

use askama::filters::HtmlSafe;
use askama::{FastWritable, Values};

use crate::state::Mode;
use crate::{DmButton, Panel, StaticButton, StaticPanel};

impl HtmlSafe for StaticButton {}

impl FastWritable for StaticButton {
    fn write_into(&self, dest: &mut dyn fmt::Write, _: &dyn Values) -> askama::Result<()> {
        Ok(dest.write_str(self.as_str())?)
    }
}

impl<M: Mode> HtmlSafe for DmButton<'_, M> {}

impl<M: Mode> FastWritable for DmButton<'_, M> {
    fn write_into(&self, dest: &mut dyn fmt::Write, _: &dyn Values) -> askama::Result<()> {
        Ok(self.spec().write_into(dest)?)
    }
}

impl HtmlSafe for StaticPanel {}

impl FastWritable for StaticPanel {
    fn write_into(&self, dest: &mut dyn fmt::Write, _: &dyn Values) -> askama::Result<()> {
        Ok(write!(dest, "{self}")?)
    }
}

impl HtmlSafe for Panel<'_> {}

impl FastWritable for Panel<'_> {
    fn write_into(&self, dest: &mut dyn fmt::Write, _: &dyn Values) -> askama::Result<()> {
        Ok(Panel::write_into(self, dest)?)
    }
}
