//! The link a button opens: X's DM composer, or another platform's click-to-chat link.

use std::fmt;

use crate::render::sink::{Bound, FmtSink, Measure, Sink};
use crate::{Contact, Host, Platform, Referral, WelcomeMessageId};

/// Where a URL is written: as is, or in an HTML attribute (where `&` is `&amp;`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Within {
    Url,
    Attribute,
}

/// What goes into the link a button opens: who it goes to (a [`Contact`]) and the parts it
/// takes, each written by the platform's own writer. On X, the link to the DM composer,
/// `https://{host}/messages/compose?recipient_id={id}[&text={text}][&welcome_message_id={id}]`;
/// on the other platforms, the link each documents (see [`Platform`]'s variants).
///
/// `text` is percent-encoded as UTF-8 with the unreserved characters kept and space as
/// `%20` (in `mailto:`, a line break as `%0D%0A`, as RFC 6068 asks). An empty text is left
/// out, since it prefills nothing, and so is a part the platform's link does not take. The
/// length of `text` is not checked here: see [`MessageText`](crate::MessageText).
///
/// ```
/// use dm_button_core::{Contact, Host, LinkSpec, WelcomeMessageId};
///
/// let contact = Contact::X("3805104374".parse()?);
/// let link = LinkSpec::to(&contact)
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
    contact: &'a Contact,
    text: Option<&'a str>,
    subject: Option<&'a str>,
    referral: Option<&'a Referral>,
    host: Host,
    welcome_message_id: Option<WelcomeMessageId>,
}

/// The parts of a link as its platform's writer gets them: each one present only when it is
/// given, not empty, and taken by the platform.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LinkParts<'a> {
    /// The prefilled message.
    pub(crate) text: Option<&'a str>,
    /// An email's subject.
    pub(crate) subject: Option<&'a str>,
    /// Meta's `ref`.
    pub(crate) referral: Option<&'a Referral>,
    /// X's host.
    pub(crate) host: Host,
    /// X's welcome message.
    pub(crate) welcome_message_id: Option<WelcomeMessageId>,
    /// What separates query parameters where the URL is written: `&`, or `&amp;` in an
    /// HTML attribute.
    pub(crate) and: &'static str,
}

impl<'a> LinkSpec<'a> {
    /// A link to `contact`, on its platform, with nothing prefilled.
    ///
    /// ```
    /// use dm_button_core::{Contact, LinkSpec};
    ///
    /// let contact = Contact::WhatsApp("+1 650 253 0000".parse()?);
    /// let link = LinkSpec::to(&contact).text(Some("Hi!"));
    /// assert_eq!(link.to_url(), "https://wa.me/16502530000?text=Hi%21");
    /// # Ok::<(), dm_button_core::PhoneNumberError>(())
    /// ```
    #[must_use]
    pub const fn to(contact: &'a Contact) -> Self {
        Self {
            contact,
            text: None,
            subject: None,
            referral: None,
            host: Host::X,
            welcome_message_id: None,
        }
    }

    /// Sets an email's subject (`None` or `""` for none); other platforms have none.
    ///
    /// ```
    /// use dm_button_core::{Contact, LinkSpec};
    ///
    /// let contact = Contact::Email("hi@example.com".parse()?);
    /// let link = LinkSpec::to(&contact)
    ///     .subject(Some("Order #12"))
    ///     .text(Some("Hello,\nI ordered"));
    /// assert_eq!(link.to_url(), "mailto:hi@example.com?subject=Order%20%2312&body=Hello%2C%0D%0AI%20ordered");
    /// # Ok::<(), dm_button_core::EmailAddressError>(())
    /// ```
    #[must_use]
    pub const fn subject(mut self, subject: Option<&'a str>) -> Self {
        self.subject = subject;
        self
    }

    /// Sets Meta's `ref`, on Messenger and Instagram links; the others have none.
    ///
    /// ```
    /// use dm_button_core::{Contact, LinkSpec, Referral};
    ///
    /// let contact = Contact::Messenger("nasa".parse()?);
    /// let referral: Referral = "launch".parse()?;
    /// let link = LinkSpec::to(&contact).referral(Some(&referral)).text(Some("Hi"));
    /// assert_eq!(link.to_url(), "https://m.me/nasa?ref=launch&text=Hi");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn referral(mut self, referral: Option<&'a Referral>) -> Self {
        self.referral = referral;
        self
    }

    /// Sets X's host.
    ///
    /// ```
    /// use dm_button_core::{Contact, Host, LinkSpec, RecipientId};
    /// let contact = Contact::X(RecipientId::MIN);
    /// let link = LinkSpec::to(&contact).host(Host::Twitter);
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
    /// use dm_button_core::{Contact, LinkSpec, RecipientId};
    /// let contact = Contact::X(RecipientId::MIN);
    /// let link = LinkSpec::to(&contact).text(Some("a b"));
    /// assert!(link.to_url().ends_with("&text=a%20b"));
    /// ```
    #[must_use]
    pub const fn text(mut self, text: Option<&'a str>) -> Self {
        self.text = text;
        self
    }

    /// Sets X's welcome message.
    ///
    /// ```
    /// use dm_button_core::{Contact, LinkSpec, RecipientId, WelcomeMessageId};
    /// let contact = Contact::X(RecipientId::MIN);
    /// let link = LinkSpec::to(&contact).welcome_message_id(WelcomeMessageId::new(9));
    /// assert!(link.to_url().ends_with("&welcome_message_id=9"));
    /// ```
    #[must_use]
    pub const fn welcome_message_id(mut self, id: Option<WelcomeMessageId>) -> Self {
        self.welcome_message_id = id;
        self
    }

    /// The platform the link opens.
    ///
    /// ```
    /// use dm_button_core::{Contact, LinkSpec, Platform, RecipientId};
    /// let contact = Contact::X(RecipientId::MAX);
    /// assert_eq!(LinkSpec::to(&contact).platform(), Platform::X);
    /// ```
    #[must_use]
    pub const fn platform(&self) -> Platform {
        self.contact.platform()
    }

    /// Appends the URL to `out`.
    ///
    /// ```
    /// use dm_button_core::{Contact, LinkSpec, RecipientId};
    /// let contact = Contact::X(RecipientId::MIN);
    /// let mut out = String::from("href: ");
    /// LinkSpec::to(&contact).write_to(&mut out);
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
    /// use dm_button_core::{Contact, LinkSpec, RecipientId};
    /// let contact = Contact::X(RecipientId::MIN);
    /// let link = LinkSpec::to(&contact).text(Some("é"));
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
    /// use dm_button_core::{Contact, LinkSpec, RecipientId};
    /// let contact = Contact::X(RecipientId::MIN);
    /// assert_eq!(
    ///     LinkSpec::to(&contact).to_url(),
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
    /// needs escaping: the free text is percent-encoded.
    pub(crate) fn put(&self, sink: &mut impl Sink, within: Within) {
        let platform = self.platform();
        let parts = LinkParts {
            text: self
                .text
                .filter(|text| !text.is_empty() && platform.takes_text()),
            subject: self
                .subject
                .filter(|subject| !subject.is_empty() && platform.takes_subject()),
            referral: self.referral.filter(|_| platform.takes_referral()),
            host: self.host,
            welcome_message_id: self.welcome_message_id,
            and: match within {
                Within::Url => "&",
                Within::Attribute => "&amp;",
            },
        };
        self.contact.put_link(&parts, sink);
    }
}

/// `[?{name}={value}]`, the value percent-encoded: the query of the chat platforms' links.
pub(crate) fn put_query(sink: &mut impl Sink, name: &str, value: Option<&str>) {
    if let Some(value) = value {
        sink.put("?");
        sink.put(name);
        sink.put("=");
        sink.put_encoded(value);
    }
}

/// `[?ref={ref}][&text={text}]`, Meta's links' query: the `ref` (whose characters need no
/// encoding), then the text.
pub(crate) fn put_referral_then_text(sink: &mut impl Sink, parts: &LinkParts<'_>) {
    let mut separator = "?";
    if let Some(referral) = parts.referral {
        sink.put("?ref=");
        sink.put(referral.as_str());
        separator = parts.and;
    }
    if let Some(text) = parts.text {
        sink.put(separator);
        sink.put("text=");
        sink.put_encoded(text);
    }
}

/// The URL, written piece by piece into the formatter.
///
/// ```
/// use dm_button_core::{LinkSpec, RecipientId};
///
/// let contact = dm_button_core::Contact::X(dm_button_core::RecipientId::MIN);
/// let link = LinkSpec::to(&contact).text(Some("hi"));
/// assert_eq!(link.to_string(), link.to_url());
/// ```
impl fmt::Display for LinkSpec<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sink = FmtSink::new(f);
        self.put(&mut sink, Within::Url);
        sink.finish()
    }
}
