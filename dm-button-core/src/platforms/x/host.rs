//! Which of X's two domains the link goes to.

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::quote_with_suggestion;

/// The host of the DM composer link: `x.com` (the default) or `twitter.com`, which X still
/// serves and redirects.
///
/// ```
/// use dm_button_core::Host;
///
/// assert_eq!("twitter.com".parse::<Host>()?, Host::Twitter);
/// assert_eq!(Host::default().as_str(), "x.com");
/// assert!("example.com".parse::<Host>().is_err());
/// # Ok::<(), dm_button_core::HostError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum Host {
    /// `x.com`.
    #[default]
    X,
    /// `twitter.com`.
    Twitter,
}

impl Host {
    /// Every host, in the order of the docs. A slice, so that a host added in a later
    /// release does not change its type.
    ///
    /// ```
    /// use dm_button_core::Host;
    ///
    /// for host in Host::ALL {
    ///     assert_eq!(host.as_str().parse::<Host>(), Ok(*host));
    /// }
    /// ```
    pub const ALL: &'static [Self] = &[Self::X, Self::Twitter];

    /// The domain name.
    ///
    /// ```
    /// assert_eq!(dm_button_core::Host::Twitter.as_str(), "twitter.com");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::X => "x.com",
            Self::Twitter => "twitter.com",
        }
    }
}

/// Why a string is not a [`Host`].
///
/// ```
/// let err = "https://x.com".parse::<dm_button_core::Host>().unwrap_err();
/// assert!(err.to_string().contains("give the domain name only"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum HostError {
    /// Not `x.com` or `twitter.com`.
    #[non_exhaustive]
    Unknown {
        /// What was given.
        input: String,
    },
}

impl FromStr for Host {
    type Err = HostError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|host| host.as_str() == input)
            .ok_or_else(|| HostError::Unknown {
                input: input.to_owned(),
            })
    }
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown { input } => {
                f.write_str("unknown host ")?;
                quote_with_suggestion(f, input, Host::ALL.iter().map(|value| value.as_str()))?;
                f.write_str(": X's DM composer is on x.com or twitter.com")?;
                if input.contains('/') {
                    f.write_str("; give the domain name only, without `https://` or a path")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for HostError {}
