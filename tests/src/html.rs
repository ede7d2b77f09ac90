//! Reads rendered buttons back with real parsers: html5ever (through scraper) for the
//! markup, the `url` crate for the link. Tests check what a browser would see, not strings.

use std::collections::BTreeMap;

use scraper::{ElementRef, Html, Node, Selector};
use url::Url;

/// A button's markup as a browser parses it.
#[derive(Debug)]
pub struct ParsedButton {
    /// Every element of the fragment in document order, by name (the parser's `html` root
    /// left out).
    pub elements: Vec<String>,
    /// The anchor's attributes.
    pub attributes: BTreeMap<String, String>,
    /// The anchor's text, as a browser shows it (text inside `aria-hidden` elements left out).
    pub visible_text: String,
    /// The text of the label (`span.dm-button__label`), if there is one.
    pub label_text: Option<String>,
    /// Whether the anchor holds an `<svg>` marked `aria-hidden="true"`.
    pub has_hidden_icon: bool,
    /// The `src` of every `<script>` in the fragment.
    pub scripts: Vec<String>,
    /// What the parser reported as errors.
    pub parse_errors: Vec<String>,
}

impl ParsedButton {
    /// An attribute of the anchor.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }

    /// The anchor's classes.
    pub fn classes(&self) -> Vec<&str> {
        self.attr("class")
            .map(|c| c.split_ascii_whitespace().collect())
            .unwrap_or_default()
    }

    /// The link, parsed.
    pub fn href(&self) -> Url {
        Url::parse(self.attr("href").expect("the anchor has an href")).expect("the href is a URL")
    }

    /// The accessible name, as the accessible-name algorithm computes it for a link:
    /// `aria-label` when present, else the text content without `aria-hidden` parts.
    pub fn accessible_name(&self) -> String {
        match self.attr("aria-label") {
            Some(label) => label.to_owned(),
            None => self
                .visible_text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

/// Parses `html` as a fragment of a page's body and reads its one `<a>`.
///
/// # Panics
///
/// When the fragment does not hold exactly one `<a>`.
pub fn parse_button(html: &str) -> ParsedButton {
    let fragment = Html::parse_fragment(html);
    let anchors: Vec<ElementRef<'_>> = fragment.select(&selector("a")).collect();
    assert_eq!(anchors.len(), 1, "exactly one <a> in {html}");
    let anchor = anchors[0];
    let elements = fragment
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .skip(1)
        .map(|element| element.value().name().to_owned())
        .collect();
    let attributes = anchor
        .value()
        .attrs()
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect();
    let has_hidden_icon = anchor
        .select(&selector("svg"))
        .any(|svg| svg.value().attr("aria-hidden") == Some("true"));
    let scripts = fragment
        .select(&selector("script"))
        .map(|script| script.value().attr("src").unwrap_or_default().to_owned())
        .collect();
    let label_text = anchor
        .select(&selector("span.dm-button__label"))
        .next()
        .map(|label| label.text().collect());
    ParsedButton {
        label_text,
        elements,
        attributes,
        visible_text: visible_text(anchor),
        has_hidden_icon,
        scripts,
        parse_errors: fragment
            .errors
            .iter()
            .map(|error| error.to_string())
            .collect(),
    }
}

/// The text under `element`, skipping `aria-hidden` subtrees.
fn visible_text(element: ElementRef<'_>) -> String {
    let mut text = String::new();
    for child in element.children() {
        match child.value() {
            Node::Text(piece) => text.push_str(piece),
            Node::Element(inner) if inner.attr("aria-hidden") == Some("true") => {}
            Node::Element(_) => {
                if let Some(inner) = ElementRef::wrap(child) {
                    text.push_str(&visible_text(inner));
                }
            }
            _ => {}
        }
    }
    text
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// The query parameters of `url`, decoded, in order.
pub fn query(url: &Url) -> Vec<(String, String)> {
    url.query_pairs()
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect()
}

/// The decoded value of the query parameter `name`, if present once.
///
/// # Panics
///
/// When the parameter appears more than once.
pub fn query_param(url: &Url, name: &str) -> Option<String> {
    let values: Vec<String> = query(url)
        .into_iter()
        .filter(|(key, _)| key == name)
        .map(|(_, value)| value)
        .collect();
    assert!(
        values.len() <= 1,
        "`{name}` appears {} times in {url}",
        values.len()
    );
    values.into_iter().next()
}

/// What a browser shows for `text` written by the crate's escaper: control characters that
/// HTML cannot carry as U+FFFD, and line breaks normalized to `\n` as HTML's input stream
/// does.
pub fn as_browser_reads_it(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .map(|ch| match ch {
            '\t' | '\n' | '\u{c}' => ch,
            ch if ch.is_control() => '\u{fffd}',
            ch => ch,
        })
        .collect()
}
