//! Names from dm-button.toml give the same buttons and links as their IDs.
use dm_button::{StaticButton, dm_button, dm_link};

const BY_NAME: StaticButton = dm_button!(recipient = "@furni", style = "large");
const BY_ID: StaticButton = dm_button!(recipient = 3805104374, style = "large");

fn main() {
    assert_eq!(BY_NAME, BY_ID);
    // Without `@`, and in another letter case: X's names ignore case.
    assert_eq!(dm_button!(recipient = "FURNI", style = "large"), BY_ID);
    assert_eq!(
        dm_link!(recipient = "@xdevelopers", text = "Hi"),
        "https://x.com/messages/compose?recipient_id=2244994945&text=Hi"
    );
    // A name made of digits, written with its `@`; the digits alone are an ID.
    assert_eq!(
        dm_link!(recipient = "@123"),
        "https://x.com/messages/compose?recipient_id=9007199254740993"
    );
    assert_eq!(dm_link!(recipient = "123"), "https://x.com/messages/compose?recipient_id=123");
    // An integer in the file works too; the screen name can still be shown.
    let x = dm_button!(recipient = "@X", screen_name = "X", widget = true);
    assert!(x.href().ends_with("recipient_id=783214"));
    assert!(x.as_str().contains(r#"data-screen-name="@X""#));
}
