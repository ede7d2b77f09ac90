//! The panel's markup: a landmark around one `<details>`, whose `<summary>` opens it onto the
//! channels' buttons. No script: the browser opens and closes it, with the mouse, the
//! keyboard, and with JavaScript off.

use crate::panel::words::CONTACT_US;
use crate::render::markup::Label;
use crate::render::sink::{Bound, Measure, Sink};
use crate::{ButtonSpec, ClassList, Dir, ElementId, Lang, Placement, Side};

/// The toggle's icon: a speech bubble, drawn for the crate.
const BUBBLE: &str = concat!(
    r#"<svg class="dm-panel__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" "#,
    r#"fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">"#,
    r#"<path d="M4 4.5h16v11.5H10l-6 4.5z"/><path d="M8 9h8M8 12h5"/></svg>"#,
);

/// Everything a panel has besides its entries: the one description that `dm_panel!` (at
/// compile time) and the `ContactPanel` builder (at run time) render, so their bytes are the
/// same.
///
/// # Markup
///
/// ```html
/// <aside aria-label="{title}"[ id="{id}"][ lang="{lang}"][ dir="rtl"]>
///   <details class="dm-panel dm-panel--{placement} dm-panel--{side}[ {class}]"[ open]>
///     <summary class="dm-panel__toggle"><svg class="dm-panel__icon" aria-hidden="true" ...>...</svg><span class="dm-panel__title">{title}</span></summary>
///     <div class="dm-panel__body">[<p class="dm-panel__greeting">{greeting}</p>]
///       <ul class="dm-panel__list">{entries}</ul>
///     </div>
///   </details>
/// </aside>
/// ```
///
/// written on one line. The `<aside>` makes the panel a landmark of its own, named by its
/// title, so that a screen reader's list of landmarks reaches it. The title is the
/// `<summary>`'s visible words; in a floating panel, the stylesheet shows the bubble's icon
/// only, and the title stays its accessible name. The title is `title` if given and not
/// blank, else the built-in one of `lang` ("Contact us"). Two panels on one page need two
/// titles: a page's landmarks of one kind are told apart by their names. See [`EntrySpec`]
/// for an entry.
///
/// ```
/// use dm_button_core::{ButtonSpec, Contact, EntrySpec, LinkSpec, PanelSpec, Placement};
///
/// let contact: Contact = "whatsapp:+33 6 12 34 56 78".parse()?;
/// let entries = [EntrySpec::new(ButtonSpec::new(LinkSpec::to(&contact)))];
/// let panel = PanelSpec { placement: Placement::Floating, ..PanelSpec::default() };
/// let html = panel.to_html(entries.iter().copied());
/// assert!(html.starts_with(r#"<aside aria-label="Contact us"><details class="dm-panel dm-panel--floating dm-panel--right">"#));
/// assert!(html.contains(&entries[0].button.to_html()));
/// assert!(html.ends_with("</ul></div></details></aside>"));
/// # Ok::<(), dm_button_core::ContactError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PanelSpec<'a> {
    /// The toggle's words and the landmark's name; `None` (or a blank one) for the built-in
    /// title of `lang`.
    pub title: Option<&'a str>,
    /// A sentence above the channels ("We usually answer within the hour.").
    pub greeting: Option<&'a str>,
    /// In the page's flow, or floating in a corner.
    pub placement: Placement,
    /// The corner a floating panel sits in.
    pub side: Side,
    /// Rendered open (`<details open>`).
    pub open: bool,
    /// The language of the built-in words, written as `lang` on the landmark, and the
    /// language of the entries that set none of their own.
    pub lang: Option<Lang>,
    /// The landmark's `id`, for a link to it (`href="#contact"`).
    pub id: Option<&'a ElementId>,
    /// Extra classes on the `<details>`.
    pub class: Option<&'a ClassList>,
}

/// One entry of a panel: a button, and what the panel shows beside it.
///
/// ```html
/// <li class="dm-panel__entry">{the button}[<span class="dm-panel__who" aria-hidden="true">[<span class="dm-panel__name">{name}</span>][ <span class="dm-panel__role">{role}</span>]</span>][<span class="dm-panel__away">{when they answer}</span>][{QR code}]</li>
/// ```
///
/// The button is exactly the `<a>` that `dm_button!` renders for the same keys, `name`
/// and `role` included (they are part of its accessible name: "Ana, Sales: Chat on
/// WhatsApp"), and the panel's `lang` when the entry sets none. Beside it the panel shows
/// the name and the role, hidden from screen readers, which hear them in the link's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntrySpec<'a> {
    /// The button.
    pub button: ButtonSpec<'a>,
    /// The QR code of the button's link, as `qr_svg` (feature `qr`) writes it.
    pub qr: Option<&'a str>,
    /// When the person is away: the note that says when they answer, as
    /// `Schedule::note_at` writes it (`<span class="dm-panel__away">Replies from Monday
    /// 09:00, Paris time</span>`), written as it is.
    pub away: Option<&'a str>,
}

impl<'a> EntrySpec<'a> {
    /// An entry of `button` alone.
    #[must_use]
    pub const fn new(button: ButtonSpec<'a>) -> Self {
        Self {
            button,
            qr: None,
            away: None,
        }
    }

    /// Writes the entry; `lang` is the panel's, for a button that sets none.
    pub(crate) fn put(&self, sink: &mut impl Sink, lang: Option<Lang>) {
        sink.put(r#"<li class="dm-panel__entry">"#);
        let button = ButtonSpec {
            lang: self.button.lang.or(lang),
            ..self.button
        };
        button.put(sink);
        let (name, role) = (self.button.name, self.button.role);
        if name.is_some() || role.is_some() {
            sink.put(r#"<span class="dm-panel__who" aria-hidden="true">"#);
            if let Some(name) = name {
                sink.put(r#"<span class="dm-panel__name">"#);
                sink.put_escaped(name);
                sink.put("</span>");
            }
            if let Some(role) = role {
                if name.is_some() {
                    sink.put(" ");
                }
                sink.put(r#"<span class="dm-panel__role">"#);
                sink.put_escaped(role);
                sink.put("</span>");
            }
            sink.put("</span>");
        }
        if let Some(away) = self.away {
            sink.put(away);
        }
        if let Some(qr) = self.qr {
            sink.put(qr);
        }
        sink.put("</li>");
    }
}

impl PanelSpec<'_> {
    /// The title's words: the given title if not blank, else the built-in one.
    fn title(&self) -> Label<'_> {
        match self.title {
            Some(title) if !title.trim().is_empty() => Label::Given(title),
            _ => Label::BuiltIn(CONTACT_US.get(self.lang.unwrap_or_default())),
        }
    }

    /// Writes everything before the entries.
    pub(crate) fn put_open(&self, sink: &mut impl Sink) {
        let title = self.title();
        sink.put(r#"<aside aria-label=""#);
        title.put(sink);
        sink.put("\"");
        if let Some(id) = self.id {
            sink.put(r#" id=""#);
            sink.put_escaped(id.as_str());
            sink.put("\"");
        }
        if let Some(lang) = self.lang {
            sink.put(r#" lang=""#);
            sink.put(lang.code());
            sink.put("\"");
            if lang.dir() == Dir::Rtl {
                sink.put(r#" dir="rtl""#);
            }
        }
        sink.put(r#"><details class="dm-panel dm-panel--"#);
        sink.put(self.placement.as_str());
        sink.put(" dm-panel--");
        sink.put(self.side.as_str());
        if let Some(class) = self.class {
            sink.put(" ");
            sink.put_escaped(class.as_str());
        }
        sink.put(if self.open { "\" open>" } else { "\">" });
        sink.put(r#"<summary class="dm-panel__toggle">"#);
        sink.put(BUBBLE);
        sink.put(r#"<span class="dm-panel__title">"#);
        title.put(sink);
        sink.put(r#"</span></summary><div class="dm-panel__body">"#);
        if let Some(greeting) = self.greeting.filter(|greeting| !greeting.trim().is_empty()) {
            sink.put(r#"<p class="dm-panel__greeting">"#);
            sink.put_escaped(greeting);
            sink.put("</p>");
        }
        sink.put(r#"<ul class="dm-panel__list">"#);
    }

    /// Writes everything after the entries.
    pub(crate) fn put_close(sink: &mut impl Sink) {
        sink.put("</ul></div></details></aside>");
    }

    fn put<'e>(&self, sink: &mut impl Sink, entries: impl Iterator<Item = EntrySpec<'e>>) {
        self.put_open(sink);
        for entry in entries {
            entry.put(sink, self.lang);
        }
        Self::put_close(sink);
    }

    /// A length the panel's markup with `entries` cannot exceed, found without escaping or
    /// encoding anything (each escaped or encoded piece counted at its longest). The
    /// run-time panel finds it once, when it is built, and hands it to
    /// [`render_to`](Self::render_to) at each render.
    ///
    /// ```
    /// use dm_button_core::{ButtonSpec, Contact, EntrySpec, LinkSpec, PanelSpec};
    ///
    /// let contact: Contact = "x:3805104374".parse()?;
    /// let entries = [EntrySpec::new(ButtonSpec::new(LinkSpec::to(&contact).text(Some("<hi>"))))];
    /// let panel = PanelSpec { title: Some("Ask \"us\""), ..PanelSpec::default() };
    /// assert!(panel.max_len(entries.iter().copied()) >= panel.to_html(entries.iter().copied()).len());
    /// # Ok::<(), dm_button_core::ContactError>(())
    /// ```
    #[must_use]
    pub fn max_len<'e>(&self, entries: impl Iterator<Item = EntrySpec<'e>>) -> usize {
        let mut bound = Bound::default();
        self.put(&mut bound, entries);
        bound.0
    }

    /// Appends the panel with `entries` to `out`. `max_len` is a length the markup cannot
    /// exceed, from [`max_len`](Self::max_len) (plus, for entries that may carry an away
    /// note, the longest note each can carry): when `out` has that much room, nothing is
    /// measured and nothing allocated; when it lacks it, the exact length is measured
    /// (`entries` is walked twice) and reserved in one allocation.
    ///
    /// ```
    /// use dm_button_core::{ButtonSpec, Contact, EntrySpec, LinkSpec, PanelSpec};
    ///
    /// let contact: Contact = "x:3805104374".parse()?;
    /// let entries = [EntrySpec::new(ButtonSpec::new(LinkSpec::to(&contact)))];
    /// let panel = PanelSpec::default();
    /// let max_len = panel.max_len(entries.iter().copied());
    /// let mut page = String::with_capacity(max_len);
    /// let room = page.capacity();
    /// panel.render_to(entries.iter().copied(), max_len, &mut page);
    /// assert_eq!(page, panel.to_html(entries.iter().copied()));
    /// assert_eq!(page.capacity(), room); // it had room: nothing was allocated
    /// # Ok::<(), dm_button_core::ContactError>(())
    /// ```
    pub fn render_to<'e>(
        &self,
        entries: impl Iterator<Item = EntrySpec<'e>> + Clone,
        max_len: usize,
        out: &mut String,
    ) {
        if max_len > out.capacity() - out.len() {
            let mut measure = Measure::default();
            self.put(&mut measure, entries.clone());
            out.reserve(measure.0);
        }
        let before = out.len();
        self.put(out, entries);
        debug_assert!(
            out.len() - before <= max_len,
            "the panel's markup is {} bytes, above the bound of {max_len} it was given",
            out.len() - before
        );
    }

    /// The panel with `entries`, in a `String` of exactly its length (`entries` is walked
    /// twice: to measure, then to write).
    #[must_use]
    pub fn to_html<'e>(&self, entries: impl Iterator<Item = EntrySpec<'e>> + Clone) -> String {
        let mut measure = Measure::default();
        self.put(&mut measure, entries.clone());
        let mut html = String::with_capacity(measure.0);
        self.put(&mut html, entries);
        html
    }

    /// Writes the panel with `entries` piece by piece into `out`, a writer that is not a
    /// `String` (a template engine's output).
    ///
    /// # Errors
    ///
    /// The writer's.
    pub fn write_into<'e, W: std::fmt::Write + ?Sized>(
        &self,
        entries: impl Iterator<Item = EntrySpec<'e>>,
        out: &mut W,
    ) -> std::fmt::Result {
        let mut sink = crate::render::sink::FmtSink::new(out);
        self.put(&mut sink, entries);
        sink.finish()
    }
}
