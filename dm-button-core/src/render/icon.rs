//! The button's icon.

/// The icon's markup as a literal, so that the markup writer can `concat!` it with the
/// pieces around it and copy them in one go.
macro_rules! icon_svg {
    () => {
        concat!(
            r#"<svg class="dm-button__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">"#,
            r#"<path d="M4 5.5h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1zm-.5 1.5 8.5 6.5 8.5-6.5" "#,
            r#"fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>"#,
            "</svg>"
        )
    };
}
pub(crate) use icon_svg;

/// The button's icon, an envelope drawn for this crate (not X's logo, which is X's
/// trademark): inline SVG, hidden from assistive technology since the label names the
/// button, and drawn in `currentColor` so it follows the text color in every scheme.
///
/// ```
/// assert!(dm_button_core::ICON_SVG.contains(r#"aria-hidden="true""#));
/// ```
pub const ICON_SVG: &str = icon_svg!();

/// The icons of the other platforms, drawn for this crate in the envelope's style (none is a
/// platform's logo, which is its owner's trademark): a speech bubble for WhatsApp, a paper
/// plane for Telegram, a bubble with a spark for Messenger, a camera for Instagram and an `@`
/// for email. Each is inline SVG, `aria-hidden`, in `currentColor`.
macro_rules! platform_icon {
    ($($shape:literal),+) => {
        concat!(
            r#"<svg class="dm-button__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" "#,
            r#"fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">"#,
            $($shape,)+
            "</svg>"
        )
    };
}

pub(crate) use platform_icon;

/// Each platform's icon as a literal, so that the markup writer can `concat!` it with the
/// pieces around it and copy them in one go.
macro_rules! icon_of {
    (X) => {
        $crate::render::icon::icon_svg!()
    };
    (WhatsApp) => {
        $crate::render::icon::platform_icon!(
            r#"<path d="M12 3.5a8.5 8.5 0 0 0-7.3 12.8L3.5 20.5l4.3-1.2A8.5 8.5 0 1 0 12 3.5z"/>"#,
            r#"<path d="M9 9c0 3 3 6 6 6l1-1.5-2-1-1 1a5 5 0 0 1-2.5-2.5l1-1-1-2z"/>"#
        )
    };
    (Telegram) => {
        $crate::render::icon::platform_icon!(
            r#"<path d="M21 4 3 11.2l6.2 2.2L11.5 20l3.2-4 4.3 3.2z"/>"#,
            r#"<path d="m9.2 13.4 11.8-9.4"/>"#
        )
    };
    (Messenger) => {
        $crate::render::icon::platform_icon!(
            r#"<path d="M12 3C7 3 3 6.7 3 11.3c0 2.6 1.3 4.9 3.3 6.4V21l3-1.6c.9.3 1.8.4 2.7.4 5 0 9-3.7 9-8.5S17 3 12 3z"/>"#,
            r#"<path d="m7 13.5 3.3-3.5 2.6 2.2L17 8.5"/>"#
        )
    };
    (Instagram) => {
        $crate::render::icon::platform_icon!(
            r#"<rect x="3.5" y="3.5" width="17" height="17" rx="5"/>"#,
            r#"<circle cx="12" cy="12" r="4"/><path d="M17.2 6.8h.01"/>"#
        )
    };
    (Email) => {
        $crate::render::icon::platform_icon!(
            r#"<circle cx="12" cy="12" r="3.5"/>"#,
            r#"<path d="M15.5 8.5v4.3a2.7 2.7 0 0 0 5.5 0V12a9 9 0 1 0-3.6 7.2"/>"#
        )
    };
}
pub(crate) use icon_of;

/// `platform`'s icon between two literals, as one literal per platform: the one list of
/// platforms that the icon and the markup's pieces around it are chosen from.
macro_rules! with_icon {
    ($platform:expr, $before:literal, $after:literal) => {
        match $platform {
            $crate::Platform::X => concat!($before, $crate::render::icon::icon_of!(X), $after),
            $crate::Platform::WhatsApp => {
                concat!($before, $crate::render::icon::icon_of!(WhatsApp), $after)
            }
            $crate::Platform::Telegram => {
                concat!($before, $crate::render::icon::icon_of!(Telegram), $after)
            }
            $crate::Platform::Messenger => {
                concat!($before, $crate::render::icon::icon_of!(Messenger), $after)
            }
            $crate::Platform::Instagram => {
                concat!($before, $crate::render::icon::icon_of!(Instagram), $after)
            }
            $crate::Platform::Email => {
                concat!($before, $crate::render::icon::icon_of!(Email), $after)
            }
        }
    };
}
pub(crate) use with_icon;

/// The icon of a button for `platform`.
///
/// ```
/// use dm_button_core::{ICON_SVG, Platform, platform_icon_svg};
///
/// assert_eq!(platform_icon_svg(Platform::X), ICON_SVG);
/// assert!(platform_icon_svg(Platform::Telegram).contains(r#"aria-hidden="true""#));
/// ```
#[must_use]
pub const fn platform_icon_svg(platform: crate::Platform) -> &'static str {
    with_icon!(platform, "", "")
}
