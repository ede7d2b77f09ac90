//! The run-time contact panel.

use std::borrow::Cow;
use std::fmt;

use dm_button_core::{
    ButtonSpec, ClassList, ElementId, EntrySpec, Lang, PanelError, PanelSpec, Placement, Side,
};

use crate::DmButton;
use crate::builder::AnyButton;
use crate::state::Mode;

/// A contact panel built at run time: several buttons behind one toggle, in the page or
/// floating in a corner, with no script. It has the options of
/// [`dm_panel!`](crate::dm_panel), one method per key, takes the buttons as [`DmButton`]s
/// (of any platform, [`DmButton::to`] ones included), follows the same rules and, once
/// [`build`](Self::build) has checked them, renders the same bytes.
///
/// ```
/// use dm_button::{ContactPanel, DmButton, Placement, PhoneNumber, RecipientId, dm_panel};
///
/// let number: PhoneNumber = "+33 6 12 34 56 78".parse()?; // from a database, say
/// let panel = ContactPanel::new()
///     .title("Talk to us")
///     .greeting("We usually answer within the hour.")
///     .placement(Placement::Floating)
///     .button(DmButton::whatsapp(number).text("Bonjour !").name("Ana").role("Sales"))
///     .button(DmButton::new(RecipientId::try_from(3805104374_u64)?))
///     .build()?;
///
/// let same = dm_panel!(
///     title = "Talk to us",
///     greeting = "We usually answer within the hour.",
///     placement = "floating",
///     buttons = [
///         (whatsapp = "+33 6 12 34 56 78", text = "Bonjour !", name = "Ana", role = "Sales"),
///         (recipient = 3805104374),
///     ],
/// );
/// assert_eq!(panel.to_html(), same.as_str());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[must_use = "a panel does nothing until it is built and rendered"]
pub struct ContactPanel<'a> {
    title: Option<Cow<'a, str>>,
    greeting: Option<Cow<'a, str>>,
    placement: Placement,
    side: Side,
    open: bool,
    qr: bool,
    lang: Option<Lang>,
    id: Option<ElementId>,
    class: Option<ClassList>,
    #[cfg(feature = "hours")]
    time_zone: Option<dm_button_core::TimeZone>,
    buttons: Vec<Entry<'a>>,
}

/// A button of the panel, and its opening hours.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry<'a> {
    button: AnyButton<'a>,
    #[cfg(feature = "hours")]
    hours: Option<dm_button_core::Hours>,
}

impl<'a> ContactPanel<'a> {
    /// An inline panel with no button yet, the built-in title, closed.
    pub fn new() -> Self {
        Self::default()
    }

    /// The toggle's words and the landmark's name (`title`); a blank one means the built-in
    /// title ("Contact us", or its translation for [`lang`](Self::lang)).
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, RecipientId};
    ///
    /// let panel = ContactPanel::new().title("Ask <us>").button(DmButton::new(RecipientId::MIN)).build()?;
    /// assert!(panel.to_html().starts_with(r#"<aside aria-label="Ask &lt;us&gt;">"#));
    /// # Ok::<(), dm_button::PanelError>(())
    /// ```
    pub fn title(mut self, title: impl Into<Cow<'a, str>>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// A sentence above the buttons (`greeting`), HTML-escaped.
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, RecipientId};
    ///
    /// let panel = ContactPanel::new().greeting("Hi!").button(DmButton::new(RecipientId::MIN)).build()?;
    /// assert!(panel.to_html().contains(r#"<p class="dm-panel__greeting">Hi!</p>"#));
    /// # Ok::<(), dm_button::PanelError>(())
    /// ```
    pub fn greeting(mut self, greeting: impl Into<Cow<'a, str>>) -> Self {
        self.greeting = Some(greeting.into());
        self
    }

    /// In the page's flow (the default) or floating in a corner (`placement`).
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, Placement, RecipientId};
    ///
    /// let panel = ContactPanel::new().placement(Placement::Floating).button(DmButton::new(RecipientId::MIN)).build()?;
    /// assert!(panel.to_html().contains("dm-panel--floating"));
    /// # Ok::<(), dm_button::PanelError>(())
    /// ```
    pub fn placement(mut self, placement: Placement) -> Self {
        self.placement = placement;
        self
    }

    /// The corner of a floating panel (`side`), mirrored on a right-to-left page.
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, RecipientId, Side};
    ///
    /// let panel = ContactPanel::new().side(Side::Left).button(DmButton::new(RecipientId::MIN)).build()?;
    /// assert!(panel.to_html().contains("dm-panel--left"));
    /// # Ok::<(), dm_button::PanelError>(())
    /// ```
    pub fn side(mut self, side: Side) -> Self {
        self.side = side;
        self
    }

    /// Rendered open (`open`).
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, RecipientId};
    ///
    /// let panel = ContactPanel::new().open(true).button(DmButton::new(RecipientId::MIN)).build()?;
    /// assert!(panel.to_html().contains(r#"dm-panel--right" open>"#));
    /// # Ok::<(), dm_button::PanelError>(())
    /// ```
    pub fn open(mut self, open: bool) -> Self {
        self.open = open;
        self
    }

    /// A QR code beside each button whose link needs a phone (`qr`), shown to a desktop's
    /// pointer only (feature `qr`).
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, PhoneNumber};
    ///
    /// let number: PhoneNumber = "+33 6 12 34 56 78".parse()?;
    /// let panel = ContactPanel::new().qr(true).button(DmButton::whatsapp(number)).build()?;
    /// assert!(panel.to_html().contains(r#"<svg class="dm-qr""#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "qr")]
    pub fn qr(mut self, qr: bool) -> Self {
        self.qr = qr;
        self
    }

    /// The language (`lang`) of the built-in title and of the buttons that set none.
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, Lang, RecipientId};
    ///
    /// let panel = ContactPanel::new().lang(Lang::Fr).button(DmButton::new(RecipientId::MIN)).build()?;
    /// assert!(panel.to_html().starts_with(r#"<aside aria-label="Nous contacter" lang="fr">"#));
    /// # Ok::<(), dm_button::PanelError>(())
    /// ```
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = Some(lang);
        self
    }

    /// The landmark's `id` (`id`).
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, RecipientId};
    ///
    /// let panel = ContactPanel::new().id("contact".parse()?).button(DmButton::new(RecipientId::MIN)).build()?;
    /// assert!(panel.to_html().contains(r#" id="contact""#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn id(mut self, id: ElementId) -> Self {
        self.id = Some(id);
        self
    }

    /// Extra classes on the `<details>` (`class`).
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, RecipientId};
    ///
    /// let panel = ContactPanel::new().class("site-help".parse()?).button(DmButton::new(RecipientId::MIN)).build()?;
    /// assert!(panel.to_html().contains("dm-panel--right site-help"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn class(mut self, class: ClassList) -> Self {
        self.class = Some(class);
        self
    }

    /// Adds a button (an entry of `buttons`): any platform's, with any options. Its
    /// [`name`](DmButton::name) and [`role`](DmButton::role) are shown beside it.
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, RecipientId};
    ///
    /// let panel = ContactPanel::new().button(DmButton::new(RecipientId::MIN).name("Ana")).build()?;
    /// assert!(panel.to_html().contains(r#"<span class="dm-panel__name">Ana</span>"#));
    /// # Ok::<(), dm_button::PanelError>(())
    /// ```
    pub fn button<M: Mode>(mut self, button: DmButton<'a, M>) -> Self {
        self.buttons.push(Entry {
            button: button.into_any(),
            #[cfg(feature = "hours")]
            hours: None,
        });
        self
    }

    /// Adds a button (an entry of `buttons`) with the opening hours of the person who
    /// answers (its `hours`, feature `hours`): outside them, the panel says beside it when
    /// they answer, in the panel's [`time_zone`](Self::time_zone). Its link still works.
    ///
    /// ```
    /// use dm_button::{ContactPanel, DmButton, PhoneNumber};
    ///
    /// let number: PhoneNumber = "+33 6 12 34 56 78".parse()?;
    /// let panel = ContactPanel::new()
    ///     .time_zone("Europe/Paris".parse()?)
    ///     .button_with_hours(DmButton::whatsapp(number), "Mo-Fr 09:00-18:00".parse()?)
    ///     .build()?;
    /// # let _ = panel;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "hours")]
    pub fn button_with_hours<M: Mode>(
        mut self,
        button: DmButton<'a, M>,
        hours: dm_button_core::Hours,
    ) -> Self {
        self.buttons.push(Entry {
            button: button.into_any(),
            hours: Some(hours),
        });
        self
    }

    /// The time zone of the buttons' opening hours (`timezone`, feature `hours`).
    ///
    /// ```
    /// let zone: dm_button::TimeZone = "America/New_York".parse()?;
    /// assert_eq!(zone.city(), "New York");
    /// let panel = dm_button::ContactPanel::new().time_zone(zone);
    /// # let _ = panel;
    /// # Ok::<(), dm_button::TimeZoneError>(())
    /// ```
    #[cfg(feature = "hours")]
    pub fn time_zone(mut self, zone: dm_button_core::TimeZone) -> Self {
        self.time_zone = Some(zone);
        self
    }

    /// Checks the panel and draws its QR codes: the panel, ready to render.
    ///
    /// # Errors
    ///
    /// [`PanelError::NoButtons`] without a button; [`PanelError::QrWithoutPhone`] with QR
    /// codes and no button whose link needs a phone; `PanelError::QrTooLong` when a link is
    /// longer than a QR code holds.
    ///
    /// ```
    /// use dm_button::{ContactPanel, PanelError};
    ///
    /// assert_eq!(ContactPanel::new().build().unwrap_err(), PanelError::NoButtons);
    /// ```
    pub fn build(self) -> Result<Panel<'a>, PanelError> {
        if self.buttons.is_empty() {
            return Err(PanelError::NoButtons);
        }
        if self.qr
            && !self
                .buttons
                .iter()
                .any(|entry| entry.button.platform().needs_phone())
        {
            return Err(PanelError::QrWithoutPhone);
        }
        let codes = self.qr_codes()?;
        let schedules = self.schedules()?;
        Ok(Panel {
            panel: self,
            codes,
            schedules,
            routes: Vec::new(),
            max_len: 0,
        }
        .bounded())
    }

    #[cfg(feature = "hours")]
    fn schedules(&self) -> Result<Vec<Option<dm_button_core::Schedule>>, PanelError> {
        let with_hours = self.buttons.iter().position(|entry| entry.hours.is_some());
        match (&self.time_zone, with_hours) {
            (None, Some(button)) => Err(PanelError::HoursWithoutTimeZone { button }),
            (Some(_), None) => Err(PanelError::TimeZoneWithoutHours),
            (zone, _) => Ok(self
                .buttons
                .iter()
                .map(|entry| {
                    let (hours, zone) = (entry.hours.as_ref()?, zone.as_ref()?);
                    Some(dm_button_core::Schedule::new(
                        hours,
                        zone,
                        self.lang.unwrap_or_default(),
                    ))
                })
                .collect()),
        }
    }

    #[cfg(not(feature = "hours"))]
    fn schedules(&self) -> Result<Vec<Option<()>>, PanelError> {
        Ok(vec![None; self.buttons.len()])
    }

    #[cfg(feature = "qr")]
    fn qr_codes(&self) -> Result<Vec<Option<String>>, PanelError> {
        self.buttons
            .iter()
            .enumerate()
            .map(|(index, entry)| {
                if !self.qr || !entry.button.platform().needs_phone() {
                    return Ok(None);
                }
                dm_button_core::entry_qr_svg(&entry.button.spec(), self.lang)
                    .map(Some)
                    .map_err(|source| PanelError::QrTooLong {
                        button: index,
                        source,
                    })
            })
            .collect()
    }

    #[cfg(not(feature = "qr"))]
    fn qr_codes(&self) -> Result<Vec<Option<String>>, PanelError> {
        Ok(vec![None; self.buttons.len()])
    }

    fn spec(&self) -> PanelSpec<'_> {
        PanelSpec {
            title: self.title.as_deref(),
            greeting: self.greeting.as_deref(),
            placement: self.placement,
            side: self.side,
            open: self.open,
            lang: self.lang,
            id: self.id.as_ref(),
            class: self.class.as_ref(),
        }
    }

    /// The panel with its borrowed text copied: one that outlives the data it was made from.
    pub fn into_owned(self) -> ContactPanel<'static> {
        let owned = |text: Option<Cow<'_, str>>| text.map(|text| Cow::Owned(text.into_owned()));
        ContactPanel {
            title: owned(self.title),
            greeting: owned(self.greeting),
            placement: self.placement,
            side: self.side,
            open: self.open,
            qr: self.qr,
            lang: self.lang,
            id: self.id,
            class: self.class,
            #[cfg(feature = "hours")]
            time_zone: self.time_zone,
            buttons: self
                .buttons
                .into_iter()
                .map(|entry| Entry {
                    button: entry.button.into_owned(),
                    #[cfg(feature = "hours")]
                    hours: entry.hours,
                })
                .collect(),
        }
    }
}

/// A contact panel checked by [`ContactPanel::build`], with its QR codes drawn: rendering it
/// writes the markup `dm_panel!` gives for the same options, and allocates nothing when the
/// buffer has room.
///
/// It renders with [`Display`](fmt::Display), and as markup in every template engine the
/// crate supports (see [In templates](crate#in-templates)).
///
/// ```
/// use dm_button::{ContactPanel, DmButton, RecipientId};
///
/// let panel = ContactPanel::new().button(DmButton::new(RecipientId::MIN)).build()?;
/// let mut page = String::with_capacity(4096);
/// panel.render_to(&mut page);
/// assert_eq!(page, panel.to_string());
/// # Ok::<(), dm_button::PanelError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel<'a> {
    panel: ContactPanel<'a>,
    codes: Vec<Option<String>>,
    #[cfg(feature = "hours")]
    schedules: Vec<Option<dm_button_core::Schedule>>,
    #[cfg(not(feature = "hours"))]
    schedules: Vec<Option<()>>,
    /// The buttons' counting routes, one per button, for a panel given to
    /// [`ClickRoutes::panel`](crate::ClickRoutes::panel); none otherwise.
    routes: Vec<String>,
    /// A length the markup cannot exceed at any moment, found once (see
    /// [`bounded`](Self::bounded)): a render into a buffer with this much room measures
    /// nothing.
    max_len: usize,
}

impl Panel<'_> {
    /// The entries as they are at `minute` of the week (in the hours' time zone; `None`
    /// for a panel without hours).
    fn entries(&self, minute: Option<u16>) -> impl Iterator<Item = EntrySpec<'_>> + Clone {
        self.panel
            .buttons
            .iter()
            .zip(&self.codes)
            .zip(&self.schedules)
            .enumerate()
            .map(move |(index, ((entry, qr), schedule))| EntrySpec {
                qr: qr.as_deref(),
                away: away(schedule.as_ref(), minute),
                ..EntrySpec::new(ButtonSpec {
                    route: self.routes.get(index).map(String::as_str),
                    ..entry.button.spec()
                })
            })
    }

    /// The panel with its [`max_len`](Self::max_len) found: the bound of its markup without
    /// away notes, plus the longest note of each button's schedule.
    fn bounded(self) -> Self {
        let notes: usize = self
            .schedules
            .iter()
            .map(|schedule| longest_note(schedule.as_ref()))
            .sum();
        let max_len = self
            .panel
            .spec()
            .max_len(self.entries(None))
            .saturating_add(notes);
        Self { max_len, ..self }
    }

    /// The buttons, in order, as they render without counting routes.
    pub(crate) fn buttons(&self) -> impl Iterator<Item = ButtonSpec<'_>> {
        self.panel.buttons.iter().map(|entry| entry.button.spec())
    }

    /// The panel with each button's `href` at its counting route (one path per button).
    pub(crate) fn counted(self, routes: Vec<String>) -> Self {
        debug_assert_eq!(
            routes.len(),
            self.panel.buttons.len(),
            "one route per button"
        );
        Self { routes, ..self }.bounded()
    }

    /// The minute of the week it is now in the hours' time zone, for a panel with hours.
    fn now(&self) -> Option<u16> {
        #[cfg(feature = "hours")]
        if let Some(zone) = &self.panel.time_zone {
            return Some(zone.minute_of_week(std::time::SystemTime::now()));
        }
        None
    }

    /// Appends the markup as it is now to `buffer`: no allocation when it has room for the
    /// longest markup the panel can have (a bound found once, when it was built), else one,
    /// of the exact length. With opening hours, a button whose person is out has its note.
    pub fn render_to(&self, buffer: &mut String) {
        self.render_at_minute(self.now(), buffer);
    }

    /// Appends the markup as it is at `minute` of the week (in the hours' time zone; `None`
    /// for a panel without hours) to `buffer`, with the bound found when it was built.
    fn render_at_minute(&self, minute: Option<u16>, buffer: &mut String) {
        self.panel
            .spec()
            .render_to(self.entries(minute), self.max_len, buffer);
    }

    /// Appends the markup as it is at `at` to `buffer` (feature `hours`): each button with
    /// opening hours whose person is out then says when they answer.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use dm_button::{ContactPanel, DmButton, dm_panel};
    ///
    /// let panel = ContactPanel::new()
    ///     .time_zone("Europe/Paris".parse()?)
    ///     .button_with_hours(DmButton::email("hello@example.com".parse()?), "Mo-Fr 09:00-18:00".parse()?)
    ///     .build()?;
    /// const SAME: dm_button::StaticPanel = dm_panel!(
    ///     timezone = "Europe/Paris",
    ///     buttons = [(email = "hello@example.com", hours = "Mo-Fr 09:00-18:00")],
    /// );
    /// let saturday = SystemTime::UNIX_EPOCH + Duration::from_secs(1_772_881_200);
    /// let (mut built, mut from_macro) = (String::new(), String::new());
    /// panel.render_at(saturday, &mut built);
    /// SAME.render_at(saturday, &mut from_macro);
    /// assert_eq!(built, from_macro);
    /// assert!(built.contains("Replies from Monday 09:00, Paris time"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "hours")]
    pub fn render_at(&self, at: std::time::SystemTime, buffer: &mut String) {
        let minute = self
            .panel
            .time_zone
            .as_ref()
            .map(|zone| zone.minute_of_week(at));
        self.render_at_minute(minute, buffer);
    }

    /// The markup as it is now, in a `String` of exactly its length.
    #[must_use]
    pub fn to_html(&self) -> String {
        self.panel.spec().to_html(self.entries(self.now()))
    }

    /// Writes the markup as it is now into `out` piece by piece: for a writer that is not a
    /// `String`.
    ///
    /// # Errors
    ///
    /// The writer's.
    pub fn write_into<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        self.panel.spec().write_into(self.entries(self.now()), out)
    }
}

/// The away note of a button's schedule at `minute`.
#[cfg(feature = "hours")]
fn away(schedule: Option<&dm_button_core::Schedule>, minute: Option<u16>) -> Option<&str> {
    schedule?.note_at(minute?)
}

/// The length of the longest away note of a button's schedule.
#[cfg(feature = "hours")]
fn longest_note(schedule: Option<&dm_button_core::Schedule>) -> usize {
    schedule.map_or(0, dm_button_core::Schedule::longest_note)
}

#[cfg(not(feature = "hours"))]
fn longest_note(_: Option<&()>) -> usize {
    0
}

#[cfg(not(feature = "hours"))]
fn away(_: Option<&()>, _: Option<u16>) -> Option<&'static str> {
    None
}

impl fmt::Display for Panel<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_into(f)
    }
}
