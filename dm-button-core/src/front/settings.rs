//! The options of a button as the untyped front ends collect them: the macros (from
//! literals) and the template engines' `dm_button(...)` (from a template's arguments). Each
//! key of [`KEYS`](crate::KEYS) parses its value into a [`Setting`]; [`Settings`] gathers
//! them, says which combinations mean nothing, and describes the button to render. The typed
//! builder does not need it: its types rule the combinations out.

use crate::{
    ButtonSpec, ClassList, CombinationError, Contact, ElementId, Host, Key, Lang, LinkSpec, Look,
    Platform, ScreenName, ShownName, Style, WelcomeMessageId, WidgetStyle, WidgetStyleError,
};

/// One key's value, parsed.
///
/// ```
/// use dm_button_core::{Key, Literal, Setting, Style};
///
/// let setting = Key::find("style").unwrap().parse(Literal::Text("large")).unwrap();
/// assert_eq!(setting, Setting::Style(Style::Large));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(missing_docs)] // each variant is the key of the same name
pub enum Setting {
    /// The value of a recipient key: who, on which platform.
    Contact(Contact),
    Text(String),
    Subject(String),
    WelcomeMessageId(WelcomeMessageId),
    Host(Host),
    ScreenName(ScreenName),
    ShowScreenName(bool),
    Style(Style),
    Label(String),
    Lang(Lang),
    NewTab(bool),
    Class(ClassList),
    Id(ElementId),
    Widget(bool),
    Script(bool),
    Dnt(bool),
}

/// The settings given, each at most once.
///
/// ```
/// use dm_button_core::{Key, Literal, Settings};
///
/// let mut settings = Settings::default();
/// for (name, value) in [("whatsapp", "+1 650 253 0000"), ("style", "large")] {
///     let key = Key::find(name).unwrap();
///     settings.set(key, key.parse(Literal::Text(value)).unwrap());
/// }
/// assert!(settings.problems().is_empty());
/// assert!(settings.spec().unwrap().to_html().contains("dm-button--large"));
/// ```
#[derive(Debug, Clone, Default)]
#[allow(missing_docs)] // each field is the key of the same name
pub struct Settings {
    /// The keys given, in order.
    pub keys: Vec<&'static Key>,
    /// Who the button opens a conversation with: the value of the recipient key.
    pub recipient: Option<Contact>,
    pub text: Option<String>,
    pub subject: Option<String>,
    pub welcome_message_id: Option<WelcomeMessageId>,
    pub host: Option<Host>,
    pub screen_name: Option<ScreenName>,
    pub show_screen_name: Option<bool>,
    pub style: Option<Style>,
    pub label: Option<String>,
    pub lang: Option<Lang>,
    pub new_tab: Option<bool>,
    pub class: Option<ClassList>,
    pub id: Option<ElementId>,
    pub widget: Option<bool>,
    pub script: Option<bool>,
    pub dnt: Option<bool>,
}

impl Settings {
    /// Records `setting`, the value of `key`, replacing any earlier value.
    ///
    /// ```
    /// use dm_button_core::{Key, Setting, Settings};
    ///
    /// let mut settings = Settings::default();
    /// settings.set(Key::find("new_tab").unwrap(), Setting::NewTab(true));
    /// assert_eq!(settings.new_tab, Some(true));
    /// ```
    pub fn set(&mut self, key: &'static Key, setting: Setting) {
        if !self.keys.iter().any(|given| given.name == key.name) {
            self.keys.push(key);
        }
        match setting {
            Setting::Contact(contact) => self.recipient = Some(contact),
            Setting::Text(text) => self.text = Some(text),
            Setting::Subject(subject) => self.subject = Some(subject),
            Setting::WelcomeMessageId(id) => self.welcome_message_id = Some(id),
            Setting::Host(host) => self.host = Some(host),
            Setting::ScreenName(name) => self.screen_name = Some(name),
            Setting::ShowScreenName(show) => self.show_screen_name = Some(show),
            Setting::Style(style) => self.style = Some(style),
            Setting::Label(label) => self.label = Some(label),
            Setting::Lang(lang) => self.lang = Some(lang),
            Setting::NewTab(new_tab) => self.new_tab = Some(new_tab),
            Setting::Class(class) => self.class = Some(class),
            Setting::Id(id) => self.id = Some(id),
            Setting::Widget(widget) => self.widget = Some(widget),
            Setting::Script(script) => self.script = Some(script),
            Setting::Dnt(dnt) => self.dnt = Some(dnt),
        }
    }

    /// The platform: the one whose recipient key was given first (X when none was).
    ///
    /// ```
    /// use dm_button_core::{Platform, Settings};
    /// assert_eq!(Settings::default().platform(), Platform::X);
    /// ```
    #[must_use]
    pub fn platform(&self) -> Platform {
        self.keys
            .iter()
            .find_map(|key| key.recipient_of)
            .unwrap_or_default()
    }

    /// The combinations of keys that mean nothing, each with the key to report it at: a
    /// second recipient key, a key the platform does not take, and on X the keys that need
    /// another (`script` without `widget`...). A missing recipient is left to the caller,
    /// which knows whether it may be hidden by an earlier mistake.
    ///
    /// ```
    /// use dm_button_core::{Key, Setting, Settings};
    ///
    /// let mut settings = Settings::default();
    /// settings.set(Key::find("script").unwrap(), Setting::Script(true));
    /// let problems = settings.problems();
    /// assert_eq!(problems[0].key, "script");
    /// assert!(problems[0].message.contains("add `widget = true`"));
    /// ```
    #[must_use]
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let platform = self.platform();
        let mut recipients = self.keys.iter().filter(|key| key.recipient_of.is_some());
        let first = recipients.next();
        for extra in recipients {
            problems.push(Problem {
                key: extra.name,
                message: format!(
                    "`{}` and `{}` each name a recipient, and a button opens one conversation: \
                     keep one of {}",
                    first.map_or("", |key| key.name),
                    extra.name,
                    recipient_key_list(),
                ),
                at_value: false,
            });
        }
        // A second recipient key is reported above, as such.
        for key in self.keys.iter().filter(|key| key.recipient_of.is_none()) {
            if !key.is_on(platform) {
                problems.push(Problem {
                    key: key.name,
                    message: refused(key, platform),
                    at_value: false,
                });
            }
        }
        if platform != Platform::X {
            return problems;
        }
        let widget = self.widget == Some(true);
        if !widget {
            if self.script.is_some() {
                problems.push(combination(CombinationError::ScriptWithoutWidget));
            }
            if self.dnt.is_some() {
                problems.push(combination(CombinationError::DntWithoutWidget));
            }
        }
        if let Some(style) = self.style.filter(|_| widget)
            && let Err(error @ WidgetStyleError::NotInWidget { .. }) = WidgetStyle::try_from(style)
        {
            problems.push(Problem {
                key: "style",
                message: error.to_string(),
                at_value: true,
            });
        }
        if self.show_screen_name.is_some() && self.screen_name.is_none() {
            problems.push(combination(
                CombinationError::ShowScreenNameWithoutScreenName,
            ));
        }
        problems
    }

    /// The link, once a recipient is set.
    ///
    /// ```
    /// use dm_button_core::{Contact, RecipientId, Settings};
    ///
    /// let settings = Settings { recipient: Some(Contact::X(RecipientId::MIN)), ..Settings::default() };
    /// assert_eq!(settings.link().unwrap().to_url(), "https://x.com/messages/compose?recipient_id=1");
    /// ```
    #[must_use]
    pub fn link(&self) -> Option<LinkSpec<'_>> {
        Some(
            LinkSpec::to(self.recipient.as_ref()?)
                .host(self.host.unwrap_or_default())
                .text(self.text.as_deref())
                .subject(self.subject.as_deref())
                .welcome_message_id(self.welcome_message_id),
        )
    }

    /// The button to render, once a recipient is set and [`problems`](Self::problems) is
    /// empty (a combination that means nothing renders as the nearest one that does).
    ///
    /// ```
    /// use dm_button_core::{Contact, RecipientId, Settings};
    ///
    /// let settings = Settings { recipient: Some(Contact::X(RecipientId::MIN)), ..Settings::default() };
    /// assert!(settings.spec().unwrap().to_html().starts_with("<a class=\"dm-button dm-button--compact\""));
    /// ```
    #[must_use]
    pub fn spec(&self) -> Option<ButtonSpec<'_>> {
        let look = match self.widget {
            Some(true) => Look::Widget {
                style: self
                    .style
                    .and_then(|style| WidgetStyle::try_from(style).ok())
                    .unwrap_or_default(),
                script: self.script.unwrap_or(false),
                dnt: self.dnt.unwrap_or(false),
            },
            _ => Look::Static(self.style.unwrap_or_default()),
        };
        Some(ButtonSpec {
            look,
            screen_name: self.screen_name.map(|name| ShownName {
                name,
                shown: self.show_screen_name.unwrap_or(true),
            }),
            label: self.label.as_deref(),
            lang: self.lang,
            new_tab: self.new_tab.unwrap_or(false),
            class: self.class.as_ref(),
            id: self.id.as_ref(),
            ..ButtonSpec::new(self.link()?)
        })
    }
}

/// A combination of keys that means nothing.
///
/// ```
/// use dm_button_core::Settings;
///
/// let settings = Settings { show_screen_name: Some(false), ..Settings::default() };
/// assert_eq!(settings.problems()[0].key, "show_screen_name");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The key that makes it so.
    pub key: &'static str,
    /// What is wrong, and what to write instead.
    pub message: String,
    /// Whether the mistake is the key's value (a style X's widget lacks) rather than the key
    /// being there at all.
    pub at_value: bool,
}

/// The recipient keys, as a list for a message: `recipient`, `whatsapp`, ... or `email`.
///
/// ```
/// assert!(dm_button_core::recipient_key_list().ends_with("`instagram` or `email`"));
/// ```
#[must_use]
pub fn recipient_key_list() -> String {
    let keys: Vec<String> = Key::recipient_keys()
        .map(|key| format!("`{}`", key.name))
        .collect();
    or_list(&keys)
}

/// The recipient keys of the platforms other than X, as a list for a message.
///
/// ```
/// assert!(dm_button_core::other_recipient_key_list().starts_with("`whatsapp`"));
/// ```
#[must_use]
pub fn other_recipient_key_list() -> String {
    let keys: Vec<String> = Key::recipient_keys()
        .filter(|key| key.recipient_of != Some(Platform::X))
        .map(|key| format!("`{}`", key.name))
        .collect();
    or_list(&keys)
}

/// `a, b or c`.
fn or_list(items: &[impl AsRef<str>]) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => items.concat(),
    }
}

/// Why `key` is refused on `platform`'s buttons.
fn refused(key: &Key, platform: Platform) -> String {
    let platforms: Vec<&str> = key
        .platforms
        .iter()
        .map(|platform| platform.name())
        .collect();
    // "an X", "an Instagram", "an email"; "a WhatsApp"...
    let article = if matches!(
        platform,
        Platform::X | Platform::Instagram | Platform::Email
    ) {
        "an"
    } else {
        "a"
    };
    let mut message = format!(
        "`{name}` is for {} buttons only, and `{}` makes this {article} {} button: remove \
         `{name}`",
        or_list(&platforms),
        platform.key(),
        platform.name(),
        name = key.name,
    );
    if !key.refused_because.is_empty() {
        message.push_str(" (");
        message.push_str(key.refused_because);
        message.push(')');
    }
    message
}

fn combination(error: CombinationError) -> Problem {
    Problem {
        key: error.key(),
        message: error.to_string(),
        at_value: false,
    }
}
