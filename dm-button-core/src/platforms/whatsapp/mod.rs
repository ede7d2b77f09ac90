//! WhatsApp's click-to-chat, and the phone numbers that it (and every platform that reaches a
//! phone) takes, checked against libphonenumber's data.

mod phone_number;

pub use phone_number::{PhoneNumber, PhoneNumberError};
