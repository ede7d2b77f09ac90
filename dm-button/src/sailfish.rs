//! sailfish (feature `sailfish`): `<%= button %>` and `<%= panel %>` render their markup.
//!
//! sailfish escapes what `<%= %>` prints by calling [`Render::render_escaped`]. The
//! buttons and the panels ([`StaticButton`](crate::StaticButton),
//! [`DmButton`](crate::DmButton), [`CountedButton`](crate::CountedButton),
//! [`StaticPanel`](crate::StaticPanel), [`Panel`](crate::Panel))
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

use ::sailfish::RenderError;
use ::sailfish::runtime::{Buffer, Render};

use crate::trusted::{Trusted, for_each_trusted};

/// The markup, written into sailfish's buffer as it is, escaped or not.
macro_rules! sailfish_render {
    ([$($generics:tt)*] $type:ty) => {
        impl<$($generics)*> Render for $type {
            fn render(&self, buffer: &mut Buffer) -> Result<(), RenderError> {
                Ok(Trusted::write_markup(self, buffer)?)
            }

            fn render_escaped(&self, buffer: &mut Buffer) -> Result<(), RenderError> {
                self.render(buffer)
            }
        }
    };
}
for_each_trusted!(sailfish_render);
