//! The builder with any options: constrained values are parsed from arbitrary strings (an
//! error is fine, a panic is not), free text is arbitrary, and every render has the
//! promised shape.
#![no_main]

use arbitrary::Arbitrary;
use dm_button::state::Mode;
use dm_button::{DmButton, RecipientId};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    recipient: u64,
    text: Option<&'a str>,
    welcome_message_id: Option<&'a str>,
    host: Option<&'a str>,
    screen_name: Option<&'a str>,
    show_screen_name: Option<bool>,
    style: Option<&'a str>,
    label: Option<&'a str>,
    lang: Option<&'a str>,
    new_tab: bool,
    class: Option<&'a str>,
    id: Option<&'a str>,
    widget: Option<(bool, bool)>,
    before: &'a str,
}

fn check<M: Mode>(button: &DmButton<'_, M>, input: &Input<'_>, script: bool) {
    let mut buffer = String::from(input.before);
    button.render_to(&mut buffer);
    let html = &buffer[input.before.len()..];
    assert!(buffer.starts_with(input.before));
    assert_eq!(html.len(), button.rendered_len());
    assert_eq!(html, button.to_html());
    assert_eq!(html, button.to_string());
    assert!(html.starts_with("<a class=\""));
    // One anchor: any `<` from the label or text was escaped.
    assert_eq!(
        html.matches('<').count(),
        html.matches("<svg").count() * 3 + count_tags(html, script)
    );
    let href = button.href();
    assert!(
        href.starts_with("https://x.com/messages/compose?recipient_id=")
            || href.starts_with("https://twitter.com/messages/compose?recipient_id=")
    );
    assert!(!href.contains(['"', '<', '>', ' ', '#', '\n']));
}

/// `value` parsed, if given and valid; a refusal must come with a message.
fn parsed<T: std::str::FromStr>(value: Option<&str>) -> Option<T>
where
    T::Err: std::fmt::Display,
{
    match value?.parse() {
        Ok(value) => Some(value),
        Err(error) => {
            assert!(!error.to_string().is_empty());
            None
        }
    }
}

/// The `<` of the anchor, its spans and, with the widget's script, the script tags.
fn count_tags(html: &str, script: bool) -> usize {
    2 + 2 * html.matches("<span").count() + if script { 2 } else { 0 }
}

fuzz_target!(|input: Input<'_>| {
    let Some(recipient) = RecipientId::new(input.recipient) else {
        return;
    };
    macro_rules! common {
        ($button:expr) => {{
            let mut button = $button.new_tab(input.new_tab);
            if let Some(text) = input.text {
                button = button.text(text);
            }
            if let Some(label) = input.label {
                button = button.label(label);
            }
            if let Some(id) = parsed(input.welcome_message_id) {
                button = button.welcome_message_id(id);
            }
            if let Some(host) = parsed(input.host) {
                button = button.host(host);
            }
            if let Some(lang) = parsed(input.lang) {
                button = button.lang(lang);
            }
            if let Some(class) = parsed(input.class) {
                button = button.class(class);
            }
            if let Some(id) = parsed(input.id) {
                button = button.id(id);
            }
            button
        }};
    }
    macro_rules! named {
        ($button:expr, $script:expr) => {{
            let button = $button;
            match (parsed(input.screen_name), input.show_screen_name) {
                (Some(name), None) => check(&button.screen_name(name), &input, $script),
                (Some(name), Some(show)) => check(
                    &button.screen_name(name).show_screen_name(show),
                    &input,
                    $script,
                ),
                _ => check(&button, &input, $script),
            }
        }};
    }
    match input.widget {
        None => {
            let mut button = common!(DmButton::new(recipient));
            if let Some(style) = parsed(input.style) {
                button = button.style(style);
            }
            named!(button, false);
        }
        Some((script, dnt)) => {
            let mut button = common!(DmButton::widget(recipient)).script(script).dnt(dnt);
            if let Some(style) = parsed(input.style) {
                button = button.style(style);
            }
            named!(button, script);
        }
    }
});
