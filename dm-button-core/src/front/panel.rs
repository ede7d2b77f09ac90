//! The panel's options as the untyped front ends collect them (`dm_panel!` from literals,
//! the template engines' `dm_panel(...)` from a template's arguments): the panel's own keys,
//! declared once in [`PANEL_KEYS`], and each entry's [`Settings`], which take the button's
//! keys. [`PanelSettings`] says which combinations mean nothing and renders the panel.

use crate::front::keys::{CLASS, ID, Key, Kind, LANG, On, Parse, free_text, text};
use crate::front::settings::{Problem, Setting, Settings};
use crate::{ClassList, ElementId, EntrySpec, Lang, PanelError, PanelSpec, Placement, Side};

/// A flag of the panel.
const fn panel_flag(name: &'static str, example: &'static str) -> Key {
    Key {
        name,
        kind: Kind::Bool,
        example,
        in_link: false,
        parse: Parse::Flag,
        literal: None,
        on: On::All,
        recipient_of: None,
    }
}

/// `title`: the toggle's words and the landmark's name.
pub(crate) const TITLE: Key = free_text(
    text(
        "title",
        Kind::Str,
        "\"Talk to us\"",
        false,
        On::All,
        |text| Ok(Setting::Text(text.to_owned())),
    ),
    |title| {
        if title.trim().is_empty() {
            return Err(
                "`title` is blank: leave it out for the built-in title (\"Contact us\", or its \
                 translation for `lang`)"
                    .to_owned(),
            );
        }
        Ok(())
    },
);
/// `greeting`: a sentence above the channels.
pub(crate) const GREETING: Key = free_text(
    text(
        "greeting",
        Kind::Str,
        "\"We usually answer within the hour.\"",
        false,
        On::All,
        |text| Ok(Setting::Text(text.to_owned())),
    ),
    |greeting| {
        if greeting.trim().is_empty() {
            return Err("`greeting` is blank: leave it out, or write the sentence".to_owned());
        }
        Ok(())
    },
);
/// `placement`: inline or floating.
pub(crate) const PLACEMENT: Key = text(
    "placement",
    Kind::Str,
    "\"floating\"",
    false,
    On::All,
    |text| {
        text.parse::<Placement>()
            .map(Setting::Placement)
            .map_err(|error| error.to_string())
    },
);
/// `side`: the corner of a floating panel.
pub(crate) const SIDE: Key = text("side", Kind::Str, "\"left\"", false, On::All, |text| {
    text.parse::<Side>()
        .map(Setting::Side)
        .map_err(|error| error.to_string())
});
/// `open`: rendered open.
pub(crate) const OPEN: Key = panel_flag("open", "true");
/// `qr`: a QR code beside the entries whose link needs a phone.
pub(crate) const QR: Key = panel_flag("qr", "true");

/// The panel's own keys, in the order of the docs; `buttons` (the list of entries) is read
/// by each front end in its own syntax. The entries take the button's keys ([`KEYS`](crate::KEYS)).
///
/// ```
/// assert!(dm_button_core::PANEL_KEYS.iter().any(|key| key.name == "greeting"));
/// ```
pub const PANEL_KEYS: &[Key] = &[TITLE, GREETING, PLACEMENT, SIDE, OPEN, QR, LANG, ID, CLASS];

/// The key that holds the entries, as every front end names it.
pub const BUTTONS_KEY: &str = "buttons";

/// A panel's settings: its own keys, and each entry's.
///
/// ```
/// use dm_button_core::{Key, Literal, PanelSettings, Settings};
///
/// let mut entry = Settings::default();
/// let key = Key::find("email").unwrap();
/// entry.set(key, key.parse(Literal::Text("hello@example.com")).unwrap());
/// let mut panel = PanelSettings::default();
/// panel.push_entry(entry);
/// assert!(panel.problems().is_empty());
/// assert!(panel.to_html().unwrap().contains("mailto:hello@example.com"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct PanelSettings {
    panel: Settings,
    entries: Vec<Settings>,
}

/// A combination of a panel's keys that means nothing, or a mistake in one of its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelProblem {
    /// The entry it is in (counted from 0), or `None` for the panel's own keys.
    pub entry: Option<usize>,
    /// The problem, at a key of the panel or of the entry (`buttons` for the list itself).
    pub problem: Problem,
}

impl PanelSettings {
    /// Records `setting`, the value of the panel's `key`.
    pub fn set(&mut self, key: &'static Key, setting: Setting) {
        self.panel.set(key, setting);
    }

    /// Records that the panel's `key` was given with a wrong value (already reported).
    pub fn given_wrong(&mut self, key: &'static Key) {
        self.panel.given_wrong(key);
    }

    /// Adds an entry, its settings collected as a button's.
    pub fn push_entry(&mut self, entry: Settings) {
        self.entries.push(entry);
    }

    /// Whether the panel's key called `name` was given.
    #[must_use]
    pub fn is_given(&self, name: &str) -> bool {
        self.panel.is_given(name)
    }

    /// Whether the panel shows QR codes.
    fn qr(&self) -> bool {
        self.panel.get::<bool>(&QR).copied().unwrap_or(false)
    }

    /// What means nothing: each entry's problems as a button's, no entry at all, and
    /// `qr = true` with no entry whose link needs a phone.
    #[must_use]
    pub fn problems(&self) -> Vec<PanelProblem> {
        let mut problems: Vec<PanelProblem> = self
            .entries
            .iter()
            .enumerate()
            .flat_map(|(index, entry)| {
                entry
                    .problems()
                    .into_iter()
                    .map(move |problem| PanelProblem {
                        entry: Some(index),
                        problem,
                    })
            })
            .collect();
        let panel_problem = |key: &'static str, message: String| PanelProblem {
            entry: None,
            problem: Problem {
                key,
                message,
                at_value: key == BUTTONS_KEY,
            },
        };
        if self.entries.is_empty() {
            problems.push(panel_problem(
                BUTTONS_KEY,
                format!(
                    "{}, as `buttons = [(whatsapp = \"+33 6 12 34 56 78\")]`",
                    PanelError::NoButtons
                ),
            ));
        } else if self.qr()
            && !self
                .entries
                .iter()
                .filter_map(Settings::platform)
                .any(|platform| platform.needs_phone())
        {
            problems.push(panel_problem(
                QR.name,
                format!("{}: remove `qr`", PanelError::QrWithoutPhone),
            ));
        }
        problems
    }

    /// The panel's own options.
    #[must_use]
    pub fn spec(&self) -> PanelSpec<'_> {
        PanelSpec {
            title: self.panel.text(&TITLE),
            greeting: self.panel.text(&GREETING),
            placement: self
                .panel
                .get::<Placement>(&PLACEMENT)
                .copied()
                .unwrap_or_default(),
            side: self.panel.get::<Side>(&SIDE).copied().unwrap_or_default(),
            open: self.panel.get::<bool>(&OPEN).copied().unwrap_or(false),
            lang: self.panel.get::<Lang>(&LANG).copied(),
            id: self.panel.get::<ElementId>(&ID),
            class: self.panel.get::<ClassList>(&CLASS),
        }
    }

    /// The panel's markup, once [`problems`](Self::problems) is empty.
    ///
    /// # Errors
    ///
    /// An entry whose link is too long for a QR code (a problem at its `text`), or that
    /// has no recipient.
    pub fn to_html(&self) -> Result<String, PanelProblem> {
        let panel = self.spec();
        let buttons = self
            .entries
            .iter()
            .enumerate()
            .map(|(index, entry)| {
                entry.spec().ok_or_else(|| PanelProblem {
                    entry: Some(index),
                    problem: Problem {
                        key: BUTTONS_KEY,
                        message: "the entry has no recipient".to_owned(),
                        at_value: true,
                    },
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let codes = self.qr_codes(&buttons, panel.lang)?;
        let entries = buttons.iter().zip(&codes).map(|(button, qr)| EntrySpec {
            qr: qr.as_deref(),
            ..EntrySpec::new(*button)
        });
        Ok(panel.to_html(entries))
    }

    #[cfg(feature = "qr")]
    fn qr_codes(
        &self,
        buttons: &[crate::ButtonSpec<'_>],
        lang: Option<Lang>,
    ) -> Result<Vec<Option<String>>, PanelProblem> {
        let qr = self.qr();
        buttons
            .iter()
            .enumerate()
            .map(|(index, button)| {
                if !qr || !button.link.platform().needs_phone() {
                    return Ok(None);
                }
                crate::panel::qr::entry_qr_svg(button, lang)
                    .map(Some)
                    .map_err(|error| PanelProblem {
                        entry: Some(index),
                        problem: Problem {
                            key: crate::front::keys::TEXT.name,
                            message: error.to_string(),
                            at_value: true,
                        },
                    })
            })
            .collect()
    }

    #[cfg(not(feature = "qr"))]
    fn qr_codes(
        &self,
        buttons: &[crate::ButtonSpec<'_>],
        _: Option<Lang>,
    ) -> Result<Vec<Option<String>>, PanelProblem> {
        if self.qr() {
            return Err(PanelProblem {
                entry: None,
                problem: Problem {
                    key: QR.name,
                    message: "QR codes are dm-button's `qr` feature, which is off: turn it on \
                              in Cargo.toml (`features = [\"qr\"]`)"
                        .to_owned(),
                    at_value: false,
                },
            });
        }
        Ok(vec![None; buttons.len()])
    }
}
