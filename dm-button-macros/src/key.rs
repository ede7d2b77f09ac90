//! Which macro is being expanded, and the keys it takes (from `dm-button-core`'s table).

pub(crate) use dm_button_core::{KEYS, Key, Kind};

/// Which macro is being expanded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Macro {
    /// `dm_button!`: every key.
    Button,
    /// `dm_link!`: only the keys that change the URL.
    Link,
}

impl Macro {
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Self::Button => "dm_button!",
            Self::Link => "dm_link!",
        }
    }

    /// The keys this macro takes.
    pub(crate) fn keys(self) -> impl Iterator<Item = &'static Key> + Clone {
        KEYS.iter()
            .filter(move |key| self == Self::Button || key.in_link)
    }
}
