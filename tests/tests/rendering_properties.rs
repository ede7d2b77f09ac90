//! Properties of the shared rendering code (`dm-button-core`, which both the macros and the
//! builder call) over arbitrary and hostile text and labels: every output parses as exactly
//! the expected elements, and the link decodes back to the input.

use dm_button_core::{
    ButtonSpec, Contact, Lang, LinkSpec, Look, RecipientId, ShownName, Style, WidgetStyle,
};
use dm_button_tests::html::{as_browser_reads_it, parse_button, query_param};
use dm_button_tests::strategy::hostile_text;
use proptest::prelude::*;
use url::Url;

fn expected_label(label: &str) -> String {
    if label.trim().is_empty() {
        "Message".to_owned()
    } else {
        as_browser_reads_it(label)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn text_round_trips_through_the_link(text in hostile_text(), id in 1..=dm_button_core::RecipientId::MAX.get()) {
        let contact = Contact::X(RecipientId::new(id).unwrap());
        let link = LinkSpec::to(&contact).text(Some(&text));
        let url = Url::parse(&link.to_url()).unwrap();
        prop_assert_eq!(url.host_str(), Some("x.com"));
        prop_assert_eq!(url.fragment(), None);
        prop_assert_eq!(query_param(&url, "recipient_id"), Some(id.to_string()));
        prop_assert_eq!(query_param(&url, "text"), (!text.is_empty()).then(|| text.clone()));
        // Only unreserved characters and escapes: nothing a URL parser could read otherwise.
        let encoded = link.to_url();
        let query = encoded.split_once("&text=").map_or("", |(_, query)| query);
        prop_assert!(query.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)), "{}", query);
        prop_assert_eq!(link.url_len(), encoded.len());
    }

    #[test]
    fn hostile_labels_and_texts_never_make_markup(
        label in hostile_text(),
        text in hostile_text(),
        style in prop::sample::select(Style::ALL.to_vec()),
    ) {
        let contact = Contact::X(RecipientId::MIN);
        let link = LinkSpec::to(&contact).text(Some(&text));
        let spec = ButtonSpec { look: Look::Static(style), label: Some(&label), ..ButtonSpec::new(link) };
        let html = spec.to_html();
        prop_assert_eq!(html.len(), spec.rendered_len());
        prop_assert!(spec.max_len() >= html.len(), "the bound {} is under {}", spec.max_len(), html.len());
        prop_assert_eq!(&html, &spec.to_string());
        let parsed = parse_button(&html);
        let icon_only = style == Style::Icon;
        let expected: &[&str] = if icon_only { &["a", "svg", "path"] } else { &["a", "svg", "path", "span"] };
        prop_assert_eq!(&parsed.elements, expected);
        let mut attributes: Vec<&str> = parsed.attributes.keys().map(String::as_str).collect();
        attributes.sort_unstable();
        let expected_attributes: &[&str] = if icon_only { &["aria-label", "class", "href", "title"] } else { &["class", "href"] };
        prop_assert_eq!(attributes, expected_attributes);
        if icon_only {
            prop_assert_eq!(parsed.attr("aria-label").map(as_browser_reads_it), Some(expected_label(&label)));
        } else {
            prop_assert_eq!(parsed.label_text.clone(), Some(expected_label(&label)));
        }
        prop_assert_eq!(query_param(&parsed.href(), "text"), (!text.is_empty()).then(|| text.clone()));
    }

    #[test]
    fn widget_label_is_text_only(label in hostile_text(), shown in any::<bool>(), script in any::<bool>()) {
        let contact = Contact::X(RecipientId::MAX);
        let spec = ButtonSpec {
            look: Look::Widget { style: WidgetStyle::Large, script, dnt: false },
            label: Some(&label),
            screen_name: Some(ShownName { name: "furni".parse().unwrap(), shown }),
            lang: Some(Lang::Ar),
            ..ButtonSpec::new(LinkSpec::to(&contact))
        };
        let parsed = parse_button(&spec.to_html());
        let expected: &[&str] = if script { &["a", "script"] } else { &["a"] };
        prop_assert_eq!(&parsed.elements, expected);
        let suffix = if shown { " @furni" } else { "" };
        let label = if label.trim().is_empty() { "إرسال رسالة".to_owned() } else { as_browser_reads_it(&label) };
        prop_assert_eq!(&parsed.visible_text, &format!("{label}{suffix}"));
        prop_assert_eq!(parsed.attr("dir"), Some("rtl"));
    }
}
