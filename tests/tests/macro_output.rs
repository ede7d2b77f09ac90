//! What the macros render, read back the way a browser reads it: the link with the `url`
//! crate, the markup with html5ever (scraper). Each key's effect is checked on the parsed
//! result, not on the string.

use dm_button::{StaticButton, dm_button, dm_link};
use dm_button_tests::html::{ParsedButton, parse_button, query, query_param};
use url::Url;

fn parsed(button: StaticButton) -> ParsedButton {
    let parsed = parse_button(button.as_str());
    assert!(
        parsed.parse_errors.is_empty(),
        "{:?} in {button}",
        parsed.parse_errors
    );
    parsed
}

#[test]
fn link_decodes_to_the_given_values() {
    let url = Url::parse(dm_link!(
        recipient = 3805104374,
        text = "Hello world & more: #1, 100% <sure> +1 ¿qué? 😀\nשלום",
        welcome_message_id = "9223372036854775807",
    ))
    .unwrap();
    assert_eq!(url.scheme(), "https");
    assert_eq!(url.host_str(), Some("x.com"));
    assert_eq!(url.path(), "/messages/compose");
    assert_eq!(
        query(&url),
        [
            ("recipient_id".to_owned(), "3805104374".to_owned()),
            (
                "text".to_owned(),
                "Hello world & more: #1, 100% <sure> +1 ¿qué? 😀\nשלום".to_owned()
            ),
            (
                "welcome_message_id".to_owned(),
                "9223372036854775807".to_owned()
            ),
        ]
    );
    // No fragment or extra parameter leaked out of the text.
    assert_eq!(url.fragment(), None);
}

#[test]
fn text_is_percent_encoded_with_space_as_percent_20() {
    let link = dm_link!(recipient = 1, text = "a b+c~d.e_f-g");
    assert!(link.ends_with("&text=a%20b%2Bc~d.e_f-g"), "{link}");
}

#[test]
fn host_and_defaults() {
    let twitter = Url::parse(dm_link!(recipient = 1, host = "twitter.com")).unwrap();
    assert_eq!(twitter.host_str(), Some("twitter.com"));
    let default = Url::parse(dm_link!(recipient = 1)).unwrap();
    assert_eq!(default.host_str(), Some("x.com"));
    assert_eq!(
        query(&default),
        [("recipient_id".to_owned(), "1".to_owned())]
    );
}

#[test]
fn button_href_is_the_link_with_ampersands_escaped() {
    let button = dm_button!(recipient = 3805104374, text = "a&b", welcome_message_id = 7);
    assert!(
        button
            .as_str()
            .contains("recipient_id=3805104374&amp;text=a%26b&amp;welcome_message_id=7")
    );
    let parsed = parsed(button);
    assert_eq!(parsed.attr("href"), Some(button.href()));
    assert_eq!(query_param(&parsed.href(), "text").as_deref(), Some("a&b"));
    assert_eq!(
        button.href(),
        dm_link!(recipient = 3805104374, text = "a&b", welcome_message_id = 7)
    );
}

#[test]
fn every_static_style_is_one_accessible_anchor_without_script_or_inline_style() {
    let buttons = [
        ("compact", dm_button!(recipient = 1, style = "compact")),
        ("large", dm_button!(recipient = 1, style = "large")),
        ("icon", dm_button!(recipient = 1, style = "icon")),
        ("link", dm_button!(recipient = 1, style = "link")),
    ];
    for (style, button) in buttons {
        let parsed = parsed(button);
        assert_eq!(
            parsed.classes(),
            ["dm-button", &format!("dm-button--{style}"), "dm-button--x"]
        );
        assert!(
            parsed.has_hidden_icon,
            "{style}: the icon is hidden from assistive technology"
        );
        assert_eq!(parsed.accessible_name(), "Message", "{style}");
        assert!(parsed.scripts.is_empty());
        assert!(
            !parsed
                .elements
                .iter()
                .any(|element| element == "script" || element == "style")
        );
        assert!(!parsed.attributes.contains_key("style"));
        assert!(
            !button.as_str().contains("style="),
            "{style}: no inline style anywhere"
        );
        let expected: &[&str] = if style == "icon" {
            &["a", "svg", "path"]
        } else {
            &["a", "svg", "path", "span"]
        };
        assert_eq!(parsed.elements, expected, "{style}");
    }
}

#[test]
fn icon_style_is_named_by_aria_label_and_tooltip() {
    let parsed = parsed(dm_button!(
        recipient = 1,
        style = "icon",
        screen_name = "furni"
    ));
    assert_eq!(parsed.visible_text, "");
    assert_eq!(parsed.attr("aria-label"), Some("Message @furni"));
    assert_eq!(parsed.attr("title"), Some("Message @furni"));
    let hidden = self::parsed(dm_button!(
        recipient = 1,
        style = "icon",
        screen_name = "furni",
        show_screen_name = false
    ));
    assert_eq!(hidden.attr("aria-label"), Some("Message"));
    assert_eq!(hidden.attr("title"), Some("Message @furni"));
}

#[test]
fn screen_name_is_shown_after_the_label_or_in_the_tooltip() {
    let shown = parsed(dm_button!(recipient = 1, screen_name = "@furni"));
    assert_eq!(shown.accessible_name(), "Message @furni");
    assert_eq!(shown.elements, ["a", "svg", "path", "span", "span"]);
    assert_eq!(shown.attr("title"), None);
    let hidden = parsed(dm_button!(
        recipient = 1,
        screen_name = "furni",
        show_screen_name = false
    ));
    assert_eq!(hidden.accessible_name(), "Message");
    assert_eq!(hidden.attr("title"), Some("Message @furni"));
    let explicit = dm_button!(
        recipient = 1,
        screen_name = "furni",
        show_screen_name = true
    );
    assert_eq!(explicit, dm_button!(recipient = 1, screen_name = "furni"));
}

#[test]
fn label_replaces_the_built_in_one_and_is_escaped() {
    let parsed = parsed(dm_button!(recipient = 1, label = "Ask \"us\" <now> & then"));
    assert_eq!(parsed.accessible_name(), "Ask \"us\" <now> & then");
    assert_eq!(parsed.elements, ["a", "svg", "path", "span"]);
    let icon = self::parsed(dm_button!(recipient = 1, label = "</a><b>", style = "icon"));
    assert_eq!(icon.attr("aria-label"), Some("</a><b>"));
    assert_eq!(icon.elements, ["a", "svg", "path"]);
}

#[test]
fn lang_sets_the_label_and_the_lang_attribute() {
    let cases = [
        (dm_button!(recipient = 1, lang = "en"), "en", "Message"),
        (
            dm_button!(recipient = 1, lang = "fr"),
            "fr",
            "Envoyer un message",
        ),
        (
            dm_button!(recipient = 1, lang = "es"),
            "es",
            "Enviar mensaje",
        ),
        (
            dm_button!(recipient = 1, lang = "de"),
            "de",
            "Nachricht senden",
        ),
        (
            dm_button!(recipient = 1, lang = "pt"),
            "pt",
            "Enviar mensagem",
        ),
        (
            dm_button!(recipient = 1, lang = "it"),
            "it",
            "Invia messaggio",
        ),
        (dm_button!(recipient = 1, lang = "ja"), "ja", "メッセージ"),
        (
            dm_button!(recipient = 1, lang = "nl"),
            "nl",
            "Bericht sturen",
        ),
        (
            dm_button!(recipient = 1, lang = "ko"),
            "ko",
            "메시지 보내기",
        ),
        (dm_button!(recipient = 1, lang = "ar"), "ar", "إرسال رسالة"),
    ];
    for (button, code, label) in cases {
        let parsed = parsed(button);
        assert_eq!(parsed.attr("lang"), Some(code));
        assert_eq!(parsed.accessible_name(), label);
        assert_eq!(parsed.attr("dir"), (code == "ar").then_some("rtl"));
    }
    assert_eq!(parsed(dm_button!(recipient = 1)).attr("lang"), None);
}

#[test]
fn new_tab_class_and_id() {
    let parsed = parsed(dm_button!(
        recipient = 1,
        new_tab = true,
        class = "a  _b",
        id = "contact"
    ));
    assert_eq!(parsed.attr("target"), Some("_blank"));
    assert_eq!(parsed.attr("rel"), Some("noopener noreferrer"));
    assert_eq!(
        parsed.classes(),
        ["dm-button", "dm-button--compact", "dm-button--x", "a", "_b"]
    );
    assert_eq!(parsed.attr("id"), Some("contact"));
    let same_tab = self::parsed(dm_button!(recipient = 1, new_tab = false));
    assert_eq!(same_tab.attr("target"), None);
    assert_eq!(same_tab.attr("rel"), None);
}

#[test]
fn widget_is_x_documented_markup() {
    let parsed = parsed(dm_button!(
        recipient = 3805104374,
        text = "Hello world",
        widget = true,
        screen_name = "furni",
        show_screen_name = false,
        style = "large",
        lang = "es",
        dnt = true,
    ));
    assert_eq!(parsed.classes(), ["twitter-dm-button"]);
    assert_eq!(parsed.attr("data-screen-name"), Some("@furni"));
    assert_eq!(parsed.attr("data-show-screen-name"), Some("false"));
    assert_eq!(parsed.attr("data-size"), Some("large"));
    assert_eq!(parsed.attr("data-lang"), Some("es"));
    assert_eq!(parsed.attr("data-dnt"), Some("true"));
    assert_eq!(parsed.visible_text, "Enviar mensaje");
    assert_eq!(parsed.elements, ["a"]);
    assert!(parsed.scripts.is_empty(), "no script unless asked for");
    assert_eq!(
        query_param(&parsed.href(), "text").as_deref(),
        Some("Hello world")
    );
}

#[test]
fn widget_script_only_when_asked() {
    let with_script = parsed(dm_button!(recipient = 1, widget = true, script = true));
    assert_eq!(
        with_script.scripts,
        ["https://platform.twitter.com/widgets.js"]
    );
    assert_eq!(with_script.elements, ["a", "script"]);
    assert!(with_script.attr("data-dnt").is_none());
    let without = parsed(dm_button!(recipient = 1, widget = true, script = false));
    assert!(without.scripts.is_empty());
    assert_eq!(
        without.attr("data-size"),
        None,
        "compact is X's default size"
    );
    assert_eq!(
        dm_button!(recipient = 1, widget = false),
        dm_button!(recipient = 1)
    );
}

#[test]
fn ids_round_the_range() {
    for link in [
        dm_link!(recipient = 1),
        dm_link!(recipient = "1"),
        dm_link!(recipient = 9_223_372_036_854_775_807),
    ] {
        let url = Url::parse(link).unwrap();
        let id: u64 = query_param(&url, "recipient_id").unwrap().parse().unwrap();
        assert!((1..=dm_button::RecipientId::MAX.get()).contains(&id));
    }
}
