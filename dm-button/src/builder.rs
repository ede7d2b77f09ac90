//! The run-time builder.

use std::borrow::Cow;
use std::fmt;

use dm_button_core::{
    ButtonSpec, ClassList, Contact, ElementId, EmailAddress, Host, InstagramUsername, Lang,
    LinkSpec, MessengerPage, PhoneNumber, RecipientId, ScreenName, Style, TelegramUsername,
    WelcomeMessageId, WidgetStyle,
};

use crate::state::{
    Chat, Email, Instagram, Messenger, Mode, Naming, NoScreenName, OnX, Static, TakesText,
    Telegram, WhatsApp, Widget, WithScreenName,
};

/// A Message button built at run time, for an ID that comes from a database, a config file
/// or a form. It has the options of [`dm_button!`](crate::dm_button), one method per key,
/// follows the same rules and renders the same bytes.
///
/// Free text ([`text`](Self::text), [`label`](Self::label)) is taken as any string and
/// cannot fail. Constrained values are typed ([`RecipientId`], [`ScreenName`], [`Style`],
/// [`Lang`], [`ClassList`], [`ElementId`]...): parse them first (`"...".parse()?`), which is
/// where a run-time mistake gets its error. Combinations the macro refuses do not compile:
/// X's widget is a different type, made with [`DmButton::widget`], and `show_screen_name`
/// follows `screen_name` (see [`state`](crate::state)).
///
/// Rendering writes straight into the caller's buffer with its exact length reserved first
/// ([`render_to`](Self::render_to), `maud::Render`), or through [`Display`](fmt::Display).
/// Borrowed text is not copied: building a button allocates nothing.
///
/// ```
/// use dm_button::{DmButton, Lang, RecipientId, Style, dm_button};
///
/// let id: RecipientId = "3805104374".parse()?; // from a database row, say
/// let button = DmButton::new(id)
///     .text("Hello world")
///     .style(Style::Large)
///     .screen_name("furni".parse()?)
///     .lang(Lang::Fr);
///
/// let page = maud::html! { footer { (button) } };
/// assert!(page.into_string().contains("Envoyer un message"));
///
/// // The same options as a macro give the same bytes.
/// let same = dm_button!(
///     recipient = 3805104374, text = "Hello world", style = "large",
///     screen_name = "furni", lang = "fr",
/// );
/// assert_eq!(button.to_string(), same.as_str());
/// assert_eq!(button.href(), same.href());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "a button does nothing until it is rendered"]
pub struct DmButton<'a, M = Static, N = NoScreenName> {
    options: Options<'a>,
    mode: M,
    name: N,
}

/// The options every button has, whatever its markup and screen name: they move whole from
/// one state of the builder to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Options<'a> {
    contact: Contact,
    text: Option<Cow<'a, str>>,
    subject: Option<Cow<'a, str>>,
    welcome_message_id: Option<WelcomeMessageId>,
    host: Host,
    label: Option<Cow<'a, str>>,
    lang: Option<Lang>,
    new_tab: bool,
    class: Option<ClassList>,
    id: Option<ElementId>,
}

impl<'a> DmButton<'a> {
    /// A button in the crate's own markup, for `recipient`: compact, English label, link to
    /// x.com.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::try_from(3805104374_u64)?);
    /// assert_eq!(button.to_string(), dm_button::dm_button!(recipient = 3805104374).as_str());
    /// # Ok::<(), dm_button::RecipientIdError>(())
    /// ```
    pub const fn new(recipient: RecipientId) -> Self {
        Self::with_mode(
            Contact::X(recipient),
            Static {
                style: Style::Compact,
            },
        )
    }
}

impl<'a> DmButton<'a, Chat<WhatsApp>> {
    /// A button that opens a WhatsApp chat with `number` (`whatsapp = "..."`):
    /// `https://wa.me/DIGITS`, with the built-in label "Chat on WhatsApp".
    ///
    /// ```
    /// use dm_button::{DmButton, dm_button};
    ///
    /// let button = DmButton::whatsapp("+33 6 12 34 56 78".parse()?).text("Bonjour !");
    /// assert_eq!(button.href(), "https://wa.me/33612345678?text=Bonjour%20%21");
    /// let same = dm_button!(whatsapp = "+33 6 12 34 56 78", text = "Bonjour !");
    /// assert_eq!(button.to_string(), same.as_str());
    /// # Ok::<(), dm_button::PhoneNumberError>(())
    /// ```
    pub const fn whatsapp(number: PhoneNumber) -> Self {
        Self::chat(Contact::WhatsApp(number), WhatsApp)
    }
}

impl<'a> DmButton<'a, Chat<Telegram>> {
    /// A button that opens a Telegram chat with `username` (`telegram = "..."`):
    /// `https://t.me/USERNAME`.
    ///
    /// ```
    /// use dm_button::{DmButton, dm_button};
    ///
    /// let button = DmButton::telegram("@durov".parse()?);
    /// assert_eq!(button.href(), "https://t.me/durov");
    /// assert_eq!(button.to_string(), dm_button!(telegram = "@durov").as_str());
    /// # Ok::<(), dm_button::TelegramUsernameError>(())
    /// ```
    pub const fn telegram(username: TelegramUsername) -> Self {
        Self::chat(Contact::Telegram(username), Telegram)
    }
}

impl<'a> DmButton<'a, Chat<Messenger>> {
    /// A button that opens a Messenger conversation with a Facebook Page (`messenger = "..."`):
    /// `https://m.me/NAME`.
    ///
    /// ```
    /// use dm_button::{DmButton, dm_button};
    ///
    /// let button = DmButton::messenger("nasa".parse()?).text("Hi");
    /// assert_eq!(button.href(), "https://m.me/nasa?text=Hi");
    /// assert_eq!(button.to_string(), dm_button!(messenger = "nasa", text = "Hi").as_str());
    /// # Ok::<(), dm_button::MessengerPageError>(())
    /// ```
    pub const fn messenger(page: MessengerPage) -> Self {
        Self::chat(Contact::Messenger(page), Messenger)
    }
}

impl<'a> DmButton<'a, Chat<Instagram>> {
    /// A button that opens an Instagram conversation with `username` (`instagram = "..."`):
    /// `https://ig.me/m/USERNAME`. Instagram's link takes no prefilled message, so this
    /// button has no `.text(..)`.
    ///
    /// ```
    /// use dm_button::{DmButton, dm_button};
    ///
    /// let button = DmButton::instagram("@nasa".parse()?);
    /// assert_eq!(button.href(), "https://ig.me/m/nasa");
    /// assert_eq!(button.to_string(), dm_button!(instagram = "@nasa").as_str());
    /// # Ok::<(), dm_button::InstagramUsernameError>(())
    /// ```
    pub const fn instagram(username: InstagramUsername) -> Self {
        Self::chat(Contact::Instagram(username), Instagram)
    }
}

impl<'a> DmButton<'a, Chat<Email>> {
    /// A button that opens an email to `address` (`email = "..."`): `mailto:ADDRESS`, with
    /// [`subject`](Self::subject) and [`text`](Self::text) (the body) when given.
    ///
    /// ```
    /// use dm_button::{DmButton, dm_button};
    ///
    /// let button = DmButton::email("hello@example.com".parse()?)
    ///     .subject("Order #12")
    ///     .text("Hello,\nabout my order");
    /// assert_eq!(
    ///     button.href(),
    ///     "mailto:hello@example.com?subject=Order%20%2312&body=Hello%2C%0D%0Aabout%20my%20order"
    /// );
    /// let same = dm_button!(email = "hello@example.com", subject = "Order #12", text = "Hello,\nabout my order");
    /// assert_eq!(button.to_string(), same.as_str());
    /// # Ok::<(), dm_button::EmailAddressError>(())
    /// ```
    pub const fn email(address: EmailAddress) -> Self {
        Self::chat(Contact::Email(address), Email)
    }

    /// The email's subject (`subject`). Any string: it is percent-encoded, with its line
    /// breaks as `%0D%0A`, and an empty one is left out.
    ///
    /// ```
    /// let button = dm_button::DmButton::email("a@example.com".parse()?).subject("Hi there");
    /// assert_eq!(button.href(), "mailto:a@example.com?subject=Hi%20there");
    /// # Ok::<(), dm_button::EmailAddressError>(())
    /// ```
    pub fn subject(mut self, subject: impl Into<Cow<'a, str>>) -> Self {
        self.options.subject = Some(subject.into());
        self
    }
}

impl<'a, P: Copy> DmButton<'a, Chat<P>> {
    const fn chat(contact: Contact, platform: P) -> Self {
        Self::with_mode(
            contact,
            Chat {
                style: Style::Compact,
                platform,
            },
        )
    }

    /// The style (`style`).
    ///
    /// ```
    /// use dm_button::{DmButton, Style};
    ///
    /// let button = DmButton::telegram("durov".parse()?).style(Style::Large);
    /// assert!(button.to_string().starts_with(r#"<a class="dm-button dm-button--large dm-button--telegram""#));
    /// # Ok::<(), dm_button::TelegramUsernameError>(())
    /// ```
    pub fn style(mut self, style: Style) -> Self {
        self.mode.style = style;
        self
    }
}

impl<'a> DmButton<'a, Widget> {
    /// A button in X's widget markup (`widget = true`), for X's `widgets.js` to restyle: X's
    /// compact size, no script.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId, dm_button};
    ///
    /// let button = DmButton::widget(RecipientId::try_from(3805104374_u64)?).script(true);
    /// let same = dm_button!(recipient = 3805104374, widget = true, script = true);
    /// assert_eq!(button.to_string(), same.as_str());
    /// # Ok::<(), dm_button::RecipientIdError>(())
    /// ```
    pub const fn widget(recipient: RecipientId) -> Self {
        Self::with_mode(
            Contact::X(recipient),
            Widget {
                style: WidgetStyle::Compact,
                script: false,
                dnt: false,
            },
        )
    }
}

impl<'a, M> DmButton<'a, M> {
    const fn with_mode(contact: Contact, mode: M) -> Self {
        Self {
            options: Options {
                contact,
                text: None,
                subject: None,
                welcome_message_id: None,
                host: Host::X,
                label: None,
                lang: None,
                new_tab: false,
                class: None,
                id: None,
            },
            mode,
            name: NoScreenName,
        }
    }
}

impl<'a, M: TakesText, N: Naming> DmButton<'a, M, N> {
    /// The message X's composer is prefilled with (`text`), or the other platform's chat
    /// (an email's body). Any string: it is
    /// percent-encoded into the link, and an empty one prefills nothing.
    ///
    /// X's composer takes at most 10,000 characters; a longer text still makes a valid link,
    /// of which X keeps the start. Where that should be an error (a form), parse the text into
    /// a [`MessageText`](crate::MessageText) first: it checks the limit.
    ///
    /// ```
    /// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN).text("Hi & bye #1");
    /// assert!(button.href().ends_with("&text=Hi%20%26%20bye%20%231"));
    /// ```
    pub fn text(mut self, text: impl Into<Cow<'a, str>>) -> Self {
        self.options.text = Some(text.into());
        self
    }
}

impl<'a, M: OnX, N: Naming> DmButton<'a, M, N> {
    /// The welcome message X opens the conversation with (`welcome_message_id`).
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).welcome_message_id("42".parse()?);
    /// assert!(button.href().ends_with("&welcome_message_id=42"));
    /// # Ok::<(), dm_button::WelcomeMessageIdError>(())
    /// ```
    pub fn welcome_message_id(mut self, id: WelcomeMessageId) -> Self {
        self.options.welcome_message_id = Some(id);
        self
    }

    /// The link's host (`host`): x.com (the default) or twitter.com.
    ///
    /// ```
    /// use dm_button::{DmButton, Host, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).host(Host::Twitter);
    /// assert!(button.href().starts_with("https://twitter.com/messages/compose?"));
    /// ```
    pub fn host(mut self, host: Host) -> Self {
        self.options.host = host;
        self
    }

    /// The account's screen name (`screen_name`), shown after the label as `@name`; see
    /// [`show_screen_name`](DmButton::show_screen_name). A second call replaces the name.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).screen_name("@furni".parse()?);
    /// assert!(button.to_string().contains(">@furni</span>"));
    /// # Ok::<(), dm_button::ScreenNameError>(())
    /// ```
    pub fn screen_name(self, name: ScreenName) -> DmButton<'a, M, WithScreenName> {
        self.screen_name_opt(Some(name))
    }

    /// [`screen_name`](DmButton::screen_name) for a name that may be missing (a database
    /// column, an optional form field), without a branch in the caller: `None` renders as if
    /// no name were given, and [`show_screen_name`](DmButton::show_screen_name) then has
    /// nothing to show or hide. A second call replaces the name, `None` included.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId, ScreenName};
    ///
    /// let row: (RecipientId, Option<ScreenName>) = (RecipientId::MIN, None);
    /// let button = DmButton::new(row.0).screen_name_opt(row.1).show_screen_name(false);
    /// assert_eq!(button.to_string(), DmButton::new(RecipientId::MIN).to_string());
    ///
    /// let named = DmButton::new(RecipientId::MIN).screen_name_opt("furni".parse().ok());
    /// assert!(named.to_string().contains(">@furni</span>"));
    /// ```
    pub fn screen_name_opt(self, name: Option<ScreenName>) -> DmButton<'a, M, WithScreenName> {
        DmButton {
            options: self.options,
            mode: self.mode,
            name: self.name.with_name(name),
        }
    }

    /// The X account the button opens a conversation with.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    /// assert_eq!(DmButton::new(RecipientId::MAX).recipient(), RecipientId::MAX);
    /// ```
    #[must_use]
    pub fn recipient(&self) -> RecipientId {
        match self.options.contact {
            Contact::X(id) => id,
            // X's markups are made by `new` and `widget` only, which take an X ID.
            _ => RecipientId::MIN,
        }
    }
}

impl<'a, M: Mode, N: Naming> DmButton<'a, M, N> {
    /// The label (`label`), instead of the built-in one. Any string: it is HTML-escaped, and
    /// a blank one means the built-in label.
    ///
    /// ```
    /// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN).label("Ask <us>");
    /// assert!(button.to_string().contains(">Ask &lt;us&gt;</span>"));
    /// ```
    pub fn label(mut self, label: impl Into<Cow<'a, str>>) -> Self {
        self.options.label = Some(label.into());
        self
    }

    /// The language (`lang`) of the built-in label, also set as the button's `lang`.
    ///
    /// ```
    /// use dm_button::{DmButton, Lang, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).lang(Lang::De);
    /// assert!(button.to_string().contains(r#" lang="de">"#));
    /// assert!(button.to_string().contains("Nachricht senden"));
    /// ```
    pub fn lang(mut self, lang: Lang) -> Self {
        self.options.lang = Some(lang);
        self
    }

    /// Whether the link opens in a new tab (`new_tab`): `target="_blank"` with
    /// `rel="noopener noreferrer"`.
    ///
    /// ```
    /// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN).new_tab(true);
    /// assert!(button.to_string().contains(r#"target="_blank" rel="noopener noreferrer""#));
    /// ```
    pub fn new_tab(mut self, new_tab: bool) -> Self {
        self.options.new_tab = new_tab;
        self
    }

    /// Extra class names (`class`).
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).class("footer-cta".parse()?);
    /// assert!(button.to_string().starts_with(r#"<a class="dm-button dm-button--compact footer-cta""#));
    /// # Ok::<(), dm_button::ClassListError>(())
    /// ```
    pub fn class(mut self, class: ClassList) -> Self {
        self.options.class = Some(class);
        self
    }

    /// The button's `id` attribute (`id`).
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).id("contact".parse()?);
    /// assert!(button.to_string().contains(r#" id="contact""#));
    /// # Ok::<(), dm_button::ElementIdError>(())
    /// ```
    pub fn id(mut self, id: ElementId) -> Self {
        self.options.id = Some(id);
        self
    }

    /// Who the button opens a conversation with, on which platform.
    ///
    /// ```
    /// use dm_button::{Contact, DmButton, Platform};
    ///
    /// let button = DmButton::whatsapp("+1 650 253 0000".parse()?);
    /// assert_eq!(button.contact().platform(), Platform::WhatsApp);
    /// assert!(matches!(button.contact(), Contact::WhatsApp(number) if number.digits() == 16502530000));
    /// # Ok::<(), dm_button::PhoneNumberError>(())
    /// ```
    #[must_use]
    pub fn contact(&self) -> &Contact {
        &self.options.contact
    }

    /// The link the button opens (X's DM composer, or the platform's), not HTML-escaped: what
    /// [`dm_link!`](crate::dm_link) gives for the same options.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId, dm_link};
    ///
    /// let button = DmButton::new(RecipientId::try_from(3805104374_u64)?).text("Hello world");
    /// assert_eq!(button.href(), dm_link!(recipient = 3805104374, text = "Hello world"));
    /// # Ok::<(), dm_button::RecipientIdError>(())
    /// ```
    #[must_use]
    pub fn href(&self) -> String {
        self.link().to_url()
    }

    /// Appends the markup to `buffer`, after reserving its exact length: no allocation when
    /// the buffer has room, and never more than one. What `buffer` held is left as it was.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).text("hi");
    /// let mut page = String::from("<p>");
    /// button.render_to(&mut page);
    /// assert_eq!(page, format!("<p>{button}"));
    /// ```
    pub fn render_to(&self, buffer: &mut String) {
        self.spec().render_to(buffer);
    }

    /// The markup, in a `String` of exactly its length: one allocation.
    ///
    /// The same bytes as the [`Display`](fmt::Display) impl, which `ToString` would use; but
    /// `ToString` cannot learn the length first, and grows its buffer several times on the
    /// way. This method shadows it so that `button.to_string()` allocates once.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).text("Hello world");
    /// let html = button.to_string();
    /// assert_eq!(html, format!("{button}"));
    /// assert_eq!(html.capacity(), html.len());
    /// ```
    #[allow(clippy::inherent_to_string_shadow_display)] // same bytes, one allocation
    #[must_use]
    pub fn to_string(&self) -> String {
        self.spec().to_html()
    }

    /// The length of the markup in bytes, as [`render_to`](Self::render_to) reserves it.
    ///
    /// ```
    /// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN).label("é");
    /// assert_eq!(button.rendered_len(), button.to_string().len());
    /// ```
    #[must_use]
    pub fn rendered_len(&self) -> usize {
        self.spec().rendered_len()
    }

    fn link(&self) -> LinkSpec<'_> {
        LinkSpec::to(&self.options.contact)
            .host(self.options.host)
            .text(self.options.text.as_deref())
            .subject(self.options.subject.as_deref())
            .welcome_message_id(self.options.welcome_message_id)
    }

    /// The description the macro renders too: the one place both meet.
    pub(crate) fn spec(&self) -> ButtonSpec<'_> {
        ButtonSpec {
            look: self.mode.look(),
            screen_name: self.name.shown_name(),
            label: self.options.label.as_deref(),
            lang: self.options.lang,
            new_tab: self.options.new_tab,
            class: self.options.class.as_ref(),
            id: self.options.id.as_ref(),
            ..ButtonSpec::new(self.link())
        }
    }
}

impl<M: Mode> DmButton<'_, M, WithScreenName> {
    /// Whether the label shows `@name` (`show_screen_name`, true by default). When it does
    /// not, the crate's own markup names the account in the tooltip, and X's widget gets
    /// `data-show-screen-name="false"`. Only after [`screen_name`](DmButton::screen_name),
    /// since without a name there is nothing to show.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN)
    ///     .screen_name("furni".parse()?)
    ///     .show_screen_name(false);
    /// let html = button.to_string();
    /// assert!(html.contains(r#" title="Message @furni""#));
    /// assert!(!html.contains(">@furni<"));
    /// # Ok::<(), dm_button::ScreenNameError>(())
    /// ```
    pub fn show_screen_name(mut self, show: bool) -> Self {
        self.name.shown = show;
        self
    }
}

impl<N: Naming> DmButton<'_, Static, N> {
    /// The look (`style`): compact (the default), large, icon or link.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId, Style};
    ///
    /// let button = DmButton::new(RecipientId::MIN).style(Style::Icon);
    /// let html = button.to_string();
    /// assert!(html.starts_with(r#"<a class="dm-button dm-button--icon""#));
    /// assert!(html.contains(r#" aria-label="Message""#));
    /// ```
    pub fn style(mut self, style: Style) -> Self {
        self.mode.style = style;
        self
    }
}

impl<N: Naming> DmButton<'_, Widget, N> {
    /// X's widget size (`style`): compact (the default) or large. X's widget has no icon or
    /// link style: [`WidgetStyle`] parses `"icon"` into an error that says so.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId, WidgetStyle};
    ///
    /// let button = DmButton::widget(RecipientId::MIN).style(WidgetStyle::Large);
    /// assert!(button.to_string().contains(r#" data-size="large""#));
    /// assert!("icon".parse::<WidgetStyle>().is_err());
    /// ```
    pub fn style(mut self, style: WidgetStyle) -> Self {
        self.mode.style = style;
        self
    }

    /// Whether to append X's loader, `<script async src="https://platform.twitter.com/widgets.js">`
    /// (`script`). It loads third-party code and X's tracking; without it, the page must load
    /// widgets.js itself, or the widget markup stays a plain link.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::widget(RecipientId::MIN).script(true);
    /// assert!(button.to_string().ends_with("</a><script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>"));
    /// ```
    pub fn script(mut self, script: bool) -> Self {
        self.mode.script = script;
        self
    }

    /// Whether to ask X not to use the visit for personalization (`dnt`, `data-dnt="true"`).
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::widget(RecipientId::MIN).dnt(true);
    /// assert!(button.to_string().contains(r#" data-dnt="true""#));
    /// ```
    pub fn dnt(mut self, dnt: bool) -> Self {
        self.mode.dnt = dnt;
        self
    }
}

/// The markup, written piece by piece into the formatter.
///
/// ```
/// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN);
/// let mut html = String::new();
/// button.render_to(&mut html);
/// assert_eq!(button.to_string(), html);
/// ```
impl<M: Mode, N: Naming> fmt::Display for DmButton<'_, M, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.spec(), f)
    }
}

/// Renders into maud's buffer with [`DmButton::render_to`].
///
/// ```
/// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN);
/// assert_eq!(maud::html! { (button) }.into_string(), button.to_string());
/// ```
#[cfg(feature = "maud")]
impl<M: Mode, N: Naming> maud::Render for DmButton<'_, M, N> {
    fn render_to(&self, buffer: &mut String) {
        DmButton::render_to(self, buffer);
    }
}
