//! LINE: `https://line.me/R/oaMessage/%40ID/?TEXT`, from the macros and the builder.
use dm_button::{DmButton, LineId, StaticButton, dm_button, dm_link};

const LINE: StaticButton = dm_button!(line = "@abc1234", text = "Hello there", lang = "ja");

fn main() {
    assert_eq!(LINE.href(), "https://line.me/R/oaMessage/%40abc1234/?Hello%20there");
    assert!(LINE.as_str().contains(">LINEでトーク</span>"));
    assert_eq!(dm_link!(line = "@abc1234"), "https://line.me/R/oaMessage/%40abc1234/");
    let id: LineId = "@abc1234".parse().unwrap();
    let built = DmButton::line(id).text("Hello there").lang(dm_button::Lang::Ja);
    assert_eq!(built.to_html(), LINE.as_str());
}
