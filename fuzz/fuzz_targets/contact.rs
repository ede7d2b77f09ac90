//! Every platform of the registry, chosen at run time: any text after a platform's slug
//! parses as its recipient or is refused with a message (never a panic), what parses prints
//! back to itself, and a `DmButton::to` button with any free text, on any platform, renders
//! one anchor whose link starts with the contact's own and holds nothing that would break out
//! of the attribute. A new platform is fuzzed here with no change.
#![no_main]

use arbitrary::Arbitrary;
use dm_button::{Contact, DmButton, Platform, Referral};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    platform: u8,
    recipient: &'a str,
    text: Option<&'a str>,
    subject: Option<&'a str>,
    referral: Option<&'a str>,
    label: Option<&'a str>,
    new_tab: bool,
}

fuzz_target!(|input: Input<'_>| {
    let platform = Platform::ALL[usize::from(input.platform) % Platform::ALL.len()];
    let contact = match format!("{}:{}", platform.as_str(), input.recipient).parse::<Contact>() {
        Ok(contact) => contact,
        Err(error) => {
            assert!(!error.to_string().is_empty());
            return;
        }
    };
    assert_eq!(contact.platform(), platform);
    assert_eq!(contact.to_string().parse::<Contact>().ok().as_ref(), Some(&contact));
    let bare = contact.href();
    let mut button = DmButton::to(contact);
    // An option the platform does not take is an error, never dropped in silence.
    if let Some(text) = input.text {
        button = match button.clone().try_text(text) {
            Ok(button) => button,
            Err(error) => {
                assert!(!platform.takes_text(), "{error}");
                button
            }
        };
    }
    if let Some(subject) = input.subject {
        button = button.clone().try_subject(subject).unwrap_or(button);
    }
    if let Some(referral) = input.referral.and_then(|r| r.parse::<Referral>().ok()) {
        button = button.clone().try_referral(referral).unwrap_or(button);
    }
    if input.new_tab {
        button = match button.clone().try_new_tab(true) {
            Ok(button) => button,
            Err(_) => {
                assert!(!platform.opens_page());
                button
            }
        };
    }
    if let Some(label) = input.label {
        button = button.label(label);
    }
    let html = button.to_html();
    assert_eq!(html.len(), button.rendered_len());
    assert!(html.starts_with("<a class=\"dm-button "));
    assert!(html.ends_with("</a>"));
    // One anchor: any `<` of the label was escaped; the svg's own tags are counted.
    assert_eq!(html.matches("<a ").count(), 1);
    let href = button.href();
    assert!(href.starts_with(&bare), "{href} / {bare}");
    assert!(!href.contains(['"', '<', '>', ' ', '\n', '\r', '\t']), "{href}");
});
