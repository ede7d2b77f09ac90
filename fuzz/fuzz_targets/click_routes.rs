//! The counting routes' readers: any prefix and slug are recorded or refused with a message
//! (never a panic); for any path at all, the routes answer a 303 only for the exact path of
//! a recorded slug, and only to the link that button was built with (no open redirect), and
//! a 404 otherwise. A counted panel's routes are each a recorded path, to that button's link.
#![no_main]

use arbitrary::Arbitrary;
use dm_button::{ClickRoutes, Contact, ContactPanel, DmButton, Platform};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    prefix: &'a str,
    slug: &'a str,
    panel_slug: &'a str,
    path: &'a str,
    platform: u8,
}

fuzz_target!(|input: Input<'_>| {
    let mut routes = match ClickRoutes::new(input.prefix) {
        Ok(routes) => routes,
        Err(error) => {
            assert!(!error.to_string().is_empty());
            return;
        }
    };
    let platform = Platform::ALL[usize::from(input.platform) % Platform::ALL.len()];
    let contact: Contact = format!("{}:{}", platform.as_str(), platform.examples()[0])
        .parse()
        .expect("the platform's own example");
    let button = DmButton::to(contact.clone());
    let recorded = match routes.button(input.slug, &button) {
        Ok(counted) => {
            let path = format!("{}/{}", input.prefix, input.slug);
            assert!(counted.as_str().contains(&format!(" href=\"{path}\"")));
            Some(path)
        }
        Err(error) => {
            assert!(!error.to_string().is_empty());
            None
        }
    };
    let panel = ContactPanel::new()
        .button(DmButton::to(contact.clone()))
        .button(DmButton::to(contact))
        .build()
        .expect("a panel of two buttons");
    let before = routes.clone();
    let panel_paths: Vec<String> = match routes.panel(input.panel_slug, panel) {
        Ok(_) => {
            let base = format!("{}/{}-{}", input.prefix, input.panel_slug, platform.as_str());
            vec![base.clone(), format!("{base}-2")]
        }
        Err(error) => {
            assert!(!error.to_string().is_empty());
            assert_eq!(routes, before, "a refused panel records nothing");
            Vec::new()
        }
    };
    for path in panel_paths.iter().map(String::as_str).chain(recorded.as_deref()) {
        assert_eq!(routes.answer(path).location(), Some(button.href().as_str()));
    }
    let answer = routes.answer(input.path);
    let known = recorded.as_deref() == Some(input.path)
        || panel_paths.iter().any(|path| path == input.path);
    if known {
        assert_eq!(answer.status(), 303);
        assert_eq!(answer.location(), Some(button.href().as_str()));
    } else {
        assert_eq!(answer.status(), 404, "{:?}", input.path);
        assert_eq!(answer.location(), None);
        assert!(answer.click().is_none());
    }
});
