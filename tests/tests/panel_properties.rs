//! The contact panel read back as a browser reads it (html5ever, through scraper): for any
//! title, greeting, names and roles, and any mix of platforms, the markup is one `<aside>`
//! landmark named by the title around one `<details>` whose first child is its `<summary>`;
//! one list item per button, each holding the button's own `<a>` (the bytes `to_html` gives
//! alone) with the person first in its accessible name; the text a user wrote reads back as
//! written; a QR code beside exactly the buttons whose link needs a phone.

use dm_button::{Contact, ContactPanel, DmButton, Placement, Platform, Side};
use dm_button_tests::html::as_browser_reads_it;
use dm_button_tests::strategy::hostile_text;
use proptest::prelude::*;
use scraper::{ElementRef, Html, Selector};

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

/// The text of an element, as a browser shows it.
fn text(element: ElementRef<'_>) -> String {
    element.text().collect()
}

/// A contact on one of the registry's platforms, with its first example.
fn contact() -> impl Strategy<Value = Contact> {
    prop::sample::select(Platform::ALL.to_vec()).prop_flat_map(|platform| {
        prop::sample::select(platform.examples().to_vec())
            .prop_map(move |example| format!("{}:{example}", platform.as_str()).parse().unwrap())
    })
}

/// A button for the panel: a contact, maybe a name, maybe a role, maybe a text.
fn entry() -> impl Strategy<Value = (Contact, Option<String>, Option<String>, String)> {
    (
        contact(),
        prop::option::of(hostile_text()),
        prop::option::of(hostile_text()),
        hostile_text(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn the_panel_reads_back_as_written(
        title in hostile_text(),
        greeting in prop::option::of(hostile_text()),
        floating in any::<bool>(),
        left in any::<bool>(),
        open in any::<bool>(),
        qr in any::<bool>(),
        entries in prop::collection::vec(entry(), 1..5),
    ) {
        let qr = qr && entries.iter().any(|(contact, ..)| contact.platform().needs_phone());
        let mut panel = ContactPanel::new()
            .title(title.as_str())
            .placement(if floating { Placement::Floating } else { Placement::Inline })
            .side(if left { Side::Left } else { Side::Right })
            .open(open)
            .qr(qr);
        if let Some(greeting) = &greeting {
            panel = panel.greeting(greeting.as_str());
        }
        let mut alone = Vec::new();
        for (contact, name, role, message) in &entries {
            let mut button = DmButton::to(contact.clone());
            if contact.platform().takes_text() {
                button = button.try_text(message.as_str()).unwrap();
            }
            if let Some(name) = name {
                button = button.name(name.as_str());
            }
            if let Some(role) = role {
                button = button.role(role.as_str());
            }
            alone.push(button.to_html());
            panel = panel.button(button);
        }
        let built = panel.build().unwrap();
        let html = built.to_html();
        // `render_to` writes the same bytes into a buffer without room (it measures) and
        // into one with room for its bound (it does not), and its debug assertion checks
        // that the bound found at `build` held.
        let (mut measured, mut roomy) = (String::new(), String::with_capacity(1 << 16));
        built.render_to(&mut measured);
        built.render_to(&mut roomy);
        prop_assert_eq!(&measured, &html);
        prop_assert_eq!(&roomy, &html);
        let page = Html::parse_fragment(&html);
        prop_assert!(page.errors.is_empty(), "{:?}", page.errors);

        let asides: Vec<_> = page.select(&selector("aside")).collect();
        prop_assert_eq!(asides.len(), 1);
        let title_read = if title.trim().is_empty() { "Contact us".to_owned() } else { as_browser_reads_it(&title) };
        prop_assert_eq!(asides[0].value().attr("aria-label").unwrap(), title_read.as_str());

        let details: Vec<_> = page.select(&selector("aside > details.dm-panel")).collect();
        prop_assert_eq!(details.len(), 1);
        prop_assert_eq!(details[0].value().attr("open").is_some(), open);
        let first = details[0].children().filter_map(ElementRef::wrap).next().unwrap();
        prop_assert_eq!(first.value().name(), "summary");
        prop_assert_eq!(text(first), title_read);

        match &greeting {
            Some(greeting) if !greeting.trim().is_empty() => {
                let read: Vec<_> = page.select(&selector(".dm-panel__greeting")).map(text).collect();
                prop_assert_eq!(read, vec![as_browser_reads_it(greeting)]);
            }
            _ => prop_assert_eq!(page.select(&selector(".dm-panel__greeting")).count(), 0),
        }

        let items: Vec<_> = page.select(&selector("ul.dm-panel__list > li.dm-panel__entry")).collect();
        prop_assert_eq!(items.len(), entries.len());
        for ((item, (contact, name, role, _)), alone) in items.iter().zip(&entries).zip(&alone) {
            // The entry's button is the button alone, as a browser reads both.
            let anchor = item.children().filter_map(ElementRef::wrap).next().unwrap();
            prop_assert_eq!(anchor.value().name(), "a");
            let by_itself = Html::parse_fragment(alone);
            let by_itself = by_itself.select(&selector("a")).next().unwrap();
            prop_assert_eq!(anchor.html(), by_itself.html());
            let name = name.as_deref().filter(|name| !name.trim().is_empty());
            let role = role.as_deref().filter(|role| !role.trim().is_empty());
            if let Some(who) = name.or(role) {
                let label = anchor.value().attr("aria-label").unwrap();
                prop_assert!(label.starts_with(&as_browser_reads_it(who)), "{label}");
            }
            let names: Vec<_> = item.select(&selector(".dm-panel__name")).map(text).collect();
            prop_assert_eq!(names, name.map(as_browser_reads_it).into_iter().collect::<Vec<_>>());
            let roles: Vec<_> = item.select(&selector(".dm-panel__role")).map(text).collect();
            prop_assert_eq!(roles, role.map(as_browser_reads_it).into_iter().collect::<Vec<_>>());
            let codes = item.select(&selector("svg.dm-qr")).count();
            prop_assert_eq!(codes, usize::from(qr && contact.platform().needs_phone()));
        }
    }
}
