//! `dm-button.toml` from any text: never a panic; an accepted file maps each listed name, in
//! any letter case, to a valid ID; a refused one has a message that gives its line.
#![no_main]

use dm_button::{Recipient, Recipients};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match Recipients::from_toml_str(text) {
        Ok(recipients) => {
            for (name, id) in recipients.iter() {
                let upper: dm_button::ScreenName = name.as_str().to_uppercase().parse().unwrap();
                assert_eq!(recipients.get(&upper), Some(id));
                assert_eq!(recipients.resolve(Recipient::Name(*name)), Ok(id));
            }
        }
        Err(error) => {
            let message = error.to_string();
            assert!(message.starts_with("line "), "{message}");
        }
    }
});
