//! A panel button's schedule, ready to render at any moment: its hours, and the away note of
//! each opening, written once, when the panel is made (feature `hours`).

use crate::Lang;
use crate::panel::hours::{Hours, TimeZone, next_opening, weekday_and_time};
use crate::panel::words::{replies_from, weekday};
use crate::render::escape::write_escaped;

/// The markup a panel puts beside a button whose person is away: `<span
/// class="dm-panel__away">{when they answer}</span>`, one per opening of the week, in the
/// panel's language and the hours' time zone. Rendering at a moment finds the opening that
/// comes next and copies its note: no formatting.
///
/// ```
/// use dm_button_core::{Lang, Schedule};
///
/// let schedule = Schedule::new(&"Mo-Fr 09:00-18:00".parse()?, &"Europe/Paris".parse()?, Lang::En);
/// // Saturday noon: away until Monday.
/// let saturday_noon = 5 * 24 * 60 + 12 * 60;
/// assert_eq!(
///     schedule.note_at(saturday_noon),
///     Some(r#"<span class="dm-panel__away">Replies from Monday 09:00, Paris time</span>"#)
/// );
/// assert_eq!(schedule.note_at(10 * 60), None); // Monday 10:00: in
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    hours: Hours,
    /// The note of each interval of the hours, in their order: empty for an interval that
    /// is no opening (Monday's that continues Sunday's).
    notes: Vec<String>,
}

impl Schedule {
    /// The schedule of `hours` in `zone`, its notes in `lang`.
    #[must_use]
    pub fn new(hours: &Hours, zone: &TimeZone, lang: Lang) -> Self {
        let city = zone.city();
        let notes = hours
            .intervals()
            .iter()
            .map(|&(start, _)| {
                let (day, time) = weekday_and_time(start);
                let words = replies_from(lang, weekday(lang, day), &time, &city);
                let mut note = String::from(r#"<span class="dm-panel__away">"#);
                write_escaped(&mut note, &words);
                note.push_str("</span>");
                note
            })
            .collect();
        Self {
            hours: hours.clone(),
            notes,
        }
    }

    /// The hours.
    #[must_use]
    pub fn hours(&self) -> &Hours {
        &self.hours
    }

    /// Each interval of the hours with its note (minutes of the week from Monday 00:00):
    /// what `dm_panel!` writes into its expansion.
    pub fn openings(&self) -> impl Iterator<Item = ((u16, u16), &str)> {
        self.hours
            .intervals()
            .iter()
            .copied()
            .zip(self.notes.iter().map(String::as_str))
    }

    /// The length of the longest note: what an entry's away note adds to the panel at most.
    ///
    /// ```
    /// use dm_button_core::{Lang, Schedule};
    ///
    /// let schedule = Schedule::new(&"Mo-Fr 09:00-18:00".parse()?, &"Europe/Paris".parse()?, Lang::En);
    /// let saturday_noon = 5 * 24 * 60 + 12 * 60;
    /// assert!(schedule.note_at(saturday_noon).is_some_and(|note| note.len() <= schedule.longest_note()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn longest_note(&self) -> usize {
        self.notes.iter().map(String::len).max().unwrap_or(0)
    }

    /// The note for `minute_of_week` (from Monday 00:00, in the hours' time zone): `None`
    /// when the person is in.
    #[must_use]
    pub fn note_at(&self, minute_of_week: u16) -> Option<&str> {
        next_opening(self.hours.intervals(), minute_of_week)
            .and_then(|index| self.notes.get(index))
            .map(String::as_str)
    }
}
