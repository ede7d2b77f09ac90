//! Clicks counted without a script: for every platform's examples and any text, the counted
//! button is the button's own markup with its `href` at the route (read back with
//! html5ever), and the route answers 303 to exactly the button's link (read back with the
//! WHATWG URL parser); for any path at all, the routes answer a 303 only to a link the
//! application recorded, and only for its exact path: no open redirect, no 500. A counted
//! panel is the panel with each button's `href` at a route of its own, and a panel that
//! cannot be counted records nothing.

use dm_button::{ClickRouteError, ClickRoutes, Contact, ContactPanel, DmButton};
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
    let hrefs = hrefs(html);
    assert_eq!(hrefs.len(), 1, "{html}");
    hrefs[0].clone()
}

/// The `href` of each `<a>` in `html`, in order, as a browser reads them.
fn hrefs(html: &str) -> Vec<String> {
    let fragment = Html::parse_fragment(html);
    fragment
        .select(&Selector::parse("a").unwrap())
        .map(|anchor| anchor.value().attr("href").unwrap().to_owned())
        .collect()
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
    fn a_counted_panel_is_the_panel_with_each_href_at_its_route(text in hostile_text()) {
        let contacts = example_contacts();
        let panel = contacts
            .iter()
            .fold(ContactPanel::new().greeting(text.clone()), |panel, contact| {
                panel.button(button(contact, &text).name(text.clone()))
            })
            .build()
            .unwrap();
        let mut routes = ClickRoutes::new("/go").unwrap();
        let counted = routes.panel("contact", panel.clone()).unwrap();
        let (plain, counted) = (panel.to_html(), counted.to_html());
        let (links, paths) = (hrefs(&plain), hrefs(&counted));
        prop_assert_eq!(links.len(), contacts.len());
        prop_assert_eq!(paths.len(), contacts.len());
        let mut expected = counted.clone();
        let mut seen = std::collections::BTreeMap::new();
        for ((contact, link), path) in contacts.iter().zip(&links).zip(&paths) {
            // The slug: the panel's, the platform, and which of that platform's buttons.
            let platform = contact.platform().as_str();
            let nth = seen.entry(platform).and_modify(|n| *n += 1).or_insert(1);
            let slug = match *nth {
                1 => format!("contact-{platform}"),
                n => format!("contact-{platform}-{n}"),
            };
            prop_assert_eq!(path, &format!("/go/{slug}"));
            let answer = routes.answer(path);
            prop_assert_eq!(answer.location(), Some(link.as_str()));
            prop_assert_eq!(answer.click().unwrap().platform, contact.platform());
            let parsed = url::Url::parse(link).unwrap();
            prop_assert_eq!(parsed.as_str(), link.as_str());
            expected = expected.replacen(
                &format!(" href=\"{path}\""),
                &format!(" href=\"{}\"", link.replace('&', "&amp;")),
                1,
            );
        }
        // Everything else is the panel's own markup, byte for byte.
        prop_assert_eq!(expected, plain);
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

#[test]
fn a_panel_that_cannot_be_counted_records_nothing() {
    let whatsapp = || DmButton::to("whatsapp:+33 6 12 34 56 78".parse().unwrap());
    let with_widget = ContactPanel::new()
        .button(whatsapp())
        .button(DmButton::widget(dm_button::RecipientId::MIN))
        .build()
        .unwrap();
    let mut routes = ClickRoutes::new("/go").unwrap();
    let before = routes.clone();
    assert_eq!(
        routes.panel("contact", with_widget),
        Err(ClickRouteError::Widget)
    );
    assert_eq!(routes, before);

    routes
        .button(
            "contact-email",
            &DmButton::to("email:help@example.com".parse().unwrap()),
        )
        .unwrap();
    let before = routes.clone();
    let taken = ContactPanel::new()
        .button(whatsapp())
        .button(DmButton::to("email:hello@example.com".parse().unwrap()))
        .build()
        .unwrap();
    let error = routes.panel("contact", taken).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the route name `contact-email` is taken: name each button's route once"
    );
    assert_eq!(routes, before);
    assert_eq!(routes.answer("/go/contact-whatsapp").status(), 404);

    let panel = ContactPanel::new().button(whatsapp()).build().unwrap();
    let long = "a".repeat(56); // 56 + "-whatsapp" is 65 bytes
    assert!(matches!(
        routes.panel(&long, panel.clone()),
        Err(ClickRouteError::Slug { slug, .. }) if slug == format!("{long}-whatsapp")
    ));
    assert!(matches!(
        routes.panel("Contact", panel),
        Err(ClickRouteError::Slug { .. })
    ));
    assert_eq!(routes, before);
}
