//! Why a panel cannot be made.

use std::error::Error;
use std::fmt;

use crate::Platform;

/// Why a panel cannot be made: the mistakes that `dm_panel!` reports at compile time,
/// reported by `ContactPanel::build` at run time, in words an end user can read.
///
/// ```
/// use dm_button_core::PanelError;
///
/// assert_eq!(PanelError::NoButtons.to_string(), "the panel has no buttons: give it at least one");
/// assert!(PanelError::QrWithoutPhone.to_string().contains("WhatsApp, SMS"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PanelError {
    /// No button at all.
    NoButtons,
    /// QR codes asked for, and no button's link needs a phone.
    QrWithoutPhone,
    /// A button has opening hours, and the panel no time zone to read them in.
    #[cfg(feature = "hours")]
    HoursWithoutTimeZone {
        /// The first such button, counted from 0.
        button: usize,
    },
    /// The panel has a time zone, and no button has opening hours.
    #[cfg(feature = "hours")]
    TimeZoneWithoutHours,
    /// A button's link is longer than a QR code holds.
    #[cfg(feature = "qr")]
    QrTooLong {
        /// The button, counted from 0.
        button: usize,
        /// Why.
        source: crate::QrError,
    },
}

impl fmt::Display for PanelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoButtons => f.write_str("the panel has no buttons: give it at least one"),
            Self::QrWithoutPhone => {
                f.write_str("a QR code is shown beside the channels that need a phone (")?;
                let phones: Vec<&str> = Platform::ALL
                    .iter()
                    .filter(|platform| platform.needs_phone())
                    .map(|platform| platform.name())
                    .collect();
                f.write_str(&phones.join(", "))?;
                f.write_str("), and the panel has none")
            }
            #[cfg(feature = "hours")]
            Self::HoursWithoutTimeZone { button } => write!(
                f,
                "button {} of the panel has opening hours, which are read in the panel's time \
                 zone, and the panel has none",
                button + 1
            ),
            #[cfg(feature = "hours")]
            Self::TimeZoneWithoutHours => f.write_str(
                "the panel has a time zone for its buttons' opening hours, and no button has \
                 any",
            ),
            #[cfg(feature = "qr")]
            Self::QrTooLong { button, source } => {
                write!(f, "button {} of the panel: {source}", button + 1)
            }
        }
    }
}

impl Error for PanelError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            #[cfg(feature = "qr")]
            Self::QrTooLong { source, .. } => Some(source),
            _ => None,
        }
    }
}
