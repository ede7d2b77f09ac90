//! What the untyped front ends share (the macros at compile time, the template engines'
//! `dm_button(...)` at run time): the table of keys, the settings they collect, the
//! combinations that mean nothing, and "did you mean" suggestions.

pub(crate) mod combination;
pub(crate) mod keys;
pub(crate) mod panel;
pub(crate) mod settings;
pub(crate) mod suggest;
