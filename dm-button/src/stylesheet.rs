//! The crate's stylesheet, for the static markup.

/// The stylesheet of the crate's own markup: the compact, large, icon and link styles, light
/// and dark schemes (`prefers-color-scheme`), hover and active states, a visible
/// `:focus-visible` ring, `prefers-reduced-motion` and forced-colors (Windows high contrast)
/// support, and right-to-left labels. Every text color is at least 4.5:1 on its background.
///
/// Serve it as a file (for example at `/dm-button.css`, with a long cache lifetime: use
/// [`STYLESHEET_CSP_HASH`] as its ETag or in its name), or inline it in a `<style>` element
/// allowed by [`STYLESHEET_CSP_HASH`]. The colors are custom properties (`--dm-button-bg`,
/// `--dm-button-fg`, `--dm-button-shade`, `--dm-button-focus`) on `.dm-button`, so a site can
/// retheme the button without copying the stylesheet: hover and active
/// (`--dm-button-bg-hover`, `--dm-button-bg-active`) mix the background with the shade, black
/// behind light text and white behind dark text, so that the contrast only grows. Each
/// platform's class (`.dm-button--whatsapp`...) sets its background.
///
/// ```
/// let css = dm_button::STYLESHEET;
/// assert!(css.contains(".dm-button--icon"));
/// assert!(css.contains("@media (prefers-color-scheme: dark)"));
/// let page = format!("<style>{css}</style>");
/// # let _ = page;
/// ```
pub const STYLESHEET: &str = include_str!("dm-button.css");

/// The Content-Security-Policy source that allows [`STYLESHEET`] inlined as the whole text of
/// a `<style>` element: `'sha256-…'`, the base64 SHA-256 of its bytes. Put it in the page's
/// `style-src` (no `'unsafe-inline'` needed). It also names this version of the stylesheet,
/// so it serves well as an ETag.
///
/// ```
/// let policy = format!("default-src 'none'; style-src {}", dm_button::STYLESHEET_CSP_HASH);
/// assert!(policy.ends_with("='"));
/// ```
pub const STYLESHEET_CSP_HASH: &str = "'sha256-jTqotOh5/KHYuA3l968XTlVu4oPnPfIuqLS6puSY6nk='";
