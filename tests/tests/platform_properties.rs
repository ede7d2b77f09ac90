//! Every platform's button, from the registry (`Platform::ALL`, each with its example
//! recipients, and generated recipients where a platform's type has a pattern worth
//! exploring), over hostile text, labels, subjects and refs, parsed back with a real HTML
//! parser (html5ever, through scraper) and the WHATWG URL parser (`url`): no element or
//! attribute is ever injected, the link is the platform's link to the recipient with the
//! parts it takes appended (and no other), the text round-trips, and in `mailto:` every line
//! break is `%0D%0A`.

use dm_button_core::{ButtonSpec, Contact, LinkSpec, Look, Platform, Referral, Style};
use dm_button_tests::html::{as_browser_reads_it, parse_button, query};
use dm_button_tests::strategy::{example_contacts, hostile_text};
use percent_encoding::percent_decode_str;
use proptest::prelude::*;
use url::Url;

/// A valid contact: each platform's examples, and for the types whose rule has a shape to
/// explore, generated ones.
fn contact() -> impl Strategy<Value = Contact> {
    let examples = example_contacts();
    prop_oneof![
        3 => prop::sample::select(examples),
        1 => "@?[A-Za-z][A-Za-z0-9]{4,10}(_[A-Za-z0-9]{1,6}){0,3}".prop_map(|n| Contact::Telegram(n.parse().unwrap())),
        // A username starts with a letter here: one of digits only is a Page ID, which the
        // other branch makes (and `0` is none).
        1 => prop_oneof!["[A-Za-z](\\.?[A-Za-z0-9]){0,24}", "[1-9][0-9]{0,17}"]
            .prop_map(|n| Contact::Messenger(n.parse().unwrap())),
        1 => "@?[A-Za-z0-9_](\\.?[A-Za-z0-9_]){0,14}"
            .prop_map(|n| Contact::Instagram(n.parse().unwrap())),
        1 => (
            "[a-z0-9_%+-]{1,12}(\\.[a-z0-9_'+-]{1,8})?",
            "[a-z0-9]{1,10}(-[a-z0-9]{1,5})?",
            "[a-z]{2,6}"
        )
            .prop_filter_map("an address", |(local, domain, tld)| {
                format!("email:{local}@{domain}.{tld}").parse().ok()
            }),
    ]
}

/// The text as a mail program reads it: every line break as CRLF.
fn with_crlf(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

/// Every value the URL's query holds, decoded: each parameter's, and the whole query's (a
/// link whose query is the text itself).
fn query_values(url: &Url) -> Vec<String> {
    let mut values: Vec<String> = query(url).into_iter().map(|(_, value)| value).collect();
    if let Some(whole) = url.query() {
        values.push(percent_decode_str(whole).decode_utf8_lossy().into_owned());
    }
    values
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn every_platform_renders_one_safe_anchor_and_its_exact_link(
        contact in contact(),
        text in hostile_text(),
        subject in hostile_text(),
        referral in prop::option::of("[A-Za-z0-9_=-]{1,40}"),
        label in prop::option::of(hostile_text()),
        style in prop::sample::select(Style::ALL.to_vec()),
    ) {
        let platform = contact.platform();
        let referral: Option<Referral> = referral.map(|r| r.parse().unwrap());
        let link = LinkSpec::to(&contact)
            .text(Some(&text))
            .subject(Some(&subject))
            .referral(referral.as_ref());
        let spec = ButtonSpec { look: Look::Static(style), label: label.as_deref(), ..ButtonSpec::new(link) };
        let html = spec.to_html();
        prop_assert_eq!(html.len(), spec.rendered_len());
        prop_assert!(spec.max_len() >= html.len());

        // One anchor, its icon, its label: nothing else, whatever the text.
        let parsed = parse_button(&html);
        prop_assert!(parsed.parse_errors.is_empty(), "{:?}", parsed.parse_errors);
        prop_assert_eq!(parsed.elements[0].as_str(), "a");
        let icon_parts = ["svg", "g", "path", "rect", "circle", "line", "polyline"];
        let spans = parsed.elements.iter().filter(|e| *e == "span").count();
        prop_assert_eq!(spans, usize::from(style != Style::Icon));
        prop_assert!(parsed.elements[1..].iter().all(|e| e == "span" || icon_parts.contains(&e.as_str())), "{:?}", parsed.elements);
        prop_assert!(parsed.has_hidden_icon);
        let mut attributes: Vec<&str> = parsed.attributes.keys().map(String::as_str).collect();
        attributes.sort_unstable();
        let expected: &[&str] = if style == Style::Icon { &["aria-label", "class", "href", "title"] } else { &["class", "href"] };
        prop_assert_eq!(attributes, expected);
        let class = format!("dm-button--{}", platform.as_str());
        prop_assert!(parsed.attr("class").unwrap().split(' ').any(|c| c == class));

        // The accessible name is the label, or the built-in one.
        let name = parsed.accessible_name();
        match label.as_deref().filter(|l| !l.trim().is_empty()) {
            Some(label) => {
                let read = as_browser_reads_it(label);
                prop_assert_eq!(name.split_whitespace().collect::<Vec<_>>(), read.split_whitespace().collect::<Vec<_>>());
            }
            None => prop_assert_eq!(name.trim(), platform.label(dm_button_core::Lang::En)),
        }

        // The link, as the browser reads it from the attribute: the link to the recipient,
        // with the parts the platform takes appended.
        let href = parsed.attr("href").unwrap();
        prop_assert_eq!(href, link.to_url());
        let bare = contact.href();
        prop_assert!(href.starts_with(&bare), "{} does not start with {}", href, bare);
        let url = Url::parse(href).unwrap();
        let values = query_values(&url);
        let mailto = url.scheme() == "mailto";
        let sent = |part: &str| if mailto { with_crlf(part) } else { part.to_owned() };
        if platform.takes_text() && !text.is_empty() {
            prop_assert!(values.contains(&sent(&text)), "{:?} lacks the text", values);
        } else {
            // No text taken: the text changed nothing.
            let without = LinkSpec::to(&contact).subject(Some(&subject)).referral(referral.as_ref());
            prop_assert_eq!(href, without.to_url());
        }
        if platform.takes_subject() && !subject.is_empty() {
            prop_assert!(values.contains(&sent(&subject)), "{:?} lacks the subject", values);
        }
        if let Some(referral) = referral.as_ref().filter(|_| platform.takes_referral()) {
            prop_assert!(query(&url).contains(&("ref".to_owned(), referral.as_str().to_owned())));
        }
        if mailto {
            // RFC 6068: no raw or lone line feed, only %0D%0A.
            prop_assert!(!href.contains('\n') && !href.contains('\r'));
            prop_assert_eq!(href.matches("%0A").count(), href.matches("%0D%0A").count());
            prop_assert_eq!(href.matches("%0D").count(), href.matches("%0D%0A").count());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any text, on any platform, parses as its recipient or is refused with a message,
    /// never a panic; what parses prints as a contact that parses to itself.
    #[test]
    fn the_parsers_take_any_text(
        platform in prop::sample::select(Platform::ALL.to_vec()),
        text in prop_oneof![hostile_text(), "[+0-9 ().@a-zA-Z_*-]{0,20}"],
    ) {
        match format!("{}:{text}", platform.as_str()).parse::<Contact>() {
            Ok(contact) => {
                prop_assert_eq!(contact.platform(), platform);
                prop_assert_eq!(contact.to_string().parse::<Contact>().ok(), Some(contact));
            }
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }
}
