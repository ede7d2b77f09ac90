//! Signal: `https://signal.me/#p/+DIGITS`, from the macros and the builder.
use dm_button::{DmButton, StaticButton, dm_button, dm_link};

const SIGNAL: StaticButton = dm_button!(signal = "+49 1512 3456789", new_tab = true, style = "icon");

fn main() {
    assert_eq!(SIGNAL.href(), "https://signal.me/#p/+4915123456789");
    assert!(SIGNAL.as_str().contains(r#" aria-label="Message on Signal""#));
    assert!(SIGNAL.as_str().contains(r#" target="_blank""#));
    assert_eq!(dm_link!(signal = "+1 650 253 0000"), "https://signal.me/#p/+16502530000");
    let built = DmButton::signal("+49 1512 3456789".parse().unwrap())
        .new_tab(true)
        .style(dm_button::Style::Icon);
    assert_eq!(built.to_html(), SIGNAL.as_str());
}
