//! The panel's built-in words, in every language of [`Lang`](crate::Lang).

use crate::options::lang::Labels;

/// The panel's title when none is given: the toggle's words and the landmark's name.
pub(crate) const CONTACT_US: Labels = Labels {
    en: "Contact us",
    fr: "Nous contacter",
    es: "Contáctanos",
    de: "Kontakt",
    pt: "Fale conosco",
    it: "Contattaci",
    ja: "お問い合わせ",
    nl: "Neem contact op",
    ko: "문의하기",
    ar: "تواصل معنا",
};

/// What a QR code asks of the reader, before the button's label in the code's accessible
/// name ("Scan with your phone: Chat on WhatsApp").
#[cfg(feature = "qr")]
pub(crate) const SCAN: Labels = Labels {
    en: "Scan with your phone",
    fr: "Scannez avec votre téléphone",
    es: "Escanea con tu teléfono",
    de: "Mit dem Handy scannen",
    pt: "Escaneie com o celular",
    it: "Scansiona con il telefono",
    ja: "スマートフォンでスキャン",
    nl: "Scan met je telefoon",
    ko: "휴대폰으로 스캔하세요",
    ar: "امسح الرمز بهاتفك",
};
