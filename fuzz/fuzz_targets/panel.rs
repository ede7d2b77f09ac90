//! A contact panel from any contacts, names, roles, title and greeting: built or refused
//! with a `PanelError` (never a panic); what is built renders one landmark around one
//! `<details>`, one list item per button, whatever the text, and the same bytes through
//! `to_html`, `render_to` and `Display`.
#![no_main]

use arbitrary::Arbitrary;
use dm_button::{Contact, ContactPanel, DmButton, Placement, Platform};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Entry<'a> {
    platform: u8,
    recipient: &'a str,
    name: Option<&'a str>,
    role: Option<&'a str>,
}

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    title: Option<&'a str>,
    greeting: Option<&'a str>,
    floating: bool,
    qr: bool,
    entries: Vec<Entry<'a>>,
}

fuzz_target!(|input: Input<'_>| {
    let mut panel = ContactPanel::new()
        .placement(if input.floating { Placement::Floating } else { Placement::Inline })
        .qr(input.qr);
    if let Some(title) = input.title {
        panel = panel.title(title);
    }
    if let Some(greeting) = input.greeting {
        panel = panel.greeting(greeting);
    }
    let mut count = 0;
    for entry in &input.entries {
        let platform = Platform::ALL[usize::from(entry.platform) % Platform::ALL.len()];
        let Ok(contact) = format!("{}:{}", platform.as_str(), entry.recipient).parse::<Contact>()
        else {
            continue;
        };
        let mut button = DmButton::to(contact);
        if let Some(name) = entry.name {
            button = button.name(name);
        }
        if let Some(role) = entry.role {
            button = button.role(role);
        }
        panel = panel.button(button);
        count += 1;
    }
    let panel = match panel.build() {
        Ok(panel) => panel,
        Err(error) => {
            assert!(!error.to_string().is_empty());
            return;
        }
    };
    let html = panel.to_html();
    let mut rendered = String::new();
    panel.render_to(&mut rendered);
    assert_eq!(rendered, html);
    assert_eq!(panel.to_string(), html);
    assert!(html.starts_with("<aside aria-label=\""));
    assert!(html.ends_with("</ul></div></details></aside>"));
    assert_eq!(html.matches("<aside").count(), 1);
    assert_eq!(html.matches("<details").count(), 1);
    assert_eq!(html.matches("<li class=\"dm-panel__entry\">").count(), count);
});
