//! The options of a button as the untyped front ends collect them: the macros (from
//! literals) and the template engines' `dm_button(...)` (from a template's arguments). Each
//! key of [`KEYS`](crate::KEYS) parses its value into a [`Setting`]; [`Settings`] gathers
//! them, says which combinations mean nothing, and describes the button to render. The typed
//! builder does not need it: its types rule the combinations out.

use crate::{
    ButtonSpec, ClassList, CombinationError, ElementId, Host, Lang, LinkSpec, Look, RecipientId,
    ScreenName, ShownName, Style, WelcomeMessageId, WidgetStyle, WidgetStyleError,
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
    Recipient(RecipientId),
    Text(String),
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
/// use dm_button_core::{Key, Literal, RecipientId, Settings};
///
/// let mut settings = Settings::default();
/// for (name, value) in [("recipient", "1"), ("style", "large")] {
///     settings.set(Key::find(name).unwrap().parse(Literal::Text(value)).unwrap());
/// }
/// assert!(settings.problems().is_empty());
/// assert!(settings.spec().unwrap().to_html().contains("dm-button--large"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[allow(missing_docs)] // each field is the key of the same name
pub struct Settings {
    pub recipient: Option<RecipientId>,
    pub text: Option<String>,
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
    /// Records `setting`, replacing any earlier value of its key.
    ///
    /// ```
    /// use dm_button_core::{Setting, Settings};
    ///
    /// let mut settings = Settings::default();
    /// settings.set(Setting::NewTab(true));
    /// assert_eq!(settings.new_tab, Some(true));
    /// ```
    pub fn set(&mut self, setting: Setting) {
        match setting {
            Setting::Recipient(id) => self.recipient = Some(id),
            Setting::Text(text) => self.text = Some(text),
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

    /// The combinations of keys that mean nothing, each with the key to report it at.
    ///
    /// ```
    /// use dm_button_core::{Setting, Settings};
    ///
    /// let mut settings = Settings::default();
    /// settings.set(Setting::Script(true));
    /// let problems = settings.problems();
    /// assert_eq!(problems[0].key, "script");
    /// assert!(problems[0].message.contains("add `widget = true`"));
    /// ```
    #[must_use]
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
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
    /// use dm_button_core::{RecipientId, Settings};
    ///
    /// let settings = Settings { recipient: Some(RecipientId::MIN), ..Settings::default() };
    /// assert_eq!(settings.link().unwrap().to_url(), "https://x.com/messages/compose?recipient_id=1");
    /// ```
    #[must_use]
    pub fn link(&self) -> Option<LinkSpec<'_>> {
        Some(
            LinkSpec::new(self.recipient?)
                .host(self.host.unwrap_or_default())
                .text(self.text.as_deref())
                .welcome_message_id(self.welcome_message_id),
        )
    }

    /// The button to render, once a recipient is set and [`problems`](Self::problems) is
    /// empty (a combination that means nothing renders as the nearest one that does).
    ///
    /// ```
    /// use dm_button_core::{RecipientId, Settings};
    ///
    /// let settings = Settings { recipient: Some(RecipientId::MIN), ..Settings::default() };
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
/// use dm_button_core::{Setting, Settings};
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

fn combination(error: CombinationError) -> Problem {
    Problem {
        key: error.key(),
        message: error.to_string(),
        at_value: false,
    }
}
