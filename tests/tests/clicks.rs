//! Clicks counted without a script: for every platform's examples and any text, the counted
//! button is the button's own markup with its `href` at the route (read back with
//! html5ever), and the route answers 303 to exactly the button's link (read back with the
//! WHATWG URL parser); for any path at all, the routes answer a 303 only to a link the
//! application recorded, and only for its exact path: no open redirect, no 500.

use dm_button::{ClickRouteError, ClickRoutes, Contact, DmButton};
use dm_button_tests::strategy::{example_contacts, hostile_text};
use proptest::prelude::*;
use scraper::{Html, Selector};

fn button(contact: &Contact, text: &str) -> DmButton<'static, dm_button::state::AnyPlatform> {
    let button = DmButton::to(contact.clone());
    if contact.platform().takes_text() {
        button.try_text(text.to_owned()).unwrap()
    } else {
        button
    }
}

/// The `href` of the one `<a>` in `html`, as a browser reads it.
fn href(html: &str) -> String {
    let fragment = Html::parse_fragment(html);
    let anchors: Vec<_> = fragment.select(&Selector::parse("a").unwrap()).collect();
    assert_eq!(anchors.len(), 1, "{html}");
    anchors[0].value().attr("href").unwrap().to_owned()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_counted_button_is_the_button_with_its_href_at_the_route(text in hostile_text()) {
        let mut routes = ClickRoutes::new("/contact/go").unwrap();
        for (index, contact) in example_contacts().iter().enumerate() {
            let button = button(contact, &text);
            let slug = format!("{}-{index}", contact.platform().as_str());
            let counted = routes.button(&slug, &button).unwrap();
            let path = format!("/contact/go/{slug}");
            // The same markup, but the href.
            let plain = button.to_html();
            let href_in_markup = plain
                .split(" href=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap();
            prop_assert_eq!(
                counted.as_str(),
                plain.replacen(&format!(" href=\"{href_in_markup}\""), &format!(" href=\"{path}\""), 1)
            );
            prop_assert_eq!(href(counted.as_str()), path.clone());
            // The route sends the browser where the button would have.
            let answer = routes.answer(&path);
            prop_assert_eq!(answer.status(), 303);
            let location = answer.location().unwrap();
            prop_assert_eq!(location, href(&plain));
            prop_assert_eq!(location, button.href());
            let parsed = url::Url::parse(location).unwrap();
            prop_assert_eq!(parsed.as_str(), location);
            let click = answer.click().unwrap();
            prop_assert_eq!(click.slug, slug.as_str());
            prop_assert_eq!(click.platform, contact.platform());
        }
    }

    #[test]
    fn no_path_redirects_anywhere_but_to_a_recorded_link(
        path in prop_oneof![
            "[ -~]{0,40}",
            "/go/[a-z0-9./?#%&=:-]{0,30}",
            Just("/go/sales/".to_owned()),
            Just("/go/sales?to=https://evil.example".to_owned()),
            Just("/go//sales".to_owned()),
            Just("/go/../go/sales".to_owned()),
            Just("/go/%73ales".to_owned()),
            Just("/GO/sales".to_owned()),
        ]
    ) {
        let mut routes = ClickRoutes::new("/go").unwrap();
        let sales = DmButton::to("whatsapp:+33 6 12 34 56 78".parse().unwrap());
        let support = DmButton::to("email:help@example.com".parse().unwrap());
        routes.button("sales", &sales).unwrap();
        routes.button("support", &support).unwrap();
        let answer = routes.answer(&path);
        let (sales, support) = (sales.href(), support.href());
        match path.as_str() {
            "/go/sales" => prop_assert_eq!(answer.location(), Some(sales.as_str())),
            "/go/support" => prop_assert_eq!(answer.location(), Some(support.as_str())),
            _ => {
                prop_assert_eq!(answer.status(), 404);
                prop_assert_eq!(answer.location(), None);
                prop_assert_eq!(answer.click(), None);
            }
        }
    }
}

#[test]
fn wrong_routes_are_refused_with_their_reason() {
    for (prefix, reason) in [
        ("", "it must start with `/`"),
        ("go", "it must start with `/`"),
        ("/", "it has an empty segment"),
        ("/go/", "it has an empty segment"),
        ("//go", "it has an empty segment"),
        ("/go/../admin", "it has a `.` or `..` segment"),
        ("/go?x", "its segments take letters, digits"),
        ("/gé", "its segments take letters, digits"),
    ] {
        let error = ClickRoutes::new(prefix).unwrap_err();
        assert!(matches!(error, ClickRouteError::Prefix { .. }), "{prefix}");
        assert!(error.to_string().contains(reason), "{prefix}: {error}");
    }
    assert!(ClickRoutes::new(&format!("/{}", "a".repeat(128))).is_err());
    let mut routes = ClickRoutes::new("/go").unwrap();
    let button = DmButton::to("telegram:durov".parse().unwrap());
    for slug in ["", "Sales", "sales!", "a/b", &"a".repeat(65)] {
        let error = routes.button(slug, &button).unwrap_err();
        assert!(matches!(error, ClickRouteError::Slug { .. }), "{slug:?}");
    }
    routes.button(&"a".repeat(64), &button).unwrap();
    let widget = DmButton::widget(dm_button::RecipientId::MIN);
    assert_eq!(routes.button("x", &widget), Err(ClickRouteError::Widget));
}
