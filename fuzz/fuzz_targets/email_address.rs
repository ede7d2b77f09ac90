//! Email addresses, subjects and bodies from any input: never a panic; an accepted address
//! is the text as given, and its `mailto:` link holds no raw line break, `#`, `"`, `<` or
//! space, with every line break as `%0D%0A`; a refused one has a message.
#![no_main]

use dm_button::{DmButton, EmailAddress};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str, &str)| {
    let (address, subject, body) = input;
    match address.parse::<EmailAddress>() {
        Ok(parsed) => {
            assert_eq!(parsed.as_str(), address);
            let button = DmButton::email(parsed).subject(subject).text(body);
            let href = button.href();
            assert!(href.starts_with("mailto:"));
            assert!(!href.contains(['\r', '\n', '#', '"', '<', '>', ' ']), "{href}");
            assert_eq!(href.matches("%0A").count(), href.matches("%0D%0A").count());
            let html = button.to_string();
            assert_eq!(html.len(), button.rendered_len());
            assert_eq!(html.matches("<a ").count(), 1);
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
