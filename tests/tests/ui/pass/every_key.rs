//! Every key of `dm_button!` at once, in a `const`, in the crate's own markup.
use dm_button::{StaticButton, dm_button};

const BUTTON: StaticButton = dm_button!(
    recipient = 3_805_104_374,
    text = "Hello world",
    welcome_message_id = "1234567890",
    host = "twitter.com",
    screen_name = "@furni",
    show_screen_name = false,
    style = "large",
    label = "Write to us",
    name = "Ana",
    role = "Sales",
    lang = "fr",
    new_tab = true,
    class = "footer-cta tracked",
    id = "contact",
    widget = false,
);

fn main() {
    let html = BUTTON.as_str();
    assert!(html.starts_with(r#"<a class="dm-button dm-button--large dm-button--x footer-cta tracked" href="https://twitter.com/messages/compose?recipient_id=3805104374&amp;text=Hello%20world&amp;welcome_message_id=1234567890" id="contact" lang="fr" target="_blank" rel="noopener noreferrer" aria-label="Ana, Sales : Write to us" title="Write to us @furni">"#));
    assert!(html.ends_with(r#"<span class="dm-button__label">Write to us</span></a>"#));
    assert_eq!(
        BUTTON.href(),
        "https://twitter.com/messages/compose?recipient_id=3805104374&text=Hello%20world&welcome_message_id=1234567890"
    );
}
