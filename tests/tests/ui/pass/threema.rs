//! Threema: `https://threema.id/ID?text=...`, from the macros and the builder.
use dm_button::{DmButton, StaticButton, ThreemaId, dm_button, dm_link};

const THREEMA: StaticButton = dm_button!(threema = "echoecho", text = "Hi there", style = "link");

fn main() {
    assert_eq!(THREEMA.href(), "https://threema.id/ECHOECHO?text=Hi%20there");
    assert!(THREEMA.as_str().contains("dm-button--threema"));
    assert_eq!(dm_link!(threema = "*SUPPORT"), "https://threema.id/*SUPPORT");
    let id: ThreemaId = "ECHOECHO".parse().unwrap();
    let built = DmButton::threema(id).text("Hi there").style(dm_button::Style::Link);
    assert_eq!(built.to_html(), THREEMA.as_str());
}
