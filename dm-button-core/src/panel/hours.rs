//! Opening hours: when the person behind a panel's button answers, and the time zone the
//! hours are in (feature `hours`).
//!
//! The hours are written in a subset of OpenStreetMap's `opening_hours` syntax
//! (<https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification>): rules separated by
//! `;`, each a selection of weekdays (`Mo`, `Tu`, `We`, `Th`, `Fr`, `Sa`, `Su`, ranges such as
//! `Mo-Fr` or `Fr-Mo`, lists such as `Mo,We,Fr`; none for every day) and either time ranges
//! (`09:00-12:00,14:00-18:00`, `24:00` for the end of the day, an end before the start for
//! a range past midnight) or `off`. As in OpenStreetMap, a later rule replaces an earlier one
//! on the days it names: `Mo-Sa 09:00-18:00; Sa 10:00-13:00` opens Saturday at ten.
//!
//! The time zone is an IANA name (`Europe/Paris`), checked against the time zone database
//! that `jiff` bundles, so it works on a system that has none.

use std::error::Error;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use crate::front::suggest::closest;

/// Minutes in a day, and in a week.
const DAY: u16 = 24 * 60;
const WEEK: u16 = 7 * DAY;

/// The weekdays as OpenStreetMap writes them, Monday first.
const WEEKDAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// When someone answers: opening hours in OpenStreetMap's `opening_hours` syntax (the subset
/// described in this module), parsed into the minutes of the week they cover.
///
/// ```
/// use dm_button_core::Hours;
///
/// let hours: Hours = "Mo-Fr 09:00-18:00; Sa 10:00-13:00".parse()?;
/// assert_eq!(hours.to_string(), "Mo-Fr 09:00-18:00; Sa 10:00-13:00");
/// assert!(hours.is_open(0, 9 * 60)); // Monday 09:00
/// assert!(!hours.is_open(0, 18 * 60)); // Monday 18:00: closed
/// assert!(hours.is_open(5, 12 * 60 + 59)); // Saturday 12:59
/// assert!(!hours.is_open(6, 12 * 60)); // Sunday
/// assert!("Mon-Fri 9-18".parse::<Hours>().is_err());
/// # Ok::<(), dm_button_core::HoursError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Hours {
    source: Arc<str>,
    /// The open intervals, minutes of the week from Monday 00:00, start inclusive, end
    /// exclusive, sorted, neither overlapping nor touching.
    open: Arc<[(u16, u16)]>,
}

/// Why a string is not [`Hours`]: the rule at fault, and what is wrong with it.
///
/// ```
/// let error = "Mo-Fr 09:00-18:00; Sa 10:00-13:0".parse::<dm_button_core::Hours>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "in the rule `Sa 10:00-13:0`: `13:0` is not a time: write it HH:MM, such as 13:00"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HoursError {
    /// The rule, as written (empty when the hours are).
    pub rule: String,
    /// What is wrong, and what to write.
    pub reason: String,
}

impl fmt::Display for HoursError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.rule.is_empty() {
            f.write_str(&self.reason)
        } else {
            write!(f, "in the rule `{}`: {}", self.rule, self.reason)
        }
    }
}

impl Error for HoursError {}

impl Hours {
    /// The hours as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the hours cover `minute` (0 to 1439) of `weekday` (0 for Monday to 6 for
    /// Sunday), in the time zone they are in.
    #[must_use]
    pub fn is_open(&self, weekday: u8, minute: u16) -> bool {
        let at = u16::from(weekday) * DAY + minute;
        self.open
            .iter()
            .any(|&(start, end)| start <= at && at < end)
    }

    /// The open intervals, as minutes of the week from Monday 00:00 (start inclusive, end
    /// exclusive), sorted.
    #[must_use]
    pub fn intervals(&self) -> &[(u16, u16)] {
        &self.open
    }

    /// The opening that comes next after `minute_of_week`, as the index of its interval in
    /// [`intervals`](Self::intervals): `None` when the hours cover that minute, or are empty.
    /// The week wraps: after Sunday's last opening comes Monday's first.
    #[must_use]
    pub fn next_opening(&self, minute_of_week: u16) -> Option<usize> {
        next_opening(&self.open, minute_of_week)
    }
}

/// The interval of `open` (sorted minutes of the week) whose opening comes next after
/// `minute`: `None` when one covers that minute, or there is none. An interval that starts
/// at Monday 00:00 where Sunday's ends at midnight is no opening: the person is already in.
#[must_use]
pub fn next_opening(open: &[(u16, u16)], minute: u16) -> Option<usize> {
    if open
        .iter()
        .any(|&(start, end)| start <= minute && minute < end)
    {
        return None;
    }
    let continues = open.iter().any(|&(_, end)| end == WEEK);
    let mut openings = open
        .iter()
        .enumerate()
        .filter(|(_, (start, _))| !(continues && *start == 0));
    let first = openings.clone().next().map(|(index, _)| index);
    openings
        .find(|(_, (start, _))| *start > minute)
        .map(|(index, _)| index)
        .or(first)
}

impl FromStr for Hours {
    type Err = HoursError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.trim().is_empty() {
            return Err(HoursError {
                rule: String::new(),
                reason: "the hours are empty: write them as OpenStreetMap does, such as \
                         `Mo-Fr 09:00-18:00`"
                    .to_owned(),
            });
        }
        let mut days: [Vec<(u16, u16)>; 7] = Default::default();
        let rules: Vec<&str> = input.split(';').map(str::trim).collect();
        let last = rules.len() - 1;
        for (index, rule) in rules.iter().enumerate() {
            if rule.is_empty() {
                if index == last {
                    continue;
                }
                return Err(HoursError {
                    rule: String::new(),
                    reason: "two `;` with no rule between them: remove one".to_owned(),
                });
            }
            let error = |reason: String| HoursError {
                rule: (*rule).to_owned(),
                reason,
            };
            let (selected, times) = parse_rule(rule).map_err(error)?;
            for (ranges, selected) in days.iter_mut().zip(selected) {
                if selected {
                    *ranges = times.clone();
                }
            }
        }
        // Each day's ranges into the week's minutes; a range past midnight goes on into the
        // next day (Sunday's into Monday's).
        let mut open: Vec<(u16, u16)> = Vec::new();
        for (day, ranges) in days.iter().enumerate() {
            let base = day as u16 * DAY;
            for &(start, end) in ranges {
                if end > start {
                    open.push((base + start, base + end));
                } else {
                    open.push((base + start, base + DAY));
                    let next = (base + DAY) % WEEK;
                    open.push((next, next + end));
                }
            }
        }
        open.sort_unstable();
        let mut merged: Vec<(u16, u16)> = Vec::with_capacity(open.len());
        for (start, end) in open {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        Ok(Self {
            source: Arc::from(input.trim()),
            open: merged.into(),
        })
    }
}

/// A rule: the days it selects, and its time ranges (minutes of the day; an end at or before
/// the start runs past midnight), empty for `off`.
type Rule = ([bool; 7], Vec<(u16, u16)>);

/// One rule, read.
fn parse_rule(rule: &str) -> Result<Rule, String> {
    let mut words = rule.split_whitespace();
    let first = words.next().unwrap_or_default();
    let (selected, times_word) = if first.starts_with(|c: char| c.is_ascii_digit()) {
        ([true; 7], Some(first))
    } else if first == "off" || first == "closed" {
        return Ok(([true; 7], Vec::new()));
    } else {
        (weekdays(first)?, words.next())
    };
    let Some(times_word) = times_word else {
        return Err(format!(
            "`{first}` has no hours: add them, such as `{first} 09:00-18:00`, or `{first} off`"
        ));
    };
    if let Some(extra) = words.next() {
        return Err(format!(
            "`{extra}` is one part too many: a rule is days then hours, such as \
             `Mo-Fr 09:00-12:00,14:00-18:00`; separate rules with `;`"
        ));
    }
    if times_word == "off" || times_word == "closed" {
        return Ok((selected, Vec::new()));
    }
    let ranges = times_word
        .split(',')
        .map(time_range)
        .collect::<Result<Vec<_>, _>>()?;
    Ok((selected, ranges))
}

/// `Mo-Fr`, `Sa`, `Mo,We,Fr`, `Fr-Mo`: the days selected.
fn weekdays(word: &str) -> Result<[bool; 7], String> {
    let mut selected = [false; 7];
    for item in word.split(',') {
        let (from, to) = item.split_once('-').unwrap_or((item, item));
        let (from, to) = (weekday(from)?, weekday(to)?);
        let mut day = from;
        loop {
            if let Some(selected) = selected.get_mut(day) {
                *selected = true;
            }
            if day == to {
                break;
            }
            day = (day + 1) % 7;
        }
    }
    Ok(selected)
}

fn weekday(word: &str) -> Result<usize, String> {
    WEEKDAYS.iter().position(|day| *day == word).ok_or_else(|| {
        let written = word.get(..2).unwrap_or(word);
        match closest(written, WEEKDAYS) {
            Some(day) => format!(
                "`{word}` is not a day: OpenStreetMap writes two letters, Mo Tu We Th Fr Sa Su \
                 (did you mean `{day}`?)"
            ),
            None => format!(
                "`{word}` is not a day: OpenStreetMap writes two letters, Mo Tu We Th Fr Sa Su"
            ),
        }
    })
}

/// `09:00-18:00`: minutes of the day; an end before the start runs past midnight.
fn time_range(word: &str) -> Result<(u16, u16), String> {
    let Some((start, end)) = word.split_once('-') else {
        return Err(format!(
            "`{word}` is not a time range: write it HH:MM-HH:MM, such as 09:00-18:00"
        ));
    };
    let (start, end) = (time(start)?, time(end)?);
    if start == DAY {
        return Err(format!(
            "`{word}` starts at 24:00, the end of the day: start it at 00:00 of the next day"
        ));
    }
    if start == end {
        return Err(format!(
            "`{word}` starts when it ends: an open range has an end after its start (or, past \
             midnight, before it)"
        ));
    }
    Ok((start, if end == DAY { DAY } else { end }))
}

fn time(word: &str) -> Result<u16, String> {
    let not_a_time = || {
        format!(
            "`{word}` is not a time: write it HH:MM, such as {}",
            suggested_time(word)
        )
    };
    let (hours, minutes) = word.split_once(':').ok_or_else(not_a_time)?;
    if hours.len() != 2
        || minutes.len() != 2
        || !hours
            .bytes()
            .chain(minutes.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return Err(not_a_time());
    }
    let (hours, minutes): (u16, u16) = (
        hours.parse().map_err(|_| not_a_time())?,
        minutes.parse().map_err(|_| not_a_time())?,
    );
    if minutes > 59 || hours > 24 || (hours == 24 && minutes > 0) {
        return Err(format!(
            "`{word}` is past the end of a day: times run from 00:00 to 24:00"
        ));
    }
    Ok(hours * 60 + minutes)
}

/// What `word` would be as HH:MM, for the message: `9` is 09:00, `13:0` is 13:00.
fn suggested_time(word: &str) -> String {
    let (hours, minutes) = word.split_once(':').unwrap_or((word, "0"));
    match (hours.parse::<u16>(), minutes.parse::<u16>()) {
        (Ok(hours), Ok(minutes)) if hours <= 24 && minutes < 60 => {
            format!("{hours:02}:{minutes:02}")
        }
        _ => "09:00".to_owned(),
    }
}

/// A time zone, by its IANA name (`Europe/Paris`), from the time zone database `jiff`
/// bundles: the zone a panel's opening hours are in.
///
/// ```
/// use dm_button_core::TimeZone;
///
/// let zone: TimeZone = "Europe/Paris".parse()?;
/// assert_eq!(zone.name(), "Europe/Paris");
/// assert_eq!(zone.city(), "Paris");
/// let error = "Europe/Pari".parse::<TimeZone>().unwrap_err();
/// assert!(error.to_string().contains("did you mean `Europe/Paris`?"));
/// let error = "Paris".parse::<TimeZone>().unwrap_err();
/// assert!(error.to_string().contains("did you mean `Europe/Paris`?"));
/// # Ok::<(), dm_button_core::TimeZoneError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeZone {
    name: Arc<str>,
    zone: jiff::tz::TimeZone,
}

/// Why a string is not a [`TimeZone`]: no zone of the database has that name.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TimeZoneError {
    /// What was given.
    pub input: String,
    /// The closest name of the database, if one is close.
    pub suggestion: Option<String>,
}

impl fmt::Display for TimeZoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is no time zone of the IANA database, which names them by region and city, \
             such as Europe/Paris",
            self.input.escape_debug()
        )?;
        match &self.suggestion {
            Some(name) => write!(f, " (did you mean `{name}`?)"),
            None => Ok(()),
        }
    }
}

impl Error for TimeZoneError {}

impl TimeZone {
    /// The zone's IANA name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The zone's city, as people name the time ("Paris time"): the name's last part, its
    /// underscores as spaces (`America/New_York` is New York).
    #[must_use]
    pub fn city(&self) -> String {
        self.name
            .rsplit('/')
            .next()
            .unwrap_or(&self.name)
            .replace('_', " ")
    }

    /// The minute of the week (from Monday 00:00, 0 to 10,079) that `at` is in this zone:
    /// the clock on the wall there, daylight saving time included.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    ///
    /// let paris: dm_button_core::TimeZone = "Europe/Paris".parse()?;
    /// // 2026-03-02T08:00:00Z, a Monday: 09:00 in Paris (UTC+1 in winter).
    /// let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_772_438_400);
    /// assert_eq!(paris.minute_of_week(at), 9 * 60);
    /// # Ok::<(), dm_button_core::TimeZoneError>(())
    /// ```
    #[must_use]
    pub fn minute_of_week(&self, at: std::time::SystemTime) -> u16 {
        local_minute_of_week(&self.zone, at)
    }
}

/// The minute of the week that `at` is in the zone called `name` (an IANA name a `TimeZone`
/// was made of), without making a `TimeZone`: what a static panel does at each render. The
/// zone is looked up in the database once per thread and name, then kept in a small
/// thread-local list that is searched by the name's address (a static panel's name is a
/// `&'static str` of its own), with the UTC offset it last showed and the instant of its
/// next transition: until then, a read is arithmetic. `None` for a name the database lacks.
#[must_use]
pub fn minute_of_week_in(name: &'static str, at: std::time::SystemTime) -> Option<u16> {
    thread_local! {
        static CLOCKS: std::cell::RefCell<Vec<(usize, Clock)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let key = name.as_ptr() as usize;
    CLOCKS.with(|clocks| {
        let mut clocks = clocks.try_borrow_mut().ok()?;
        if let Some((_, clock)) = clocks.iter_mut().find(|(address, _)| *address == key) {
            return Some(clock.minute_of_week(at));
        }
        let mut clock = Clock::new(jiff::tz::db().get(name).ok()?);
        let minute = clock.minute_of_week(at);
        // A few zones a process renders panels in: kept, without growing without end.
        if clocks.len() < 16 {
            clocks.push((key, clock));
        }
        Some(minute)
    })
}

/// A zone's wall clock, read again and again: the UTC offset it shows from the instant it
/// was last read until its next transition (daylight saving time), so that a read in that
/// span is arithmetic, not a search of the zone's rules (which, for the years past its
/// table, means working out that year's transitions).
struct Clock {
    zone: jiff::tz::TimeZone,
    /// The span `[from, until)` in which the zone's offset is `offset` seconds.
    from: jiff::Timestamp,
    until: jiff::Timestamp,
    offset: i64,
}

impl Clock {
    /// The zone's clock, not read yet (an empty span).
    fn new(zone: jiff::tz::TimeZone) -> Self {
        Self {
            zone,
            from: jiff::Timestamp::MAX,
            until: jiff::Timestamp::MIN,
            offset: 0,
        }
    }

    /// The minute of the week of `at` on this clock.
    fn minute_of_week(&mut self, at: std::time::SystemTime) -> u16 {
        minute_at(at, |timestamp| {
            if !(self.from <= timestamp && timestamp < self.until) {
                self.offset = offset_at(&self.zone, timestamp);
                self.from = timestamp;
                self.until = self
                    .zone
                    .following(timestamp)
                    .next()
                    .map_or(jiff::Timestamp::MAX, |transition| transition.timestamp());
            }
            self.offset
        })
    }
}

/// The minute of the week of `at` on the zone's clock: its UTC offset at that instant (the
/// one lookup in the zone's rules), added to the seconds since the epoch.
fn local_minute_of_week(zone: &jiff::tz::TimeZone, at: std::time::SystemTime) -> u16 {
    minute_at(at, |timestamp| offset_at(zone, timestamp))
}

/// The zone's UTC offset at `timestamp`, in seconds.
fn offset_at(zone: &jiff::tz::TimeZone, timestamp: jiff::Timestamp) -> i64 {
    i64::from(zone.to_offset(timestamp).seconds())
}

/// The minute of the week of `at` on a clock whose UTC offset at an instant, in seconds,
/// `offset` gives.
fn minute_at(at: std::time::SystemTime, offset: impl FnOnce(jiff::Timestamp) -> i64) -> u16 {
    let Ok(timestamp) = jiff::Timestamp::try_from(at) else {
        // Beyond jiff's years (-9999 to 9999): no clock to read there.
        return 0;
    };
    week_minute(timestamp.as_second() + offset(timestamp))
}

/// The minute of the week (from Monday 00:00) of `local`, seconds since the epoch on a
/// zone's clock. No calendar is needed: a week is always 10,080 minutes, and the epoch,
/// 1970-01-01, was a Thursday.
fn week_minute(local: i64) -> u16 {
    /// Minutes from a Monday 00:00 to the epoch, a Thursday 00:00.
    const EPOCH_FROM_MONDAY: i64 = 3 * DAY as i64;
    let minute = (local.div_euclid(60) + EPOCH_FROM_MONDAY).rem_euclid(i64::from(WEEK));
    // `rem_euclid` keeps it in 0..WEEK, which a u16 holds.
    u16::try_from(minute).unwrap_or(0)
}

impl FromStr for TimeZone {
    type Err = TimeZoneError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let database = jiff::tz::db();
        if let Ok(zone) = database.get(input) {
            // The database's own spelling of the name, whatever case it was given in.
            let name = zone.iana_name().unwrap_or(input);
            return Ok(Self {
                name: Arc::from(name),
                zone: zone.clone(),
            });
        }
        let names: Vec<String> = database.available().map(|name| name.to_string()).collect();
        let suggestion = closest(input, names.iter().map(String::as_str))
            .or_else(|| {
                // A city alone ("Paris", "New York"): the zone named after it.
                let city = input.replace(' ', "_");
                let cities = names.iter().filter_map(|name| name.rsplit('/').next());
                let found = closest(&city, cities)?;
                names
                    .iter()
                    .find(|name| name.rsplit('/').next() == Some(found))
                    .map(String::as_str)
            })
            .map(str::to_owned);
        Err(TimeZoneError {
            input: input.to_owned(),
            suggestion,
        })
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// The minute of the week, from Monday 00:00, as `Monday 09:00`'s pieces: the weekday (0 for
/// Monday) and `HH:MM`.
pub(crate) fn weekday_and_time(minute_of_week: u16) -> (usize, String) {
    let day = usize::from(minute_of_week / DAY) % 7;
    let minute = minute_of_week % DAY;
    (day, format!("{:02}:{:02}", minute / 60, minute % 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The minute of the week from the offset alone, and from a clock that keeps its offset
    /// until the next transition, is the wall clock's, as jiff's calendar reads it: every 97
    /// minutes over 1969-2027, in zones with half-hour and 45-minute
    /// offsets, a 30-minute daylight saving shift, and both hemispheres.
    #[test]
    fn the_minute_of_the_week_is_the_wall_clocks() {
        let zones = [
            "Europe/Paris",
            "America/New_York",
            "America/St_Johns",
            "Asia/Kathmandu",
            "Australia/Lord_Howe",
            "Pacific/Chatham",
            "UTC",
        ];
        for name in zones {
            let zone = jiff::tz::db().get(name).unwrap();
            // The minute of the week on the wall, from jiff's calendar.
            let wall_minute = |at: std::time::SystemTime| {
                let wall = zone.to_datetime(jiff::Timestamp::try_from(at).unwrap());
                u16::try_from(wall.weekday().to_monday_zero_offset()).unwrap() * DAY
                    + u16::try_from(wall.hour()).unwrap() * 60
                    + u16::try_from(wall.minute()).unwrap()
            };
            let mut clock = Clock::new(zone.clone());
            let mut second: i64 = -365 * 86_400;
            while second < 57 * 365 * 86_400 {
                let timestamp = jiff::Timestamp::from_second(second).unwrap();
                let at = std::time::SystemTime::try_from(timestamp).unwrap();
                let expected = wall_minute(at);
                assert_eq!(
                    local_minute_of_week(&zone, at),
                    expected,
                    "{name} {timestamp}"
                );
                // The clock that keeps its offset until the next transition, read forward,
                // and once in a while back in time (a render for an earlier moment).
                assert_eq!(
                    clock.minute_of_week(at),
                    expected,
                    "{name} {timestamp}, kept"
                );
                if second % 7 == 0 {
                    let earlier = at - std::time::Duration::from_secs(40 * 86_400);
                    assert_eq!(
                        clock.minute_of_week(earlier),
                        wall_minute(earlier),
                        "{name} {earlier:?}"
                    );
                }
                second += 97 * 60 + 13;
            }
        }
    }

    fn hours(text: &str) -> Hours {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn error(text: &str) -> String {
        text.parse::<Hours>().unwrap_err().to_string()
    }

    const MON: u16 = 0;
    const SAT: u16 = 5 * DAY;
    const SUN: u16 = 6 * DAY;

    #[test]
    fn a_range_is_open_from_its_first_minute_to_before_its_last() {
        let h = hours("Mo-Fr 09:00-18:00");
        assert!(!h.is_open(0, 8 * 60 + 59));
        assert!(h.is_open(0, 9 * 60));
        assert!(h.is_open(4, 17 * 60 + 59), "Friday's last minute");
        assert!(!h.is_open(4, 18 * 60));
        assert!(
            !h.is_open(5, 12 * 60) && !h.is_open(6, 12 * 60),
            "the weekend"
        );
    }

    #[test]
    fn a_later_rule_replaces_an_earlier_one_on_its_days() {
        let h = hours("Mo-Sa 09:00-18:00; Sa 10:00-13:00; We off");
        assert!(!h.is_open(5, 9 * 60) && h.is_open(5, 10 * 60) && !h.is_open(5, 13 * 60));
        assert!(!h.is_open(2, 12 * 60), "Wednesday off");
        assert!(h.is_open(1, 12 * 60));
    }

    #[test]
    fn lists_wrapping_ranges_and_every_day() {
        assert!(hours("Mo,We,Fr 08:00-09:00").is_open(2, 8 * 60));
        assert!(!hours("Mo,We,Fr 08:00-09:00").is_open(1, 8 * 60));
        let weekend = hours("Fr-Mo 10:00-12:00");
        assert!(weekend.is_open(6, 11 * 60) && weekend.is_open(0, 11 * 60));
        assert!(!weekend.is_open(1, 11 * 60));
        let daily = hours("08:00-12:00,14:00-18:00");
        assert!((0..7).all(|day| daily.is_open(day, 15 * 60) && !daily.is_open(day, 13 * 60)));
    }

    #[test]
    fn midnight_ends_a_day_and_a_range_may_run_past_it() {
        let late = hours("Fr 22:00-02:00");
        assert!(late.is_open(4, 23 * 60 + 59) && late.is_open(5, 0) && late.is_open(5, 119));
        assert!(!late.is_open(5, 120));
        // Sunday night into Monday morning: the week wraps.
        let sunday = hours("Su 20:00-01:00");
        assert!(sunday.is_open(6, 23 * 60) && sunday.is_open(0, 30));
        let whole_day = hours("Sa 00:00-24:00");
        assert!(
            whole_day.is_open(5, 0) && whole_day.is_open(5, DAY - 1) && !whole_day.is_open(6, 0)
        );
    }

    #[test]
    fn the_next_opening_wraps_the_week() {
        let h = hours("Mo-Fr 09:00-18:00");
        let next = |minute| h.next_opening(minute).map(|index| h.intervals()[index].0);
        assert_eq!(next(MON), Some(9 * 60), "Monday before nine: today");
        assert_eq!(next(MON + 10 * 60), None, "in");
        assert_eq!(
            next(MON + 18 * 60),
            Some(DAY + 9 * 60),
            "Monday evening: Tuesday"
        );
        assert_eq!(next(SAT + 12 * 60), Some(9 * 60), "the weekend: Monday");
        assert_eq!(next(SUN + DAY - 1), Some(9 * 60), "Sunday's last minute");
        // Open across Sunday midnight: Monday 00:00 continues Sunday's opening.
        let nights = hours("Su 20:00-02:00; Mo 10:00-11:00");
        let next = |minute| nights.next_opening(minute).map(|i| nights.intervals()[i].0);
        assert_eq!(next(MON + 3 * 60), Some(10 * 60));
        assert_eq!(next(MON + 12 * 60), Some(SUN + 20 * 60));
        assert_eq!(hours("00:00-24:00").next_opening(SAT), None);
    }

    #[test]
    fn each_mistake_says_where_and_what_to_write() {
        assert_eq!(
            error("Mon-Fri 09:00-18:00"),
            "in the rule `Mon-Fri 09:00-18:00`: `Mon` is not a day: OpenStreetMap writes two \
             letters, Mo Tu We Th Fr Sa Su (did you mean `Mo`?)"
        );
        assert_eq!(
            error("Mo-Fr 9-18"),
            "in the rule `Mo-Fr 9-18`: `9` is not a time: write it HH:MM, such as 09:00"
        );
        assert!(error("Mo-Fr 09:00-25:00").contains("past the end of a day"));
        assert!(error("Mo-Fr 09:00-09:00").contains("starts when it ends"));
        assert!(error("Mo-Fr").contains("has no hours"));
        assert!(error("Mo-Fr 09:00 18:00").contains("one part too many"));
        assert!(error("Mo-Fr 09:00-18:00;; Sa off").contains("two `;`"));
        assert!(error("").contains("empty"));
        assert!(error("Mo 24:00-02:00").contains("starts at 24:00"));
        assert!(error("Mo 0900-1800").contains("such as 09:00"));
        // A trailing `;` is fine, as in OpenStreetMap.
        assert!("Mo-Fr 09:00-18:00;".parse::<Hours>().is_ok());
    }
}
