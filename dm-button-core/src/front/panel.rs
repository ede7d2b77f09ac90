//! The panel's options as the untyped front ends collect them (`dm_panel!` from literals,
//! the template engines' `dm_panel(...)` from a template's arguments): the panel's own keys,
//! declared once in [`PANEL_KEYS`], and each entry's [`Settings`], which take the button's
//! keys. [`PanelSettings`] says which combinations mean nothing and renders the panel.

use crate::front::keys::{
    CLASS, ID, Key, Kind, LANG, On, flag, free_text, parsed, text, unless_blank,
};
use crate::front::settings::{Problem, Setting, Settings};
use crate::{ClassList, ElementId, EntrySpec, Lang, PanelError, PanelSpec, Placement, Side};

/// `title`: the toggle's words and the landmark's name.
pub(crate) const TITLE: Key = free_text(
    "title",
    "\"Talk to us\"",
    false,
    On::All,
    unless_blank(" for the built-in title (\"Contact us\", or its translation for `lang`)"),
);
/// `greeting`: a sentence above the channels.
pub(crate) const GREETING: Key = free_text(
    "greeting",
    "\"We usually answer within the hour.\"",
    false,
    On::All,
    unless_blank(", or write the sentence"),
);
/// `placement`: inline or floating.
pub(crate) const PLACEMENT: Key = text(
    "placement",
    Kind::Str,
    "\"floating\"",
    false,
    On::All,
    |text| parsed::<Placement>(text, Setting::Placement),
);
/// `side`: the corner of a floating panel.
pub(crate) const SIDE: Key = text("side", Kind::Str, "\"left\"", false, On::All, |text| {
    parsed::<Side>(text, Setting::Side)
});
/// `open`: rendered open.
pub(crate) const OPEN: Key = flag("open", "true", On::All);
/// `qr`: a QR code beside the entries whose link needs a phone.
pub(crate) const QR: Key = flag("qr", "true", On::All);

/// `hours`: when a button's person answers (feature `hours`).
pub(crate) const HOURS: Key = text(
    "hours",
    Kind::Str,
    "\"Mo-Fr 09:00-18:00\"",
    false,
    On::All,
    parse_hours,
);
/// `timezone`: the time zone of the panel's hours (feature `hours`).
pub(crate) const TIMEZONE: Key = text(
    "timezone",
    Kind::Str,
    "\"Europe/Paris\"",
    false,
    On::All,
    parse_time_zone,
);

#[cfg(feature = "hours")]
fn parse_hours(text: &str) -> Result<Setting<'static>, String> {
    parsed::<crate::Hours>(text, Setting::Hours)
}

#[cfg(feature = "hours")]
fn parse_time_zone(text: &str) -> Result<Setting<'static>, String> {
    parsed::<crate::TimeZone>(text, Setting::TimeZone)
}

/// Without the feature, the keys exist (so that a panel that uses them says how to get
/// them, rather than that they are unknown) and refuse every value.
#[cfg(not(feature = "hours"))]
fn parse_hours(_: &str) -> Result<Setting<'static>, String> {
    Err(HOURS_OFF.to_owned())
}

#[cfg(not(feature = "hours"))]
fn parse_time_zone(_: &str) -> Result<Setting<'static>, String> {
    Err(HOURS_OFF.to_owned())
}

#[cfg(not(feature = "hours"))]
const HOURS_OFF: &str = "opening hours are dm-button's `hours` feature, which is off: turn it \
                         on in Cargo.toml (`features = [\"hours\"]`)";

/// The keys a panel's button takes besides a button's own ([`KEYS`](crate::KEYS)).
///
/// ```
/// assert_eq!(dm_button_core::ENTRY_KEYS[0].name, "hours");
/// ```
pub const ENTRY_KEYS: &[Key] = &[HOURS];

/// The panel's own keys, in the order of the docs; `buttons` (the list of entries) is read
/// by each front end in its own syntax. The entries take the button's keys ([`KEYS`](crate::KEYS)).
///
/// ```
/// assert!(dm_button_core::PANEL_KEYS.iter().any(|key| key.name == "greeting"));
/// ```
pub const PANEL_KEYS: &[Key] = &[
    TITLE, GREETING, PLACEMENT, SIDE, OPEN, QR, LANG, ID, CLASS, TIMEZONE,
];

/// The key that holds the entries, as every front end names it.
pub const BUTTONS_KEY: &str = "buttons";

/// A panel's settings: its own keys, and each entry's (`'a`, as for [`Settings`]: the text
/// they borrow).
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
pub struct PanelSettings<'a> {
    panel: Settings<'a>,
    entries: Vec<Settings<'a>>,
}

/// A combination of a panel's keys that means nothing, or a mistake in one of its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelProblem {
    /// The entry it is in (counted from 0), or `None` for the panel's own keys.
    pub entry: Option<usize>,
    /// The problem, at a key of the panel or of the entry (`buttons` for the list itself).
    pub problem: Problem,
}

impl<'a> PanelSettings<'a> {
    /// Records `setting`, the value of the panel's `key`.
    pub fn set(&mut self, key: &'static Key, setting: Setting<'a>) {
        self.panel.set(key, setting);
    }

    /// Records that the panel's `key` was given with a wrong value (already reported).
    pub fn given_wrong(&mut self, key: &'static Key) {
        self.panel.given_wrong(key);
    }

    /// Adds an entry, its settings collected as a button's.
    pub fn push_entry(&mut self, entry: Settings<'a>) {
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

    /// What means nothing: each entry's problems as a button's, and the panel's own (see
    /// [`panel_problems`](Self::panel_problems)).
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
        problems.extend(self.panel_problems());
        problems
    }

    /// The problems of the panel as a whole, without each button's own (which a front end
    /// that checks each button as it reads it has reported already): no buttons, QR codes
    /// with no button that needs a phone, hours with no time zone and the reverse.
    #[must_use]
    pub fn panel_problems(&self) -> Vec<PanelProblem> {
        let mut problems = Vec::new();
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
        self.hours_problems(&mut problems);
        problems
    }

    /// Hours with no time zone to read them in, or a time zone with no hours.
    #[cfg(feature = "hours")]
    fn hours_problems(&self, problems: &mut Vec<PanelProblem>) {
        let zone = self.panel.is_given(TIMEZONE.name);
        let with_hours: Vec<usize> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, entry)| entry.is_given(HOURS.name))
            .map(|(index, _)| index)
            .collect();
        if !zone {
            for &button in &with_hours {
                problems.push(PanelProblem {
                    entry: Some(button),
                    problem: Problem {
                        key: HOURS.name,
                        message: format!(
                            "{}: add `timezone = \"Europe/Paris\"` (its IANA name) to the panel",
                            PanelError::HoursWithoutTimeZone { button }
                        ),
                        at_value: false,
                    },
                });
            }
        }
        if zone && with_hours.is_empty() {
            problems.push(PanelProblem {
                entry: None,
                problem: Problem {
                    key: TIMEZONE.name,
                    message: format!(
                        "{}: give a button `hours = \"Mo-Fr 09:00-18:00\"`, or remove `timezone`",
                        PanelError::TimeZoneWithoutHours
                    ),
                    at_value: false,
                },
            });
        }
    }

    /// Without the feature, `hours` and `timezone` refuse every value, so no panel has them.
    #[cfg(not(feature = "hours"))]
    fn hours_problems(&self, _: &mut Vec<PanelProblem>) {}

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

    /// The panel's markup, once [`problems`](Self::problems) is empty: with every button's
    /// person in (a panel without hours is always so).
    ///
    /// # Errors
    ///
    /// As [`render`](Self::render).
    pub fn to_html(&self) -> Result<String, PanelProblem> {
        Ok(self.render()?.pieces.concat())
    }

    /// The panel, rendered once [`problems`](Self::problems) is empty: its markup, split
    /// where each button with hours has its away note, and each such button's schedule.
    ///
    /// # Errors
    ///
    /// An entry whose link is too long for a QR code (a problem at its `text`), or that
    /// has no recipient.
    pub fn render(&self) -> Result<RenderedPanel, PanelProblem> {
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
        let slots = self.schedules(panel.lang);
        let entries = buttons
            .iter()
            .zip(&codes)
            .zip(&slots)
            .map(|((button, qr), slot)| EntrySpec {
                qr: qr.as_deref(),
                away: slot.as_ref().map(|_| SLOT),
                ..EntrySpec::new(*button)
            });
        let markup = panel.to_html(entries);
        Ok(RenderedPanel {
            pieces: markup.split(SLOT).map(str::to_owned).collect(),
            #[cfg(feature = "hours")]
            schedules: slots.into_iter().flatten().collect(),
            #[cfg(feature = "hours")]
            time_zone: self.panel.get::<crate::TimeZone>(&TIMEZONE).cloned(),
        })
    }

    /// Each button's schedule, for those with hours.
    #[cfg(feature = "hours")]
    fn schedules(&self, lang: Option<Lang>) -> Vec<Option<crate::Schedule>> {
        let zone = self.panel.get::<crate::TimeZone>(&TIMEZONE);
        self.entries
            .iter()
            .map(|entry| {
                let hours = entry.get::<crate::Hours>(&HOURS)?;
                Some(crate::Schedule::new(hours, zone?, lang.unwrap_or_default()))
            })
            .collect()
    }

    #[cfg(not(feature = "hours"))]
    fn schedules(&self, _: Option<Lang>) -> Vec<Option<()>> {
        vec![None; self.entries.len()]
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

/// Where an away note goes in a panel's markup while it is rendered in pieces: a NUL, which
/// the rendering never writes (escaping turns it into U+FFFD).
const SLOT: &str = "\0";

/// A panel rendered for every moment: its markup in pieces, and between two pieces the away
/// note of a button with hours, which its schedule gives for the moment of rendering.
#[derive(Debug, Clone)]
pub struct RenderedPanel {
    /// The markup, split where each button with hours has its note: one more piece than
    /// schedules.
    pub pieces: Vec<String>,
    /// The schedule of each button with hours, in order.
    #[cfg(feature = "hours")]
    pub schedules: Vec<crate::Schedule>,
    /// The time zone of the hours.
    #[cfg(feature = "hours")]
    pub time_zone: Option<crate::TimeZone>,
}

impl RenderedPanel {
    /// The panel as it is at `at`: the pieces, with the away note each schedule gives for
    /// that moment between them.
    #[must_use]
    pub fn to_html_at(&self, at: std::time::SystemTime) -> String {
        #[cfg(feature = "hours")]
        if let Some(zone) = &self.time_zone {
            let minute = zone.minute_of_week(at);
            let mut html = String::new();
            let mut pieces = self.pieces.iter();
            for schedule in &self.schedules {
                if let Some(piece) = pieces.next() {
                    html.push_str(piece);
                }
                if let Some(note) = schedule.note_at(minute) {
                    html.push_str(note);
                }
            }
            for piece in pieces {
                html.push_str(piece);
            }
            return html;
        }
        let _ = at;
        self.pieces.concat()
    }
}
