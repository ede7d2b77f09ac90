//! Each framework's own server renderer, read back with html5ever: the button and the panel
//! are markup (one `<a>` for the button, its bytes as dm-button made them), each wrapper has
//! one root element for hydration to find, the rest of the component is escaped once, and
//! each framework's trap escapes the markup as the docs say.

use dm_button::dm_button;
use dm_button_ui_frameworks::{BUTTON, PANEL, dioxus_ssr, leptos_ssr, yew_ssr};
use scraper::{ElementRef, Html, Selector};

fn select<'a>(document: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    document.select(&Selector::parse(css).unwrap()).collect()
}

/// The checks every framework's output passes.
fn check(html: &str, heading: &str) {
    assert_eq!(html.matches(BUTTON.as_str()).count(), 1, "{html}");
    assert_eq!(html.matches(PANEL.as_str()).count(), 1, "{html}");
    let page = Html::parse_fragment(html);
    let h2 = select(&page, "footer > h2");
    assert_eq!(h2.len(), 1, "{html}");
    assert_eq!(h2[0].text().collect::<String>(), heading);
    // The button's wrapper: one root, the button's own `<a>`, as dm-button made it.
    let wrapper = select(&page, "div.contact-button");
    assert_eq!(wrapper.len(), 1, "{html}");
    let roots: Vec<_> = wrapper[0].children().filter_map(ElementRef::wrap).collect();
    assert_eq!(roots.len(), 1, "one root for hydration: {html}");
    let alone = Html::parse_fragment(BUTTON.as_str());
    assert_eq!(roots[0].html(), select(&alone, "a")[0].html());
    // The panel's wrapper: one root, its `<aside>`.
    let panel = select(&page, "div.contact-panel");
    let roots: Vec<_> = panel[0].children().filter_map(ElementRef::wrap).collect();
    assert_eq!(roots.len(), 1, "{html}");
    assert_eq!(roots[0].value().name(), "aside");
    assert_eq!(select(&page, "div.contact-panel a.dm-button").len(), 2);
    assert!(
        !html.contains("&amp;amp;") && !html.contains("&lt;a "),
        "{html}"
    );
}

#[test]
fn leptos_renders_the_markup_through_inner_html() {
    let heading = "Contact <us> & \"friends\"";
    check(&leptos_ssr::render(heading), heading);
}

#[test]
fn dioxus_renders_the_markup_through_dangerous_inner_html() {
    check(
        &dioxus_ssr::render(dioxus_ssr::Contact),
        dioxus_ssr::HEADING,
    );
    // The trap: `"{BUTTON}"` is text.
    let escaped = dioxus_ssr::render(dioxus_ssr::Escaped);
    assert!(!escaped.contains("<a "), "{escaped}");
    let page = Html::parse_fragment(&escaped);
    assert_eq!(
        select(&page, "p")[0].text().collect::<String>(),
        BUTTON.as_str()
    );
}

#[tokio::test]
async fn yew_renders_the_markup_through_from_html_unchecked() {
    let heading = "Contact <us> & \"friends\"";
    check(&yew_ssr::render(heading, false).await, heading);
    // With hydration markers, the wrappers still hold the markup, byte for byte.
    let hydratable = yew_ssr::render(heading, true).await;
    assert_eq!(
        hydratable.matches(BUTTON.as_str()).count(),
        1,
        "{hydratable}"
    );
    // The trap: a string is text.
    let escaped = yew_ssr::render_escaped().await;
    assert!(!escaped.contains("<a "), "{escaped}");
    let page = Html::parse_fragment(&escaped);
    assert_eq!(
        select(&page, "p")[0].text().collect::<String>(),
        BUTTON.as_str()
    );
}

/// X's widget with its loader is two roots, an `<a>` and a `<script>`: what Leptos's
/// `InertElement` refuses on hydration, and a script that inner HTML never runs. The docs
/// send the loader to the page shell; the widget markup alone is one root.
#[test]
fn x_widget_with_its_script_is_two_roots_and_without_it_one() {
    let roots = |html: &str| {
        Html::parse_fragment(html)
            .root_element()
            .children()
            .filter_map(ElementRef::wrap)
            .count()
    };
    assert_eq!(
        roots(dm_button!(recipient = 3805104374, widget = true, script = true).as_str()),
        2
    );
    assert_eq!(
        roots(dm_button!(recipient = 3805104374, widget = true).as_str()),
        1
    );
}
