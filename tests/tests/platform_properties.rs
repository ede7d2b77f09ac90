//! Every platform's button over valid recipients and hostile text, labels and subjects,
//! parsed back with a real HTML parser (html5ever, through scraper) and the WHATWG URL
//! parser (`url`): no element or attribute is ever injected, the link goes to the platform
//! and the recipient, the text (and an email's subject) round-trips, and in `mailto:` every
//! line break is `%0D%0A`.

use dm_button_core::{ButtonSpec, Contact, LinkSpec, Look, Style};
use dm_button_tests::html::{as_browser_reads_it, parse_button, query_param};
use dm_button_tests::strategy::hostile_text;
use percent_encoding::percent_decode_str;
use proptest::prelude::*;
use url::Url;

/// A valid contact on any platform but X.
fn contact() -> impl Strategy<Value = Contact> {
    prop_oneof![
        prop::sample::select(vec![
            "+33 6 12 34 56 78",
            "+1 (650) 253-0000",
            "+44 7400 123456",
            "+81 90-1234-5678",
            "+49 1512 3456789",
            "+55 11 96123-4567",
            "+91 81234 56789",
        ])
        .prop_map(|n| Contact::WhatsApp(n.parse().unwrap())),
        "@?[A-Za-z0-9_]{5,32}".prop_map(|n| Contact::Telegram(n.parse().unwrap())),
        // A username starts with a letter here: one of digits only is a Page ID, which the
        // other branch makes (and `0` is none).
        prop_oneof!["[A-Za-z](\\.?[A-Za-z0-9]){0,24}", "[1-9][0-9]{0,17}"]
            .prop_map(|n| Contact::Messenger(n.parse().unwrap())),
        "@?[A-Za-z0-9_](\\.?[A-Za-z0-9_]){0,14}"
            .prop_map(|n| Contact::Instagram(n.parse().unwrap())),
        (
            "[a-z0-9_%+-]{1,12}(\\.[a-z0-9_'+-]{1,8})?",
            "[a-z0-9]{1,10}(-[a-z0-9]{1,5})?",
            "[a-z]{2,6}"
        )
            .prop_filter_map("an address", |(local, domain, tld)| {
                format!("{local}@{domain}.{tld}")
                    .parse()
                    .ok()
                    .map(Contact::Email)
            }),
    ]
}

/// The text as a mail program reads it: every line break as CRLF.
fn with_crlf(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn every_platform_renders_one_safe_anchor_and_its_exact_link(
        contact in contact(),
        text in hostile_text(),
        subject in hostile_text(),
        label in prop::option::of(hostile_text()),
        style in prop::sample::select(Style::ALL.to_vec()),
    ) {
        let platform = contact.platform();
        let link = LinkSpec::to(&contact).text(Some(&text)).subject(Some(&subject));
        let spec = ButtonSpec { look: Look::Static(style), label: label.as_deref(), ..ButtonSpec::new(link) };
        let html = spec.to_html();
        prop_assert_eq!(html.len(), spec.rendered_len());
        prop_assert!(spec.max_len() >= html.len());

        // One anchor, its icon, its label: nothing else, whatever the text.
        let parsed = parse_button(&html);
        prop_assert!(parsed.parse_errors.is_empty(), "{:?}", parsed.parse_errors);
        prop_assert_eq!(parsed.elements[0].as_str(), "a");
        let icon_parts = ["svg", "g", "path", "rect", "circle"];
        let spans = parsed.elements.iter().filter(|e| *e == "span").count();
        prop_assert_eq!(spans, usize::from(style != Style::Icon));
        prop_assert!(parsed.elements[1..].iter().all(|e| e == "span" || icon_parts.contains(&e.as_str())), "{:?}", parsed.elements);
        prop_assert!(parsed.has_hidden_icon);
        let mut attributes: Vec<&str> = parsed.attributes.keys().map(String::as_str).collect();
        attributes.sort_unstable();
        let expected: &[&str] = if style == Style::Icon { &["aria-label", "class", "href", "title"] } else { &["class", "href"] };
        prop_assert_eq!(attributes, expected);
        let class = format!("dm-button--{}", platform.name().to_lowercase());
        prop_assert!(parsed.attr("class").unwrap().split(' ').any(|c| c == class));

        // The accessible name is the label, or the built-in one, which names the platform.
        let name = parsed.accessible_name();
        match label.as_deref().filter(|l| !l.trim().is_empty()) {
            Some(label) => {
                let read = as_browser_reads_it(label);
                prop_assert_eq!(name.split_whitespace().collect::<Vec<_>>(), read.split_whitespace().collect::<Vec<_>>());
            }
            None => prop_assert!(name.to_lowercase().contains(&platform.name().to_lowercase()), "{}", name),
        }

        // The link, as the browser reads it from the attribute.
        let href = parsed.attr("href").unwrap();
        prop_assert_eq!(href, link.to_url());
        let url = Url::parse(href).unwrap();
        prop_assert_eq!(url.fragment(), None);
        match &contact {
            Contact::Email(address) => {
                prop_assert_eq!(url.scheme(), "mailto");
                prop_assert_eq!(percent_decode_str(url.path()).decode_utf8().unwrap(), address.as_str());
                let subject_sent = (!subject.is_empty()).then(|| with_crlf(&subject));
                prop_assert_eq!(query_param(&url, "subject"), subject_sent);
                let body = (!text.is_empty()).then(|| with_crlf(&text));
                prop_assert_eq!(query_param(&url, "body"), body);
                // RFC 6068: no raw or lone line feed, only %0D%0A.
                prop_assert!(!href.contains('\n') && !href.contains('\r'));
                prop_assert_eq!(href.matches("%0A").count(), href.matches("%0D%0A").count());
                prop_assert_eq!(href.matches("%0D").count(), href.matches("%0D%0A").count());
            }
            _ => {
                let (host, path) = match contact {
                    Contact::WhatsApp(number) => ("wa.me", format!("/{}", number.digits())),
                    Contact::Telegram(name) => ("t.me", format!("/{}", name.as_str())),
                    Contact::Messenger(page) => ("m.me", format!("/{}", page.as_str())),
                    Contact::Instagram(name) => ("ig.me", format!("/m/{}", name.as_str())),
                    _ => unreachable!(),
                };
                prop_assert_eq!(url.scheme(), "https");
                prop_assert_eq!(url.host_str(), Some(host));
                prop_assert_eq!(url.path(), path);
                let sent = (!text.is_empty() && platform.takes_text()).then(|| text.clone());
                prop_assert_eq!(query_param(&url, "text"), sent);
                prop_assert_eq!(query_param(&url, "subject"), None);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any text parses or is refused with a message, never a panic; what parses prints as
    /// a value that parses to itself.
    #[test]
    fn the_parsers_take_any_text(text in prop_oneof![hostile_text(), "[+0-9 ().@a-z_-]{0,20}"]) {
        fn round_trip<T>(text: &str) -> Result<(), TestCaseError>
        where
            T: std::str::FromStr + std::fmt::Display + PartialEq + std::fmt::Debug,
            T::Err: std::fmt::Display,
        {
            match text.parse::<T>() {
                Ok(value) => prop_assert_eq!(value.to_string().parse::<T>().ok(), Some(value)),
                Err(error) => prop_assert!(!error.to_string().is_empty()),
            }
            Ok(())
        }
        round_trip::<dm_button_core::PhoneNumber>(&text)?;
        round_trip::<dm_button_core::TelegramUsername>(&text)?;
        round_trip::<dm_button_core::MessengerPage>(&text)?;
        round_trip::<dm_button_core::InstagramUsername>(&text)?;
        round_trip::<dm_button_core::EmailAddress>(&text)?;
    }
}
