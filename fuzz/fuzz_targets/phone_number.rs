//! WhatsApp numbers from any text: never a panic; an accepted number prints as `+` and its
//! digits, parses back to itself, and its link is `https://wa.me/` and those digits; a refused
//! one has a message.
#![no_main]

use dm_button::{DmButton, PhoneNumber};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match text.parse::<PhoneNumber>() {
        Ok(number) => {
            let printed = number.to_string();
            assert_eq!(printed, format!("+{}", number.digits()));
            assert!(printed.len() <= 16, "{printed}");
            assert_eq!(printed.parse::<PhoneNumber>(), Ok(number));
            assert!(printed.starts_with(&format!("+{}", number.country_code())));
            let _ = number.region();
            assert_eq!(
                DmButton::whatsapp(number).href(),
                format!("https://wa.me/{}", number.digits())
            );
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
