//! Every key of `dm_link!`, in `const`s.
use dm_button::dm_link;

const MINIMAL: &str = dm_link!(recipient = 3805104374);
const FULL: &str = dm_link!(
    host = "twitter.com",
    welcome_message_id = 42,
    text = "¿Qué tal? #1 & 100% <ok>",
    recipient = "3805104374",
);

fn main() {
    assert_eq!(MINIMAL, "https://x.com/messages/compose?recipient_id=3805104374");
    assert_eq!(
        FULL,
        "https://twitter.com/messages/compose?recipient_id=3805104374&text=%C2%BFQu%C3%A9%20tal%3F%20%231%20%26%20100%25%20%3Cok%3E&welcome_message_id=42"
    );
}
