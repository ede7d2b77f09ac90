//! The run-time builder.

use std::borrow::Cow;
use std::fmt;

use dm_button_core::{
    ButtonSpec, ClassList, Contact, ElementId, Host, Key, Lang, LinkSpec, Look, Platform,
    RecipientId, Referral, ScreenName, ShownName, Style, WelcomeMessageId, WidgetStyle,
};

use crate::state::{
    AnyPlatform, Chat, Mode, OnX, OpensPage, OwnMarkup, Static, TakesReferral, TakesSubject,
    TakesText, Widget,
};

/// A button built at run time, for a recipient that comes from a database, a config file or
/// a form. It has the options of [`dm_button!`](crate::dm_button), one method per key,
/// follows the same rules and renders the same bytes.
///
/// Free text ([`text`](Self::text), [`label`](Self::label)) is taken as any string and
/// cannot fail. Constrained values are typed ([`RecipientId`], [`PhoneNumber`](crate::PhoneNumber),
/// [`ScreenName`], [`Style`], [`Lang`], [`ClassList`], [`ElementId`]...): parse them first
/// (`"...".parse()?`), which is where a run-time mistake gets its error. Combinations the
/// macro refuses do not compile, with a message that says why: each platform's button has
/// the methods of the parts its link takes, and X's widget is a type of its own (see
/// [`state`](crate::state)). A platform chosen at run time is [`DmButton::to`].
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
/// assert_eq!(button.to_html(), same.as_str());
/// assert_eq!(button.href(), same.href());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "a button does nothing until it is rendered"]
pub struct DmButton<'a, M = Static> {
    options: Options<'a>,
    mode: M,
}

/// The options every button has, whatever its markup: they move whole from one state of the
/// builder to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Options<'a> {
    contact: Contact,
    text: Option<Cow<'a, str>>,
    subject: Option<Cow<'a, str>>,
    referral: Option<Referral>,
    welcome_message_id: Option<WelcomeMessageId>,
    host: Host,
    screen_name: Option<ScreenName>,
    show_screen_name: bool,
    label: Option<Cow<'a, str>>,
    lang: Option<Lang>,
    new_tab: bool,
    class: Option<ClassList>,
    id: Option<ElementId>,
    name: Option<Cow<'a, str>>,
    role: Option<Cow<'a, str>>,
}

impl Options<'_> {
    const fn new(contact: Contact) -> Self {
        Self {
            contact,
            text: None,
            subject: None,
            referral: None,
            welcome_message_id: None,
            host: Host::X,
            screen_name: None,
            show_screen_name: true,
            label: None,
            lang: None,
            new_tab: false,
            class: None,
            id: None,
            name: None,
            role: None,
        }
    }

    fn into_owned(self) -> Options<'static> {
        let owned = |text: Option<Cow<'_, str>>| text.map(|text| Cow::Owned(text.into_owned()));
        Options {
            contact: self.contact,
            text: owned(self.text),
            subject: owned(self.subject),
            referral: self.referral,
            welcome_message_id: self.welcome_message_id,
            host: self.host,
            screen_name: self.screen_name,
            show_screen_name: self.show_screen_name,
            label: owned(self.label),
            lang: self.lang,
            new_tab: self.new_tab,
            class: self.class,
            id: self.id,
            name: owned(self.name),
            role: owned(self.role),
        }
    }
}

impl DmButton<'_> {
    /// A button in the crate's own markup, for the X account `recipient`: compact, English
    /// label, link to x.com.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::try_from(3805104374_u64)?);
    /// assert_eq!(button.to_html(), dm_button::dm_button!(recipient = 3805104374).as_str());
    /// # Ok::<(), dm_button::RecipientIdError>(())
    /// ```
    pub const fn new(recipient: RecipientId) -> Self {
        Self {
            options: Options::new(Contact::X(recipient)),
            mode: Static {
                style: Style::Compact,
            },
        }
    }
}

impl DmButton<'_, Widget> {
    /// A button in X's widget markup (`widget = true`), for X's `widgets.js` to restyle: X's
    /// compact size, no script.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId, dm_button};
    ///
    /// let button = DmButton::widget(RecipientId::try_from(3805104374_u64)?).script(true);
    /// let same = dm_button!(recipient = 3805104374, widget = true, script = true);
    /// assert_eq!(button.to_html(), same.as_str());
    /// # Ok::<(), dm_button::RecipientIdError>(())
    /// ```
    pub const fn widget(recipient: RecipientId) -> Self {
        Self {
            options: Options::new(Contact::X(recipient)),
            mode: Widget {
                style: WidgetStyle::Compact,
                script: false,
                dnt: false,
            },
        }
    }

    /// X's widget size (`style`): compact (the default) or large. X's widget has no icon or
    /// link style: [`WidgetStyle`] parses `"icon"` into an error that says so.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId, WidgetStyle};
    ///
    /// let button = DmButton::widget(RecipientId::MIN).style(WidgetStyle::Large);
    /// assert!(button.to_html().contains(r#" data-size="large""#));
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
    /// assert!(button.to_html().ends_with("</a><script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>"));
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
    /// assert!(button.to_html().contains(r#" data-dnt="true""#));
    /// ```
    pub fn dnt(mut self, dnt: bool) -> Self {
        self.mode.dnt = dnt;
        self
    }
}

impl<'a> DmButton<'a, AnyPlatform> {
    /// A button for `contact`, on whichever platform it is: for a platform chosen at run time
    /// (a `platform:recipient` column of a database, a form's select). It has the options
    /// every platform's button takes as methods; the others are `try_` methods, which return
    /// an [`OptionError`] when the contact's platform does not take the option, rather than
    /// drop it. It renders the same bytes as the platform's own constructor with the same
    /// options, and as `dm_button!`.
    ///
    /// ```
    /// use dm_button::{Contact, DmButton, Style, dm_button};
    ///
    /// let contact: Contact = "whatsapp:+33 6 12 34 56 78".parse()?;
    /// let button = DmButton::to(contact).style(Style::Large).try_text("Bonjour !")?;
    /// assert_eq!(
    ///     button.to_html(),
    ///     dm_button!(whatsapp = "+33 6 12 34 56 78", style = "large", text = "Bonjour !").as_str()
    /// );
    ///
    /// let instagram = DmButton::to("instagram:@nasa".parse()?);
    /// let error = instagram.try_text("Hi").unwrap_err();
    /// assert_eq!(error.option(), "text");
    /// assert!(error.to_string().starts_with("Instagram's link takes no prefilled message"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn to(contact: Contact) -> Self {
        Self {
            options: Options::new(contact),
            mode: AnyPlatform {
                style: Style::Compact,
            },
        }
    }

    /// [`text`](DmButton::text), if the contact's platform takes a prefilled message.
    ///
    /// # Errors
    ///
    /// [`OptionError`] when the platform's link takes none.
    // The option nearly every `DmButton::to` button takes. Inlined into the caller, the
    // button is moved into the `Ok` and out of it in place: with plain `#[inline]` the
    // compiler left a 280-byte `memcpy` through the `Result` (callgrind), and the button cost
    // 1.19× the typed builder's instead of 1.09–1.17× over three runs (`cargo xtask bench`,
    // BENCHMARKS.md).
    #[inline(always)]
    pub fn try_text(mut self, text: impl Into<Cow<'a, str>>) -> Result<Self, OptionError> {
        if !self.options.contact.platform().takes_text() {
            return Err(self.refuse("text"));
        }
        self.options.text = Some(text.into());
        Ok(self)
    }

    /// [`subject`](DmButton::subject), if the contact's platform takes one (email).
    ///
    /// # Errors
    ///
    /// [`OptionError`] when the platform's link takes none.
    pub fn try_subject(mut self, subject: impl Into<Cow<'a, str>>) -> Result<Self, OptionError> {
        if !self.options.contact.platform().takes_subject() {
            return Err(self.refuse("subject"));
        }
        self.options.subject = Some(subject.into());
        Ok(self)
    }

    /// [`referral`](DmButton::referral), if the contact's platform takes Meta's `ref`.
    ///
    /// # Errors
    ///
    /// [`OptionError`] when the platform's link takes none.
    pub fn try_referral(mut self, referral: Referral) -> Result<Self, OptionError> {
        if !self.options.contact.platform().takes_referral() {
            return Err(self.refuse("ref"));
        }
        self.options.referral = Some(referral);
        Ok(self)
    }

    /// [`new_tab`](DmButton::new_tab), if the contact's link opens a page.
    ///
    /// # Errors
    ///
    /// [`OptionError`] when it hands over to an app instead (`mailto:`...).
    pub fn try_new_tab(mut self, new_tab: bool) -> Result<Self, OptionError> {
        if !self.options.contact.platform().opens_page() {
            return Err(self.refuse("new_tab"));
        }
        self.options.new_tab = new_tab;
        Ok(self)
    }

    /// [`screen_name`](DmButton::screen_name), on X.
    ///
    /// # Errors
    ///
    /// [`OptionError`] on another platform.
    pub fn try_screen_name(mut self, name: ScreenName) -> Result<Self, OptionError> {
        if !self.options.contact.platform().takes("screen_name") {
            return Err(self.refuse("screen_name"));
        }
        self.options.screen_name = Some(name);
        Ok(self)
    }

    /// [`show_screen_name`](DmButton::show_screen_name), on X.
    ///
    /// # Errors
    ///
    /// [`OptionError`] on another platform.
    pub fn try_show_screen_name(mut self, show: bool) -> Result<Self, OptionError> {
        if !self.options.contact.platform().takes("show_screen_name") {
            return Err(self.refuse("show_screen_name"));
        }
        self.options.show_screen_name = show;
        Ok(self)
    }

    /// [`host`](DmButton::host), on X.
    ///
    /// # Errors
    ///
    /// [`OptionError`] on another platform.
    pub fn try_host(mut self, host: Host) -> Result<Self, OptionError> {
        if !self.options.contact.platform().takes("host") {
            return Err(self.refuse("host"));
        }
        self.options.host = host;
        Ok(self)
    }

    /// [`welcome_message_id`](DmButton::welcome_message_id), on X.
    ///
    /// # Errors
    ///
    /// [`OptionError`] on another platform.
    pub fn try_welcome_message_id(mut self, id: WelcomeMessageId) -> Result<Self, OptionError> {
        if !self.options.contact.platform().takes("welcome_message_id") {
            return Err(self.refuse("welcome_message_id"));
        }
        self.options.welcome_message_id = Some(id);
        Ok(self)
    }

    /// The error of a `try_` method whose option the button's platform does not take.
    ///
    /// It takes the button, which the method would otherwise drop on its way out, so that the
    /// taken path (the common one) moves the button into its `Ok` with no drop glue beside
    /// it: with the platform unknown at compile time, the drop of a `Contact` is a `match`
    /// over every platform, and having it inline cost a `DmButton::to` button a fifth more
    /// time to build and render, measured in `cargo xtask bench` (see BENCHMARKS.md).
    #[cold]
    #[inline(never)]
    fn refuse(self, option: &'static str) -> OptionError {
        OptionError {
            platform: self.options.contact.platform(),
            option,
        }
    }
}

/// An option that the platform of a [`DmButton::to`] button does not take: the error of its
/// `try_` methods, with the message the macro gives for the same key.
///
/// ```
/// use dm_button::{DmButton, Platform};
///
/// let button = DmButton::to("email:hello@example.com".parse()?);
/// let error = button.try_new_tab(true).unwrap_err();
/// assert_eq!(error.platform(), Platform::Email);
/// assert_eq!(error.option(), "new_tab");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    platform: Platform,
    option: &'static str,
}

impl OptionError {
    /// The platform that does not take the option.
    #[must_use]
    pub const fn platform(&self) -> Platform {
        self.platform
    }

    /// The option, named as `dm_button!`'s key (`text`, `new_tab`...).
    #[must_use]
    pub const fn option(&self) -> &'static str {
        self.option
    }
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match Key::find(self.option) {
            Some(key) => f.write_str(&key.refusal(self.platform)),
            None => write!(f, "{} buttons take no `{}`", self.platform, self.option),
        }
    }
}

impl std::error::Error for OptionError {}

impl<'a, M: Mode> DmButton<'a, M> {
    /// The message the conversation is prefilled with (`text`): X's composer, a chat, an
    /// email's body, an SMS. Any string: it is percent-encoded into the link, and an empty
    /// one prefills nothing. Only on the buttons whose link takes one.
    ///
    /// Platforms cap the message's length (X's composer at 10,000 characters, Telegram at
    /// 4,096: see [`Platform::text_max_chars`]); a longer text still makes a valid link, of
    /// which the platform keeps the start. Where that should be an error (a form), check the
    /// text first: [`MessageText`](crate::MessageText) does.
    ///
    /// ```
    /// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN).text("Hi & bye #1");
    /// assert!(button.href().ends_with("&text=Hi%20%26%20bye%20%231"));
    /// ```
    pub fn text(mut self, text: impl Into<Cow<'a, str>>) -> Self
    where
        M: TakesText,
    {
        self.options.text = Some(text.into());
        self
    }

    /// The email's subject (`subject`). Any string: it is percent-encoded, with its line
    /// breaks as `%0D%0A`, and an empty one is left out. Only on email buttons.
    ///
    /// ```
    /// let button = dm_button::DmButton::email("a@example.com".parse()?).subject("Hi there");
    /// assert_eq!(button.href(), "mailto:a@example.com?subject=Hi%20there");
    /// # Ok::<(), dm_button::EmailAddressError>(())
    /// ```
    pub fn subject(mut self, subject: impl Into<Cow<'a, str>>) -> Self
    where
        M: TakesSubject,
    {
        self.options.subject = Some(subject.into());
        self
    }

    /// Meta's `ref` (`ref`): a word that Messenger and Instagram hand to the business's
    /// webhook with the conversation, to tell where it came from. Only on Messenger's and
    /// Instagram's buttons.
    ///
    /// ```
    /// let button = dm_button::DmButton::messenger("nasa".parse()?).referral("launch".parse()?);
    /// assert_eq!(button.href(), "https://m.me/nasa?ref=launch");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn referral(mut self, referral: Referral) -> Self
    where
        M: TakesReferral,
    {
        self.options.referral = Some(referral);
        self
    }

    /// Whether the link opens in a new tab (`new_tab`): `target="_blank"` with
    /// `rel="noopener noreferrer"`. Only on the buttons whose link opens a page: a `mailto:`
    /// link would leave an empty tab.
    ///
    /// ```
    /// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN).new_tab(true);
    /// assert!(button.to_html().contains(r#"target="_blank" rel="noopener noreferrer""#));
    /// ```
    pub fn new_tab(mut self, new_tab: bool) -> Self
    where
        M: OpensPage,
    {
        self.options.new_tab = new_tab;
        self
    }

    /// The welcome message X opens the conversation with (`welcome_message_id`). X only.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).welcome_message_id("42".parse()?);
    /// assert!(button.href().ends_with("&welcome_message_id=42"));
    /// # Ok::<(), dm_button::WelcomeMessageIdError>(())
    /// ```
    pub fn welcome_message_id(mut self, id: WelcomeMessageId) -> Self
    where
        M: OnX,
    {
        self.options.welcome_message_id = Some(id);
        self
    }

    /// The link's host (`host`): x.com (the default) or twitter.com. X only.
    ///
    /// ```
    /// use dm_button::{DmButton, Host, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).host(Host::Twitter);
    /// assert!(button.href().starts_with("https://twitter.com/messages/compose?"));
    /// ```
    pub fn host(mut self, host: Host) -> Self
    where
        M: OnX,
    {
        self.options.host = host;
        self
    }

    /// The account's screen name (`screen_name`), shown after the label as `@name`; see
    /// [`show_screen_name`](DmButton::show_screen_name). A second call replaces the name.
    /// X only.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).screen_name("@furni".parse()?);
    /// assert!(button.to_html().contains(">@furni</span>"));
    /// # Ok::<(), dm_button::ScreenNameError>(())
    /// ```
    pub fn screen_name(mut self, name: ScreenName) -> Self
    where
        M: OnX,
    {
        self.options.screen_name = Some(name);
        self
    }

    /// Whether the label shows the [`screen_name`](DmButton::screen_name) (true by default).
    /// When it does not, the crate's own markup names the account in the tooltip, and X's
    /// widget gets `data-show-screen-name="false"`. Without a screen name it changes nothing
    /// (where `dm_button!` refuses it). X only.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN)
    ///     .screen_name("furni".parse()?)
    ///     .show_screen_name(false);
    /// let html = button.to_html();
    /// assert!(html.contains(r#" title="Message @furni""#));
    /// assert!(!html.contains(">@furni<"));
    /// # Ok::<(), dm_button::ScreenNameError>(())
    /// ```
    pub fn show_screen_name(mut self, show: bool) -> Self
    where
        M: OnX,
    {
        self.options.show_screen_name = show;
        self
    }

    /// The X account the button opens a conversation with. X only.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    /// assert_eq!(DmButton::new(RecipientId::MAX).recipient(), RecipientId::MAX);
    /// ```
    #[must_use]
    pub fn recipient(&self) -> RecipientId
    where
        M: OnX,
    {
        match self.options.contact {
            Contact::X(id) => id,
            // X's markups are made by `new` and `widget` only, which take an X ID; the
            // builder never changes a button's contact.
            _ => {
                debug_assert!(false, "an X markup holds an X contact");
                RecipientId::MIN
            }
        }
    }

    /// The label (`label`), instead of the built-in one. Any string: it is HTML-escaped, and
    /// a blank one means the built-in label.
    ///
    /// ```
    /// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN).label("Ask <us>");
    /// assert!(button.to_html().contains(">Ask &lt;us&gt;</span>"));
    /// ```
    pub fn label(mut self, label: impl Into<Cow<'a, str>>) -> Self {
        self.options.label = Some(label.into());
        self
    }

    /// The name of the person who answers (`name`): it comes first in the button's
    /// accessible name ("Ana: Chat on WhatsApp"), and a panel shows it beside the button.
    /// Any string: it is HTML-escaped; a blank one names no one.
    ///
    /// ```
    /// use dm_button::{DmButton, PhoneNumber};
    ///
    /// let number: PhoneNumber = "+33 6 12 34 56 78".parse()?;
    /// let button = DmButton::whatsapp(number).name("Ana").role("Sales");
    /// assert!(button.to_html().contains(r#" aria-label="Ana, Sales: Chat on WhatsApp""#));
    /// # Ok::<(), dm_button::PhoneNumberError>(())
    /// ```
    pub fn name(mut self, name: impl Into<Cow<'a, str>>) -> Self {
        self.options.name = Some(name.into());
        self
    }

    /// What the person who answers does (`role`), after their name in the button's
    /// accessible name ("Ana, Sales: Chat on WhatsApp"), and beside it in a panel.
    ///
    /// ```
    /// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN).role("Support");
    /// assert!(button.to_html().contains(r#" aria-label="Support: Message""#));
    /// ```
    pub fn role(mut self, role: impl Into<Cow<'a, str>>) -> Self {
        self.options.role = Some(role.into());
        self
    }

    /// The language (`lang`) of the built-in label, also set as the button's `lang`.
    ///
    /// ```
    /// use dm_button::{DmButton, Lang, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).lang(Lang::De);
    /// assert!(button.to_html().contains(r#" lang="de">"#));
    /// assert!(button.to_html().contains("Nachricht senden"));
    /// ```
    pub fn lang(mut self, lang: Lang) -> Self {
        self.options.lang = Some(lang);
        self
    }

    /// Extra class names (`class`).
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).class("footer-cta".parse()?);
    /// assert!(button.to_html().starts_with(r#"<a class="dm-button dm-button--compact dm-button--x footer-cta""#));
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
    /// assert!(button.to_html().contains(r#" id="contact""#));
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

    /// The button with its text owned, free of the lifetime of borrowed text: to keep it in
    /// an application's state, or send it to another thread.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let text = String::from("Hello");
    /// let button: DmButton<'static> = DmButton::new(RecipientId::MIN).text(text.as_str()).into_owned();
    /// drop(text);
    /// assert!(button.href().ends_with("&text=Hello"));
    /// ```
    pub fn into_owned(self) -> DmButton<'static, M> {
        DmButton {
            options: self.options.into_owned(),
            mode: self.mode,
        }
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
        self.options.link().to_url()
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

    /// The markup, in a `String` of exactly its length: one allocation. The same bytes as
    /// the [`Display`](fmt::Display) impl, whose `to_string()` cannot learn the length first
    /// and grows its buffer several times on the way.
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId};
    ///
    /// let button = DmButton::new(RecipientId::MIN).text("Hello world");
    /// let html = button.to_html();
    /// assert_eq!(html, button.to_string());
    /// assert_eq!(html.capacity(), html.len());
    /// ```
    #[must_use]
    pub fn to_html(&self) -> String {
        self.spec().to_html()
    }

    /// The length of the markup in bytes, as [`render_to`](Self::render_to) reserves it.
    ///
    /// ```
    /// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN).label("é");
    /// assert_eq!(button.rendered_len(), button.to_html().len());
    /// ```
    #[must_use]
    pub fn rendered_len(&self) -> usize {
        self.spec().rendered_len()
    }

    /// The description the macro renders too: the one place both meet.
    pub(crate) fn spec(&self) -> ButtonSpec<'_> {
        self.options.spec(self.mode.look())
    }

    /// The QR code of the button's link, as an inline SVG named by what scanning it does
    /// ("Scan with your phone: Chat on WhatsApp", in the button's language): what
    /// [`dm_qr!`](crate::dm_qr) gives at compile time for the same keys (feature `qr`).
    ///
    /// # Errors
    ///
    /// [`QrError::TooLong`](crate::QrError::TooLong) when the link is longer than a QR code
    /// holds, [`QR_MAX_BYTES`](crate::QR_MAX_BYTES).
    ///
    /// ```
    /// use dm_button::{DmButton, PhoneNumber, dm_qr};
    ///
    /// let number: PhoneNumber = "+33 6 12 34 56 78".parse()?;
    /// let svg = DmButton::whatsapp(number).text("Bonjour !").qr_svg()?;
    /// assert_eq!(svg, dm_qr!(whatsapp = "+33 6 12 34 56 78", text = "Bonjour !"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "qr")]
    pub fn qr_svg(&self) -> Result<String, crate::QrError> {
        dm_button_core::button_qr_svg(&self.spec())
    }

    /// The button, whatever its platform and markup: a panel's entry.
    pub(crate) fn into_any(self) -> AnyButton<'a> {
        AnyButton {
            look: self.mode.look(),
            options: self.options,
        }
    }
}

/// A button of any platform and markup, as a panel keeps its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AnyButton<'a> {
    options: Options<'a>,
    look: Look,
}

impl AnyButton<'_> {
    /// The description the macro renders too.
    pub(crate) fn spec(&self) -> ButtonSpec<'_> {
        self.options.spec(self.look)
    }

    /// The platform of the button's link.
    pub(crate) fn platform(&self) -> Platform {
        self.options.contact.platform()
    }

    pub(crate) fn into_owned(self) -> AnyButton<'static> {
        AnyButton {
            options: self.options.into_owned(),
            look: self.look,
        }
    }
}

impl Options<'_> {
    fn link(&self) -> LinkSpec<'_> {
        LinkSpec::to(&self.contact)
            .host(self.host)
            .text(self.text.as_deref())
            .subject(self.subject.as_deref())
            .referral(self.referral.as_ref())
            .welcome_message_id(self.welcome_message_id)
    }

    fn spec(&self, look: Look) -> ButtonSpec<'_> {
        ButtonSpec {
            look,
            screen_name: self.screen_name.map(|name| ShownName {
                name,
                shown: self.show_screen_name,
            }),
            label: self.label.as_deref(),
            lang: self.lang,
            new_tab: self.new_tab,
            class: self.class.as_ref(),
            id: self.id.as_ref(),
            name: nonblank(self.name.as_deref()),
            role: nonblank(self.role.as_deref()),
            ..ButtonSpec::new(self.link())
        }
    }
}

impl<M: OwnMarkup> DmButton<'_, M> {
    /// The look (`style`): compact (the default), large, icon or link. X's widget has its own
    /// sizes: see [`DmButton::<Widget>::style`](DmButton::<'_, Widget>::style).
    ///
    /// ```
    /// use dm_button::{DmButton, RecipientId, Style};
    ///
    /// let button = DmButton::new(RecipientId::MIN).style(Style::Icon);
    /// let html = button.to_html();
    /// assert!(html.starts_with(r#"<a class="dm-button dm-button--icon dm-button--x""#));
    /// assert!(html.contains(r#" aria-label="Message""#));
    /// ```
    pub fn style(mut self, style: Style) -> Self {
        self.mode.set_style(style);
        self
    }
}

/// The constructors of the other platforms' buttons, one per platform, named as its key.
macro_rules! constructors {
    (
        $(#[$x_doc:meta])* X($x_recipient:ident) in x,
        $($(#[$doc:meta])* $variant:ident($recipient:ident) in $module:ident,)+
    ) => {$(
        impl DmButton<'_, Chat<crate::state::$variant>> {
            #[doc = concat!(
                "A button that opens a conversation on ", stringify!($variant), " with `recipient` (`",
                stringify!($module), " = \"...\"` in [`dm_button!`](crate::dm_button)): see [`",
                stringify!($recipient), "`](crate::", stringify!($recipient), ") for what it takes, and [`Contact::",
                stringify!($variant), "`] for the link.\n\n",
                "```\n",
                "use dm_button::{DmButton, Platform, dm_button};\n\n",
                "let recipient = Platform::", stringify!($variant), ".examples()[0];\n",
                "let button = DmButton::", stringify!($module), "(recipient.parse()?);\n",
                "assert_eq!(button.contact().platform(), Platform::", stringify!($variant), ");\n",
                "assert_eq!(button.to_html(), DmButton::to(format!(\"", stringify!($module), ":{recipient}\").parse()?).to_html());\n",
                "# Ok::<(), Box<dyn std::error::Error>>(())\n",
                "```"
            )]
            pub const fn $module(recipient: dm_button_core::$recipient) -> Self {
                Self {
                    options: Options::new(Contact::$variant(recipient)),
                    mode: Chat {
                        style: Style::Compact,
                        platform: crate::state::$variant,
                    },
                }
            }
        }
    )+};
}
dm_button_core::for_each_platform!(constructors);

/// The markup, written piece by piece into the formatter.
///
/// ```
/// let button = dm_button::DmButton::new(dm_button::RecipientId::MIN);
/// let mut html = String::new();
/// button.render_to(&mut html);
/// assert_eq!(button.to_string(), html);
/// ```
impl<M: Mode> fmt::Display for DmButton<'_, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.spec(), f)
    }
}

/// `text` unless it is blank: a blank name or role names no one.
fn nonblank(text: Option<&str>) -> Option<&str> {
    text.filter(|text| !text.trim().is_empty())
}
