//! askama (feature `askama`): `{{ button }}` and `{{ panel }}` render their markup in an
//! auto-escaping template, with no `|safe`.
//!
//! askama escapes what a template prints unless its type says it is HTML already: that is
//! [`askama::filters::HtmlSafe`], implemented here for [`StaticButton`](crate::StaticButton),
//! [`DmButton`](crate::DmButton), [`CountedButton`](crate::CountedButton),
//! [`StaticPanel`](crate::StaticPanel) and [`Panel`](crate::Panel), whose markup was escaped
//! where it was made. [`askama::FastWritable`] lets askama write
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

use crate::trusted::{Trusted, for_each_trusted};

/// `HtmlSafe`, and the markup written straight into askama's output.
macro_rules! askama_safe {
    ([$($generics:tt)*] $type:ty) => {
        impl<$($generics)*> HtmlSafe for $type {}

        impl<$($generics)*> FastWritable for $type {
            fn write_into(&self, dest: &mut dyn fmt::Write, _: &dyn Values) -> askama::Result<()> {
                Ok(Trusted::write_markup(self, dest)?)
            }
        }
    };
}
for_each_trusted!(askama_safe);
