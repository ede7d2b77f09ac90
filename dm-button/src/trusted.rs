//! The types whose text is markup, escaped where it was made: [`StaticButton`],
//! [`CountedButton`], [`DmButton`], [`StaticPanel`] and [`Panel`]. Every template engine
//! and renderer the crate supports takes each of them as HTML, written as it is; each
//! integration reads [`for_each_trusted!`] for the list, so a type added here goes into
//! every engine at once.
//!
//! A panel with opening hours is written as it is at the moment it is written (the away
//! notes of that moment), as its `Display` writes it.

use std::fmt;

use crate::state::Mode;
use crate::{CountedButton, DmButton, Panel, StaticButton, StaticPanel};

/// Markup escaped where it was made: written into a template's output as it is.
#[allow(
    dead_code,
    reason = "each engine calls the method that suits its output; with one engine's feature, the others go unused"
)]
pub(crate) trait Trusted {
    /// Writes the markup into `out`, piece by piece.
    fn write_markup<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result;

    /// Appends the markup to `buffer`, with at most one allocation.
    fn push_markup(&self, buffer: &mut String);

    /// The markup in a `String` of its own.
    fn to_markup(&self) -> String {
        let mut html = String::new();
        self.push_markup(&mut html);
        html
    }
}

impl Trusted for StaticButton {
    fn write_markup<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        out.write_str(self.as_str())
    }

    fn push_markup(&self, buffer: &mut String) {
        buffer.push_str(self.as_str());
    }
}

impl Trusted for CountedButton {
    fn write_markup<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        out.write_str(self.as_str())
    }

    fn push_markup(&self, buffer: &mut String) {
        buffer.push_str(self.as_str());
    }
}

impl<M: Mode> Trusted for DmButton<'_, M> {
    fn write_markup<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        self.spec().write_into(out)
    }

    fn push_markup(&self, buffer: &mut String) {
        self.render_to(buffer);
    }

    fn to_markup(&self) -> String {
        self.to_html()
    }
}

impl Trusted for StaticPanel {
    fn write_markup<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        write!(out, "{self}")
    }

    fn push_markup(&self, buffer: &mut String) {
        self.render_to(buffer);
    }
}

impl Trusted for Panel<'_> {
    fn write_markup<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        self.write_into(out)
    }

    fn push_markup(&self, buffer: &mut String) {
        self.render_to(buffer);
    }

    fn to_markup(&self) -> String {
        self.to_html()
    }
}

/// Calls the macro `$integration` once per [`Trusted`] type, as `[generics] type`, followed
/// by `; $extra` when given: the one list each template engine's impls are generated from.
macro_rules! for_each_trusted {
    ($integration:ident $(; $($extra:tt)*)?) => {
        $integration!([] $crate::StaticButton $(; $($extra)*)?);
        $integration!([] $crate::CountedButton $(; $($extra)*)?);
        $integration!(['a, M: $crate::state::Mode] $crate::DmButton<'a, M> $(; $($extra)*)?);
        $integration!([] $crate::StaticPanel $(; $($extra)*)?);
        $integration!(['a] $crate::Panel<'a> $(; $($extra)*)?);
    };
}
#[allow(
    unused_imports,
    reason = "maud's impls are generated in this module; with maud alone, no other module reads the list"
)]
pub(crate) use for_each_trusted;

/// `From<T>` and `From<&T>` for a template engine's value type `$value`: the markup,
/// rendered once when the value is made, as the safe value `$safe` makes of it (a value
/// that auto-escaping leaves as it is).
#[cfg(any(feature = "minijinja", feature = "tera"))]
macro_rules! safe_value_from {
    ([$($generics:tt)*] $type:ty; $value:ty, $safe:path) => {
        impl<$($generics)*> From<$type> for $value {
            fn from(markup: $type) -> Self {
                <$value>::from(&markup)
            }
        }

        impl<$($generics)*> From<&$type> for $value {
            fn from(markup: &$type) -> Self {
                $safe($crate::trusted::Trusted::to_markup(markup))
            }
        }
    };
}
#[cfg(any(feature = "minijinja", feature = "tera"))]
pub(crate) use safe_value_from;

/// maud's `(value)`: the markup, appended to maud's buffer.
#[cfg(feature = "maud")]
macro_rules! maud_render {
    ([$($generics:tt)*] $type:ty) => {
        impl<$($generics)*> maud::Render for $type {
            fn render_to(&self, buffer: &mut String) {
                Trusted::push_markup(self, buffer);
            }
        }
    };
}
#[cfg(feature = "maud")]
for_each_trusted!(maud_render);
