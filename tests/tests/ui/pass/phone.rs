//! A phone call: `tel:+DIGITS` (RFC 3966), from the macros and the builder.
use dm_button::{DmButton, StaticButton, dm_button, dm_link};

const CALL: StaticButton = dm_button!(phone = "+33 1 42 68 53 00", style = "large", lang = "de");

fn main() {
    assert_eq!(CALL.href(), "tel:+33142685300");
    assert!(CALL.as_str().contains("dm-button--phone"));
    assert!(CALL.as_str().contains(">Anrufen</span>"));
    assert_eq!(dm_link!(phone = "+1 (650) 253-0000"), "tel:+16502530000");
    let built = DmButton::phone("+33 1 42 68 53 00".parse().unwrap())
        .style(dm_button::Style::Large)
        .lang(dm_button::Lang::De);
    assert_eq!(built.to_html(), CALL.as_str());
}
