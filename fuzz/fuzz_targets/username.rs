//! Telegram, Instagram and Messenger names from any text (every platform's recipient is also
//! fuzzed by the `contact` target): never a panic; an accepted name is
//! the text without its `@`, in the characters its platform allows, and makes a link with no
//! dot segment, query or fragment of its own; a refused one has a message.
#![no_main]

use dm_button::{DmButton, InstagramUsername, MessengerPage, TelegramUsername};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let bare = text.strip_prefix('@').unwrap_or(text);
    match text.parse::<TelegramUsername>() {
        Ok(name) => {
            assert_eq!(name.as_str(), bare);
            assert!((5..=32).contains(&bare.len()));
            assert!(bare.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
            // Telegram's rule: a letter first, no `__`, no `_` last.
            assert!(bare.starts_with(|c: char| c.is_ascii_alphabetic()));
            assert!(!bare.contains("__") && !bare.ends_with('_'));
            assert_eq!(DmButton::telegram(name.into()).href(), format!("https://t.me/{bare}"));
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    match text.parse::<InstagramUsername>() {
        Ok(name) => {
            assert_eq!(name.as_str(), bare);
            assert!((1..=30).contains(&bare.len()));
            assert!(!bare.starts_with('.') && !bare.ends_with('.') && !bare.contains(".."));
            assert!(bare.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.'));
            assert_eq!(DmButton::instagram(name).href(), format!("https://ig.me/m/{bare}"));
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    match text.parse::<MessengerPage>() {
        Ok(page) => {
            assert!(!page.as_str().is_empty() && page.as_str().len() <= 50);
            assert!(!page.as_str().starts_with('.') && !page.as_str().contains(".."));
            assert!(page.as_str().bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.'));
            assert_eq!(page.to_string().parse::<MessengerPage>(), Ok(page));
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
