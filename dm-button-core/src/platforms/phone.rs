//! A phone call: `tel:+DIGITS`, the `tel` URI of RFC 3966, which a phone dials (and a
//! desktop hands to its calling app). The link takes no message.

use crate::PhoneNumber;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::render::link::LinkParts;
use crate::render::sink::Sink;

platform! {
    Phone(PhoneNumber) {
        slug: "phone",
        name: "phone",
        article: "a",
        example: "\"+1 650 253 0000\"",
        examples: ["+1 650 253 0000", "+33 1 42 68 53 00", "+81 3-1234-5678"],
        takes: [],
        needs_phone: true,
        labels: Labels {
            en: "Call",
            fr: "Appeler",
            es: "Llamar",
            de: "Anrufen",
            pt: "Ligar",
            it: "Chiama",
            ja: "電話する",
            nl: "Bellen",
            ko: "전화하기",
            ar: "اتصال",
        },
        // A handset.
        icon: [
            r#"<path d="M6.5 3.5h3l1.5 4-2 1.3a11 11 0 0 0 6.2 6.2l1.3-2 4 1.5v3a2 2 0 0 1-2 2A15 15 0 0 1 4.5 5.5a2 2 0 0 1 2-2z"/>"#,
        ],
        link: put_link,
        // A message the link cannot carry is left out (the macros and the builder refuse it).
        links: [("+33 1 42 68 53 00", Some("Hi"), "tel:+33142685300")],
    }
}

/// `tel:+{digits}`: RFC 3966's `global-number`, `+` and the digits, without the visual
/// separators it allows (a dialler needs none).
fn put_link(number: &PhoneNumber, _: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("tel:+");
    sink.put_u64(number.digits());
}
