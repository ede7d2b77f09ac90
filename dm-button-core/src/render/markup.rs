//! The button's markup: the crate's own (static) markup, or X's widget markup.

use std::fmt;

use crate::options::lang::Labels;
use crate::render::link::Within;
use crate::render::sink::{Bound, FmtSink, Measure, Sink};
use crate::{ClassList, Dir, ElementId, Lang, LinkSpec, ScreenName, Style, WidgetStyle};

/// Which markup the button is: the crate's own, or X's widget.
///
/// The widget's options exist only in the widget variant, so a static button with X's
/// script, or a widget in a style X does not have, cannot be written down.
///
/// ```
/// use dm_button_core::{Look, Style, WidgetStyle};
///
/// let own = Look::Static(Style::Icon);
/// let x = Look::Widget { style: WidgetStyle::Large, script: true, dnt: false };
/// assert_ne!(own, x);
/// assert_eq!(Look::default(), Look::Static(Style::Compact));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Look {
    /// The crate's own markup, styled by its stylesheet: no script.
    Static(Style),
    /// X's documented markup (`class="twitter-dm-button"` and `data-*`), for X's script.
    Widget {
        /// `data-size`.
        style: WidgetStyle,
        /// Whether to append X's loader, [`WIDGET_SCRIPT`](crate::WIDGET_SCRIPT).
        script: bool,
        /// `data-dnt="true"`: asks X not to use the visit for personalization.
        dnt: bool,
    },
}

impl Default for Look {
    fn default() -> Self {
        Self::Static(Style::Compact)
    }
}

/// A screen name, and whether the label shows it.
///
/// ```
/// use dm_button_core::ShownName;
///
/// let name = ShownName { name: "furni".parse()?, shown: false };
/// assert_eq!(name.name.as_str(), "furni");
/// # Ok::<(), dm_button_core::ScreenNameError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShownName {
    /// The screen name.
    pub name: ScreenName,
    /// Whether the label shows `@name`. When it does not, the crate's own markup still
    /// names the account in the button's tooltip (`title`), and X's widget gets
    /// `data-show-screen-name="false"`.
    pub shown: bool,
}

/// Everything that makes a button: the one description that both the `dm_button!` macro
/// (at compile time) and the `DmButton` builder (at run time) render, so their bytes are the
/// same.
///
/// Fill it with struct-update syntax from [`ButtonSpec::new`].
///
/// # Markup
///
/// The crate's own markup (`Look::Static`) is one `<a>`:
///
/// ```html
/// <a class="dm-button dm-button--{style} dm-button--{platform}[ {class}]" href="{link, & as &amp;}"[ id="{id}"]
///    [ lang="{lang}"][ dir="rtl"][ target="_blank" rel="noopener noreferrer"]
///    [ aria-label="..."][ title="..."]>
///   <svg class="dm-button__icon" aria-hidden="true" ...>...</svg>
///   <span class="dm-button__label">{label}</span>[ <span class="dm-button__screen-name">@{name}</span>]
/// </a>
/// ```
///
/// written on one line. The platform's class (its slug, [`Platform::as_str`](crate::Platform::as_str))
/// gives it its colours, and its icon is its own. The label
/// is `label` if given and not blank, else the built-in label of `lang` (English by
/// default), which names the platform. The `icon` style has no visible text: its
/// accessible name is an `aria-label` (the label, and `@name` when shown), repeated as a
/// tooltip. A screen name that is not shown goes into the tooltip (`title`) of any style.
/// A button that names the person who answers (`name`, `role`) has an `aria-label` in any
/// style, which puts them first: "Ana, Sales: Chat on WhatsApp".
///
/// X's widget markup (`Look::Widget`) is the anchor X documents, with the label as its text:
///
/// ```html
/// <a class="twitter-dm-button[ {class}]" href="..."[ id][ lang][ dir][ target rel]
///    [ data-screen-name="@{name}"][ data-show-screen-name="false"][ data-size="large"]
///    [ data-lang="{lang}"][ data-dnt="true"]>{label}[ @{name}]</a>[{WIDGET_SCRIPT}]
/// ```
///
/// ```
/// use dm_button_core::{ButtonSpec, Contact, Lang, LinkSpec, Look, RecipientId, ShownName, Style};
///
/// let contact = Contact::X(RecipientId::MIN);
/// let spec = ButtonSpec {
///     look: Look::Static(Style::Large),
///     screen_name: Some(ShownName { name: "furni".parse()?, shown: true }),
///     lang: Some(Lang::Fr),
///     ..ButtonSpec::new(LinkSpec::to(&contact).text(Some("Bonjour")))
/// };
/// let html = spec.to_html();
/// assert_eq!(
///     html,
///     format!(
///         r#"<a class="dm-button dm-button--large dm-button--x" href="https://x.com/messages/compose?recipient_id=1&amp;text=Bonjour" lang="fr">{}{}</a>"#,
///         dm_button_core::Platform::X.icon_svg(),
///         r#"<span class="dm-button__label">Envoyer un message</span> <span class="dm-button__screen-name">@furni</span>"#,
///     )
/// );
/// assert_eq!(html.len(), spec.rendered_len());
/// # Ok::<(), dm_button_core::ScreenNameError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ButtonSpec<'a> {
    /// The link the button opens.
    pub link: LinkSpec<'a>,
    /// Which markup, and its style.
    pub look: Look,
    /// The account's screen name, and whether the label shows it.
    pub screen_name: Option<ShownName>,
    /// The label; `None` (or a blank one) for the built-in label of `lang`.
    pub label: Option<&'a str>,
    /// The language of the built-in label, also written as `lang` (and `data-lang`).
    pub lang: Option<Lang>,
    /// Open the link in a new tab (`target="_blank"`), where it opens a page.
    pub new_tab: bool,
    /// Extra classes.
    pub class: Option<&'a ClassList>,
    /// The `id` attribute.
    pub id: Option<&'a ElementId>,
    /// The name of the person who answers, put before the label in the button's accessible
    /// name ("Ana, Sales: Chat on WhatsApp"); a panel shows it beside the button.
    pub name: Option<&'a str>,
    /// The role of the person who answers, after the name in the accessible name.
    pub role: Option<&'a str>,
    /// A path on the application's own site for the `href` instead of the link: a route
    /// that counts the click and redirects to the link (dm-button's `ClickRoutes`). The
    /// caller checks the path; it is escaped all the same.
    pub route: Option<&'a str>,
}

impl<'a> ButtonSpec<'a> {
    /// A compact static button for `link`, with the built-in English label and no options.
    ///
    /// ```
    /// use dm_button_core::{ButtonSpec, LinkSpec, RecipientId};
    ///
    /// let contact = dm_button_core::Contact::X(dm_button_core::RecipientId::MIN);
    /// let html = ButtonSpec::new(LinkSpec::to(&contact)).to_html();
    /// assert!(html.contains(r#"<span class="dm-button__label">Message</span>"#));
    /// ```
    #[must_use]
    pub const fn new(link: LinkSpec<'a>) -> Self {
        Self {
            link,
            look: Look::Static(Style::Compact),
            screen_name: None,
            label: None,
            lang: None,
            new_tab: false,
            class: None,
            id: None,
            name: None,
            role: None,
            route: None,
        }
    }

    /// Appends the markup to `out`: at most one allocation, none when `out` has room.
    ///
    /// When `out` may lack room, the exact length is measured and reserved first. When it has
    /// room for the longest this button could be (every escapable byte escaped), measuring
    /// is skipped: reserving would change nothing.
    ///
    /// ```
    /// use dm_button_core::{ButtonSpec, LinkSpec, RecipientId};
    ///
    /// let contact = dm_button_core::Contact::X(dm_button_core::RecipientId::MIN);
    /// let spec = ButtonSpec::new(LinkSpec::to(&contact));
    /// let mut page = String::from("<footer>");
    /// spec.render_to(&mut page);
    /// page.push_str("</footer>");
    /// assert!(page.starts_with("<footer><a ") && page.ends_with("</a></footer>"));
    /// ```
    pub fn render_to(&self, out: &mut String) {
        if self.max_len() > out.capacity() - out.len() {
            out.reserve(self.rendered_len());
        }
        self.put(out);
    }

    /// A length the markup cannot exceed, found without reading the text or the label.
    ///
    /// ```
    /// use dm_button_core::{ButtonSpec, LinkSpec, RecipientId};
    ///
    /// let contact = dm_button_core::Contact::X(dm_button_core::RecipientId::MAX);
    /// let spec = ButtonSpec { label: Some("\"<&>\""), ..ButtonSpec::new(LinkSpec::to(&contact)) };
    /// assert!(spec.max_len() >= spec.rendered_len());
    /// ```
    #[must_use]
    pub fn max_len(&self) -> usize {
        let mut bound = Bound::default();
        self.put(&mut bound);
        bound.0
    }

    /// The length of the markup in bytes.
    ///
    /// ```
    /// use dm_button_core::{ButtonSpec, LinkSpec, RecipientId};
    ///
    /// let contact = dm_button_core::Contact::X(dm_button_core::RecipientId::MIN);
    /// let spec = ButtonSpec { label: Some("<é>"), ..ButtonSpec::new(LinkSpec::to(&contact)) };
    /// assert_eq!(spec.rendered_len(), spec.to_html().len());
    /// ```
    #[must_use]
    pub fn rendered_len(&self) -> usize {
        let mut measure = Measure::default();
        self.put(&mut measure);
        measure.0
    }

    /// The markup, in a `String` of exactly its length.
    ///
    /// ```
    /// use dm_button_core::{ButtonSpec, LinkSpec, RecipientId};
    ///
    /// let contact = dm_button_core::Contact::X(dm_button_core::RecipientId::MIN);
    /// let html = ButtonSpec::new(LinkSpec::to(&contact)).to_html();
    /// assert_eq!(html.len(), html.capacity());
    /// ```
    #[must_use]
    pub fn to_html(&self) -> String {
        let mut html = String::new();
        self.render_to(&mut html);
        html
    }

    /// The markup in one pass, in a `String` whose capacity is [`max_len`](Self::max_len)
    /// rather than its length: for markup handed on and dropped at once (a template
    /// function's result, copied into the engine's output), where [`to_html`](Self::to_html)'s
    /// exact fit costs a pass that only measures. The same bytes.
    ///
    /// ```
    /// use dm_button_core::{ButtonSpec, LinkSpec, RecipientId};
    ///
    /// let contact = dm_button_core::Contact::X(dm_button_core::RecipientId::MIN);
    /// let spec = ButtonSpec { label: Some("Hi & bye"), ..ButtonSpec::new(LinkSpec::to(&contact)) };
    /// assert_eq!(spec.to_html_bounded(), spec.to_html());
    /// ```
    #[must_use]
    pub fn to_html_bounded(&self) -> String {
        let mut html = String::with_capacity(self.max_len());
        self.put(&mut html);
        html
    }

    /// Writes the markup into `out` piece by piece (no intermediate `String`): for writers
    /// that are not a `String`, such as a template engine's output.
    ///
    /// ```
    /// use dm_button_core::{ButtonSpec, LinkSpec, RecipientId};
    ///
    /// let contact = dm_button_core::Contact::X(dm_button_core::RecipientId::MIN);
    /// let spec = ButtonSpec::new(LinkSpec::to(&contact));
    /// let mut out = String::new();
    /// spec.write_into(&mut out as &mut dyn std::fmt::Write)?;
    /// assert_eq!(out, spec.to_html());
    /// # Ok::<(), std::fmt::Error>(())
    /// ```
    pub fn write_into<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        let mut sink = FmtSink::new(out);
        self.put(&mut sink);
        sink.finish()
    }

    /// The visible words: the label if given and not blank, else the built-in one, which
    /// names the platform (but X's, as it always has).
    pub(crate) fn label_text(&self) -> Label<'a> {
        match self.label {
            Some(label) if !label.trim().is_empty() => Label::Given(label),
            _ => Label::BuiltIn(self.link.platform().label(self.lang.unwrap_or_default())),
        }
    }

    pub(crate) fn put(&self, sink: &mut impl Sink) {
        match self.look {
            Look::Static(style) => self.put_static(sink, style),
            Look::Widget { style, script, dnt } => {
                crate::platforms::put_widget(self, sink, style, script, dnt);
            }
        }
    }

    fn put_static(&self, sink: &mut impl Sink, style: Style) {
        let label = self.label_text();
        sink.put(match style {
            Style::Compact => r#"<a class="dm-button dm-button--compact"#,
            Style::Large => r#"<a class="dm-button dm-button--large"#,
            Style::Icon => r#"<a class="dm-button dm-button--icon"#,
            Style::Link => r#"<a class="dm-button dm-button--link"#,
        });
        let platform = self.link.platform();
        sink.put(platform.class());
        self.put_common_attributes(sink);
        let shown = self
            .screen_name
            .filter(|name| name.shown)
            .map(|name| name.name);
        let hidden = self
            .screen_name
            .filter(|name| !name.shown)
            .map(|name| name.name);
        if self.name.is_some() || self.role.is_some() {
            self.put_person_label(sink, label, shown);
        } else if style == Style::Icon {
            put_attribute(sink, "aria-label", label, shown);
        }
        if style == Style::Icon {
            put_attribute(sink, "title", label, shown.or(hidden));
        } else if let Some(name) = hidden {
            put_attribute(sink, "title", label, Some(name));
        }
        if style == Style::Icon {
            sink.put(platform.icon_alone());
            return;
        }
        sink.put(platform.icon_then_label());
        label.put(sink);
        match shown {
            Some(name) => {
                sink.put(r#"</span> <span class="dm-button__screen-name">@"#);
                sink.put(name.as_str());
                sink.put("</span></a>");
            }
            None => sink.put("</span></a>"),
        }
    }

    /// ` aria-label="{name}, {role}: {label}[ @{name}]"`, when the button names the person who
    /// answers: their name and role come first in the button's accessible name, as a
    /// panel shows them beside it.
    pub(crate) fn put_person_label(
        &self,
        sink: &mut impl Sink,
        label: Label<'_>,
        shown: Option<ScreenName>,
    ) {
        let lang = self.lang.unwrap_or_default();
        sink.put(r#" aria-label=""#);
        if let Some(name) = self.name {
            sink.put_escaped(name);
        }
        if let Some(role) = self.role {
            if self.name.is_some() {
                sink.put(Labels::COMMA.get(lang));
            }
            sink.put_escaped(role);
        }
        sink.put(Labels::COLON.get(lang));
        label.put(sink);
        if let Some(name) = shown {
            sink.put(" @");
            sink.put(name.as_str());
        }
        sink.put("\"");
    }

    /// The attributes both markups share, from the end of the class list (the opening
    /// `class="...` is written by the caller) to the last attribute before its own.
    pub(crate) fn put_common_attributes(&self, sink: &mut impl Sink) {
        if let Some(class) = self.class {
            sink.put(" ");
            sink.put_escaped(class.as_str());
        }
        sink.put(r#"" href=""#);
        match self.route {
            Some(route) => sink.put_escaped(route),
            None => self.link.put(sink, Within::Attribute),
        }
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
        if self.new_tab {
            sink.put(r#" target="_blank" rel="noopener noreferrer""#);
        }
    }
}

/// The markup, written piece by piece into the formatter (no intermediate `String`).
///
/// ```
/// use dm_button_core::{ButtonSpec, LinkSpec, RecipientId};
///
/// let contact = dm_button_core::Contact::X(dm_button_core::RecipientId::MIN);
/// let spec = ButtonSpec::new(LinkSpec::to(&contact));
/// assert_eq!(spec.to_string(), spec.to_html());
/// ```
impl fmt::Display for ButtonSpec<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_into(f)
    }
}

/// A button's words: the user's (escaped when written), or a built-in label, which has no
/// character to escape (a test of `Lang` checks) and is written as it is.
#[derive(Clone, Copy)]
pub(crate) enum Label<'a> {
    Given(&'a str),
    BuiltIn(&'static str),
}

impl Label<'_> {
    pub(crate) fn put(self, sink: &mut impl Sink) {
        match self {
            Self::Given(label) => sink.put_escaped(label),
            Self::BuiltIn(label) => sink.put(label),
        }
    }
}

/// ` {attribute}="{label}[ @{name}]"`, escaped.
fn put_attribute(
    sink: &mut impl Sink,
    attribute: &str,
    label: Label<'_>,
    name: Option<ScreenName>,
) {
    sink.put(" ");
    sink.put(attribute);
    sink.put("=\"");
    label.put(sink);
    if let Some(name) = name {
        sink.put(" @");
        sink.put(name.as_str());
    }
    sink.put("\"");
}
