//! The value `dm_panel!` expands to.

use std::fmt;

/// A contact panel computed at compile time by [`dm_panel!`](crate::dm_panel): its markup,
/// a `&'static str`. Rendering it is one copy.
///
/// It renders with [`Display`](fmt::Display) and `AsRef<str>`, and as markup in every
/// template engine the crate supports (see [In templates](crate#in-templates)).
///
/// ```
/// use dm_button::{StaticPanel, dm_panel};
///
/// const CONTACT: StaticPanel = dm_panel!(
///     title = "Talk to us",
///     buttons = [(email = "hello@example.com"), (recipient = 3805104374)],
/// );
/// assert!(CONTACT.as_str().starts_with(r#"<aside aria-label="Talk to us"><details class="dm-panel dm-panel--inline dm-panel--right">"#));
/// assert_eq!(CONTACT.to_string(), CONTACT.as_str());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct StaticPanel {
    /// Written by `dm_panel!` only; not part of the API. Public so that the macro expands
    /// to a struct expression; the markup must come from the macro, which checked and
    /// escaped it.
    ///
    /// The markup, with every button's person in.
    #[doc(hidden)]
    pub __trusted_markup: &'static str,
    /// For a panel with opening hours: the markup in pieces around each away note, and the
    /// schedules that pick the notes.
    #[doc(hidden)]
    pub __trusted_hours: Option<&'static StaticHours>,
}

/// What `dm_panel!` writes for a panel with opening hours, as a tuple (which the expansion
/// writes without naming a type): the IANA name of the hours' time zone; the markup, split
/// where each button with hours has its note; and each such button's [`StaticSlot`]. Not
/// part of the API.
pub(crate) type StaticHours = (&'static str, &'static [&'static str], &'static [StaticSlot]);

/// One button's hours in a [`StaticHours`]: its open intervals (minutes of the week from
/// Monday 00:00), and the away note of each interval's opening. Not part of the API.
pub(crate) type StaticSlot = (&'static [(u16, u16)], &'static [&'static str]);

impl StaticPanel {
    /// The markup: one `<aside>`. For a panel with opening hours, as it is when every
    /// button's person is in: `render_at` (feature `hours`) and `Display`, which renders at
    /// the current time, add the away notes.
    ///
    /// ```
    /// let panel = dm_button::dm_panel!(buttons = [(recipient = 12345)]);
    /// assert!(panel.as_str().ends_with("</details></aside>"));
    /// ```
    #[must_use]
    pub const fn as_str(&self) -> &'static str {
        self.__trusted_markup
    }

    /// Appends the panel as it is at the current time to `buffer`: the markup, with the away
    /// note of each button whose person is out (feature `hours`).
    pub fn render_to(&self, buffer: &mut String) {
        #[cfg(feature = "hours")]
        if self.__trusted_hours.is_some() {
            self.render_at(std::time::SystemTime::now(), buffer);
            return;
        }
        buffer.push_str(self.__trusted_markup);
    }

    /// Appends the panel as it is at `at` to `buffer`: each button with opening hours whose
    /// person is out then gets its note, which says when they answer. The notes are written
    /// at compile time: rendering copies the pieces and looks the moment up in each
    /// schedule.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    ///
    /// const PANEL: dm_button::StaticPanel = dm_button::dm_panel!(
    ///     timezone = "Europe/Paris",
    ///     buttons = [(email = "hello@example.com", hours = "Mo-Fr 09:00-18:00")],
    /// );
    /// // 2026-03-07T11:00:00Z, a Saturday: noon in Paris.
    /// let saturday = SystemTime::UNIX_EPOCH + Duration::from_secs(1_772_881_200);
    /// let mut html = String::new();
    /// PANEL.render_at(saturday, &mut html);
    /// assert!(html.contains(r#"<span class="dm-panel__away">Replies from Monday 09:00, Paris time</span>"#));
    /// ```
    #[cfg(feature = "hours")]
    pub fn render_at(&self, at: std::time::SystemTime, buffer: &mut String) {
        let Some(&(time_zone, pieces, slots)) = self.__trusted_hours else {
            buffer.push_str(self.__trusted_markup);
            return;
        };
        let minute = dm_button_core::minute_of_week_in(time_zone, at);
        buffer.reserve(self.__trusted_markup.len() + 128 * slots.len());
        let mut pieces = pieces.iter();
        for &(open, notes) in slots {
            if let Some(piece) = pieces.next() {
                buffer.push_str(piece);
            }
            let note = minute
                .and_then(|minute| dm_button_core::next_opening(open, minute))
                .and_then(|index| notes.get(index));
            if let Some(note) = note {
                buffer.push_str(note);
            }
        }
        for piece in pieces {
            buffer.push_str(piece);
        }
    }
}

impl fmt::Debug for StaticPanel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("StaticPanel").field(&self.as_str()).finish()
    }
}

/// The panel as it is at the current time (see [`StaticPanel::render_to`]).
impl fmt::Display for StaticPanel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.__trusted_hours.is_none() {
            return f.write_str(self.as_str());
        }
        let mut html = String::new();
        self.render_to(&mut html);
        f.write_str(&html)
    }
}

impl AsRef<str> for StaticPanel {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
