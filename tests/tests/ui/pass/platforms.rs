//! Every platform's recipient key, with the keys it takes, in both macros and in a `const`.
use dm_button::{StaticButton, dm_button, dm_link};

const ROW: [StaticButton; 6] = [
    dm_button!(recipient = 3805104374, text = "Hi"),
    dm_button!(whatsapp = "+33 6 12 34 56 78", text = "Bonjour", style = "large", lang = "fr"),
    dm_button!(telegram = "@durov", text = "Hi", style = "icon", new_tab = true),
    dm_button!(messenger = "54971236771", text = "Hi", class = "cta", id = "m"),
    dm_button!(instagram = "@nasa", label = "DM us", style = "link"),
    dm_button!(email = "hello@example.com", subject = "Order #1", text = "Hello,\nthanks"),
];

const LINKS: [&str; 5] = [
    dm_link!(whatsapp = "+1 (650) 253-0000", text = "Hi & bye"),
    dm_link!(telegram = "telegram"),
    dm_link!(messenger = "nasa", text = "Hi"),
    dm_link!(instagram = "natgeo"),
    dm_link!(email = "a+b@example.org", subject = "S", text = "B"),
];

fn main() {
    assert!(ROW[1].as_str().contains("dm-button--whatsapp"));
    assert!(ROW[1].as_str().contains("Discuter sur WhatsApp"));
    assert_eq!(ROW[1].href(), "https://wa.me/33612345678?text=Bonjour");
    assert_eq!(ROW[5].href(), "mailto:hello@example.com?subject=Order%20%231&body=Hello%2C%0D%0Athanks");
    assert_eq!(LINKS[0], "https://wa.me/16502530000?text=Hi%20%26%20bye");
    assert_eq!(LINKS[1], "https://t.me/telegram");
    assert_eq!(LINKS[2], "https://m.me/nasa?text=Hi");
    assert_eq!(LINKS[3], "https://ig.me/m/natgeo");
    assert_eq!(LINKS[4], "mailto:a+b@example.org?subject=S&body=B");
}
