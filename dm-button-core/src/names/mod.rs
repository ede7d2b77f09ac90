//! Recipients by name: `dm-button.toml`, which maps X screen names to their numeric IDs.

mod plain_toml;
pub(crate) mod recipients;
