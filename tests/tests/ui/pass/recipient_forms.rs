//! The ways to write a recipient: integer, with underscores, digit string, the range's ends.
use dm_button::{dm_button, dm_link};

fn main() {
    assert_eq!(dm_link!(recipient = 1), "https://x.com/messages/compose?recipient_id=1");
    assert_eq!(
        dm_link!(recipient = 9223372036854775807),
        "https://x.com/messages/compose?recipient_id=9223372036854775807"
    );
    assert_eq!(dm_link!(recipient = 3_805_104_374), dm_link!(recipient = "3805104374"));
    assert_eq!(dm_link!(recipient = r"3805104374"), dm_link!(recipient = 3805104374));
    assert_eq!(dm_button!(recipient = 12345,).href(), dm_link!(recipient = 12345,));
}
