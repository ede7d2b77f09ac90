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
