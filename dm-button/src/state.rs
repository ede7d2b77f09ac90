//! The type parameter of [`DmButton`](crate::DmButton): which markup it renders, and for
//! which platform.
//!
//! It exists so that a button that `dm_button!` would refuse cannot be built at run time
//! either, with a message that says why:
//!
//! - X's buttons are [`Static`] (the crate's own markup) or [`Widget`] (X's); only they have
//!   X's options (`.screen_name(..)`, `.host(..)`, `.welcome_message_id(..)`), and only the
//!   widget has `.script(..)` and `.dnt(..)`, and a `.style(..)` that takes a
//!   [`WidgetStyle`] (X's widget has no icon or link style).
//! - The other platforms' buttons are [`Chat`]`<P>`, `P` the platform's marker ([`WhatsApp`],
//!   [`Email`]...): each has the methods of the parts its link takes, so `.text(..)` does not
//!   exist on Instagram's, `.subject(..)` exists on email's only, and `.new_tab(..)` not on a
//!   link that opens no page.
//! - A button for a platform chosen at run time ([`DmButton::to`](crate::DmButton::to)) is
//!   [`AnyPlatform`]: the options every platform takes are its methods, and the others are
//!   `try_` methods that return an error for a platform that does not take them.
//!
//! You rarely write these types: they are inferred from the calls.
//!
//! ```
//! use dm_button::state::{Chat, Static, Telegram, Widget};
//! use dm_button::{DmButton, RecipientId, WidgetStyle};
//!
//! let id = RecipientId::MIN;
//! let own: DmButton<'_, Static> = DmButton::new(id).screen_name("furni".parse()?);
//! let x: DmButton<'_, Widget> = DmButton::widget(id).style(WidgetStyle::Large).script(true);
//! let chat: DmButton<'_, Chat<Telegram>> = DmButton::telegram("durov".parse()?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use dm_button_core::{Look, Marker, Style, WidgetStyle, capability};

/// The crate's own markup of an X button, styled by its stylesheet (the default).
///
/// ```
/// let button: dm_button::DmButton<'_, dm_button::state::Static> =
///     dm_button::DmButton::new(dm_button::RecipientId::MIN);
/// assert!(button.to_html().contains("dm-button--compact"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Static {
    pub(crate) style: Style,
}

/// X's widget markup, for X's script.
///
/// ```
/// let button: dm_button::DmButton<'_, dm_button::state::Widget> =
///     dm_button::DmButton::widget(dm_button::RecipientId::MIN);
/// assert!(button.to_html().contains("twitter-dm-button"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Widget {
    pub(crate) style: WidgetStyle,
    pub(crate) script: bool,
    pub(crate) dnt: bool,
}

/// A button of another platform than X ([`DmButton::whatsapp`](crate::DmButton::whatsapp),
/// ...), in the crate's own markup: `P` is the platform's marker.
///
/// ```
/// use dm_button::state::{Chat, Telegram};
///
/// let button: dm_button::DmButton<'_, Chat<Telegram>> =
///     dm_button::DmButton::telegram("durov".parse()?);
/// # Ok::<(), dm_button::TelegramRecipientError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Chat<P> {
    pub(crate) style: Style,
    pub(crate) platform: P,
}

/// A button for a platform chosen at run time, made by [`DmButton::to`](crate::DmButton::to)
/// from a [`Contact`](crate::Contact), in the crate's own markup.
///
/// ```
/// use dm_button::{Contact, DmButton, state::AnyPlatform};
///
/// let contact: Contact = "telegram:@durov".parse()?;
/// let button: DmButton<'_, AnyPlatform> = DmButton::to(contact);
/// assert!(button.to_html().contains("dm-button--telegram"));
/// # Ok::<(), dm_button::ContactError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AnyPlatform {
    pub(crate) style: Style,
}

mod sealed {
    use dm_button_core::Look;

    pub trait Mode {
        fn look(&self) -> Look;
    }
}

/// Which markup a [`DmButton`](crate::DmButton) renders: [`Static`] or [`Widget`] on X,
/// [`Chat`] on another platform, [`AnyPlatform`] for a platform chosen at run time. Sealed.
///
/// ```
/// fn render<M: dm_button::state::Mode>(button: &dm_button::DmButton<'_, M>) -> String {
///     button.to_html()
/// }
/// assert!(render(&dm_button::DmButton::new(dm_button::RecipientId::MIN)).starts_with("<a "));
/// ```
pub trait Mode: sealed::Mode {}

/// The markups in the crate's own style, whose `.style(..)` takes any [`Style`]: all but X's
/// widget. Sealed.
///
/// ```
/// fn large<M: dm_button::state::OwnMarkup>(button: dm_button::DmButton<'_, M>) -> String {
///     button.style(dm_button::Style::Large).to_html()
/// }
/// assert!(large(dm_button::DmButton::new(dm_button::RecipientId::MIN)).contains("dm-button--large"));
/// ```
pub trait OwnMarkup: Mode {
    #[doc(hidden)]
    fn set_style(&mut self, style: Style);
}

/// The markups of an X button, [`Static`] and [`Widget`]: the ones with X's options
/// (`.screen_name(..)`, `.host(..)`, `.welcome_message_id(..)`). Sealed.
///
/// ```
/// fn id<M: dm_button::state::OnX>(button: &dm_button::DmButton<'_, M>) -> u64 {
///     button.recipient().get()
/// }
/// assert_eq!(id(&dm_button::DmButton::new(dm_button::RecipientId::MIN)), 1);
/// ```
#[diagnostic::on_unimplemented(
    message = "only X's buttons have this option, and `{Self}` is another platform's",
    label = "an option of X's buttons",
    note = "X's options are `.screen_name(..)`, `.show_screen_name(..)`, `.host(..)` and `.welcome_message_id(..)`; for a platform chosen at run time, use the `try_` methods"
)]
pub trait OnX: TakesText + OpensPage {}

/// The buttons whose link takes a prefilled message (`.text(..)`). Sealed.
///
/// ```
/// fn greet<M: dm_button::state::TakesText>(button: dm_button::DmButton<'_, M>) -> String {
///     button.text("Hello").href()
/// }
/// assert!(greet(dm_button::DmButton::telegram("durov".parse()?)).ends_with("?text=Hello"));
/// # Ok::<(), dm_button::TelegramRecipientError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no `.text(..)`",
    label = "no prefilled message here",
    note = "for a platform chosen at run time, `.try_text(..)` says whether it takes one"
)]
pub trait TakesText: Mode {}

/// The buttons whose link takes a subject (`.subject(..)`): email's. Sealed.
///
/// ```
/// fn about<M: dm_button::state::TakesSubject>(button: dm_button::DmButton<'_, M>) -> String {
///     button.subject("Order").href()
/// }
/// assert!(about(dm_button::DmButton::email("a@example.com".parse()?)).ends_with("?subject=Order"));
/// # Ok::<(), dm_button::EmailAddressError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no `.subject(..)`",
    label = "no subject here",
    note = "for a platform chosen at run time, `.try_subject(..)` says whether it takes one"
)]
pub trait TakesSubject: Mode {}

/// The buttons whose link takes Meta's `ref` (`.referral(..)`): Messenger's and Instagram's.
/// Sealed.
///
/// ```
/// fn tagged<M: dm_button::state::TakesReferral>(button: dm_button::DmButton<'_, M>) -> String {
///     button.referral("ad42".parse().unwrap()).href()
/// }
/// assert!(tagged(dm_button::DmButton::instagram("nasa".parse()?)).ends_with("?ref=ad42"));
/// # Ok::<(), dm_button::InstagramUsernameError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no `.referral(..)`",
    label = "no `ref` here",
    note = "for a platform chosen at run time, `.try_referral(..)` says whether it takes one"
)]
pub trait TakesReferral: Mode {}

/// The buttons whose link opens a page, which `.new_tab(..)` can open in a new tab: not a
/// `mailto:` link, which hands over to a mail program. Sealed.
///
/// ```
/// fn outside<M: dm_button::state::OpensPage>(button: dm_button::DmButton<'_, M>) -> String {
///     button.new_tab(true).to_html()
/// }
/// assert!(outside(dm_button::DmButton::new(dm_button::RecipientId::MIN)).contains(r#"target="_blank""#));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no `.new_tab(..)`",
    label = "this link opens no page",
    note = "for a platform chosen at run time, `.try_new_tab(..)` says whether it opens one"
)]
pub trait OpensPage: Mode {}

impl sealed::Mode for Static {
    fn look(&self) -> Look {
        Look::Static(self.style)
    }
}

impl sealed::Mode for Widget {
    fn look(&self) -> Look {
        Look::Widget {
            style: self.style,
            script: self.script,
            dnt: self.dnt,
        }
    }
}

impl<P: Marker> sealed::Mode for Chat<P> {
    fn look(&self) -> Look {
        Look::Static(self.style)
    }
}

impl sealed::Mode for AnyPlatform {
    fn look(&self) -> Look {
        Look::Static(self.style)
    }
}

impl Mode for Static {}
impl Mode for Widget {}
impl<P: Marker> Mode for Chat<P> {}
impl Mode for AnyPlatform {}

impl OwnMarkup for Static {
    fn set_style(&mut self, style: Style) {
        self.style = style;
    }
}

impl<P: Marker> OwnMarkup for Chat<P> {
    fn set_style(&mut self, style: Style) {
        self.style = style;
    }
}

impl OwnMarkup for AnyPlatform {
    fn set_style(&mut self, style: Style) {
        self.style = style;
    }
}

impl OnX for Static {}
impl OnX for Widget {}
impl TakesText for Static {}
impl TakesText for Widget {}
impl<P: capability::Text> TakesText for Chat<P> {}
impl<P: capability::Subject> TakesSubject for Chat<P> {}
impl<P: capability::Referral> TakesReferral for Chat<P> {}
impl OpensPage for Static {}
impl OpensPage for Widget {}
impl<P: capability::OpensPage> OpensPage for Chat<P> {}

/// The platforms' markers, one per platform but X (whose buttons are [`Static`] and
/// [`Widget`]): `Chat<WhatsApp>` is a WhatsApp button.
macro_rules! markers {
    (
        $(#[$x_doc:meta])* X($x_recipient:ident) in x,
        $($(#[$doc:meta])* $variant:ident($recipient:ident) in $module:ident,)+
    ) => {
        $(pub use dm_button_core::marker::$variant;)+
    };
}
dm_button_core::for_each_platform!(markers);
