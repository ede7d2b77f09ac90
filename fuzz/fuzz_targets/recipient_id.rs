//! `RecipientId` and `WelcomeMessageId` from any string: never a panic; an accepted ID is
//! in range and prints back as its canonical digits; a refused one has a message.
#![no_main]

use dm_button::{RecipientId, WelcomeMessageId};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    match input.parse::<RecipientId>() {
        Ok(id) => {
            assert!((1..=RecipientId::MAX.get()).contains(&id.get()));
            assert_eq!(id.to_string(), input, "only canonical digits are accepted");
            assert_eq!(RecipientId::try_from(id.get()), Ok(id));
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    let welcome = input.parse::<WelcomeMessageId>();
    assert_eq!(welcome.is_ok(), input.parse::<RecipientId>().is_ok());
});
