//! Every QR code the crate draws, read back by a real decoder: each platform's link, with
//! texts up to the most a code holds, decodes to the exact link, at level M, with its quiet
//! zone; `dm_qr!` and the builder draw the same code; a longer link is an error.

use dm_button::{Contact, DmButton, Platform, QR_MAX_BYTES, QrError, dm_qr};
use dm_button_tests::qr::decode;

/// A text of about `bytes` bytes once encoded: words, punctuation and letters from other
/// scripts, which the link percent-encodes.
fn text_of(bytes: usize) -> String {
    let words = [
        "Hello",
        "there,",
        "Ünïcödé",
        "& 100%",
        "¿qué?",
        "שלום",
        "😀",
        "#42",
    ];
    let mut text = String::new();
    let mut index = 0;
    while dm_button::DmButton::new(dm_button::RecipientId::MIN)
        .text(text.as_str())
        .href()
        .len()
        < bytes
    {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(words[index % words.len()]);
        index += 1;
    }
    text
}

#[test]
fn every_platform_link_decodes_to_itself() {
    for platform in Platform::ALL {
        for example in platform.examples() {
            let contact: Contact = format!("{}:{example}", platform.as_str()).parse().unwrap();
            let mut button = DmButton::to(contact);
            if platform.takes_text() {
                button = button.try_text("Hello & welcome, ünïcödé 😀").unwrap();
            }
            let svg = button.qr_svg().unwrap();
            let decoded = decode(&svg);
            assert_eq!(decoded.content, button.href(), "{platform} {example}");
            assert_eq!(decoded.ecc_level, 0, "level M: {platform} {example}");
            assert!(decoded.quiet_zone_light, "{platform} {example}");
        }
    }
}

#[test]
fn long_texts_decode_up_to_the_most_a_code_holds() {
    let number = "+33 6 12 34 56 78";
    for bytes in [100, 300, 600, 1000, 1500, 2000, 2300] {
        let text = text_of(bytes);
        let button = DmButton::whatsapp(number.parse().unwrap()).text(text.as_str());
        let href = button.href();
        if href.len() > QR_MAX_BYTES {
            continue;
        }
        let decoded = decode(&button.qr_svg().unwrap());
        assert_eq!(decoded.content, href, "{bytes} bytes");
        assert_eq!(decoded.ecc_level, 0, "{bytes} bytes");
        assert!(decoded.quiet_zone_light);
    }
    // The largest code: version 40, 177 modules and the quiet zone.
    let filler = "a".repeat(QR_MAX_BYTES - "https://wa.me/33612345678?text=".len());
    let button = DmButton::whatsapp(number.parse().unwrap()).text(filler.as_str());
    assert_eq!(button.href().len(), QR_MAX_BYTES);
    let decoded = decode(&button.qr_svg().unwrap());
    assert_eq!(decoded.side, 177 + 8);
    assert_eq!(decoded.content, button.href());
}

#[test]
fn a_link_longer_than_a_code_holds_is_an_error() {
    let filler = "a".repeat(QR_MAX_BYTES);
    let button = DmButton::sms("+1 650 253 0000".parse().unwrap()).text(filler.as_str());
    let error = button.qr_svg().unwrap_err();
    assert!(matches!(error, QrError::TooLong { bytes, .. } if bytes == button.href().len()));
}

#[test]
fn the_macro_and_the_builder_draw_the_same_code() {
    const MACRO: &str = dm_qr!(telegram = "@durov", text = "Hi!", lang = "ja");
    let built = DmButton::telegram("@durov".parse().unwrap())
        .text("Hi!")
        .lang(dm_button::Lang::Ja)
        .qr_svg()
        .unwrap();
    assert_eq!(MACRO, built);
    assert_eq!(decode(MACRO).content, "https://t.me/durov?text=Hi%21");
    assert!(
        MACRO.contains(r#"aria-label="スマートフォンでスキャン：Telegramでメッセージ""#),
        "{MACRO}"
    );
}
