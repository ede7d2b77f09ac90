//! WhatsApp's click-to-chat, `https://wa.me/DIGITS[?text=...]` (WhatsApp's Help Center,
//! "How to use click to chat"), and the phone numbers that it, and every platform that
//! reaches a phone, takes: checked against libphonenumber's data for their country.

mod phone_number;

pub use phone_number::{PhoneNumber, PhoneNumberError};

use crate::options::lang::Labels;
use crate::platforms::channel::platform;
use crate::render::link::{LinkParts, put_query};
use crate::render::sink::Sink;

crate::options::serde_as_text!(PhoneNumber, "a phone number in international form, such as +33 6 12 34 56 78");

platform! {
    WhatsApp(PhoneNumber) {
        slug: "whatsapp",
        name: "WhatsApp",
        article: "a",
        example: "\"+33 6 12 34 56 78\"",
        examples: [
            "+33 6 12 34 56 78",
            "+1 (650) 253-0000",
            "+44 7400 123456",
            "+81 90-1234-5678",
            "+49 1512 3456789",
        ],
        takes: [text, new_tab],
        needs_phone: true,
        labels: Labels {
            en: "Chat on WhatsApp",
            fr: "Discuter sur WhatsApp",
            es: "Chatear por WhatsApp",
            de: "Auf WhatsApp chatten",
            pt: "Conversar no WhatsApp",
            it: "Chatta su WhatsApp",
            ja: "WhatsAppでチャット",
            nl: "Chatten via WhatsApp",
            ko: "WhatsApp으로 채팅",
            ar: "الدردشة عبر WhatsApp",
        },
        // A speech bubble with a handset.
        icon: [
            r#"<path d="M12 3.5a8.5 8.5 0 0 0-7.3 12.8L3.5 20.5l4.3-1.2A8.5 8.5 0 1 0 12 3.5z"/>"#,
            r#"<path d="M9 9c0 3 3 6 6 6l1-1.5-2-1-1 1a5 5 0 0 1-2.5-2.5l1-1-1-2z"/>"#,
        ],
        link: put_link,
        links: [
            ("+33 6 12 34 56 78", None, "https://wa.me/33612345678"),
            ("+33 6 12 34 56 78", Some("Hi & bye"), "https://wa.me/33612345678?text=Hi%20%26%20bye"),
        ],
    }
}

/// `https://wa.me/{digits}[?text={text}]`: the number's digits, without `+`.
fn put_link(number: &PhoneNumber, parts: &LinkParts<'_>, sink: &mut impl Sink) {
    sink.put("https://wa.me/");
    sink.put_u64(number.digits());
    put_query(sink, "text", parts.text);
}
