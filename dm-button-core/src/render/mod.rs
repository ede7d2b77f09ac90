//! The rendering: where it writes ([`sink`]), HTML escaping, percent-encoding, the link and
//! the markup.

pub(crate) mod escape;
pub(crate) mod link;
pub(crate) mod markup;
pub(crate) mod percent;
pub(crate) mod sink;
