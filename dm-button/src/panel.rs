//! The run-time contact panel.

use std::borrow::Cow;
use std::fmt;

use dm_button_core::{
    ClassList, ElementId, EntrySpec, Lang, PanelError, PanelSpec, Placement, Side,
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
    buttons: Vec<AnyButton<'a>>,
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
        self.buttons.push(button.into_any());
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
                .any(|button| button.platform().needs_phone())
        {
            return Err(PanelError::QrWithoutPhone);
        }
        let codes = self.qr_codes()?;
        Ok(Panel { panel: self, codes })
    }

    #[cfg(feature = "qr")]
    fn qr_codes(&self) -> Result<Vec<Option<String>>, PanelError> {
        self.buttons
            .iter()
            .enumerate()
            .map(|(index, button)| {
                if !self.qr || !button.platform().needs_phone() {
                    return Ok(None);
                }
                dm_button_core::entry_qr_svg(&button.spec(), self.lang)
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
            buttons: self
                .buttons
                .into_iter()
                .map(AnyButton::into_owned)
                .collect(),
        }
    }
}

/// A contact panel checked by [`ContactPanel::build`], with its QR codes drawn: rendering it
/// writes the markup `dm_panel!` gives for the same options, and allocates nothing when the
/// buffer has room.
///
/// It implements `maud::Render`, askama's `HtmlSafe`, `From<&Panel> for minijinja::Value`
/// (with their features) and [`Display`](fmt::Display).
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
}

impl Panel<'_> {
    fn entries(&self) -> impl Iterator<Item = EntrySpec<'_>> + Clone {
        self.panel
            .buttons
            .iter()
            .zip(&self.codes)
            .map(|(button, qr)| EntrySpec {
                qr: qr.as_deref(),
                ..EntrySpec::new(button.spec())
            })
    }

    /// Appends the markup to `buffer`: at most one allocation, none when it has room.
    pub fn render_to(&self, buffer: &mut String) {
        self.panel.spec().render_to(self.entries(), buffer);
    }

    /// The markup, in a `String` of exactly its length.
    #[must_use]
    pub fn to_html(&self) -> String {
        self.panel.spec().to_html(self.entries())
    }

    /// Writes the markup into `out` piece by piece: for a writer that is not a `String`.
    ///
    /// # Errors
    ///
    /// The writer's.
    pub fn write_into<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        self.panel.spec().write_into(self.entries(), out)
    }
}

impl fmt::Display for Panel<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_into(f)
    }
}

#[cfg(feature = "maud")]
impl maud::Render for Panel<'_> {
    fn render_to(&self, buffer: &mut String) {
        Panel::render_to(self, buffer);
    }
}
