//! Properties of the run-time builder over arbitrary valid inputs and hostile text: one
//! `<a>`, exactly the expected attributes and elements, a link that decodes back to the
//! inputs, and `render_to` that appends without touching what the buffer held.

use dm_button::state::{Mode, OnX};
use dm_button::{
    ClassList, DmButton, ElementId, Host, Lang, RecipientId, ScreenName, Style, WelcomeMessageId,
    WidgetStyle,
};
use dm_button_tests::html::{ParsedButton, as_browser_reads_it, parse_button, query_param};
use dm_button_tests::strategy::hostile_text;
use proptest::prelude::*;

/// Every option a button can have, drawn from the valid values.
#[derive(Debug, Clone)]
struct Options {
    recipient: RecipientId,
    text: Option<String>,
    welcome_message_id: Option<WelcomeMessageId>,
    host: Host,
    screen_name: Option<(ScreenName, Option<bool>)>,
    label: Option<String>,
    lang: Option<Lang>,
    new_tab: bool,
    class: Option<ClassList>,
    id: Option<ElementId>,
}

fn id() -> impl Strategy<Value = u64> {
    prop_oneof![
        1..=dm_button::RecipientId::MAX.get(),
        Just(1),
        Just(dm_button::RecipientId::MAX.get()),
        (1_u64 << 53)..(1 << 54)
    ]
}

fn options() -> impl Strategy<Value = Options> {
    (
        id(),
        prop::option::of(hostile_text()),
        prop::option::of(id()),
        prop::sample::select(Host::ALL.to_vec()),
        prop::option::of(("@?[A-Za-z0-9_]{1,15}", prop::option::of(any::<bool>()))),
        prop::option::of(hostile_text()),
        prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
        any::<bool>(),
        prop::option::of("[a-z_][a-z0-9_-]{0,8}( [A-Za-z_é][\\w-]{0,8}){0,3}"),
        prop::option::of("[^\\s\\p{Cc}]{1,12}"),
    )
        .prop_map(
            |(recipient, text, welcome, host, name, label, lang, new_tab, class, id)| Options {
                recipient: RecipientId::new(recipient).unwrap(),
                text,
                welcome_message_id: welcome.and_then(WelcomeMessageId::new),
                host,
                screen_name: name.map(|(name, shown)| (name.parse().unwrap(), shown)),
                label,
                lang,
                new_tab,
                class: class.and_then(|class| class.parse().ok()),
                id: id.map(|id| id.parse().unwrap()),
            },
        )
}

/// Renders `options` with the builder in the given mode, and the parsed result.
fn render<M: OnX>(options: &Options, start: DmButton<'_, M>) -> (String, String, usize) {
    let mut button = start.host(options.host).new_tab(options.new_tab);
    if let Some(text) = &options.text {
        button = button.text(text.as_str());
    }
    if let Some(id) = options.welcome_message_id {
        button = button.welcome_message_id(id);
    }
    if let Some(label) = &options.label {
        button = button.label(label.as_str());
    }
    if let Some(lang) = options.lang {
        button = button.lang(lang);
    }
    if let Some(class) = &options.class {
        button = button.class(class.clone());
    }
    if let Some(id) = &options.id {
        button = button.id(id.clone());
    }
    match options.screen_name {
        None => finish(&button),
        Some((name, None)) => finish(&button.screen_name(name)),
        Some((name, Some(shown))) => finish(&button.screen_name(name).show_screen_name(shown)),
    }
}

fn finish<M: Mode>(button: &DmButton<'_, M>) -> (String, String, usize) {
    let html = button.to_html();
    // `Display` writes through its own sink: the same bytes.
    assert_eq!(format!("{button}"), html);
    let mut appended = String::from("x");
    button.render_to(&mut appended);
    assert_eq!(appended[1..], html);
    (html, button.href(), button.rendered_len())
}

fn label_of(options: &Options) -> String {
    match &options.label {
        Some(label) if !label.trim().is_empty() => as_browser_reads_it(label),
        _ => options.lang.unwrap_or_default().label().to_owned(),
    }
}

/// The link in `parsed` is the one `options` describe, decoded.
fn check_link(parsed: &ParsedButton, href: &str, options: &Options) -> Result<(), TestCaseError> {
    prop_assert_eq!(parsed.attr("href"), Some(href));
    let url = parsed.href();
    prop_assert_eq!(url.host_str(), Some(options.host.as_str()));
    prop_assert_eq!(url.path(), "/messages/compose");
    prop_assert_eq!(
        query_param(&url, "recipient_id"),
        Some(options.recipient.to_string())
    );
    let text = options.text.clone().filter(|text| !text.is_empty());
    prop_assert_eq!(query_param(&url, "text"), text);
    prop_assert_eq!(
        query_param(&url, "welcome_message_id"),
        options.welcome_message_id.map(|id| id.to_string())
    );
    prop_assert_eq!(url.fragment(), None);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn static_buttons_are_one_anchor_that_decodes_back(
        options in options(),
        style in prop::sample::select(Style::ALL.to_vec()),
    ) {
        let (html, href, len) = render(&options, DmButton::new(options.recipient).style(style));
        prop_assert_eq!(len, html.len());
        let parsed = parse_button(&html);
        check_link(&parsed, &href, &options)?;

        let name = options.screen_name.map(|(name, shown)| (name, shown.unwrap_or(true)));
        let shown = name.filter(|(_, shown)| *shown).map(|(name, _)| name);
        let icon = style == Style::Icon;
        let mut elements = vec!["a", "svg", "path"];
        if !icon {
            elements.push("span");
            if shown.is_some() {
                elements.push("span");
            }
        }
        prop_assert_eq!(&parsed.elements, &elements);

        let mut attributes = vec!["class", "href"];
        attributes.extend(options.id.as_ref().map(|_| "id"));
        attributes.extend(options.lang.map(|_| "lang"));
        attributes.extend((options.lang == Some(Lang::Ar)).then_some("dir"));
        if options.new_tab {
            attributes.extend(["target", "rel"]);
        }
        if icon {
            attributes.extend(["aria-label", "title"]);
        } else if name.is_some() && shown.is_none() {
            attributes.push("title");
        }
        attributes.sort_unstable();
        let mut found: Vec<&str> = parsed.attributes.keys().map(String::as_str).collect();
        found.sort_unstable();
        prop_assert_eq!(found, attributes);

        let mut classes = vec!["dm-button".to_owned(), format!("dm-button--{style}"), "dm-button--x".to_owned()];
        classes.extend(options.class.iter().flat_map(|c| c.as_str().split(' ')).map(str::to_owned));
        prop_assert_eq!(parsed.classes(), classes);
        prop_assert_eq!(parsed.attr("id"), options.id.as_ref().map(ElementId::as_str));

        let label = label_of(&options);
        let accessible = match shown {
            Some(name) => format!("{label} @{name}"),
            None => label.clone(),
        };
        if icon {
            prop_assert_eq!(parsed.attr("aria-label").map(as_browser_reads_it), Some(accessible));
        } else {
            prop_assert_eq!(parsed.label_text.clone(), Some(label));
            prop_assert_eq!(
                as_browser_reads_it(&parsed.visible_text),
                as_browser_reads_it(&accessible)
            );
        }
    }

    #[test]
    fn widgets_are_one_anchor_that_decodes_back(
        options in options(),
        style in prop::sample::select(WidgetStyle::ALL.to_vec()),
        script in any::<bool>(),
        dnt in any::<bool>(),
    ) {
        let start = DmButton::widget(options.recipient).style(style).script(script).dnt(dnt);
        let (html, href, len) = render(&options, start);
        prop_assert_eq!(len, html.len());
        let parsed = parse_button(&html);
        check_link(&parsed, &href, &options)?;
        let expected: &[&str] = if script { &["a", "script"] } else { &["a"] };
        prop_assert_eq!(&parsed.elements, expected);
        prop_assert_eq!(parsed.attr("data-size"), (style == WidgetStyle::Large).then_some("large"));
        prop_assert_eq!(parsed.attr("data-dnt"), dnt.then_some("true"));
        prop_assert_eq!(parsed.attr("data-lang"), options.lang.map(Lang::code));
        let name = options.screen_name.map(|(name, shown)| (name, shown.unwrap_or(true)));
        prop_assert_eq!(parsed.attr("data-screen-name").map(str::to_owned), name.map(|(n, _)| format!("@{n}")));
        prop_assert_eq!(
            parsed.attr("data-show-screen-name"),
            name.filter(|(_, shown)| !shown).map(|_| "false")
        );
        let label = label_of(&options);
        let text = match name {
            Some((name, true)) => format!("{label} @{name}"),
            _ => label,
        };
        prop_assert_eq!(as_browser_reads_it(&parsed.visible_text), text);
    }

    #[test]
    fn render_to_appends_and_keeps_what_was_there(
        before in hostile_text(),
        text in hostile_text(),
        label in hostile_text(),
        spare in 0_usize..64,
    ) {
        let button = DmButton::new(RecipientId::MAX).text(text.as_str()).label(label.as_str());
        let mut buffer = String::with_capacity(before.len() + button.rendered_len() + spare);
        buffer.push_str(&before);
        let address = buffer.as_ptr();
        button.render_to(&mut buffer);
        prop_assert!(buffer.starts_with(&before));
        prop_assert_eq!(&buffer[before.len()..], button.to_string());
        prop_assert_eq!(buffer.as_ptr(), address, "no reallocation when the buffer has room");

        // Into a buffer without room: one exact growth.
        let mut tight = before.clone();
        tight.shrink_to_fit();
        button.render_to(&mut tight);
        prop_assert_eq!(&tight, &buffer);
    }
}
