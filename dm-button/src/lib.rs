//! Contact buttons for Rust web apps, checked at compile time and rendered as accessible,
//! script-free HTML: X's (Twitter's) Message button and, beside it, WhatsApp, Telegram,
//! Messenger, Instagram, email, SMS, a phone call, Signal, LINE, Threema, Teams and
//! KakaoTalk, each a plain link to the platform's own click-to-chat page or app.
//!
//! X's Message button is a link to its DM composer,
//! `https://x.com/messages/compose?recipient_id=3805104374&text=Hello%20world`, the link X
//! documents (X is moving its messages to XChat, `x.com/i/chat`, and the compose link opens
//! the conversation there). Written by
//! hand it goes wrong in the same few ways: a screen name where the numeric ID must go, text
//! that is not encoded, an ID that went through a double and changed, X's tracking script on
//! every page. This crate makes each of those a compile error (for values known at build
//! time) or a typed error (for values that come at run time), and renders the button as one
//! `<a>` with an inline icon, styled by its own stylesheet.
//!
//! # At compile time: `dm_button!` and `dm_link!`
//!
//! ```
//! use dm_button::{StaticButton, dm_button, dm_link};
//!
//! // The markup, computed at compile time: rendering it is one copy.
//! const BUTTON: StaticButton = dm_button!(recipient = 3805104374, style = "compact");
//! // The bare link, a &'static str.
//! const LINK: &str = dm_link!(recipient = 3805104374, text = "Hello world");
//!
//! assert_eq!(LINK, "https://x.com/messages/compose?recipient_id=3805104374&text=Hello%20world");
//! # #[cfg(feature = "maud")] {
//! let page = maud::html! { footer { (BUTTON) } };
//! assert!(page.into_string().starts_with(r#"<footer><a class="dm-button dm-button--compact dm-button--x""#));
//! # }
//! ```
//!
//! Every option is checked by the compiler, each mistake with its own message at the
//! offending token:
//!
//! ```compile_fail
//! // error: the recipient is 0, which is no X account: X user IDs start at 1; for example
//! // `recipient = 3805104374`, ...
//! let button = dm_button::dm_button!(recipient = 0);
//! ```
//!
//! The recipient key chooses the platform, with the same checks: a phone number is checked
//! against libphonenumber's data for its country, and X's own keys are errors elsewhere.
//!
//! ```
//! use dm_button::{StaticButton, dm_button};
//!
//! const CHAT: StaticButton = dm_button!(whatsapp = "+33 6 12 34 56 78", text = "Bonjour !");
//! assert_eq!(CHAT.href(), "https://wa.me/33612345678?text=Bonjour%20%21");
//! const MAIL: StaticButton = dm_button!(email = "hello@example.com", subject = "Hi");
//! assert!(MAIL.as_str().contains("Send an email"));
//! ```
//!
//! ```compile_fail
//! // error: the phone number `06 12 34 56 78` is in national form, as dialled inside its
//! // country: write it in international form, ...
//! let button = dm_button::dm_button!(whatsapp = "06 12 34 56 78");
//! ```
//!
//! The code can name the recipient instead: `recipient = "@furni"` is looked up at compile
//! time in `dm-button.toml`, a file checked into the repository and kept by `cargo
//! dm-button`; a name the file does not list is a compile error that says how to add it.
//!
//! See [`dm_button!`] for every key.
//!
//! # At run time: `DmButton`
//!
//! ```
//! use dm_button::{DmButton, RecipientId, Style};
//!
//! let id: RecipientId = "3805104374".parse()?; // or a number, or serde (feature `serde`)
//! let button = DmButton::new(id).text("Hello world").style(Style::Large);
//! let page = maud::html! { footer { (button) } };
//! # let _ = page;
//! # Ok::<(), dm_button::RecipientIdError>(())
//! ```
//!
//! [`DmButton`] takes the same options, follows the same rules and renders the same bytes
//! as the macro, from the same code.
//!
//! # The look
//!
//! The static markup is styled by the crate's own stylesheet, [`STYLESHEET`]: compact,
//! large, icon and link styles, light and dark schemes, a visible focus ring. Serve it as a
//! file or inline it; either way the page needs no script, and [`STYLESHEET_CSP_HASH`] lets
//! a strict Content-Security-Policy allow it inlined. With `widget = true`
//! ([`DmButton::widget`]) the markup is X's own, for X's script to style.
//!
//! # In templates
//!
//! The buttons and the panels ([`StaticButton`], [`DmButton`], [`CountedButton`],
//! [`StaticPanel`], [`Panel`]) are markup, escaped where it was made, and each template
//! engine is told so, all five the same way, so that `{{ button }}` renders a button, not
//! its escaped text:
//!
//! - maud (feature `maud`, on by default): `maud::Render`, so `(button)` in `html!`;
//! - askama (feature `askama`): `{{ button }}` in an auto-escaping template, no `|safe`
//!   needed (see the `askama` module);
//! - minijinja (feature `minijinja`): `Value::from(button)` is a safe value, and a
//!   `dm_button(...)` function builds buttons in templates (see the `minijinja` module);
//! - Tera 2 (feature `tera`): `tera::Value::from(button)` is a safe string, and the same
//!   functions (see the `tera` module);
//! - Handlebars 6 (feature `handlebars`): `{{dm_button ...}}` and `{{dm_panel ...}}`
//!   helpers, and `{{{button}}}` for a button made beforehand (see the `handlebars` module);
//! - sailfish (feature `sailfish`): `<%= button %>` (see the `sailfish` module);
//! - markup.rs (feature `markup`): `@button` in `markup::define!` (see the `markup` module);
//! - hypertext (feature `hypertext`): `(button)` in its `maud!` and `rsx!` (see the
//!   `hypertext` module);
//! - anything else: [`Display`](std::fmt::Display) and `as_str()`, marked safe the way that
//!   engine marks trusted HTML.
//!
//! One trap: maud escapes any value that implements `Display` but not its own `Render`. With
//! the `maud` feature off, or with a maud of another major version than the one dm-button
//! implements `Render` for (0.27), `(button)` prints the markup as text; wrap it in
//! `maud::PreEscaped(button.as_str())` there.
//!
//! # Features
//!
//! - `maud` (default): `maud::Render` for [`StaticButton`] and [`DmButton`]. It stays on by
//!   default, decided before 0.1 and kept: it was on from the first version, and turning a
//!   default off later breaks every build that relies on it without a word (maud would
//!   escape the button as text); and it costs a clean build little (maud alone is the
//!   baseline the crate's clean build is measured against, in BENCHMARKS.md). The other
//!   engines are opt-in: an application uses one, and each costs a clean build more.
//! - `names` (default): recipients by name in the macros, `recipient = "@furni"`, looked up
//!   at compile time in `dm-button.toml` (it builds a TOML parser into the proc macro; off, a
//!   recipient is its numeric ID and the macros compile faster).
//! - `askama`: askama's `HtmlSafe` and `FastWritable` for both.
//! - `minijinja`: `From<..> for minijinja::Value` (safe values) for both, and the
//!   `dm_button(...)` template function.
//! - `tera`, `handlebars`, `sailfish`, `markup`, `hypertext`: the engines above, each
//!   for buttons and panels.
//! - `http`: `http::stylesheet`, the stylesheet as an `http::Response` (ETag, 304, a year's
//!   cache), and `http::click`, a counting route's 303, for axum and hyper;
//!   [`StylesheetResponse`] and [`ClickRoutes`] do the same for any framework.
//! - `recipients`: `Recipients`, the names of a `dm-button.toml` at run
//!   time (the macros read the file at compile time without it).
//! - `serde`: `Serialize`/`Deserialize` for the IDs and for the option types (as their
//!   strings). IDs are strings in human-readable formats such as JSON and TOML, read from a
//!   number or a string without loss above 2^53; in compact formats such as postcard and
//!   bincode they are a `u64`.
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

#[cfg(feature = "askama")]
pub mod askama;
mod builder;
mod clicks;
#[cfg(feature = "handlebars")]
pub mod handlebars;
#[cfg(feature = "http")]
pub mod http;
#[cfg(feature = "hypertext")]
pub mod hypertext;
#[cfg(feature = "markup")]
pub mod markup;
#[cfg(feature = "minijinja")]
pub mod minijinja;
mod panel;
#[cfg(feature = "sailfish")]
pub mod sailfish;
pub mod state;
mod static_button;
mod static_panel;
mod stylesheet;
mod stylesheet_route;
#[cfg(any(feature = "minijinja", feature = "tera", feature = "handlebars"))]
mod template_args;
#[cfg(feature = "tera")]
pub mod tera;
#[cfg(any(
    feature = "maud",
    feature = "askama",
    feature = "minijinja",
    feature = "tera",
    feature = "sailfish",
    feature = "markup",
    feature = "hypertext"
))]
mod trusted;

pub use builder::{DmButton, OptionError};
pub use clicks::{Click, ClickAnswer, ClickRouteError, ClickRoutes, CountedButton};
pub use panel::{ContactPanel, Panel};
pub use static_button::StaticButton;
pub use static_panel::StaticPanel;
pub use stylesheet::{STYLESHEET, STYLESHEET_CSP_HASH};
pub use stylesheet_route::{STYLESHEET_ETAG, STYLESHEET_PATH, StylesheetResponse};

// Each platform's recipient type and its error (`PhoneNumber`, `PhoneNumberError`...), and
// their limits (constants on the types): a new platform's types come with it.
pub use dm_button_core::platform_types::*;
pub use dm_button_core::{
    ClassList, ClassListError, Contact, ContactError, Dir, ElementId, ElementIdError, Lang,
    LangError, MessageText, PanelError, Placement, PlacementError, Platform, PlatformError,
    Referral, ReferralError, Side, SideError, Style, StyleError, TextError, WidgetStyle,
    WidgetStyleError,
};
#[cfg(feature = "hours")]
pub use dm_button_core::{Hours, HoursError, TimeZone, TimeZoneError};
#[cfg(feature = "qr")]
pub use dm_button_core::{QR_MAX_BYTES, QR_QUIET_ZONE, QrError};
#[cfg(feature = "recipients")]
pub use dm_button_core::{
    RECIPIENTS_FILE, Recipient, Recipients, RecipientsError, RecipientsFileError,
};

/// A Message button, checked and rendered at compile time: a [`StaticButton`] holding the
/// markup as a `&'static str`, usable in a `const`.
///
/// ```
/// use dm_button::{StaticButton, dm_button};
///
/// const FOOTER: StaticButton = dm_button!(
///     recipient = 3805104374,
///     text = "Hello world",
///     screen_name = "@furni",
///     style = "large",
///     lang = "es",
/// );
/// let html = maud::html! { footer { (FOOTER) } }.into_string();
/// assert!(html.contains("Enviar mensaje"));
/// ```
///
/// # Keys
///
/// Arguments are `key = literal` pairs, comma separated, in any order, with an optional
/// trailing comma. One recipient key is required, and chooses the platform: `recipient` (X),
/// `whatsapp`, `telegram`, `messenger`, `instagram`, `email`, `sms`, `phone`, `signal`,
/// `line`, `threema`, `teams` or `kakaotalk`. *on* says which platforms' buttons take each
/// key; any other is a compile error that names both.
///
/// | key | on | value | default | what it does |
/// |---|---|---|---|---|
/// | `recipient` | X | integer literal (`3_805_104_374` is fine) or string of digits; or `"@name"` | one recipient key is required | `1..=9223372036854775807`; the numeric user ID, or a screen name listed in `dm-button.toml` |
/// | `whatsapp` | WhatsApp | string: `+`, country code, number; spaces, `-`, `.`, `/`, `()` allowed |  | valid for its country by libphonenumber's data; the link holds the digits: `https://wa.me/33612345678` |
/// | `telegram` | Telegram | string: a username, optional `@`; or a phone number |  | a username is 5 to 32 of `A-Z a-z 0-9 _`, starting with a letter, with no `__` and no `_` at the end: `https://t.me/NAME`; a number is checked as for `whatsapp`: `https://t.me/+DIGITS` |
/// | `messenger` | Messenger | string: a Facebook Page's username or numeric ID |  | up to 50 of `A-Z a-z 0-9 .`: `https://m.me/NAME` |
/// | `instagram` | Instagram | string, optional `@` |  | 1 to 30 of `A-Z a-z 0-9 . _`, no `.` first, last or twice: `https://ig.me/m/NAME` |
/// | `email` | email | string: an address (`addr-spec`) |  | no display name or domain literal: `mailto:ADDRESS` |
/// | `sms` | SMS | string: a phone number, as for `whatsapp` |  | checked as for `whatsapp`: `sms:+16502530000` |
/// | `phone` | phone | string: a phone number, as for `whatsapp` |  | checked as for `whatsapp`: `tel:+16502530000` |
/// | `signal` | Signal | string: a phone number, as for `whatsapp` |  | checked as for `whatsapp`: `https://signal.me/#p/+16502530000` |
/// | `line` | LINE | string: a LINE Official Account's ID, `@` and 1 to 18 of `A-Z a-z 0-9 . - _` |  | the `@` required (the link reaches Official Accounts only): `https://line.me/R/oaMessage/%40ID/` |
/// | `threema` | Threema | string: a Threema ID, 8 of `A-Z 0-9` (`*` first for a Gateway ID) |  | taken in capitals: `https://threema.id/ECHOECHO` |
/// | `teams` | Teams | string: a Microsoft Entra user principal name (email form) |  | checked as an email address: `https://teams.microsoft.com/l/chat/0/0?users=joe@contoso.com` |
/// | `kakaotalk` | KakaoTalk | string: a KakaoTalk Channel's public ID, `_` then letters and digits |  | as the channel's home URL shows it: `https://pf.kakao.com/_xcLqmC/chat` |
/// | `text` | all but Instagram, phone, Signal and KakaoTalk | string | none | prefilled message (an email's body), at most 10,000 characters (4,096 on Telegram); percent-encoded as UTF-8, unreserved characters kept, space as `%20`; in `mailto:` line breaks as `%0D%0A` |
/// | `subject` | email | string | none | the email's subject, encoded as `text` |
/// | `ref` | Messenger and Instagram | string | none | Meta's referral parameter, handed to the Page's webhook with the conversation: 1 to 2,083 of `A-Z a-z 0-9 _ = -` |
/// | `welcome_message_id` | X | integer or string of digits | none | same range as `recipient` |
/// | `host` | X | `"x.com"` or `"twitter.com"` | `"x.com"` |  |
/// | `screen_name` | X | string | none | optional leading `@`; 1 to 15 of `A-Z a-z 0-9 _`; shown after the label |
/// | `show_screen_name` | X | bool | `true` with `screen_name` | `false` moves the name into the tooltip; needs `screen_name` |
/// | `style` | all | `"compact"`, `"large"`, `"icon"`, `"link"` | `"compact"` | `icon` is icon-only with an accessible name; `link` is a plain link |
/// | `label` | all | string | from `lang` and the platform | the visible words, HTML-escaped |
/// | `name` | all | string | none | the person who answers, first in the button's accessible name ("Ana, Sales: Chat on WhatsApp"), HTML-escaped; a panel shows it beside the button |
/// | `role` | all | string | none | what that person does, after the name |
/// | `lang` | all | `"en"`, `"fr"`, `"es"`, `"de"`, `"pt"`, `"it"`, `"ja"`, `"nl"`, `"ko"`, `"ar"` | `"en"` | built-in label (naming the platform); also the button's `lang` (and `dir="rtl"` for Arabic) |
/// | `new_tab` | all but email, SMS and phone | bool | `false` | `target="_blank" rel="noopener noreferrer"`; not on a link that opens no page (`mailto:`), where it would leave an empty tab |
/// | `class` | all | string | none | extra class names, each a CSS identifier; `dm-button*` and `twitter-dm-button` are reserved |
/// | `id` | all | string | none | a valid HTML id |
/// | `widget` | X | bool | `false` | X's own markup (`class="twitter-dm-button"`, `data-*`) instead of the crate's; only the compact and large styles |
/// | `script` | X | bool | `false` | with `widget`: append X's `widgets.js` loader |
/// | `dnt` | X | bool | `false` | with `widget`: `data-dnt="true"` |
///
/// # Recipients by name
///
/// `recipient = "@furni"` (or `"furni"`, in any letter case) is looked up in the nearest
/// `dm-button.toml` from the crate's directory up to the workspace root: a file checked into
/// the repository, `[x]` then one `name = "ID"` a line, kept by `cargo dm-button` (crate
/// `cargo-dm-button`). The file is read once per compiler process, and an edit of it rebuilds
/// the crate. A string of digits is an ID; a screen name made only of digits is written with
/// its `@`.
///
/// ```
/// # #[cfg(feature = "names")] {
/// // This workspace's dm-button.toml lists `furni = "3805104374"`.
/// const BY_NAME: dm_button::StaticButton = dm_button::dm_button!(recipient = "@furni");
/// assert_eq!(BY_NAME, dm_button::dm_button!(recipient = 3805104374));
/// # }
/// ```
///
/// Recipients by name are the `names` feature (on by default), which builds a TOML parser
/// into the proc macro; without it, a recipient is its numeric ID.
///
/// # Errors
///
/// Each mistake is one compile error at the offending token, saying what to do: a screen
/// name that `dm-button.toml` does not list (or no such file, or one that does not parse, has
/// an invalid entry or lists a name twice) as `recipient`, 0, a number past the range, a negative, float, suffixed or
/// non-decimal number, a non-literal value (use `DmButton` for run-time values), an unknown
/// key (with the closest known one), a key given twice, no recipient key or two, a key the
/// platform does not take (X's keys elsewhere, `text` on Instagram, `subject` off email), an
/// invalid phone number (national form, `00`, letters, or a length or digits its country
/// does not have), username, Page or address, a literal of the wrong kind, an unknown style
/// or language (listing the valid ones), an invalid screen name, class or id, an empty or
/// too-long text, a blank label or subject, `script` or `dnt` without `widget = true`, an
/// `icon` or `link` widget, and `show_screen_name` without `screen_name`.
///
/// ```compile_fail
/// let button = dm_button::dm_button!(recipient = 3805104374, stlye = "large");
/// // error: unknown key `stlye`: did you mean `style`?
/// ```
///
/// The expansion reaches this crate through `$crate`, so the macro works however your crate
/// names dm-button: renamed in `Cargo.toml`, or re-exported by a crate of your own.
#[macro_export]
macro_rules! dm_button {
    ($($args:tt)*) => {
        $crate::__private::dm_button! { $crate { $($args)* } }
    };
}

/// A contact panel, checked and rendered at compile time: a [`StaticPanel`] holding the
/// markup as a `&'static str`, usable in a `const`. Several buttons behind one toggle, in the
/// page or floating in a corner, opened and closed by the browser with no script.
///
/// ```
/// use dm_button::{StaticPanel, dm_panel};
///
/// const CONTACT: StaticPanel = dm_panel!(
///     title = "Talk to us",
///     greeting = "We usually answer within the hour.",
///     placement = "floating",
///     buttons = [
///         (whatsapp = "+33 6 12 34 56 78", text = "Bonjour !", name = "Ana", role = "Sales"),
///         (recipient = 3805104374),
///         (email = "hello@example.com", subject = "Order"),
///     ],
/// );
/// let html = CONTACT.as_str();
/// assert!(html.contains(r#" aria-label="Ana, Sales: Chat on WhatsApp""#));
/// // Each entry holds the very `<a>` that `dm_button!` renders for the same keys.
/// assert!(html.contains(dm_button::dm_button!(email = "hello@example.com", subject = "Order").as_str()));
/// ```
///
/// # Keys
///
/// `buttons = [(...), (...)]` is the list of buttons, each in parentheses with
/// [`dm_button!`]'s keys, checked as `dm_button!` checks them; `name` and `role` say who
/// answers. The panel's own keys:
///
/// | key | value | default | notes |
/// |---|---|---|---|
/// | `title` | string | from `lang` ("Contact us") | the toggle's words and the landmark's name |
/// | `greeting` | string | none | a sentence above the buttons |
/// | `placement` | `"inline"`, `"floating"` | `"inline"` | a card in the page's flow, or a bubble fixed in a corner |
/// | `side` | `"right"`, `"left"` | `"right"` | the corner of a floating panel, mirrored right to left |
/// | `open` | bool | `false` | rendered open |
/// | `qr` | bool | `false` | a QR code beside each button whose link needs a phone, for desktop pointers (feature `qr`) |
/// | `lang` | as `dm_button!`'s | `"en"` | the built-in title's language, and the buttons' that set none |
/// | `id` | string | none | the landmark's `id` |
/// | `class` | string | none | extra classes on the `<details>` |
/// | `timezone` | an IANA name, `"Europe/Paris"` | none | the time zone of the buttons' `hours` (feature `hours`) |
///
/// A button of the panel also takes `hours` (feature `hours`): when its person answers, in
/// OpenStreetMap's `opening_hours` syntax (`"Mo-Fr 09:00-18:00; Sa 10:00-13:00"`). Outside
/// them, the panel says beside the button when they answer ("Replies from Monday 09:00, Paris
/// time"): `StaticPanel::render_at` renders it at a moment, `Display` at the current time.
///
/// # Markup
///
/// One `<aside>` landmark named by the title, around one `<details class="dm-panel
/// dm-panel--{placement} dm-panel--{side}">` whose `<summary>` is the toggle; then the
/// greeting and a list whose entries each hold exactly the `<a>` that `dm_button!` renders
/// for the same keys (the panel's `lang` included, when the entry sets none), the name and
/// role beside it, and its QR code. See `PanelSpec` in dm-button-core for the details.
///
/// # Errors
///
/// Each mistake is one compile error at the offending token: every mistake `dm_button!`
/// reports, in the button where it is; an unknown key of the panel (with the closest one),
/// a button's key given to the panel, a key given twice, no `buttons` or an empty list, a
/// list not written `[(...), (...)]`, `qr = true` with no button whose link needs a phone,
/// and a link too long for a QR code.
///
/// ```compile_fail
/// let panel = dm_button::dm_panel!(buttons = []);
/// // error: the panel has no buttons: give it at least one, as `buttons = [(whatsapp = "+33 6 12 34 56 78")]`
/// ```
#[macro_export]
macro_rules! dm_panel {
    ($($args:tt)*) => {
        $crate::__private::dm_panel! { $crate { $($args)* } }
    };
}

#[cfg(feature = "qr")]
#[doc(inline)]
pub use dm_button_macros::dm_qr;

// `dm_link!` expands to a string literal and names no item, so it needs no `$crate` and no
// `macro_rules!` layer: it is the proc macro itself, which saves a macro expansion per call.
#[doc(inline)]
pub use dm_button_macros::dm_link;

/// What the macros' expansion names. Not part of the API: it may change in any release,
/// which is why the three dm-button crates pin each other's exact version.
#[doc(hidden)]
pub mod __private {
    pub use crate::{StaticButton, StaticPanel};
    pub use dm_button_macros::{dm_button, dm_panel};
}

/// The crate's README (its page on crates.io), compiled and run as doc tests so that its
/// examples cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
