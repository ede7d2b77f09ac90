//! The options of a button as the untyped front ends collect them: the macros (from
//! literals) and the template engines' `dm_button(...)` (from a template's arguments). Each
//! key of [`KEYS`](crate::KEYS) parses its value into a [`Setting`]; [`Settings`] keeps each
//! key's setting (its storage is the table of keys itself: a key and its value, in the order
//! given), says which combinations mean nothing, and describes the button to render. The
//! typed builder does not need it: its types rule the combinations out.

use std::borrow::Cow;

use crate::front::combination::CombinationError;
use crate::front::keys::{
    CLASS, DNT, HOST, ID, Key, LABEL, LANG, NAME, NEW_TAB, REF, ROLE, SCREEN_NAME, SCRIPT,
    SHOW_SCREEN_NAME, STYLE, SUBJECT, TEXT, WELCOME_MESSAGE_ID, WIDGET,
};
use crate::options::message_text::check_text;
use crate::{
    ButtonSpec, ClassList, Contact, ElementId, Host, Lang, LinkSpec, Look, Placement, Platform,
    Referral, ScreenName, ShownName, Side, Style, WelcomeMessageId, WidgetStyle, WidgetStyleError,
};

/// Declares [`Setting`] and reads each of its value types back from it ([`SettingValue`]),
/// from one list of its variants. Free text, the one value a setting may borrow, is
/// written out here: it is read back by [`Settings::text`], and made owned by
/// [`Setting::into_owned`].
macro_rules! settings {
    ($($(#[doc = $doc:literal])* $(#[cfg($cfg:meta)])? $variant:ident($value:ty)),+ $(,)?) => {
        /// One key's value, parsed: a value of the type the key takes. Several keys take the same
        /// type (`text`, `subject` and `label` are free text; `new_tab` and `widget` are flags).
        /// Free text borrows the string it was parsed from, where that lives long enough (a
        /// template engine's argument); [`into_owned`](Self::into_owned) copies it.
        ///
        /// ```
        /// use dm_button_core::{Key, Literal, Setting, Style};
        ///
        /// let setting = Key::find("style").unwrap().parse(Literal::Text("large")).unwrap();
        /// assert_eq!(setting, Setting::Style(Style::Large));
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[allow(missing_docs)] // each variant is the type of the same name
        pub enum Setting<'a> {
            /// Free text: `text`, `subject`, `label`, `name`, `role`, a panel's `title`...
            Text(Cow<'a, str>),
            $($(#[doc = $doc])* $(#[cfg($cfg)])? $variant($value),)+
        }

        impl Setting<'_> {
            /// The same setting, owning its text.
            ///
            /// ```
            /// use dm_button_core::{Key, Literal, Setting};
            ///
            /// let written = String::from("Hello");
            /// let setting = Key::find("text").unwrap().parse(Literal::Text(&written)).unwrap();
            /// let owned: Setting<'static> = setting.into_owned();
            /// drop(written);
            /// assert_eq!(owned, Setting::Text("Hello".into()));
            /// ```
            #[must_use]
            pub fn into_owned(self) -> Setting<'static> {
                match self {
                    Self::Text(text) => Setting::Text(Cow::Owned(text.into_owned())),
                    $($(#[cfg($cfg)])? Self::$variant(value) => Setting::$variant(value),)+
                }
            }
        }

        $($(#[cfg($cfg)])?
        impl SettingValue for $value {
            fn of<'s>(setting: &'s Setting<'_>) -> Option<&'s Self> {
                match setting {
                    Setting::$variant(value) => Some(value),
                    _ => None,
                }
            }
        })+
    };
}

settings!(
    /// The value of a recipient key: who, on which platform.
    Contact(Contact),
    /// `true` or `false`.
    Flag(bool),
    WelcomeMessageId(WelcomeMessageId),
    Host(Host),
    ScreenName(ScreenName),
    Style(Style),
    Lang(Lang),
    Class(ClassList),
    Id(ElementId),
    Referral(Referral),
    Placement(Placement),
    Side(Side),
    #[cfg(feature = "hours")]
    Hours(crate::Hours),
    #[cfg(feature = "hours")]
    TimeZone(crate::TimeZone),
);

/// A value type of a [`Setting`], read back from one.
pub(crate) trait SettingValue {
    fn of<'s>(setting: &'s Setting<'_>) -> Option<&'s Self>;
}

/// A key given, and its setting: none when its value was wrong (which is already
/// reported), so that the key is not reported again as missing.
#[derive(Debug, Clone)]
struct Given<'a> {
    key: &'static Key,
    setting: Option<Setting<'a>>,
}

/// The settings given, each key at most once, in the order given. `'a` is the text its free
/// text settings borrow (a template's arguments); the macros' settings own theirs
/// (`Settings<'static>`).
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
pub struct Settings<'a> {
    given: Vec<Given<'a>>,
}

impl<'a> Settings<'a> {
    /// Records `setting`, the value of `key`, replacing any earlier value.
    ///
    /// ```
    /// use dm_button_core::{Key, Setting, Settings};
    ///
    /// let mut settings = Settings::default();
    /// settings.set(Key::find("new_tab").unwrap(), Setting::Flag(true));
    /// assert!(settings.is_given("new_tab"));
    /// ```
    pub fn set(&mut self, key: &'static Key, setting: Setting<'a>) {
        self.record(key, Some(setting));
    }

    /// Records that `key` was given with a value that was wrong (and is reported as such):
    /// it counts as given, and a recipient key still says which platform the button is for,
    /// so that the other keys are checked against the right one.
    ///
    /// ```
    /// use dm_button_core::{Key, Platform, Settings};
    ///
    /// let mut settings = Settings::default();
    /// settings.given_wrong(Key::find("whatsapp").unwrap());
    /// assert_eq!(settings.platform(), Some(Platform::WhatsApp));
    /// assert!(settings.recipient().is_none());
    /// ```
    pub fn given_wrong(&mut self, key: &'static Key) {
        self.record(key, None);
    }

    fn record(&mut self, key: &'static Key, setting: Option<Setting<'a>>) {
        match self
            .given
            .iter_mut()
            .find(|given| given.key.name == key.name)
        {
            Some(given) => given.setting = setting,
            None => self.given.push(Given { key, setting }),
        }
    }

    /// Whether the key called `name` was given, rightly or not.
    ///
    /// ```
    /// assert!(!dm_button_core::Settings::default().is_given("text"));
    /// ```
    #[must_use]
    pub fn is_given(&self, name: &str) -> bool {
        self.given.iter().any(|given| given.key.name == name)
    }

    /// The keys given, in order.
    pub fn keys(&self) -> impl Iterator<Item = &'static Key> + '_ {
        self.given.iter().map(|given| given.key)
    }

    /// The value given to `key`, if it was given a right one.
    pub(crate) fn get<T: SettingValue>(&self, key: &Key) -> Option<&T> {
        self.setting(key).and_then(T::of)
    }

    /// The setting of `key`, if it was given a right one.
    fn setting(&self, key: &Key) -> Option<&Setting<'a>> {
        self.given
            .iter()
            .find(|given| given.key.name == key.name)
            .and_then(|given| given.setting.as_ref())
    }

    /// The free text given to `key`, if it was given a right one.
    pub(crate) fn text(&self, key: &Key) -> Option<&str> {
        match self.setting(key)? {
            Setting::Text(text) => Some(text),
            _ => None,
        }
    }

    fn flag(&self, key: &Key) -> Option<bool> {
        self.get::<bool>(key).copied()
    }

    /// Who the button opens a conversation with: the value of its recipient key.
    ///
    /// ```
    /// assert!(dm_button_core::Settings::default().recipient().is_none());
    /// ```
    #[must_use]
    pub fn recipient(&self) -> Option<&Contact> {
        self.given
            .iter()
            .find(|given| given.key.recipient_of.is_some())
            .and_then(|given| given.setting.as_ref())
            .and_then(Contact::of)
    }

    /// The platform: the one whose recipient key was given first.
    ///
    /// ```
    /// assert_eq!(dm_button_core::Settings::default().platform(), None);
    /// ```
    #[must_use]
    pub fn platform(&self) -> Option<Platform> {
        self.keys().find_map(|key| key.recipient_of)
    }

    /// The combinations of keys that mean nothing, each with the key to report it at: a
    /// second recipient key, a key the platform does not take, a text too long for the
    /// platform, and on X the keys that need another (`script` without `widget`...). A
    /// missing recipient is left to the caller, which knows whether it may be hidden by an
    /// earlier mistake.
    ///
    /// ```
    /// use dm_button_core::{Key, Literal, Setting, Settings};
    ///
    /// let mut settings = Settings::default();
    /// let recipient = Key::find("recipient").unwrap();
    /// settings.set(recipient, recipient.parse(Literal::Text("42")).unwrap());
    /// settings.set(Key::find("script").unwrap(), Setting::Flag(true));
    /// let problems = settings.problems();
    /// assert_eq!(problems[0].key, "script");
    /// assert!(problems[0].message.contains("add `widget = true`"));
    /// ```
    #[must_use]
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut recipients = self.keys().filter(|key| key.recipient_of.is_some());
        let first = recipients.next();
        for extra in recipients {
            problems.push(Problem {
                key: extra.name,
                message: format!(
                    "`{}` and `{}` each name a recipient, and a button opens one conversation: \
                     keep one of them",
                    first.map_or("", |key| key.name),
                    extra.name,
                ),
                at_value: false,
            });
        }
        let Some(platform) = self.platform() else {
            return problems;
        };
        // A second recipient key is reported above, as such.
        for key in self.keys().filter(|key| key.recipient_of.is_none()) {
            if !key.is_on(platform) {
                problems.push(Problem {
                    key: key.name,
                    message: key.refusal(platform),
                    at_value: false,
                });
            }
        }
        if let Some(text) = self.text(&TEXT).filter(|_| TEXT.is_on(platform))
            && let Err(error) = check_text(text, platform.text_max_chars(), Some(platform))
        {
            problems.push(Problem {
                key: TEXT.name,
                message: error.to_string(),
                at_value: true,
            });
        }
        // X's combinations, where X's keys are taken (elsewhere they are refused above).
        let given_on = |key: &Key| self.is_given(key.name) && key.is_on(platform);
        let widget = self.flag(&WIDGET) == Some(true);
        if !widget {
            if given_on(&SCRIPT) {
                problems.push(combination(CombinationError::ScriptWithoutWidget));
            }
            if given_on(&DNT) {
                problems.push(combination(CombinationError::DntWithoutWidget));
            }
        }
        if let Some(style) = self.get::<Style>(&STYLE).filter(|_| widget)
            && let Err(error @ WidgetStyleError::NotInWidget { .. }) = WidgetStyle::try_from(*style)
        {
            problems.push(Problem {
                key: STYLE.name,
                message: error.to_string(),
                at_value: true,
            });
        }
        if given_on(&SHOW_SCREEN_NAME) && !self.is_given(SCREEN_NAME.name) {
            problems.push(combination(
                CombinationError::ShowScreenNameWithoutScreenName,
            ));
        }
        problems
    }

    /// The link, once a recipient is set.
    ///
    /// ```
    /// use dm_button_core::{Key, Literal, Settings};
    ///
    /// let mut settings = Settings::default();
    /// let key = Key::find("recipient").unwrap();
    /// settings.set(key, key.parse(Literal::Text("1")).unwrap());
    /// assert_eq!(settings.link().unwrap().to_url(), "https://x.com/messages/compose?recipient_id=1");
    /// ```
    #[must_use]
    pub fn link(&self) -> Option<LinkSpec<'_>> {
        Some(
            LinkSpec::to(self.recipient()?)
                .host(self.get::<Host>(&HOST).copied().unwrap_or_default())
                .text(self.text(&TEXT))
                .subject(self.text(&SUBJECT))
                .referral(self.get::<Referral>(&REF))
                .welcome_message_id(self.get::<WelcomeMessageId>(&WELCOME_MESSAGE_ID).copied()),
        )
    }

    /// The button to render, once a recipient is set and [`problems`](Self::problems) is
    /// empty (a combination that means nothing renders as the nearest one that does).
    ///
    /// ```
    /// use dm_button_core::{Key, Literal, Settings};
    ///
    /// let mut settings = Settings::default();
    /// let key = Key::find("recipient").unwrap();
    /// settings.set(key, key.parse(Literal::Text("1")).unwrap());
    /// assert!(settings.spec().unwrap().to_html().starts_with("<a class=\"dm-button dm-button--compact dm-button--x\""));
    /// ```
    #[must_use]
    pub fn spec(&self) -> Option<ButtonSpec<'_>> {
        let style = self.get::<Style>(&STYLE).copied();
        let look = match self.flag(&WIDGET) {
            Some(true) => Look::Widget {
                style: style
                    .and_then(|style| WidgetStyle::try_from(style).ok())
                    .unwrap_or_default(),
                script: self.flag(&SCRIPT).unwrap_or(false),
                dnt: self.flag(&DNT).unwrap_or(false),
            },
            _ => Look::Static(style.unwrap_or_default()),
        };
        Some(ButtonSpec {
            look,
            screen_name: self.get::<ScreenName>(&SCREEN_NAME).map(|name| ShownName {
                name: *name,
                shown: self.flag(&SHOW_SCREEN_NAME).unwrap_or(true),
            }),
            label: self.text(&LABEL),
            lang: self.get::<Lang>(&LANG).copied(),
            new_tab: self.flag(&NEW_TAB).unwrap_or(false),
            class: self.get::<ClassList>(&CLASS),
            id: self.get::<ElementId>(&ID),
            name: self.text(&NAME),
            role: self.text(&ROLE),
            ..ButtonSpec::new(self.link()?)
        })
    }
}

/// A combination of keys that means nothing.
///
/// ```
/// use dm_button_core::{Key, Literal, Setting, Settings};
///
/// let mut settings = Settings::default();
/// let recipient = Key::find("recipient").unwrap();
/// settings.set(recipient, recipient.parse(Literal::Text("42")).unwrap());
/// settings.set(Key::find("show_screen_name").unwrap(), Setting::Flag(false));
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

/// The message for a button without a recipient key. `owner` is what was called
/// (`dm_button!`, `dm_button()`), `assign` how it writes a value (` = ` in a macro, `=` in a
/// template function).
///
/// ```
/// let message = dm_button_core::missing_recipient_message("dm_button!", " = ");
/// assert!(message.contains("`recipient = 3805104374`"));
/// ```
#[must_use]
pub fn missing_recipient_message(owner: &str, assign: &str) -> String {
    format!(
        "{owner} needs a recipient: add the key of the platform the button opens a conversation \
         on, such as `recipient{assign}3805104374` (an X account's own numeric ID) or \
         `whatsapp{assign}\"+33 6 12 34 56 78\"`; the docs list every platform's key"
    )
}

fn combination(error: CombinationError) -> Problem {
    Problem {
        key: error.key(),
        message: error.to_string(),
        at_value: false,
    }
}
