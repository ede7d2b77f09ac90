//! The type parameters of [`DmButton`](crate::DmButton): which markup it renders and whether
//! it has a screen name.
//!
//! They exist so that a button that `dm_button!` would refuse cannot be built at run time
//! either: `.script(..)` and `.dnt(..)` exist only on X's widget, whose `.style(..)` takes a
//! [`WidgetStyle`] (X's widget has no icon or link style), and `.show_screen_name(..)` only
//! after `.screen_name(..)`. The other platforms' buttons are [`Chat`]s: X's options
//! (`.screen_name(..)`, `.host(..)`, `.welcome_message_id(..)`) do not exist there, nor
//! `.text(..)` on Instagram, and `.subject(..)` exists on email only. You rarely write these
//! types: they are inferred from the calls.
//!
//! ```
//! use dm_button::state::{Static, Widget, WithScreenName};
//! use dm_button::{DmButton, RecipientId, WidgetStyle};
//!
//! let id = RecipientId::MIN;
//! let own: DmButton<'_, Static> = DmButton::new(id);
//! let x: DmButton<'_, Widget, WithScreenName> = DmButton::widget(id)
//!     .style(WidgetStyle::Large)
//!     .script(true)
//!     .screen_name("furni".parse()?);
//! # Ok::<(), dm_button::ScreenNameError>(())
//! ```

use dm_button_core::{Look, ScreenName, ShownName, Style, WidgetStyle};

/// The crate's own markup, styled by its stylesheet (the default).
///
/// ```
/// let button: dm_button::DmButton<'_, dm_button::state::Static> =
///     dm_button::DmButton::new(dm_button::RecipientId::MIN);
/// assert!(button.to_string().contains("dm-button--compact"));
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
/// assert!(button.to_string().contains("twitter-dm-button"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Widget {
    pub(crate) style: WidgetStyle,
    pub(crate) script: bool,
    pub(crate) dnt: bool,
}

/// No screen name was given (the default).
///
/// ```
/// let button: dm_button::DmButton<'_, dm_button::state::Static, dm_button::state::NoScreenName> =
///     dm_button::DmButton::new(dm_button::RecipientId::MIN);
/// assert!(!button.to_string().contains('@'));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct NoScreenName;

/// A screen name was given, shown or not; or `None` through
/// [`screen_name_opt`](crate::DmButton::screen_name_opt), which renders as without one.
///
/// ```
/// use dm_button::state::{Static, WithScreenName};
///
/// let button: dm_button::DmButton<'_, Static, WithScreenName> =
///     dm_button::DmButton::new(dm_button::RecipientId::MIN).screen_name("furni".parse()?);
/// assert!(button.to_string().contains("@furni"));
/// # Ok::<(), dm_button::ScreenNameError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WithScreenName {
    pub(crate) name: Option<ScreenName>,
    pub(crate) shown: bool,
}

/// A button of another platform than X ([`DmButton::whatsapp`](crate::DmButton::whatsapp),
/// ...), in the crate's own markup: `P` is the platform.
///
/// ```
/// use dm_button::state::{Chat, Telegram};
///
/// let button: dm_button::DmButton<'_, Chat<Telegram>> =
///     dm_button::DmButton::telegram("durov".parse()?);
/// # Ok::<(), dm_button::TelegramUsernameError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Chat<P> {
    pub(crate) style: Style,
    pub(crate) platform: P,
}

macro_rules! platforms {
    ($($(#[$doc:meta])* $name:ident),+) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $name;
    )+};
}

platforms! {
    /// WhatsApp, the platform of [`DmButton::whatsapp`](crate::DmButton::whatsapp).
    ///
    /// ```
    /// let _: dm_button::DmButton<'_, dm_button::state::Chat<dm_button::state::WhatsApp>> =
    ///     dm_button::DmButton::whatsapp("+1 650 253 0000".parse()?);
    /// # Ok::<(), dm_button::PhoneNumberError>(())
    /// ```
    WhatsApp,
    /// Telegram, the platform of [`DmButton::telegram`](crate::DmButton::telegram).
    ///
    /// ```
    /// let _: dm_button::DmButton<'_, dm_button::state::Chat<dm_button::state::Telegram>> =
    ///     dm_button::DmButton::telegram("durov".parse()?);
    /// # Ok::<(), dm_button::TelegramUsernameError>(())
    /// ```
    Telegram,
    /// Messenger, the platform of [`DmButton::messenger`](crate::DmButton::messenger).
    ///
    /// ```
    /// let _: dm_button::DmButton<'_, dm_button::state::Chat<dm_button::state::Messenger>> =
    ///     dm_button::DmButton::messenger("nasa".parse()?);
    /// # Ok::<(), dm_button::MessengerPageError>(())
    /// ```
    Messenger,
    /// Instagram, the platform of [`DmButton::instagram`](crate::DmButton::instagram).
    ///
    /// ```
    /// let _: dm_button::DmButton<'_, dm_button::state::Chat<dm_button::state::Instagram>> =
    ///     dm_button::DmButton::instagram("nasa".parse()?);
    /// # Ok::<(), dm_button::InstagramUsernameError>(())
    /// ```
    Instagram,
    /// Email, the platform of [`DmButton::email`](crate::DmButton::email).
    ///
    /// ```
    /// let _: dm_button::DmButton<'_, dm_button::state::Chat<dm_button::state::Email>> =
    ///     dm_button::DmButton::email("hello@example.com".parse()?);
    /// # Ok::<(), dm_button::EmailAddressError>(())
    /// ```
    Email
}

mod sealed {
    use dm_button_core::{Look, ScreenName, ShownName};

    pub trait Mode {
        fn look(&self) -> Look;
    }

    pub trait Naming {
        fn shown_name(&self) -> Option<ShownName>;
        fn with_name(self, name: Option<ScreenName>) -> super::WithScreenName;
    }
}

/// Which markup a [`DmButton`](crate::DmButton) renders: [`Static`] or [`Widget`] on X, or
/// [`Chat`] on another platform. Sealed.
///
/// ```
/// fn render<M: dm_button::state::Mode>(button: &dm_button::DmButton<'_, M>) -> String {
///     button.to_string()
/// }
/// assert!(render(&dm_button::DmButton::new(dm_button::RecipientId::MIN)).starts_with("<a "));
/// ```
pub trait Mode: sealed::Mode {}

/// The markups of an X button, [`Static`] and [`Widget`]: the ones with X's options
/// (`.screen_name(..)`, `.host(..)`, `.welcome_message_id(..)`). Sealed.
///
/// ```
/// fn id<M: dm_button::state::OnX>(button: &dm_button::DmButton<'_, M>) -> u64 {
///     button.recipient().get()
/// }
/// assert_eq!(id(&dm_button::DmButton::new(dm_button::RecipientId::MIN)), 1);
/// ```
pub trait OnX: TakesText {}

/// The buttons whose link takes a prefilled message (`.text(..)`): all but Instagram's.
/// Sealed.
///
/// ```
/// fn greet<M: dm_button::state::TakesText>(button: dm_button::DmButton<'_, M>) -> String {
///     button.text("Hello").href()
/// }
/// assert!(greet(dm_button::DmButton::telegram("durov".parse()?)).ends_with("?text=Hello"));
/// # Ok::<(), dm_button::TelegramUsernameError>(())
/// ```
pub trait TakesText: Mode {}

/// Whether a [`DmButton`](crate::DmButton) has a screen name: [`NoScreenName`] or
/// [`WithScreenName`]. Sealed.
///
/// ```
/// fn render<N: dm_button::state::Naming>(
///     button: &dm_button::DmButton<'_, dm_button::state::Static, N>,
/// ) -> String {
///     button.to_string()
/// }
/// assert!(render(&dm_button::DmButton::new(dm_button::RecipientId::MIN)).starts_with("<a "));
/// ```
pub trait Naming: sealed::Naming {}

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

impl sealed::Naming for NoScreenName {
    fn shown_name(&self) -> Option<ShownName> {
        None
    }

    fn with_name(self, name: Option<ScreenName>) -> WithScreenName {
        WithScreenName { name, shown: true }
    }
}

impl sealed::Naming for WithScreenName {
    fn shown_name(&self) -> Option<ShownName> {
        self.name.map(|name| ShownName {
            name,
            shown: self.shown,
        })
    }

    /// A second name replaces the first and keeps `show_screen_name`.
    fn with_name(self, name: Option<ScreenName>) -> WithScreenName {
        WithScreenName { name, ..self }
    }
}

impl<P: Copy> sealed::Mode for Chat<P> {
    fn look(&self) -> Look {
        Look::Static(self.style)
    }
}

impl Mode for Static {}
impl Mode for Widget {}
impl<P: Copy> Mode for Chat<P> {}
impl OnX for Static {}
impl OnX for Widget {}
impl TakesText for Static {}
impl TakesText for Widget {}
impl TakesText for Chat<WhatsApp> {}
impl TakesText for Chat<Telegram> {}
impl TakesText for Chat<Messenger> {}
impl TakesText for Chat<Email> {}
impl Naming for NoScreenName {}
impl Naming for WithScreenName {}
