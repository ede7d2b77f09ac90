//! The contact panel: several channels behind one toggle, in the page or floating in a
//! corner, opened and closed by the browser with no script; a QR code of the links that
//! need a phone, for a reader on a desktop; the people who answer.

pub(crate) mod error;
#[cfg(feature = "hours")]
pub(crate) mod hours;
pub(crate) mod markup;
pub(crate) mod placement;
#[cfg(feature = "qr")]
pub(crate) mod qr;
#[cfg(feature = "qr")]
mod qr_mask;
#[cfg(feature = "hours")]
pub(crate) mod schedule;
pub(crate) mod words;
