//! The link a button opens: X's DM composer, or another platform's click-to-chat link.

use std::fmt;

use crate::render::sink::{Bound, FmtSink, Measure, Sink};
use crate::{Contact, EmailAddress, Host, PhoneNumber, Platform, RecipientId, WelcomeMessageId};

/// Where a URL is written: as is, or in an HTML attribute (where `&` is `&amp;`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Within {
    Url,
    Attribute,
}

/// What goes into the link a button opens. On X, the link to the DM composer:
/// `https://{host}/messages/compose?recipient_id={id}[&text={text}][&welcome_message_id={id}]`,
/// the parameters in that order. On the other platforms ([`LinkSpec::to`]):
///
/// | contact | link |
/// |---|---|
/// | WhatsApp | `https://wa.me/{digits}[?text={text}]` |
/// | Telegram | `https://t.me/{username}[?text={text}]` |
/// | Messenger | `https://m.me/{page}[?text={text}]` |
/// | Instagram | `https://ig.me/m/{username}` (it takes no text: one given is left out) |
/// | email | `mailto:{address}[?subject={subject}][&body={text}]` |
///
/// In `mailto:` the address is percent-encoded but for `@` and `+`, and a line break in the
/// subject or the body (`\n`, `\r\n` or `\r`) is `%0D%0A`, as RFC 6068 asks. `text` is percent-encoded as UTF-8 with the
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
    to: To<'a>,
    text: Option<&'a str>,
    subject: Option<&'a str>,
    welcome_message_id: Option<WelcomeMessageId>,
}

/// Who the link goes to: X's and WhatsApp's recipients are numbers, kept by value; the
/// others are borrowed, so that a link (and the button that holds one) stays small to copy
/// whatever the platform: a `Contact` holds a Page's name (up to 50 bytes) inline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum To<'a> {
    X(RecipientId),
    WhatsApp(PhoneNumber),
    Other(&'a Contact),
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
        Self::with(To::X(recipient))
    }

    /// A link to `contact`, on its platform, with no text.
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
        Self::with(match contact {
            Contact::X(id) => To::X(*id),
            Contact::WhatsApp(number) => To::WhatsApp(*number),
            other => To::Other(other),
        })
    }

    const fn with(to: To<'a>) -> Self {
        Self {
            host: Host::X,
            to,
            text: None,
            subject: None,
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

    /// The platform the link opens.
    ///
    /// ```
    /// use dm_button_core::{LinkSpec, Platform, RecipientId};
    /// assert_eq!(LinkSpec::new(RecipientId::MAX).platform(), Platform::X);
    /// ```
    #[must_use]
    pub const fn platform(&self) -> Platform {
        match self.to {
            To::X(_) => Platform::X,
            To::WhatsApp(_) => Platform::WhatsApp,
            To::Other(contact) => contact.platform(),
        }
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

    /// X's link to its DM composer.
    fn put_x(&self, sink: &mut impl Sink, recipient: RecipientId, text: Option<&str>, and: &str) {
        sink.put(match self.host {
            Host::X => "https://x.com/messages/compose?recipient_id=",
            Host::Twitter => "https://twitter.com/messages/compose?recipient_id=",
        });
        sink.put_u64(recipient.get());
        if let Some(text) = text {
            sink.put(and);
            sink.put("text=");
            sink.put_encoded(text);
        }
        if let Some(id) = self.welcome_message_id {
            sink.put(and);
            sink.put("welcome_message_id=");
            sink.put_u64(id.get());
        }
    }

    /// Writes the URL, bare or in an attribute, where `&` is `&amp;`. Nothing else in the URL
    /// needs escaping: the text is percent-encoded.
    pub(crate) fn put(&self, sink: &mut impl Sink, within: Within) {
        // An empty text prefills nothing; Instagram's link takes none.
        let text = self
            .text
            .filter(|text| !text.is_empty() && self.platform().takes_text());
        let and = match within {
            Within::Url => "&",
            Within::Attribute => "&amp;",
        };
        let chat = |sink: &mut _, base: &str, name: &str| {
            put_chat(sink, base, name, text);
        };
        let contact = match self.to {
            To::X(recipient) => return self.put_x(sink, recipient, text, and),
            To::WhatsApp(number) => return put_whatsapp(sink, number, text),
            To::Other(contact) => contact,
        };
        match contact {
            Contact::X(recipient) => self.put_x(sink, *recipient, text, and),
            Contact::WhatsApp(number) => put_whatsapp(sink, *number, text),
            Contact::Telegram(name) => chat(sink, "https://t.me/", name.as_str()),
            Contact::Messenger(page) => chat(sink, "https://m.me/", page.as_str()),
            Contact::Instagram(name) => chat(sink, "https://ig.me/m/", name.as_str()),
            Contact::Email(address) => {
                sink.put("mailto:");
                put_address(sink, address);
                let mut separator = "?";
                if let Some(subject) = self.subject.filter(|subject| !subject.is_empty()) {
                    sink.put("?subject=");
                    sink.put_encoded_lines(subject);
                    separator = and;
                }
                if let Some(text) = text {
                    sink.put(separator);
                    sink.put("body=");
                    sink.put_encoded_lines(text);
                }
            }
        }
    }
}

/// `https://wa.me/{digits}[?text={text}]`.
fn put_whatsapp(sink: &mut impl Sink, number: PhoneNumber, text: Option<&str>) {
    sink.put("https://wa.me/");
    sink.put_u64(number.digits());
    put_text_query(sink, text);
}

/// `{base}{name}[?text={text}]`.
fn put_chat(sink: &mut impl Sink, base: &str, name: &str, text: Option<&str>) {
    sink.put(base);
    sink.put(name);
    put_text_query(sink, text);
}

/// `[?text={text}]`, the chat platforms' prefilled message.
fn put_text_query(sink: &mut impl Sink, text: Option<&str>) {
    if let Some(text) = text {
        sink.put("?text=");
        sink.put_encoded(text);
    }
}

/// An address in `mailto:`, percent-encoded but for `@` and `+` (which RFC 6068 keeps, and
/// people read).
fn put_address(sink: &mut impl Sink, address: &EmailAddress) {
    // Most addresses need no encoding: written in one piece.
    if address.is_plain() {
        sink.put(address.as_str());
        return;
    }
    let mut rest = address.as_str();
    while let Some(at) = rest.bytes().position(|byte| matches!(byte, b'@' | b'+')) {
        sink.put_encoded(rest.get(..at).unwrap_or_default());
        sink.put(rest.get(at..=at).unwrap_or_default());
        rest = rest.get(at + 1..).unwrap_or_default();
    }
    sink.put_encoded(rest);
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
