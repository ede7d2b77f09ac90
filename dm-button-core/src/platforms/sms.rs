//! SMS: `sms:+DIGITS?body=TEXT`, the `sms` URI scheme of RFC 5724, which opens the phone's
//! messages app with the number, and the message when one is given.

use crate::PhoneNumber;
use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::render::link::{LinkParts, put_query};
use crate::render::sink::Sink;

platform! {
    Sms(PhoneNumber) {
        slug: "sms",
        name: "SMS",
        article: "an",
        example: "\"+1 650 253 0000\"",
        examples: ["+1 650 253 0000", "+33 6 12 34 56 78", "+44 7400 123456"],
        takes: [text],
        needs_phone: true,
        labels: Labels {
            en: "Send an SMS",
            fr: "Envoyer un SMS",
            es: "Enviar un SMS",
            de: "SMS senden",
            pt: "Enviar SMS",
            it: "Invia un SMS",
            ja: "SMSを送る",
            nl: "SMS sturen",
            ko: "SMS 보내기",
            ar: "إرسال رسالة SMS",
        },
        // A rectangular speech bubble holding three dots.
        icon: [
            r#"<path d="M4 5h16a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H9.5L5 19.5V16H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z"/>"#,
            r#"<path d="M8 10.5h.01M12 10.5h.01M16 10.5h.01"/>"#,
        ],
        link: put_link,
        links: [
            ("+1 (650) 253-0000", None, "sms:+16502530000"),
            (
                "+1 (650) 253-0000",
                Some("Hi & bye, 10%\nsee you"),
                "sms:+16502530000?body=Hi%20%26%20bye%2C%2010%25%0Asee%20you",
            ),
        ],
    }
}

/// `sms:+{digits}[?body={text}]`: RFC 5724's `sms-uri`, the number in its global form (`+`
/// and its digits, as RFC 3966 writes a `global-number-digits`), the message as the `body`
/// field, percent-encoded as UTF-8.
fn put_link(number: &PhoneNumber, parts: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("sms:+");
    sink.put_u64(number.digits());
    put_query(sink, "body", parts.text);
}
