//! Which macro is being expanded, and the keys it takes (from `dm-button-core`'s tables).

pub(crate) use dm_button_core::{ENTRY_KEYS, KEYS, Key, Kind, PANEL_KEYS};

/// Which macro (or which part of one) is being expanded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Macro {
    /// `dm_button!`: every key.
    Button,
    /// `dm_link!`: only the keys that change the URL.
    Link,
    /// `dm_qr!`: the keys that change the URL, and the language of its accessible name.
    #[cfg_attr(not(feature = "qr"), allow(dead_code))]
    Qr,
    /// One button of `dm_panel!`'s list: every key of a button, and `hours`.
    Entry,
    /// `dm_panel!`'s own keys.
    Panel,
}

impl Macro {
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Self::Button => "dm_button!",
            Self::Link => "dm_link!",
            Self::Qr => "dm_qr!",
            Self::Entry => "each button of dm_panel!",
            Self::Panel => "dm_panel!",
        }
    }

    /// The keys this macro takes.
    pub(crate) fn keys(self) -> impl Iterator<Item = &'static Key> + Clone {
        let (table, more): (&[Key], &[Key]) = match self {
            Self::Panel => (PANEL_KEYS, &[]),
            Self::Entry => (KEYS, ENTRY_KEYS),
            _ => (KEYS, &[]),
        };
        table.iter().chain(more).filter(move |key| match self {
            Self::Button | Self::Entry | Self::Panel => true,
            Self::Link => key.in_link,
            Self::Qr => key.in_link || key.name == "lang",
        })
    }

    /// The key called `name`, if this macro takes it.
    pub(crate) fn find(self, name: &str) -> Option<&'static Key> {
        self.keys().find(|key| key.name == name)
    }
}
