//! Signal: `https://signal.me/#p/+DIGITS`, the link Signal makes to start a chat with a phone
//! number (its owner's privacy settings decide whether the number finds them). The number is
//! in the fragment, which never reaches a server; the link takes nothing after it.

use crate::PhoneNumber;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::render::link::LinkParts;
use crate::render::sink::Sink;

platform! {
    Signal(PhoneNumber) {
        slug: "signal",
        name: "Signal",
        article: "a",
        example: "\"+1 650 253 0000\"",
        examples: ["+1 650 253 0000", "+49 1512 3456789", "+41 78 123 45 67"],
        takes: [new_tab],
        needs_phone: true,
        labels: Labels {
            en: "Message on Signal",
            fr: "Écrire sur Signal",
            es: "Escribir por Signal",
            de: "Auf Signal schreiben",
            pt: "Mensagem no Signal",
            it: "Scrivi su Signal",
            ja: "Signalでメッセージ",
            nl: "Bericht via Signal",
            ko: "Signal로 메시지",
            ar: "مراسلة عبر Signal",
        },
        // A round speech bubble holding a padlock.
        icon: [
            r#"<path d="M12 3.5a8.5 8.5 0 0 0-7.6 12.3L3.5 20.5l4.7-.9A8.5 8.5 0 1 0 12 3.5z"/>"#,
            r#"<rect x="9" y="11" width="6" height="4.5" rx="1"/><path d="M10 11V9.8a2 2 0 0 1 4 0V11"/>"#,
        ],
        link: put_link,
        // The number is in the fragment, and nothing follows it: Signal's link takes no message.
        links: [("+49 1512 3456789", Some("Hi"), "https://signal.me/#p/+4915123456789")],
    }
}

/// `https://signal.me/#p/+{digits}`.
fn put_link(number: &PhoneNumber, _: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("https://signal.me/#p/+");
    sink.put_u64(number.digits());
}
