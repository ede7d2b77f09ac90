//! `dm_qr!`: the QR code of a link, as a `&'static str`, in a `const`.
use dm_button::dm_qr;

const FLYER: &str = dm_qr!(sms = "+1 650 253 0000", text = "Table for 2?", lang = "de");
const SAME_LINK: &str = dm_button::dm_link!(sms = "+1 650 253 0000", text = "Table for 2?");

fn main() {
    assert!(FLYER.starts_with(r#"<svg class="dm-qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 "#));
    assert!(FLYER.contains(r#" aria-label="Mit dem Handy scannen: "#));
    assert!(FLYER.ends_with(r#""/></svg>"#));
    assert_eq!(SAME_LINK, "sms:+16502530000?body=Table%20for%202%3F");
}
