//! Microsoft Teams: a chat with a person of an organization,
//! `https://teams.microsoft.com/l/chat/0/0?users=UPN&message=...`, the deep link Microsoft
//! documents for starting a chat ("Deep link to start a chat": `users` holds the user
//! principal names, `message` the text to prefill).

use std::fmt;
use std::str::FromStr;

use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::render::link::LinkParts;
use crate::render::sink::Sink;
use crate::{EmailAddress, EmailAddressError};

/// A Teams user, by the Microsoft Entra user principal name people sign in with, which is
/// written as an email address (`joe@contoso.com`): checked by the same rules as
/// [`EmailAddress`].
///
/// ```
/// use dm_button_core::TeamsUser;
///
/// let user: TeamsUser = "joe@contoso.com".parse()?;
/// assert_eq!(user.as_str(), "joe@contoso.com");
/// assert!("joe".parse::<TeamsUser>().is_err());
/// # Ok::<(), dm_button_core::TeamsUserError>(())
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TeamsUser(EmailAddress);

impl TeamsUser {
    /// The user principal name.
    ///
    /// ```
    /// let user: dm_button_core::TeamsUser = "adele.vance@contoso.onmicrosoft.com".parse()?;
    /// assert_eq!(user.as_str(), "adele.vance@contoso.onmicrosoft.com");
    /// # Ok::<(), dm_button_core::TeamsUserError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// Why a string is not a [`TeamsUser`]: it is not written as an email address, as a user
/// principal name is (the address's error is the [`source`](std::error::Error::source)).
///
/// ```
/// let error = "Joe Smith".parse::<dm_button_core::TeamsUser>().unwrap_err();
/// assert!(error.to_string().contains("user principal name"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TeamsUserError {
    /// Not an email address.
    #[non_exhaustive]
    NotAnAddress {
        /// The name as written.
        input: String,
        /// Why it is not an address.
        source: EmailAddressError,
    },
}

impl FromStr for TeamsUser {
    type Err = TeamsUserError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        input
            .parse()
            .map(Self)
            .map_err(|source| TeamsUserError::NotAnAddress {
                input: input.to_owned(),
                source,
            })
    }
}

impl fmt::Display for TeamsUserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAnAddress { input, source } => {
                write!(
                    f,
                    "`{input}` is not a Teams user's sign-in name, the user principal name \
                     that Microsoft Entra writes as an email address, such as joe@contoso.com: "
                )?;
                match source {
                    EmailAddressError::Invalid { reason, .. } => {
                        f.write_str(&reason.trim_end_matches('.').to_lowercase())
                    }
                    EmailAddressError::Scheme { .. } => f.write_str("it starts with `mailto:`"),
                    EmailAddressError::DomainChar { ch, .. } => {
                        write!(f, "its domain has {}", crate::front::suggest::CharName(*ch))
                    }
                }
            }
        }
    }
}

impl std::error::Error for TeamsUserError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::NotAnAddress { source, .. } => Some(source),
        }
    }
}

crate::options::serde_as_text!(TeamsUser, "a Teams user principal name, such as joe@contoso.com");

platform! {
    Teams(TeamsUser) {
        slug: "teams",
        name: "Teams",
        article: "a",
        example: "\"joe@contoso.com\"",
        examples: ["joe@contoso.com", "adele.vance@contoso.onmicrosoft.com", "o'hara@fabrikam.com"],
        takes: [text, new_tab],
        needs_phone: false,
        labels: Labels {
            en: "Chat on Teams",
            fr: "Discuter sur Teams",
            es: "Chatear por Teams",
            de: "Auf Teams chatten",
            pt: "Conversar no Teams",
            it: "Chatta su Teams",
            ja: "Teamsでチャット",
            nl: "Chatten via Teams",
            ko: "Teams로 채팅",
            ar: "الدردشة عبر Teams",
        },
        // Two people, side by side.
        icon: [
            r#"<circle cx="9" cy="8" r="3"/><path d="M3.5 19a5.5 5.5 0 0 1 11 0"/>"#,
            r#"<circle cx="17" cy="9" r="2.2"/><path d="M15.5 14.2A4.5 4.5 0 0 1 21 18.5"/>"#,
        ],
        link: put_link,
        // A `+`, which a query reads as a space, is encoded.
        links: [
            ("joe@contoso.com", None, "https://teams.microsoft.com/l/chat/0/0?users=joe@contoso.com"),
            (
                "joe@contoso.com",
                Some("Hi & bye"),
                "https://teams.microsoft.com/l/chat/0/0?users=joe@contoso.com&message=Hi%20%26%20bye",
            ),
            ("a+b@contoso.com", None, "https://teams.microsoft.com/l/chat/0/0?users=a%2Bb@contoso.com"),
        ],
    }
}

/// `https://teams.microsoft.com/l/chat/0/0?users={upn}[&message={text}]`: the name
/// percent-encoded but for `@` (a `+` would read as a space in a query).
fn put_link(user: &TeamsUser, parts: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("https://teams.microsoft.com/l/chat/0/0?users=");
    put_user(sink, user);
    if let Some(text) = parts.text {
        sink.put(parts.and);
        sink.put("message=");
        sink.put_encoded(text);
    }
}

/// The user principal name as a query value: percent-encoded but for `@`, which a query
/// keeps. Most names need no encoding at all (the address found that once, when it was
/// parsed; a `+`, which an email address keeps, is encoded here, where it would read as a
/// space).
fn put_user(sink: &mut impl Sink, user: &TeamsUser) {
    let upn = user.as_str();
    if user.0.is_plain() && !upn.as_bytes().contains(&b'+') {
        sink.put(upn);
        return;
    }
    let mut rest = upn;
    while let Some((before, after)) = rest.split_once('@') {
        sink.put_encoded(before);
        sink.put("@");
        rest = after;
    }
    sink.put_encoded(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_that_is_no_address_is_refused() {
        let error = "joe".parse::<TeamsUser>().unwrap_err();
        assert!(matches!(error, TeamsUserError::NotAnAddress { .. }));
        assert!(std::error::Error::source(&error).is_some());
    }
}
