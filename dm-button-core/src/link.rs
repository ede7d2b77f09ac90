//! The link to X's DM composer.

use std::fmt;

use crate::sink::{Bound, FmtSink, Measure, Sink};
use crate::{Host, RecipientId, WelcomeMessageId};

/// Where a URL is written: as is, or in an HTML attribute (where `&` is `&amp;`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Within {
    Url,
    Attribute,
}

/// What goes into the link to X's DM composer:
/// `https://{host}/messages/compose?recipient_id={id}[&text={text}][&welcome_message_id={id}]`.
///
/// The parameters come in that order. `text` is percent-encoded as UTF-8 with the
/// unreserved characters kept and space as `%20` ([`encode_text`](crate::encode_text)); an empty text is left
/// out, since it prefills nothing. The length of `text` is not checked here: see
/// [`MessageText`](crate::MessageText).
///
/// ```
/// use dm_button_core::{Host, LinkSpec, RecipientId, WelcomeMessageId};
///
/// let link = LinkSpec::new("3805104374".parse()?)
///     .host(Host::Twitter)
///     .text(Some("Hi & bye"))
///     .welcome_message_id(WelcomeMessageId::new(42));
/// assert_eq!(
///     link.to_url(),
///     "https://twitter.com/messages/compose?recipient_id=3805104374&text=Hi%20%26%20bye&welcome_message_id=42"
/// );
/// # Ok::<(), dm_button_core::RecipientIdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LinkSpec<'a> {
    host: Host,
    recipient: RecipientId,
    text: Option<&'a str>,
    welcome_message_id: Option<WelcomeMessageId>,
}

impl<'a> LinkSpec<'a> {
    /// A link to `recipient`, on x.com, with no text.
    ///
    /// ```
    /// let link = dm_button_core::LinkSpec::new(dm_button_core::RecipientId::MIN);
    /// assert_eq!(link.to_url(), "https://x.com/messages/compose?recipient_id=1");
    /// ```
    #[must_use]
    pub const fn new(recipient: RecipientId) -> Self {
        Self {
            host: Host::X,
            recipient,
            text: None,
            welcome_message_id: None,
        }
    }

    /// Sets the host.
    ///
    /// ```
    /// use dm_button_core::{Host, LinkSpec, RecipientId};
    /// let link = LinkSpec::new(RecipientId::MIN).host(Host::Twitter);
    /// assert!(link.to_url().starts_with("https://twitter.com/"));
    /// ```
    #[must_use]
    pub const fn host(mut self, host: Host) -> Self {
        self.host = host;
        self
    }

    /// Sets the prefilled message (`None` or `""` for none).
    ///
    /// ```
    /// use dm_button_core::{LinkSpec, RecipientId};
    /// let link = LinkSpec::new(RecipientId::MIN).text(Some("a b"));
    /// assert!(link.to_url().ends_with("&text=a%20b"));
    /// ```
    #[must_use]
    pub const fn text(mut self, text: Option<&'a str>) -> Self {
        self.text = text;
        self
    }

    /// Sets the welcome message.
    ///
    /// ```
    /// use dm_button_core::{LinkSpec, RecipientId, WelcomeMessageId};
    /// let link = LinkSpec::new(RecipientId::MIN).welcome_message_id(WelcomeMessageId::new(9));
    /// assert!(link.to_url().ends_with("&welcome_message_id=9"));
    /// ```
    #[must_use]
    pub const fn welcome_message_id(mut self, id: Option<WelcomeMessageId>) -> Self {
        self.welcome_message_id = id;
        self
    }

    /// The recipient.
    ///
    /// ```
    /// use dm_button_core::{LinkSpec, RecipientId};
    /// assert_eq!(LinkSpec::new(RecipientId::MAX).recipient(), RecipientId::MAX);
    /// ```
    #[must_use]
    pub const fn recipient(&self) -> RecipientId {
        self.recipient
    }

    /// Appends the URL to `out`.
    ///
    /// ```
    /// use dm_button_core::{LinkSpec, RecipientId};
    /// let mut out = String::from("href: ");
    /// LinkSpec::new(RecipientId::MIN).write_to(&mut out);
    /// assert_eq!(out, "href: https://x.com/messages/compose?recipient_id=1");
    /// ```
    pub fn write_to(&self, out: &mut String) {
        // As `ButtonSpec::render_to`: measure only when the buffer may lack room.
        let mut bound = Bound::default();
        self.put(&mut bound, Within::Url);
        if bound.0 > out.capacity() - out.len() {
            out.reserve(self.url_len());
        }
        self.put(out, Within::Url);
    }

    /// The length of the URL in bytes.
    ///
    /// ```
    /// use dm_button_core::{LinkSpec, RecipientId};
    /// let link = LinkSpec::new(RecipientId::MIN).text(Some("é"));
    /// assert_eq!(link.url_len(), link.to_url().len());
    /// ```
    #[must_use]
    pub fn url_len(&self) -> usize {
        let mut measure = Measure::default();
        self.put(&mut measure, Within::Url);
        measure.0
    }

    /// The URL.
    ///
    /// ```
    /// use dm_button_core::{LinkSpec, RecipientId};
    /// assert_eq!(
    ///     LinkSpec::new(RecipientId::MIN).to_url(),
    ///     "https://x.com/messages/compose?recipient_id=1"
    /// );
    /// ```
    #[must_use]
    pub fn to_url(&self) -> String {
        let mut url = String::new();
        self.write_to(&mut url);
        url
    }

    /// Writes the URL, bare or in an attribute, where `&` is `&amp;`. Nothing else in the URL
    /// needs escaping: the text is percent-encoded.
    pub(crate) fn put(&self, sink: &mut impl Sink, within: Within) {
        sink.put(match self.host {
            Host::X => "https://x.com/messages/compose?recipient_id=",
            Host::Twitter => "https://twitter.com/messages/compose?recipient_id=",
        });
        sink.put_u64(self.recipient.get());
        if let Some(text) = self.text.filter(|text| !text.is_empty()) {
            sink.put(match within {
                Within::Url => "&text=",
                Within::Attribute => "&amp;text=",
            });
            sink.put_encoded(text);
        }
        if let Some(id) = self.welcome_message_id {
            sink.put(match within {
                Within::Url => "&welcome_message_id=",
                Within::Attribute => "&amp;welcome_message_id=",
            });
            sink.put_u64(id.get());
        }
    }
}

/// The URL, written piece by piece into the formatter.
///
/// ```
/// use dm_button_core::{LinkSpec, RecipientId};
///
/// let link = LinkSpec::new(RecipientId::MIN).text(Some("hi"));
/// assert_eq!(link.to_string(), link.to_url());
/// ```
impl fmt::Display for LinkSpec<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sink = FmtSink::new(f);
        self.put(&mut sink, Within::Url);
        sink.finish()
    }
}
