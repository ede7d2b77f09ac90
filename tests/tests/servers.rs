//! The example servers, each started on a free loopback port: status codes, content types,
//! headers, the Content-Security-Policy, the configurator's errors (422 with the message
//! beside its field), and the pages' markup parsed with html5ever (scraper).

use dm_button::{DmButton, RecipientId, dm_button};
use dm_button_examples::axum_demo::CONTENT_SECURITY_POLICY;
use dm_button_tests::html::{parse_button, query_param};
use dm_button_tests::servers;
use reqwest::StatusCode;
use reqwest::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY as CSP, CONTENT_TYPE, ETAG, IF_NONE_MATCH,
};
use scraper::{ElementRef, Html, Selector};

fn select<'a>(document: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    document.select(&Selector::parse(css).unwrap()).collect()
}

fn text(element: ElementRef<'_>) -> String {
    element.text().collect()
}

async fn get(url: &str) -> (StatusCode, reqwest::header::HeaderMap, String) {
    let response = reqwest::get(url).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.text().await.unwrap())
}

fn assert_html_with_csp(headers: &reqwest::header::HeaderMap) {
    assert_eq!(headers[CONTENT_TYPE], "text/html; charset=utf-8");
    assert_eq!(headers[CSP], CONTENT_SECURITY_POLICY);
    assert_eq!(headers["x-content-type-options"], "nosniff");
}

/// Nothing on the page needs `'unsafe-inline'` or a script: no `<script>`, no `<style>`, no
/// `style=`, no event handler attribute.
fn assert_strict_csp_holds(document: &Html) {
    assert!(select(document, "script, style").is_empty());
    for element in select(document, "*") {
        for (name, _) in element.value().attrs() {
            assert!(
                name != "style" && !name.starts_with("on"),
                "{name} on {}",
                element.html()
            );
        }
    }
}

#[tokio::test]
async fn gallery_shows_every_style_with_its_code() {
    let server = servers::axum_demo().await;
    let (status, headers, body) = get(&server.at("/")).await;
    assert_eq!(status, StatusCode::OK);
    assert_html_with_csp(&headers);
    let page = Html::parse_document(&body);
    assert_strict_csp_holds(&page);
    for style in ["compact", "large", "icon", "link"] {
        let anchors = select(&page, &format!("a#style-{style}"));
        assert_eq!(anchors.len(), 1, "{style}");
        let button = parse_button(&anchors[0].html());
        assert!(
            button
                .classes()
                .contains(&format!("dm-button--{style}").as_str())
        );
        assert_eq!(
            button.href().as_str(),
            "https://x.com/messages/compose?recipient_id=3805104374"
        );
        assert_eq!(button.accessible_name(), "Message");
    }
    let buttons = select(&page, "a.dm-button");
    let codes = select(&page, ".example code");
    assert!(buttons.len() >= 15, "{} buttons", buttons.len());
    assert_eq!(codes.len(), select(&page, ".example").len());
    assert!(codes.iter().all(|code| {
        text(*code).starts_with("dm_panel!(")
            || dm_button::Platform::ALL.iter().any(|platform| {
                text(*code).starts_with(&format!("dm_button!({} = ", platform.key()))
            })
    }));
    // The buttons made from a name hold the ID the demo's dm-button.toml gives it.
    let by_name = select(&page, "#by-name a.dm-button");
    assert_eq!(by_name.len(), 2);
    assert_eq!(
        parse_button(&by_name[0].html()).href().as_str(),
        "https://x.com/messages/compose?recipient_id=2244994945"
    );
    assert!(
        text(select(&page, "#by-name code")[0])
            .starts_with(r#"dm_button!(recipient = "@XDevelopers""#)
    );
    let widgets = select(&page, "a.twitter-dm-button");
    assert_eq!(widgets.len(), 2);
    let with_text = parse_button(&select(&page, "a#with-text")[0].html());
    assert_eq!(
        query_param(&with_text.href(), "text").as_deref(),
        Some("Hello! A question about my order #42 & its delivery")
    );
    server.stop().await;
}

#[tokio::test]
async fn stylesheet_is_css_with_etag_and_long_cache() {
    let server = servers::axum_demo().await;
    let response = reqwest::get(server.at(dm_button::STYLESHEET_PATH))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[CONTENT_TYPE], "text/css; charset=utf-8");
    assert_eq!(
        response.headers()[CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    let etag = response.headers()[ETAG].to_str().unwrap().to_owned();
    assert_eq!(etag, dm_button::STYLESHEET_ETAG);
    assert_eq!(response.text().await.unwrap(), dm_button::STYLESHEET);

    let client = reqwest::Client::new();
    let cached = client
        .get(server.at(dm_button::STYLESHEET_PATH))
        .header(IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(cached.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(cached.headers()[ETAG], etag.as_str());
    assert!(cached.text().await.unwrap().is_empty());
    let stale = client
        .get(server.at(dm_button::STYLESHEET_PATH))
        .header(IF_NONE_MATCH, "\"old\"")
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), StatusCode::OK);

    let (status, headers, _) = get(&server.at("/demo.css")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[CONTENT_TYPE], "text/css; charset=utf-8");
    assert!(headers.contains_key(ETAG));
    server.stop().await;
}

/// The names of the form's fields, sorted.
fn field_names(page: &Html) -> Vec<&str> {
    let mut names: Vec<&str> = select(page, "form input, form select, form textarea")
        .iter()
        .filter_map(|e| e.value().attr("name"))
        .collect();
    names.sort_unstable();
    names
}

#[tokio::test]
async fn gallery_has_a_section_per_platform_with_its_links() {
    use dm_button::Platform;
    use dm_button_examples::axum_demo::gallery::message_button;

    let server = servers::axum_demo().await;
    let (status, _, body) = get(&server.at("/")).await;
    assert_eq!(status, StatusCode::OK);
    let page = Html::parse_document(&body);
    // Every platform of the registry but X, whose sections are the gallery's first.
    for platform in Platform::ALL.iter().filter(|p| **p != Platform::X) {
        let slug = platform.as_str();
        let buttons = select(&page, &format!("#{slug} a.dm-button"));
        assert!(!buttons.is_empty(), "{slug}");
        for button in &buttons {
            let classes: Vec<&str> = button.value().classes().collect();
            assert!(
                classes.contains(&format!("dm-button--{slug}").as_str()),
                "{slug}"
            );
        }
        let first = parse_button(&buttons[0].html());
        let expected = message_button(*platform).expect("the platform's first example parses");
        assert_eq!(first.href().as_str(), expected.href(), "{slug}");
        assert_eq!(
            buttons[0].value().attr("id"),
            Some(format!("{slug}-text").as_str())
        );
        // The built-in label, which names the platform, so the row is told apart by ear.
        assert_eq!(
            first.accessible_name().trim(),
            platform.label(dm_button::Lang::En),
            "{slug}"
        );
        let code = text(select(&page, &format!("#{slug} code"))[0]);
        assert!(
            code.starts_with(&format!("dm_button!({} = ", platform.key())),
            "{code}"
        );
    }
    let row = select(&page, "#contact-row a.dm-button");
    assert_eq!(row.len(), Platform::ALL.len());
    server.stop().await;
}

#[tokio::test]
async fn configurator_builds_every_platform_with_its_fields() {
    let server = servers::axum_demo().await;
    // The platform's fields, from the table of keys: its recipient key, no X-only field,
    // and no new tab for a link that opens no page.
    let (status, _, body) = get(&server.at("/configure?platform=email")).await;
    assert_eq!(status, StatusCode::OK);
    let page = Html::parse_document(&body);
    let names = field_names(&page);
    assert_eq!(
        names,
        ["email", "lang", "platform", "style", "subject", "text"]
    );
    let (_, _, body) = get(&server.at("/configure?platform=instagram")).await;
    let page = Html::parse_document(&body);
    assert!(
        select(&page, "textarea[name=text]").is_empty(),
        "Instagram takes no text"
    );

    for (query, link, snippet) in [
        (
            "platform=whatsapp&whatsapp=%2B33+6+12+34+56+78&text=Bonjour&style=large&subject=Ignored",
            "https://wa.me/33612345678?text=Bonjour",
            r#"dm_button!(whatsapp = "+33 6 12 34 56 78", text = "Bonjour", style = "large")"#,
        ),
        (
            "platform=telegram&telegram=%40durov",
            "https://t.me/durov",
            r#"dm_button!(telegram = "@durov")"#,
        ),
        (
            "platform=messenger&messenger=nasa&text=Hi",
            "https://m.me/nasa?text=Hi",
            r#"dm_button!(messenger = "nasa", text = "Hi")"#,
        ),
        (
            "platform=instagram&instagram=nasa",
            "https://ig.me/m/nasa",
            r#"dm_button!(instagram = "nasa")"#,
        ),
        (
            "platform=email&email=hi%40example.com&subject=Order&text=a%0D%0Ab",
            "mailto:hi@example.com?subject=Order&body=a%0D%0Ab",
            r#"dm_button!(email = "hi@example.com", text = "a\r\nb", subject = "Order")"#,
        ),
    ] {
        let (status, _, body) = get(&server.at(&format!("/configure?{query}"))).await;
        assert_eq!(status, StatusCode::OK, "{query}");
        let page = Html::parse_document(&body);
        assert_eq!(text(select(&page, "#snippet-link")[0]), link, "{query}");
        assert_eq!(text(select(&page, "#snippet-rust")[0]), snippet, "{query}");
        assert_eq!(select(&page, "#preview a.dm-button").len(), 1);
    }

    // A bad value: 422, the message by its field.
    for (query, field, message) in [
        (
            "platform=whatsapp&whatsapp=06+12+34+56+78",
            "whatsapp",
            "is in national form",
        ),
        (
            "platform=telegram&telegram=abc",
            "telegram",
            "has 3 characters",
        ),
        (
            "platform=email&email=hello%40example",
            "email",
            "is not an email address",
        ),
        ("platform=instagram&instagram=a-b", "instagram", "has `-`"),
    ] {
        let (status, _, body) = get(&server.at(&format!("/configure?{query}"))).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        let page = Html::parse_document(&body);
        let error = text(select(&page, &format!("#{field}-error"))[0]);
        assert!(error.contains(message), "{query}: {error}");
    }
    server.stop().await;
}

#[tokio::test]
async fn configurator_form_fields_are_the_macro_keys() {
    let server = servers::axum_demo().await;
    let (status, headers, body) = get(&server.at("/configure")).await;
    assert_eq!(status, StatusCode::OK);
    assert_html_with_csp(&headers);
    let page = Html::parse_document(&body);
    assert_strict_csp_holds(&page);
    let form = select(&page, "form.configure");
    assert_eq!(form[0].value().attr("method"), Some("get"));
    let names = field_names(&page);
    assert_eq!(
        names,
        [
            "lang",
            "new_tab",
            "platform",
            "recipient",
            "screen_name",
            "style",
            "text",
            "widget"
        ]
    );
    let keys: Vec<&str> = dm_button_tests::macro_keys().map(|(key, _)| key).collect();
    assert!(
        names
            .iter()
            .all(|name| *name == "platform" || keys.contains(name))
    );
    for name in [
        "recipient",
        "text",
        "screen_name",
        "style",
        "lang",
        "new_tab",
        "widget",
    ] {
        assert_eq!(
            select(&page, &format!("label[for={name}]")).len(),
            1,
            "{name} has a label"
        );
    }
    assert!(
        select(&page, "#preview").is_empty(),
        "no preview before the form is sent"
    );
    server.stop().await;
}

#[tokio::test]
async fn configurator_builds_the_button_and_its_snippets() {
    let server = servers::axum_demo().await;
    let url = server.at(
        "/configure?recipient=3805104374&text=Hi+%26+bye+%231&screen_name=%40furni&style=large&lang=fr&new_tab=true",
    );
    let (status, headers, body) = get(&url).await;
    assert_eq!(status, StatusCode::OK);
    assert_html_with_csp(&headers);
    let page = Html::parse_document(&body);
    let preview = select(&page, "#preview a");
    assert_eq!(preview.len(), 1);
    let expected = DmButton::new(RecipientId::new(3805104374).unwrap())
        .text("Hi & bye #1")
        .style(dm_button::Style::Large)
        .lang(dm_button::Lang::Fr)
        .new_tab(true)
        .screen_name("furni".parse().unwrap());
    assert_eq!(
        text(select(&page, "#snippet-html")[0]),
        expected.to_string()
    );
    assert_eq!(text(select(&page, "#snippet-link")[0]), expected.href());
    assert_eq!(
        text(select(&page, "#snippet-rust")[0]),
        r#"dm_button!(recipient = 3805104374, text = "Hi & bye #1", screen_name = "furni", style = "large", lang = "fr", new_tab = true)"#
    );
    // The snippet is what the macro gives for the same keys.
    let same = dm_button!(
        recipient = 3805104374,
        text = "Hi & bye #1",
        screen_name = "furni",
        style = "large",
        lang = "fr",
        new_tab = true
    );
    assert_eq!(same.as_str(), expected.to_string());
    let parsed = parse_button(&preview[0].html());
    assert_eq!(
        query_param(&parsed.href(), "text").as_deref(),
        Some("Hi & bye #1")
    );
    assert_eq!(parsed.accessible_name(), "Envoyer un message @furni");
    // The form keeps what was sent.
    assert_eq!(
        select(&page, "#recipient")[0].value().attr("value"),
        Some("3805104374")
    );
    assert_eq!(
        select(&page, "#style option[selected]")[0]
            .value()
            .attr("value"),
        Some("large")
    );

    let (status, _, body) =
        get(&server.at("/configure?recipient=3805104374&widget=true&style=large")).await;
    assert_eq!(status, StatusCode::OK);
    let page = Html::parse_document(&body);
    assert_eq!(select(&page, "#preview a.twitter-dm-button").len(), 1);
    assert!(
        text(select(&page, "#snippet-rust")[0]).ends_with(r#"style = "large", widget = true)"#)
    );
    assert_strict_csp_holds(&page);
    server.stop().await;
}

#[tokio::test]
async fn configurator_takes_the_names_of_the_demos_dm_button_toml() {
    let server = servers::axum_demo().await;
    for (query, id, invocation) in [
        (
            "recipient=%40XDevelopers",
            "2244994945",
            r#"dm_button!(recipient = "@XDevelopers")"#,
        ),
        (
            "recipient=furni&style=large",
            "3805104374",
            r#"dm_button!(recipient = "@furni", style = "large")"#,
        ),
        (
            "recipient=%40x",
            "783214",
            r#"dm_button!(recipient = "@x")"#,
        ),
    ] {
        let (status, _, body) = get(&server.at(&format!("/configure?{query}"))).await;
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
        let page = Html::parse_document(&body);
        let button = parse_button(&select(&page, ".preview a.dm-button")[0].html());
        assert_eq!(
            button.href().as_str(),
            format!("https://x.com/messages/compose?recipient_id={id}"),
            "{query}"
        );
        assert!(
            body.contains(&invocation.replace('"', "&quot;")),
            "{query}: {body}"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn configurator_errors_are_422_with_the_message_beside_the_field() {
    let server = servers::axum_demo().await;
    let long_text = "a".repeat(10_001);
    let cases: Vec<(String, &str, &str)> = vec![
        (
            "recipient=%40nobody_here".into(),
            "recipient",
            "`@nobody_here` is not in dm-button.toml: add it with `cargo dm-button add nobody_here`",
        ),
        (
            "recipient=DC_Tandil".into(),
            "recipient",
            "`@DC_Tandil` is not in dm-button.toml",
        ),
        (
            "recipient=%40xdevelopes".into(),
            "recipient",
            "(did you mean `@XDevelopers`?)",
        ),
        ("recipient=0".into(), "recipient", "is 0"),
        (
            "recipient=9223372036854775808".into(),
            "recipient",
            "past the largest X ID",
        ),
        ("recipient=".into(), "recipient", "is empty"),
        ("recipient=12+34".into(), "recipient", "is not a number"),
        (
            format!("recipient=1&text={long_text}"),
            "text",
            "10001 characters",
        ),
        (
            "recipient=1&screen_name=fur+ni".into(),
            "screen_name",
            "has a space at position 4",
        ),
        (
            "recipient=1&style=huge".into(),
            "style",
            "unknown style `huge`",
        ),
        (
            "recipient=1&style=icon&widget=true".into(),
            "style",
            "X's widget has no `icon` style",
        ),
        (
            "recipient=1&lang=xx".into(),
            "lang",
            "no built-in label for the language `xx`",
        ),
    ];
    for (query, field, message) in cases {
        let (status, headers, body) = get(&server.at(&format!("/configure?{query}"))).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert_html_with_csp(&headers);
        let page = Html::parse_document(&body);
        let errors = select(&page, &format!(".field--invalid #{field}-error"));
        assert_eq!(errors.len(), 1, "{query}: one message, beside `{field}`");
        assert!(
            text(errors[0]).contains(message),
            "{query}: {}",
            text(errors[0])
        );
        let control = select(&page, &format!("#{field}"));
        assert_eq!(
            control[0].value().attr("aria-invalid"),
            Some("true"),
            "{query}"
        );
        assert_eq!(
            select(&page, ".error").len(),
            1,
            "{query}: only that field is marked"
        );
        assert!(select(&page, "#preview").is_empty());
        assert_eq!(select(&page, "[role=alert]").len(), 1);
    }
    // Several mistakes at once: each beside its own field.
    let (status, _, body) = get(&server.at("/configure?recipient=0&lang=xx&screen_name=a-b")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = Html::parse_document(&body);
    assert_eq!(select(&page, ".field--invalid").len(), 3);
    server.stop().await;
}

#[tokio::test]
async fn no_request_gets_a_500() {
    let server = servers::axum_demo().await;
    let client = reqwest::Client::new();
    for (method, path, expected) in [
        ("GET", "/nope", StatusCode::NOT_FOUND),
        (
            "GET",
            "/configure?recipient=%FF%FE&text=%ZZ&style=%00",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "GET",
            "/configure?new_tab=maybe&widget=1&recipient=1&recipient=2",
            StatusCode::OK,
        ),
        ("GET", "/configure?style=large", StatusCode::OK),
        ("GET", "/configure?platform=%FF&recipient=1", StatusCode::OK),
        (
            "GET",
            "/configure?platform=whatsapp&whatsapp=%2B&whatsapp=%00&style=%FF",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "GET",
            "/configure?platform=email&email=&subject=%0A",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "GET",
            "/configure/panel?buttons=%FF%FE",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "GET",
            "/configure/panel?buttons=&qr=1",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "GET",
            "/configure/panel?buttons=email%3Aa%40b.co&placement=%00&lang=%FF",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        ("POST", "/", StatusCode::METHOD_NOT_ALLOWED),
        ("HEAD", "/", StatusCode::OK),
        ("DELETE", "/configure", StatusCode::METHOD_NOT_ALLOWED),
    ] {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let response = client
            .request(method.clone(), server.at(path))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), expected, "{method} {path}");
    }
    let (_, headers, body) = get(&server.at("/nope")).await;
    assert_html_with_csp(&headers);
    assert!(body.contains("Not found"));
    server.stop().await;
}

#[tokio::test]
async fn actix_page_and_contact_by_path() {
    let server = servers::actix_contact().await;
    let (status, headers, body) = get(&server.at("/")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[CONTENT_TYPE], "text/html; charset=utf-8");
    assert!(
        headers[CSP]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'")
    );
    let page = Html::parse_document(&body);
    assert_strict_csp_holds(&page);
    let team = parse_button(&select(&page, "a.dm-button")[0].html());
    assert_eq!(team.accessible_name(), "Message @furni");

    let (status, _, body) = get(&server.at("/contact/783214")).await;
    assert_eq!(status, StatusCode::OK);
    let page = Html::parse_document(&body);
    let button = parse_button(&select(&page, "a.dm-button")[0].html());
    assert_eq!(
        query_param(&button.href(), "recipient_id").as_deref(),
        Some("783214")
    );
    assert_eq!(
        query_param(&button.href(), "text").as_deref(),
        Some("Hello from the actix-web example")
    );

    for (path, message) in [
        ("/contact/@furni", "not the screen name `@furni`"),
        ("/contact/0", "is 0"),
        ("/contact/99999999999999999999", "past the largest X ID"),
        ("/contact/-3", "is negative"),
    ] {
        let (status, headers, body) = get(&server.at(path)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(headers[CONTENT_TYPE], "text/html; charset=utf-8");
        let page = Html::parse_document(&body);
        assert!(
            text(select(&page, ".error")[0]).contains(message),
            "{path}: {body}"
        );
        assert!(select(&page, "a.dm-button").is_empty());
    }
    let (status, _, _) = get(&server.at("/elsewhere")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, headers, body) = get(&server.at(dm_button::STYLESHEET_PATH)).await;
    assert_eq!(
        (status, headers[CONTENT_TYPE].to_str().unwrap()),
        (StatusCode::OK, "text/css; charset=utf-8")
    );
    assert_eq!(headers[ETAG], dm_button::STYLESHEET_ETAG);
    assert_eq!(
        headers[CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(body, dm_button::STYLESHEET);
    let cached = reqwest::Client::new()
        .get(server.at(dm_button::STYLESHEET_PATH))
        .header(IF_NONE_MATCH, format!("W/{}", dm_button::STYLESHEET_ETAG))
        .send()
        .await
        .unwrap();
    assert_eq!(cached.status(), StatusCode::NOT_MODIFIED);
    assert!(cached.text().await.unwrap().is_empty());
    server.stop().await;
}

#[tokio::test]
async fn template_page_takes_buttons_as_markup_in_both_engines() {
    let server = servers::template_page().await;
    for (path, engine) in [("/", "minijinja"), ("/askama", "askama")] {
        let (status, headers, body) = get(&server.at(path)).await;
        assert_eq!(status, StatusCode::OK, "{engine}: {body}");
        assert_eq!(headers[CONTENT_TYPE], "text/html; charset=utf-8");
        let page = Html::parse_document(&body);
        // Both fill the one layout, contact-layout.html.
        assert_eq!(
            text(select(&page, "title")[0]),
            format!("Contact · {engine} + dm-button")
        );
        let heading = select(&page, "h1");
        assert_eq!(
            text(heading[0]),
            "Contact <us>",
            "{engine} still escapes text"
        );
        assert!(
            !body.contains("&lt;a ") && !body.contains("&#60;a "),
            "{engine}: {body}"
        );
        assert_strict_csp_holds(&page);
        let buttons = select(&page, "a.dm-button");
        assert_eq!(
            buttons.len(),
            4,
            "{engine}: the main button, two team members and the developers' link"
        );
        assert_eq!(
            parse_button(&buttons[1].html()).accessible_name(),
            "Message Sales"
        );
        let developers = parse_button(&buttons[3].html());
        assert_eq!(
            developers.href().as_str(),
            "https://x.com/messages/compose?recipient_id=2244994945&text=Hello%20from%20the%20contact%20page"
        );
        assert!(developers.classes().contains(&"dm-button--link"));
        let items = select(&page, ".team li");
        assert_eq!(items.len(), 3);
        assert!(
            text(items[2]).contains("no button: the recipient must be the numeric user ID"),
            "{engine}"
        );
    }
    let (status, _, _) = get(&server.at("/missing")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    server.stop().await;
}

/// Every page carries the floating panel, a landmark outside the page's main content; the
/// gallery shows inline panels, each beside its `dm_panel!`, with the people who answer.
#[tokio::test]
async fn every_page_has_the_floating_panel_and_the_gallery_inline_ones() {
    let server = servers::axum_demo().await;
    for path in ["/", "/configure", "/configure/panel", "/clicks", "/nope"] {
        let (_, _, body) = get(&server.at(path)).await;
        let page = Html::parse_document(&body);
        assert_strict_csp_holds(&page);
        let floating = select(
            &page,
            "body > aside#site-panel > details.dm-panel--floating",
        );
        assert_eq!(floating.len(), 1, "{path}");
        assert_eq!(
            select(&page, "#site-panel svg.dm-qr").len(),
            1,
            "{path}: WhatsApp's code"
        );
    }
    let (_, _, body) = get(&server.at("/")).await;
    let page = Html::parse_document(&body);
    let inline = select(&page, "#panels aside > details.dm-panel--inline");
    assert_eq!(inline.len(), 2);
    assert_eq!(select(&page, "#team-panel .dm-panel__name").len(), 3);
    assert!(text(select(&page, "#panels figcaption code")[0]).starts_with("dm_panel!("));
    server.stop().await;
}

/// The panel configurator builds what the form describes with `ContactPanel`, shows the
/// `dm_panel!` that gives the same bytes, and answers a mistake with 422 and its message.
#[tokio::test]
async fn the_panel_configurator_builds_a_panel_and_reports_mistakes() {
    let server = servers::axum_demo().await;
    let (status, _, body) = get(&server.at(
        "/configure/panel?title=Talk+to+us&placement=floating&side=left&qr=true&buttons=whatsapp%3A%2B33+6+12+34+56+78+%7C+Ana+%7C+Sales%0Ax%3A3805104374",
    ))
    .await;
    assert_eq!(status, StatusCode::OK);
    let page = Html::parse_document(&body);
    let preview = select(
        &page,
        "#preview > aside > details.dm-panel--floating.dm-panel--left",
    );
    assert_eq!(preview.len(), 1);
    assert_eq!(
        text(select(&page, "#snippet-rust")[0]),
        r#"dm_panel!(title = "Talk to us", placement = "floating", side = "left", qr = true, buttons = [(whatsapp = "+33612345678", name = "Ana", role = "Sales"), (recipient = 3805104374)])"#
    );
    for (query, message) in [
        ("buttons=skype%3Ajoe", "line 1: "),
        (
            "buttons=email%3Ahello%40example.com&qr=true",
            "the panel has none",
        ),
        (
            "buttons=email%3Ahello%40example.com&placement=float",
            "unknown placement",
        ),
        ("buttons=", "the panel has no buttons"),
    ] {
        let (status, _, body) = get(&server.at(&format!("/configure/panel?{query}"))).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        let page = Html::parse_document(&body);
        let errors: Vec<String> = select(&page, ".error").into_iter().map(text).collect();
        assert!(
            errors.iter().any(|error| error.contains(message)),
            "{query}: {errors:?}"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn the_demos_counting_routes_redirect_and_count_without_a_script() {
    let server = servers::axum_demo().await;
    let count = |page: &str, slug: &str| -> String {
        let page = Html::parse_document(page);
        text(select(&page, &format!("#count-{slug}"))[0])
    };
    let (status, headers, body) = get(&server.at("/clicks")).await;
    assert_eq!(status, StatusCode::OK);
    assert_html_with_csp(&headers);
    let before = count(&body, "sales").parse::<u64>().unwrap();
    let page = Html::parse_document(&body);
    let hrefs: Vec<_> = select(&page, "main a.dm-button")
        .iter()
        .map(|anchor| anchor.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(
        hrefs,
        [
            "/go/sales",
            "/go/support",
            "/go/team-whatsapp",
            "/go/team-whatsapp-2",
            "/go/team-email"
        ]
    );

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let sales = DmButton::whatsapp("+33 6 12 34 56 78".parse().unwrap())
        .text("Hello! A question about my order")
        .href();
    // The query string is not part of the route: it cannot choose where the browser goes.
    for path in ["/go/sales", "/go/sales?to=https://evil.example/"] {
        let response = client.get(server.at(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(response.headers()["location"], sales.as_str());
        assert_eq!(response.headers()[CACHE_CONTROL], "no-store");
        assert!(response.headers().get("set-cookie").is_none());
    }
    // A panel's button: its own route, to its own link.
    let team_before = count(&body, "team-whatsapp-2").parse::<u64>().unwrap();
    let response = client
        .get(server.at("/go/team-whatsapp-2"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "https://wa.me/33698765432");
    let (_, _, body) = get(&server.at("/clicks")).await;
    assert_eq!(count(&body, "sales").parse::<u64>().unwrap(), before + 2);
    assert_eq!(
        count(&body, "team-whatsapp-2").parse::<u64>().unwrap(),
        team_before + 1
    );
    assert_eq!(count(&body, "team-whatsapp").parse::<u64>().unwrap(), 0);
    for path in ["/go/nobody", "/go/SALES", "/go/sales%2F..%2F"] {
        let response = client.get(server.at(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(response.headers().get("location").is_none());
        assert_eq!(
            response.text().await.unwrap(),
            "No contact link at this address.\n"
        );
    }
    server.stop().await;
}
