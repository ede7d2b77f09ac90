//! hypertext (feature `hypertext`): `(button)` and `(panel)` in hypertext's `maud!` and
//! `rsx!` render their markup.
//!
//! hypertext escapes strings, and writes what implements its [`Renderable`] as that value
//! renders itself. The buttons and the panels ([`StaticButton`](crate::StaticButton),
//! [`DmButton`](crate::DmButton), [`CountedButton`](crate::CountedButton),
//! [`StaticPanel`](crate::StaticPanel), [`Panel`](crate::Panel)) write their markup as it is into the buffer, because it was
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

use crate::trusted::{Trusted, for_each_trusted};

/// The markup, appended to hypertext's buffer as it is.
macro_rules! hypertext_renderable {
    ([$($generics:tt)*] $type:ty) => {
        impl<$($generics)*> Renderable for $type {
            fn render_to(&self, buffer: &mut Buffer) {
                Trusted::push_markup(self, buffer.dangerously_get_string());
            }
        }
    };
}
for_each_trusted!(hypertext_renderable);
