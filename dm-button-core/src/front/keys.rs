//! The keys of `dm_button!` and `dm_link!`: the table in DESIGN.md, as data. It is the one
//! declaration of what keys there are, what each takes, how its value is parsed and which
//! platforms' buttons take it, read by the macros' checks, by the template engines'
//! `dm_button(...)` function, by [`Settings`](crate::Settings), which stores what each key
//! was given, and by the test that holds the docs' tables to it.
//!
//! The recipient keys, one per platform, come from the registry of platforms; the others
//! are declared below, once each.

use std::borrow::Cow;

use crate::front::settings::Setting;
use crate::{ClassList, Contact, ElementId, Host, Lang, Platform, Referral, ScreenName, Style};

/// What kind of literal a key takes.
///
/// ```
/// assert_eq!(dm_button_core::Key::find("new_tab").unwrap().kind, dm_button_core::Kind::Bool);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An integer literal or a string of digits.
    Id,
    /// An ID as for [`Kind::Id`], or a string naming an account listed in `dm-button.toml`,
    /// which a macro looks up.
    Recipient,
    /// A string literal.
    Str,
    /// `true` or `false`.
    Bool,
}

/// A value as a front end read it, once its kind is right for the key: the text of a string
/// or of an integer, or a flag.
///
/// ```
/// use dm_button_core::{Key, Literal};
///
/// let style = Key::find("style").unwrap().parse(Literal::Text("large"));
/// assert!(style.is_ok());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Literal<'a> {
    /// A string literal's value, or an integer's digits.
    Text(&'a str),
    /// `true` or `false`.
    Flag(bool),
}

/// A rule that parses text into a [`Setting`], which may borrow the text (free text does).
pub type TextRule = for<'t> fn(&'t str) -> Result<Setting<'t>, String>;

/// How a key's value becomes a [`Setting`]: the rule it follows, which is the value type's
/// own `FromStr` (so the message is the one the builder's user gets too).
#[derive(Clone, Copy)]
pub enum Parse {
    /// From the text of a string or integer literal: a setting that may borrow it.
    Text(TextRule),
    /// `true` or `false`, as it is.
    Flag,
}

impl std::fmt::Debug for Parse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Text(_) => "Parse::Text",
            Self::Flag => "Parse::Flag",
        })
    }
}

/// What free text written in a macro must be beyond the run-time rule (where any string
/// goes): not empty, or not blank. Written so, it is a mistake, and the message says what to
/// do instead: "`{key}` is blank: leave it out{instead}".
///
/// ```
/// use dm_button_core::LiteralRule;
///
/// let rule = LiteralRule { blank: true, instead: ", or write the sentence" };
/// assert_eq!(rule.check("greeting", "Hi!"), Ok(()));
/// assert_eq!(
///     rule.check("greeting", "  "),
///     Err("`greeting` is blank: leave it out, or write the sentence".to_owned())
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LiteralRule {
    /// Whether whitespace alone counts as nothing too (a blank label shows nothing), or only
    /// the empty string does (a message of spaces is still a message).
    pub blank: bool,
    /// What the message offers after "leave it out": `", or give the email's subject"`.
    pub instead: &'static str,
}

impl LiteralRule {
    /// `Err` with the message when `text`, written as the value of `key`, breaks the rule.
    ///
    /// # Errors
    ///
    /// The message, when `text` is empty (or blank, for a rule on blank text).
    pub fn check(&self, key: &str, text: &str) -> Result<(), String> {
        let (nothing, what) = if self.blank {
            (text.trim().is_empty(), "blank")
        } else {
            (text.is_empty(), "empty")
        };
        if nothing {
            return Err(format!("`{key}` is {what}: leave it out{}", self.instead));
        }
        Ok(())
    }
}

/// A part of a link that some platforms' links take and others do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A prefilled message.
    Text,
    /// An email's subject.
    Subject,
    /// Meta's `ref`.
    Referral,
    /// A page to open, which a new tab can show.
    Page,
}

impl Part {
    /// Whether `platform`'s link takes this part, as the platform declares.
    #[must_use]
    pub const fn taken_by(self, platform: Platform) -> bool {
        match self {
            Self::Text => platform.takes_text(),
            Self::Subject => platform.takes_subject(),
            Self::Referral => platform.takes_referral(),
            Self::Page => platform.opens_page(),
        }
    }

    /// Why `platform`'s button refuses `key`, which asks for this part.
    fn refusal(self, key: &str, platform: Platform) -> String {
        let name = platform.name();
        match self {
            Self::Text => format!(
                "{name}'s link takes no prefilled message: remove `{key}`, which it would drop"
            ),
            Self::Subject => format!(
                "only an email has a subject, and `{}` makes this {} {name} button: remove \
                 `{key}`, or put its words in `text`",
                platform.key(),
                platform.article(),
            ),
            Self::Referral => format!(
                "{name}'s link takes no `ref` (Meta's referral parameter, for Messenger and \
                 Instagram links): remove `{key}`"
            ),
            Self::Page => format!(
                "{article} {name} link opens no page but hands over to another program (a mail, \
                 messaging or phone app), so a new tab \
                 would stay empty: remove `{key}`",
                article = platform.article(),
            ),
        }
    }
}

/// Which platforms' buttons take a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    /// Every platform's.
    All,
    /// One platform's: its recipient key, or one of X's own keys.
    Only(Platform),
    /// The platforms whose link takes a part.
    Taking(Part),
}

/// A key, what it takes, and where it is allowed.
///
/// ```
/// let text = dm_button_core::Key::find("text").unwrap();
/// assert!(text.in_link);
/// ```
#[derive(Debug)]
pub struct Key {
    /// The key's name.
    pub name: &'static str,
    /// What kind of value it takes.
    pub kind: Kind,
    /// An example of a right value, as it is written in a macro, for messages.
    pub example: &'static str,
    /// Whether the key changes the URL, so `dm_link!` takes it too.
    pub in_link: bool,
    /// How its value is parsed.
    pub parse: Parse,
    /// What a literal must also be, beyond what the value type takes at run time: free text
    /// is any string in the builder, but an empty `text` or a blank `label` written in a
    /// macro is a mistake.
    pub literal: Option<LiteralRule>,
    /// The platforms whose buttons take the key.
    pub on: On,
    /// The platform this key names the recipient on, if it is a recipient key.
    pub recipient_of: Option<Platform>,
}

impl Key {
    /// Whether the buttons of `platform` take this key.
    ///
    /// ```
    /// use dm_button_core::{Key, Platform};
    ///
    /// assert!(Key::find("text").unwrap().is_on(Platform::WhatsApp));
    /// assert!(!Key::find("text").unwrap().is_on(Platform::Instagram));
    /// ```
    #[must_use]
    pub fn is_on(&self, platform: Platform) -> bool {
        match self.on {
            On::All => true,
            On::Only(only) => only == platform,
            On::Taking(part) => part.taken_by(platform),
        }
    }

    /// Why the buttons of `platform` refuse this key, in a sentence that says what to do.
    ///
    /// ```
    /// use dm_button_core::{Key, Platform};
    ///
    /// let message = Key::find("screen_name").unwrap().refusal(Platform::Email);
    /// assert!(message.starts_with("`screen_name` is for X buttons only"));
    /// ```
    #[must_use]
    pub fn refusal(&self, platform: Platform) -> String {
        match self.on {
            On::Taking(part) => part.refusal(self.name, platform),
            On::All | On::Only(_) => {
                let owner = match self.on {
                    On::Only(only) => only.name(),
                    _ => "",
                };
                format!(
                    "`{name}` is for {owner} buttons only, and `{key}` makes this {article} \
                     {platform} button: remove `{name}`",
                    name = self.name,
                    key = platform.key(),
                    article = platform.article(),
                    platform = platform.name(),
                )
            }
        }
    }

    /// The recipient keys, one per platform, in the order of [`Platform::ALL`].
    ///
    /// ```
    /// use dm_button_core::{Key, Platform};
    ///
    /// let platforms: Vec<_> = Key::recipient_keys().filter_map(|key| key.recipient_of).collect();
    /// assert_eq!(platforms, Platform::ALL);
    /// ```
    pub fn recipient_keys() -> impl Iterator<Item = &'static Self> {
        KEYS.iter().filter(|key| key.recipient_of.is_some())
    }

    /// The key called `name`, if there is one.
    ///
    /// ```
    /// assert!(dm_button_core::Key::find("stlye").is_none());
    /// ```
    #[must_use]
    pub fn find(name: &str) -> Option<&'static Self> {
        KEYS.iter().find(|key| key.name == name)
    }

    /// Parses `literal` by the key's rule. A literal of the wrong kind for the key (a flag
    /// for a string key, say) is refused with the key's example; front ends check the kind
    /// first, with a message in their own words.
    ///
    /// ```
    /// use dm_button_core::{Key, Literal};
    ///
    /// let lang = Key::find("lang").unwrap();
    /// assert!(lang.parse(Literal::Text("fr")).is_ok());
    /// assert!(lang.parse(Literal::Text("xx")).unwrap_err().contains("the languages are"));
    /// assert!(lang.parse(Literal::Flag(true)).is_err());
    /// ```
    pub fn parse<'t>(&self, literal: Literal<'t>) -> Result<Setting<'t>, String> {
        match (self.parse, literal) {
            (Parse::Text(parse), Literal::Text(text)) => parse(text),
            (Parse::Flag, Literal::Flag(flag)) => Ok(Setting::Flag(flag)),
            _ => Err(format!(
                "`{name}` takes a value such as `{name} = {example}`",
                name = self.name,
                example = self.example
            )),
        }
    }
}

/// The message for `name`, which is not one of `keys`: the closest key suggested, or the
/// keys described. `noun` is what the caller calls a key (a macro's "key", a function's
/// "argument"), `owner` what takes them (`dm_button!`, `dm_button()`).
///
/// ```
/// let message = dm_button_core::unknown_key_message("stlye", "key", "dm_button!", dm_button_core::KEYS.iter());
/// assert_eq!(message, "unknown key `stlye`: did you mean `style`?");
/// let message = dm_button_core::unknown_key_message("colour", "key", "dm_button!", dm_button_core::KEYS.iter());
/// assert!(message.contains("a recipient key"));
/// ```
#[must_use]
pub fn unknown_key_message<'k>(
    name: &str,
    noun: &str,
    owner: &str,
    keys: impl Iterator<Item = &'k Key> + Clone,
) -> String {
    match crate::closest(name, keys.clone().map(|key| key.name)) {
        Some(suggestion) => format!("unknown {noun} `{name}`: did you mean `{suggestion}`?"),
        None => format!("unknown {noun} `{name}`: {owner} takes {}", described(keys)),
    }
}

/// `keys` as a message lists them: the recipient keys summed up (one per platform, listed in
/// the docs), then the others by name.
pub fn described<'k>(keys: impl Iterator<Item = &'k Key>) -> String {
    let others: Vec<&str> = keys
        .filter(|key| key.recipient_of.is_none())
        .map(|key| key.name)
        .collect();
    format!(
        "a recipient key (`recipient` for X, or another platform's, such as `whatsapp`: the \
         docs list them), then {}",
        others.join(", ")
    )
}

/// A recipient key: taken by its platform's buttons alone (it is what makes them that
/// platform's), parsed by the platform's recipient type.
const fn recipient(platform: Platform, parse: TextRule) -> Key {
    Key {
        name: platform.key(),
        kind: platform.kind(),
        example: platform.example(),
        in_link: true,
        parse: Parse::Text(parse),
        literal: None,
        on: On::Only(platform),
        recipient_of: Some(platform),
    }
}

/// A key whose value is parsed from text.
pub(crate) const fn text(
    name: &'static str,
    kind: Kind,
    example: &'static str,
    in_link: bool,
    on: On,
    parse: TextRule,
) -> Key {
    Key {
        name,
        kind,
        example,
        in_link,
        parse: Parse::Text(parse),
        literal: None,
        on,
        recipient_of: None,
    }
}

/// A key that takes `true` or `false`.
pub(crate) const fn flag(name: &'static str, example: &'static str, on: On) -> Key {
    Key {
        name,
        kind: Kind::Bool,
        example,
        in_link: false,
        parse: Parse::Flag,
        literal: None,
        on,
        recipient_of: None,
    }
}

/// Free text: any string in the builder, a setting of its own; written in a macro, it
/// follows `literal`.
pub(crate) const fn free_text(
    name: &'static str,
    example: &'static str,
    in_link: bool,
    on: On,
    literal: LiteralRule,
) -> Key {
    let mut key = text(name, Kind::Str, example, in_link, on, |text| {
        Ok(Setting::Text(Cow::Borrowed(text)))
    });
    key.literal = Some(literal);
    key
}

/// The rule of free text that means nothing empty (a message of spaces is a message).
const fn unless_empty(instead: &'static str) -> LiteralRule {
    LiteralRule {
        blank: false,
        instead,
    }
}

/// The rule of free text that means nothing blank.
pub(crate) const fn unless_blank(instead: &'static str) -> LiteralRule {
    LiteralRule {
        blank: true,
        instead,
    }
}

/// `text.parse::<T>()`, its error as the message, wrapped into a setting.
pub(crate) fn parsed<T>(
    text: &str,
    setting: impl FnOnce(T) -> Setting<'static>,
) -> Result<Setting<'static>, String>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    text.parse().map(setting).map_err(|error| error.to_string())
}

/// X's keys, which only X's buttons take.
const X: On = On::Only(Platform::X);

/// `text`: the prefilled message.
pub(crate) const TEXT: Key = free_text(
    "text",
    "\"Hello world\"",
    true,
    On::Taking(Part::Text),
    unless_empty(", or give the message to prefill"),
);
/// `subject`: an email's subject.
pub(crate) const SUBJECT: Key = free_text(
    "subject",
    "\"Order #1234\"",
    true,
    On::Taking(Part::Subject),
    unless_blank(", or give the email's subject"),
);
/// `ref`: Meta's referral parameter.
pub(crate) const REF: Key = text(
    "ref",
    Kind::Str,
    "\"summer_sale\"",
    true,
    On::Taking(Part::Referral),
    |text| parsed::<Referral>(text, Setting::Referral),
);
/// `welcome_message_id`: X's welcome message.
pub(crate) const WELCOME_MESSAGE_ID: Key = text(
    "welcome_message_id",
    Kind::Id,
    "1234567890",
    true,
    X,
    |text| parsed(text, Setting::WelcomeMessageId),
);
/// `host`: X's host.
pub(crate) const HOST: Key = text("host", Kind::Str, "\"x.com\"", true, X, |text| {
    parsed::<Host>(text, Setting::Host)
});
/// `screen_name`: X's screen name, shown after the label.
pub(crate) const SCREEN_NAME: Key =
    text("screen_name", Kind::Str, "\"@furni\"", false, X, |text| {
        parsed::<ScreenName>(text, Setting::ScreenName)
    });
/// `show_screen_name`: whether the label shows it.
pub(crate) const SHOW_SCREEN_NAME: Key = flag("show_screen_name", "false", X);
/// `style`.
pub(crate) const STYLE: Key = text("style", Kind::Str, "\"large\"", false, On::All, |text| {
    parsed::<Style>(text, Setting::Style)
});
/// `label`: the visible words.
pub(crate) const LABEL: Key = free_text(
    "label",
    "\"Contact us\"",
    false,
    On::All,
    unless_blank(" for the built-in label (\"Message\", or its translation for `lang`)"),
);

/// `name`: the person who answers.
pub(crate) const NAME: Key = free_text(
    "name",
    "\"Ana\"",
    false,
    On::All,
    unless_blank(", or give the name of the person who answers"),
);
/// `role`: what the person who answers does.
pub(crate) const ROLE: Key = free_text(
    "role",
    "\"Sales\"",
    false,
    On::All,
    unless_blank(", or give what the person who answers does"),
);
/// `lang`: the language of the built-in label.
pub(crate) const LANG: Key = text("lang", Kind::Str, "\"fr\"", false, On::All, |text| {
    parsed::<Lang>(text, Setting::Lang)
});
/// `new_tab`.
pub(crate) const NEW_TAB: Key = flag("new_tab", "true", On::Taking(Part::Page));
/// `class`: extra class names.
pub(crate) const CLASS: Key = text(
    "class",
    Kind::Str,
    "\"footer-cta\"",
    false,
    On::All,
    |text| parsed::<ClassList>(text, Setting::Class),
);
/// `id`: the button's `id`.
pub(crate) const ID: Key = text("id", Kind::Str, "\"contact\"", false, On::All, |text| {
    parsed::<ElementId>(text, Setting::Id)
});
/// `widget`: X's widget markup.
pub(crate) const WIDGET: Key = flag("widget", "true", X);
/// `script`: X's widget loader.
pub(crate) const SCRIPT: Key = flag("script", "true", X);
/// `dnt`: X's do-not-track flag.
pub(crate) const DNT: Key = flag("dnt", "true", X);

/// Every key in the order of the docs: a recipient key per platform (from the registry),
/// then the link's keys, then the button's.
macro_rules! table_of_keys {
    ($($(#[$doc:meta])* $variant:ident($recipient:ident) in $module:ident,)+) => {
        /// Every key, in the order of the docs: the recipient keys (one per platform), then
        /// the link's, then the button's.
        ///
        /// ```
        /// use dm_button_core::KEYS;
        ///
        /// assert_eq!(KEYS[0].name, "recipient");
        /// assert!(KEYS.iter().any(|key| key.name == "whatsapp"));
        /// ```
        pub const KEYS: &[Key] = &[
            $(recipient(Platform::$variant, |text| {
                parsed::<crate::$recipient>(text, |recipient| {
                    Setting::Contact(Contact::$variant(recipient))
                })
            }),)+
            TEXT,
            SUBJECT,
            REF,
            WELCOME_MESSAGE_ID,
            HOST,
            SCREEN_NAME,
            SHOW_SCREEN_NAME,
            STYLE,
            LABEL,
            NAME,
            ROLE,
            LANG,
            NEW_TAB,
            CLASS,
            ID,
            WIDGET,
            SCRIPT,
            DNT,
        ];
    };
}
crate::for_each_platform!(table_of_keys);
