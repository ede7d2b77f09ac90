//! The type parameters of [`DmButton`](crate::DmButton): which markup it renders and whether
//! it has a screen name.
//!
//! They exist so that a button that `dm_button!` would refuse cannot be built at run time
//! either: `.script(..)` and `.dnt(..)` exist only on X's widget, whose `.style(..)` takes a
//! [`WidgetStyle`] (X's widget has no icon or link style), and `.show_screen_name(..)` only
//! after `.screen_name(..)`. You rarely write these types: they are inferred from the calls.
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

/// Which markup a [`DmButton`](crate::DmButton) renders: [`Static`] or [`Widget`]. Sealed.
///
/// ```
/// fn render<M: dm_button::state::Mode>(button: &dm_button::DmButton<'_, M>) -> String {
///     button.to_string()
/// }
/// assert!(render(&dm_button::DmButton::new(dm_button::RecipientId::MIN)).starts_with("<a "));
/// ```
pub trait Mode: sealed::Mode {}

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

impl Mode for Static {}
impl Mode for Widget {}
impl Naming for NoScreenName {}
impl Naming for WithScreenName {}
