//! Opening hours and time zones from any text: parsed or refused with a message (never a
//! panic); what parses prints back to itself, covers sorted minutes of the week, and is
//! open exactly where no next opening is pending; a time zone that parses has its own name.
#![no_main]

use arbitrary::Arbitrary;
use dm_button::{Hours, TimeZone};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    hours: &'a str,
    zone: &'a str,
    minute: u16,
}

fuzz_target!(|input: Input<'_>| {
    match input.hours.parse::<Hours>() {
        Ok(hours) => {
            assert_eq!(hours.to_string().parse::<Hours>().as_ref(), Ok(&hours));
            let intervals = hours.intervals();
            assert!(intervals.windows(2).all(|pair| pair[0].1 < pair[1].0));
            assert!(intervals.iter().all(|&(start, end)| start < end && end <= 7 * 24 * 60));
            let minute = input.minute % (7 * 24 * 60);
            let open = hours.is_open((minute / (24 * 60)) as u8, minute % (24 * 60));
            let next = hours.next_opening(minute);
            assert_eq!(open, next.is_none() && !intervals.is_empty(), "{hours} at {minute}");
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    match input.zone.parse::<TimeZone>() {
        Ok(zone) => assert_eq!(zone.to_string().parse::<TimeZone>().as_ref(), Ok(&zone)),
        Err(error) => assert!(error.to_string().contains("IANA")),
    }
});
