//! The QR code of a link, for the apps that live on a phone when the page is read on a
//! desktop: an inline SVG of one path, dark modules on a light tile, a quiet zone of four
//! modules, error correction level M.
//!
//! The code is computed by [`qrcodegen`] (Project Nayuki's QR Code generator: one file, no
//! dependency, no `unsafe`), at compile time in the macros and at run time in the builder,
//! with the same parameters, so both give the same bytes. The level is M exactly: the
//! generator is asked not to raise it when a higher one would fit in the same size, as it
//! does by default.

use std::error::Error;
use std::fmt;

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};

use crate::panel::qr_mask::{Grid, best_masked};
use crate::render::sink::Sink;

/// The quiet zone around the code, in modules: the four that ISO/IEC 18004 asks for.
pub const QR_QUIET_ZONE: usize = 4;

/// The longest link a QR code holds at level M, in bytes: 2,331, in the largest code
/// (version 40, 177 modules a side). A phone's camera reads codes far smaller than that
/// well; a link with a long prefilled message makes a dense code.
pub const QR_MAX_BYTES: usize = 2331;

/// Why a link has no QR code: it is longer than one holds.
///
/// ```
/// use dm_button_core::{QR_MAX_BYTES, QrError, qr_svg};
///
/// let long = format!("https://example.com/?q={}", "a".repeat(QR_MAX_BYTES));
/// let error = qr_svg(&long, "Scan").unwrap_err();
/// assert!(matches!(error, QrError::TooLong { .. }));
/// assert!(error.to_string().contains("2331"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum QrError {
    /// The link is longer than a QR code holds at level M.
    #[non_exhaustive]
    TooLong {
        /// The link's length, in bytes.
        bytes: usize,
    },
}

impl fmt::Display for QrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLong { bytes } => write!(
                f,
                "the link is {bytes} bytes long, and a QR code holds at most {QR_MAX_BYTES}: \
                 shorten the prefilled message"
            ),
        }
    }
}

impl Error for QrError {}

/// The modules of a link's QR code, ready to be drawn.
#[derive(Clone)]
pub(crate) struct QrModules {
    grid: Grid,
}

impl QrModules {
    /// Encodes `link` in byte mode (as UTF-8), at level M exactly, in the smallest version
    /// that holds it, with the mask the standard's penalty rules choose: qrcodegen encodes
    /// it with mask 0, and [`best_masked`] makes the choice (the same as qrcodegen's own,
    /// in a fraction of its time in an unoptimized build).
    pub(crate) fn encode(link: &str) -> Result<Self, QrError> {
        let segments = [QrSegment::make_bytes(link.as_bytes())];
        QrCode::encode_segments_advanced(
            &segments,
            QrCodeEcc::Medium,
            Version::MIN,
            Version::MAX,
            Some(Mask::new(0)),
            false,
        )
        .map(|code| Self {
            grid: best_masked(&code),
        })
        .map_err(|_| QrError::TooLong { bytes: link.len() })
    }

    /// The modules a side, quiet zone included.
    fn side(&self) -> usize {
        self.grid.size() + 2 * QR_QUIET_ZONE
    }

    /// The SVG: `<svg class="dm-qr" ...><path d="..."/></svg>`, with `label` (already
    /// escaped for an attribute) as its accessible name. Each run of dark modules on a row
    /// is one rectangle of the path, `M{x} {y}h{run}v1h-{run}z`. Written in one pass over
    /// the modules, into a string that a bound on the path's length sized once.
    pub(crate) fn svg(&self, label: &str) -> String {
        let size = self.side() - 2 * QR_QUIET_ZONE;
        let side = self.side() as u64;
        // At most one rectangle per two modules of a row, each at most 24 bytes.
        let mut svg = String::with_capacity(256 + label.len() + size * size.div_ceil(2) * 24);
        svg.push_str(r#"<svg class="dm-qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 "#);
        svg.put_u64(side);
        svg.push(' ');
        svg.put_u64(side);
        svg.push_str(r#"" width=""#);
        svg.put_u64(side * 4);
        svg.push_str(r#"" height=""#);
        svg.put_u64(side * 4);
        svg.push_str(r#"" role="img" aria-label=""#);
        svg.push_str(label);
        svg.push_str(r#"" shape-rendering="crispEdges"><path d=""#);
        self.grid.dark_runs(|y, start, run| {
            svg.push('M');
            push_decimal(&mut svg, start + QR_QUIET_ZONE);
            svg.push(' ');
            push_decimal(&mut svg, y + QR_QUIET_ZONE);
            svg.push('h');
            push_decimal(&mut svg, run);
            svg.push_str("v1h-");
            push_decimal(&mut svg, run);
            svg.push('z');
        });
        svg.push_str(r#""/></svg>"#);
        svg
    }
}

/// Writes `n` in decimal, a digit at a time. The path's numbers are at most 185 (a side and
/// its quiet zone), and pushing their one to three digits as characters rather than through
/// [`Sink::put_u64`] made the SVG a third as costly in an unoptimized build, where the
/// macros draw their codes (816,000 instructions a code to 280,000: four numbers a
/// rectangle, some 200 rectangles).
fn push_decimal(svg: &mut String, n: usize) {
    if n >= 10 {
        push_decimal(svg, n / 10);
    }
    // `n % 10` is a single digit.
    svg.push(char::from(b'0' + (n % 10) as u8));
}

/// The QR code of `link` as an inline SVG, `label` (plain text: it is escaped here) its
/// accessible name: what a panel shows beside the buttons whose link needs a phone, and what
/// `dm_qr!` gives at compile time.
///
/// # Errors
///
/// [`QrError::TooLong`] when the link is longer than a QR code holds,
/// [`QR_MAX_BYTES`].
///
/// ```
/// use dm_button_core::qr_svg;
///
/// let svg = qr_svg("https://wa.me/33612345678", "Scan with your phone: Chat on WhatsApp")?;
/// assert!(svg.starts_with(r#"<svg class="dm-qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 33 33""#));
/// assert_eq!(svg.matches("<path").count(), 1);
/// # Ok::<(), dm_button_core::QrError>(())
/// ```
pub fn qr_svg(link: &str, label: &str) -> Result<String, QrError> {
    let modules = QrModules::encode(link)?;
    let mut escaped = String::new();
    crate::render::escape::write_escaped(&mut escaped, label);
    Ok(modules.svg(&escaped))
}

/// The QR code of a panel entry's link, named by what scanning it does: "Scan with your
/// phone: Chat on WhatsApp", in the entry's language (`lang`, the panel's, when the entry sets
/// none).
pub fn entry_qr_svg(
    button: &crate::ButtonSpec<'_>,
    lang: Option<crate::Lang>,
) -> Result<String, QrError> {
    let lang = button.lang.or(lang).unwrap_or_default();
    let modules = QrModules::encode(&button.link.to_url())?;
    let mut label = String::new();
    label.push_str(crate::panel::words::SCAN.get(lang));
    label.push_str(crate::options::lang::Labels::COLON.get(lang));
    crate::ButtonSpec {
        lang: Some(lang),
        ..*button
    }
    .label_text()
    .put(&mut label);
    Ok(modules.svg(&label))
}

/// The QR code of a button's link, named by what scanning it does, in the button's
/// language: what `dm_qr!` expands to, and `DmButton::qr_svg` gives.
///
/// # Errors
///
/// [`QrError::TooLong`] when the link is longer than a QR code holds.
pub fn button_qr_svg(button: &crate::ButtonSpec<'_>) -> Result<String, QrError> {
    entry_qr_svg(button, None)
}
