//! What a platform's module declares, and the one macro that turns a declaration into the
//! platform's entry: [`Channel`], [`Info`], the capabilities, and `platform!`.
//!
//! A platform is a module of `platforms/` that names its recipient type and declares, with
//! `platform!`, everything else that is the platform's: its slug (the macro key, the CSS
//! class, the `slug:recipient` of a [`Contact`](crate::Contact)), its display name and
//! article, which of `text`, `subject` and `ref` its link takes and whether it opens a
//! page (all four at run time and as traits for the typed builder, from one list), whether its
//! link needs a phone, its built-in label in every language, its icon, its examples and its
//! link writer. The registry (`for_each_platform!` in `platforms/mod.rs`) lists the modules;
//! everything that dispatches on a platform is generated from that list and reads these
//! declarations.

use crate::front::keys::Kind;
use crate::options::lang::Labels;
use crate::render::link::LinkParts;
use crate::render::sink::Sink;

/// Which of the optional parts of a link a platform's link takes, and whether it opens a
/// page (`new_tab` on a `mailto:`, `sms:` or `tel:` link would leave an empty tab).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Takes {
    pub(crate) text: bool,
    pub(crate) subject: bool,
    pub(crate) referral: bool,
    pub(crate) new_tab: bool,
}

impl Takes {
    /// Nothing: the start of a declaration's list.
    pub(crate) const NONE: Self = Self {
        text: false,
        subject: false,
        referral: false,
        new_tab: false,
    };

    pub(crate) const fn text(self) -> Self {
        Self { text: true, ..self }
    }

    pub(crate) const fn subject(self) -> Self {
        Self {
            subject: true,
            ..self
        }
    }

    pub(crate) const fn referral(self) -> Self {
        Self {
            referral: true,
            ..self
        }
    }

    pub(crate) const fn new_tab(self) -> Self {
        Self {
            new_tab: true,
            ..self
        }
    }
}

/// The facts a platform's module declares, read through [`Platform`](crate::Platform)'s
/// methods.
#[derive(Debug)]
pub(crate) struct Info {
    /// The macro key that names the recipient: the slug, but X's, which is `recipient`.
    pub(crate) key: &'static str,
    /// The platform's name in code: CSS class, forms, serde, `slug:recipient`.
    pub(crate) slug: &'static str,
    /// The platform's name, as its owner writes it.
    pub(crate) name: &'static str,
    /// "a" or "an", before the name ("an SMS button").
    pub(crate) article: &'static str,
    /// The kind of literal the recipient key takes in a macro.
    pub(crate) kind: Kind,
    /// A recipient as a macro takes it (`"+33 6 12 34 56 78"`), for messages.
    pub(crate) example: &'static str,
    /// Valid recipients, as text, for examples, demos, tests and benchmarks.
    pub(crate) examples: &'static [&'static str],
    pub(crate) takes: Takes,
    /// Whether the link opens an app that lives on a phone (the QR hand-off's cue).
    pub(crate) needs_phone: bool,
    /// The longest prefilled message the platform takes, in characters.
    pub(crate) text_max_chars: usize,
    /// The built-in label in every language.
    pub(crate) labels: Labels,
    /// The icon, inline SVG.
    pub(crate) icon: &'static str,
    /// `>`, the icon and `</a>`: the end of an icon-only button, in one piece.
    pub(crate) icon_alone: &'static str,
    /// `>`, the icon and the label's opening tag: one piece.
    pub(crate) icon_then_label: &'static str,
    /// ` dm-button--{slug}`, the class of the platform's colours.
    pub(crate) class: &'static str,
    /// Links the platform writes, as its documentation gives them: checked, for every
    /// platform, by the registry's one test (see [`LinkExample`]).
    #[cfg(test)]
    pub(crate) links: &'static [LinkExample],
}

/// A link a platform writes: a recipient (as text, without the `slug:`), a message or none,
/// and the link. Each platform declares at least one with a message: the link with it, or,
/// for a platform whose link takes none, the same link without it.
#[cfg(test)]
pub(crate) type LinkExample = (&'static str, Option<&'static str>, &'static str);

/// The most characters of a prefilled message on a platform that documents no limit of its
/// own: X's composer's, the longest any platform documents.
pub(crate) const TEXT_MAX_CHARS: usize = crate::MessageText::MAX_CHARS;

/// A platform's declaration, implemented by its marker type.
pub(crate) trait Channel {
    /// Who a conversation is with on this platform.
    type Recipient;
    /// The platform's facts.
    const INFO: Info;
    /// Writes the link to `recipient`, with the parts the link takes.
    fn put_link(recipient: &Self::Recipient, parts: &LinkParts<'_>, sink: &mut impl Sink);
}

/// The typed builder's view of the capabilities: a platform's marker implements the trait of
/// each part its link takes, so that `DmButton::instagram(..).text(..)` does not compile.
/// Hidden: for dm-button's builder only.
pub mod capability {
    /// The platform's link takes a prefilled message (`text`).
    #[diagnostic::on_unimplemented(
        message = "{Self}'s link takes no prefilled message",
        label = "this button has no `text`",
        note = "remove the `.text(..)` call: the platform would drop the message"
    )]
    pub trait Text: super::Marker {}

    /// The platform's link takes a subject (`subject`): email only.
    #[diagnostic::on_unimplemented(
        message = "{Self}'s link takes no subject",
        label = "this button has no `subject`",
        note = "only an email has a subject: put the words in `.text(..)`"
    )]
    pub trait Subject: super::Marker {}

    /// The platform's link takes Meta's `ref` parameter.
    #[diagnostic::on_unimplemented(
        message = "{Self}'s link takes no `ref`",
        label = "this button has no `ref`",
        note = "`ref` is Meta's referral parameter, for Messenger and Instagram links"
    )]
    pub trait Referral: super::Marker {}

    /// The platform's link opens a page, so it may open in a new tab.
    #[diagnostic::on_unimplemented(
        message = "{Self}'s link opens no page, so it has no `new_tab`",
        label = "a new tab would stay empty",
        note = "remove the `.new_tab(..)` call: the link hands over to an app"
    )]
    pub trait OpensPage: super::Marker {}
}

pub(crate) mod sealed {
    /// Implemented by the registry for each platform's marker, and by nothing else.
    pub trait Sealed {}
}

/// A platform's marker type: `DmButton<'_, Chat<Sms>>` is a button for SMS. Sealed: the
/// platforms are this crate's.
pub trait Marker: sealed::Sealed + Copy + Default + std::fmt::Debug + 'static {}

/// The opening of a platform's icon: the drawing style every icon of the crate shares, a
/// 24-unit outline in `currentColor`, `aria-hidden` since the label names the button.
macro_rules! outline_icon_open {
    () => {
        concat!(
            r#"<svg class="dm-button__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" "#,
            r#"fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">"#,
        )
    };
}
pub(crate) use outline_icon_open;

/// The label's opening tag, after the icon.
macro_rules! label_open {
    () => {
        r#"<span class="dm-button__label">"#
    };
}
pub(crate) use label_open;

/// Declares a platform: implements [`Channel`] for its marker with the facts given, and the
/// capability traits of the parts its link takes, from the one `takes` list.
///
/// ```text
/// platform! {
///     Sms(PhoneNumber) {
///         slug: "sms", name: "SMS", article: "an",
///         example: "\"+1 650 253 0000\"", examples: ["+1 650 253 0000"],
///         takes: [text], needs_phone: true,
///         labels: Labels { en: "Send an SMS", ... },
///         icon: [r#"<path d="..."/>"#],
///         link: put_link,
///         links: [("+1 650 253 0000", Some("Hi"), "sms:+16502530000?body=Hi")],
///     }
/// }
/// ```
///
/// `takes` lists `text`, `subject`, `referral` (Meta's `ref`) and `new_tab` (the link
/// opens a page);
/// `text_max_chars` is optional (10,000 by default). The macro key is the slug. `links` are
/// [`LinkExample`]s, checked by the registry's test.
macro_rules! platform {
    (
        $marker:ident($recipient:ty) {
            slug: $slug:literal,
            name: $name:literal,
            article: $article:literal,
            example: $example:literal,
            examples: [$($examples:literal),+ $(,)?],
            takes: [$($takes:ident),* $(,)?],
            needs_phone: $needs_phone:literal,
            $(text_max_chars: $text_max_chars:expr,)?
            labels: $labels:expr,
            icon: [$($shape:literal),+ $(,)?],
            link: $link:path,
            links: [$(($link_recipient:literal, $link_text:expr, $link_url:literal $(,)?)),+ $(,)?] $(,)?
        }
    ) => {
        impl $crate::platforms::channel::Channel for $crate::platforms::marker::$marker {
            type Recipient = $recipient;

            const INFO: $crate::platforms::channel::Info = $crate::platforms::channel::Info {
                key: $slug,
                slug: $slug,
                name: $name,
                article: $article,
                kind: $crate::front::keys::Kind::Str,
                example: $example,
                examples: &[$($examples),+],
                takes: $crate::platforms::channel::Takes::NONE $(.$takes())*,
                needs_phone: $needs_phone,
                text_max_chars: $crate::platforms::channel::platform!(@or $($text_max_chars)?),
                labels: $labels,
                icon: concat!($crate::platforms::channel::outline_icon_open!(), $($shape,)+ "</svg>"),
                icon_alone: concat!(">", $crate::platforms::channel::outline_icon_open!(), $($shape,)+ "</svg></a>"),
                icon_then_label: concat!(
                    ">",
                    $crate::platforms::channel::outline_icon_open!(),
                    $($shape,)+
                    "</svg>",
                    $crate::platforms::channel::label_open!()
                ),
                class: concat!(" dm-button--", $slug),
                #[cfg(test)]
                links: &[$(($link_recipient, $link_text, $link_url)),+],
            };

            fn put_link(
                recipient: &$recipient,
                parts: &$crate::render::link::LinkParts<'_>,
                sink: &mut impl $crate::render::sink::Sink,
            ) {
                $link(recipient, parts, sink);
            }
        }
        $($crate::platforms::channel::platform!(@capability $marker $takes);)*
    };
    (@or $value:expr) => { $value };
    (@or) => { $crate::platforms::channel::TEXT_MAX_CHARS };
    (@capability $marker:ident text) => {
        // Not listed among "the other types that implement" it, in the compiler's
        // message when a platform lacks it: that list would change with every platform.
        #[diagnostic::do_not_recommend]
        impl $crate::platforms::channel::capability::Text for $crate::platforms::marker::$marker {}
    };
    (@capability $marker:ident subject) => {
        // Not listed among "the other types that implement" it, in the compiler's
        // message when a platform lacks it: that list would change with every platform.
        #[diagnostic::do_not_recommend]
        impl $crate::platforms::channel::capability::Subject for $crate::platforms::marker::$marker {}
    };
    (@capability $marker:ident referral) => {
        // Not listed among "the other types that implement" it, in the compiler's
        // message when a platform lacks it: that list would change with every platform.
        #[diagnostic::do_not_recommend]
        impl $crate::platforms::channel::capability::Referral for $crate::platforms::marker::$marker {}
    };
    (@capability $marker:ident new_tab) => {
        // Not listed among "the other types that implement" it, in the compiler's
        // message when a platform lacks it: that list would change with every platform.
        #[diagnostic::do_not_recommend]
        impl $crate::platforms::channel::capability::OpensPage for $crate::platforms::marker::$marker {}
    };
}
pub(crate) use platform;

#[cfg(test)]
mod tests {
    use crate::{Contact, LinkSpec, Platform};

    /// Every platform writes the links it declares, for a contact written `slug:recipient`
    /// that reads back as itself; a message is in the link exactly when the platform says
    /// its link takes one.
    #[test]
    fn every_platform_writes_the_links_it_declares() {
        for platform in Platform::ALL {
            let links = platform.info().links;
            assert!(
                links.iter().any(|(_, text, _)| text.is_some()),
                "{platform}: declare a link with a message, taken or left out"
            );
            for &(recipient, text, expected) in links {
                let contact: Contact = format!("{}:{recipient}", platform.as_str())
                    .parse()
                    .unwrap_or_else(|e| panic!("{platform} {recipient}: {e}"));
                assert_eq!(contact.platform(), *platform);
                assert_eq!(
                    contact.to_string().parse::<Contact>().ok().as_ref(),
                    Some(&contact)
                );
                let link = LinkSpec::to(&contact).text(text).to_url();
                assert_eq!(link, expected, "{platform} {recipient} {text:?}");
                let without = LinkSpec::to(&contact).to_url();
                assert_eq!(
                    text.is_some() && platform.takes_text(),
                    link != without,
                    "{platform}: the message is in the link exactly when the platform takes one"
                );
                assert_eq!(
                    platform.opens_page(),
                    link.starts_with("https://"),
                    "{platform}: a page opens exactly from a web link (not `mailto:`, `sms:`, `tel:`)"
                );
            }
        }
    }

    /// The platforms whose app lives on a phone, which a panel hands over to by a QR code.
    #[test]
    fn the_apps_on_a_phone_are_these() {
        let on_a_phone: Vec<Platform> = Platform::ALL
            .iter()
            .copied()
            .filter(|platform| platform.needs_phone())
            .collect();
        assert_eq!(
            on_a_phone,
            [
                Platform::WhatsApp,
                Platform::Sms,
                Platform::Phone,
                Platform::Signal,
                Platform::Line,
                Platform::Threema,
                Platform::KakaoTalk,
            ]
        );
    }

    /// A contact reads back as `slug:` and its recipient in the type's own form.
    #[test]
    fn a_contact_is_written_in_its_recipients_form() {
        for (written, read) in [
            ("sms:+1 (650) 253-0000", "sms:+16502530000"),
            ("line:@abc1234", "line:@abc1234"),
        ] {
            assert_eq!(written.parse::<Contact>().unwrap().to_string(), read);
        }
    }
}
