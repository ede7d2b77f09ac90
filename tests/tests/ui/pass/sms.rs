//! SMS: `sms:+DIGITS?body=...` (RFC 5724), from the macros and the builder.
use dm_button::{DmButton, StaticButton, dm_button, dm_link};

const TEXT_US: StaticButton = dm_button!(sms = "+1 (650) 253-0000", text = "Hi & bye", lang = "fr");

fn main() {
    assert_eq!(TEXT_US.href(), "sms:+16502530000?body=Hi%20%26%20bye");
    assert!(TEXT_US.as_str().contains(r#"class="dm-button dm-button--compact dm-button--sms""#));
    assert!(TEXT_US.as_str().contains("Envoyer un SMS"));
    assert_eq!(dm_link!(sms = "+44 7400 123456"), "sms:+447400123456");
    let built = DmButton::sms("+1 (650) 253-0000".parse().unwrap()).text("Hi & bye").lang(dm_button::Lang::Fr);
    assert_eq!(built.to_html(), TEXT_US.as_str());
}
