//! The demo in a real browser: headless Chromium, driven through ChromeDriver. Each style is
//! visible at its size, takes keyboard focus with a visible ring, changes colors in dark
//! mode, lays out right to left, and navigates to the exact compose URL when clicked or
//! activated with the keyboard; the request is caught, since every host name resolves to
//! nothing. Screenshots of every style in both schemes go to `docs/screenshots/`.
//!
//! Without Chromium the tests say so and are skipped; `.ci/run` installs it and sets
//! `DM_BUTTON_REQUIRE_BROWSER=1`, which turns that skip into a failure.

use std::time::Duration;

use dm_button::{DmButton, Lang, Platform};
use dm_button_examples::axum_demo::gallery::message_button;
use dm_button_tests::browser::{Browser, browser_or_skip, screenshot_path};
use dm_button_tests::css::{platform_colors, rgb};
use dm_button_tests::servers;
use fantoccini::Locator;
use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use fantoccini::key::Key;
use serde_json::json;

const STYLES: [&str; 4] = ["compact", "large", "icon", "link"];

/// X's near-black: the compact button's background in the light scheme, its text in the dark.
const X_INK: &str = "rgb(15, 20, 25)";

/// One browser at a time: four Chromiums starting at once on a small machine time out.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// This test's turn at the browser, the browser, and the demo server.
struct Session {
    browser: Browser,
    server: servers::Running,
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

impl Session {
    async fn end(self) {
        self.browser.close().await;
        self.server.stop().await;
    }
}

/// Runs `test` on the demo in the browser: waits for this test's turn, starts both, and
/// stops both after it; when the browser test is skipped, does nothing.
async fn in_browser(test: impl AsyncFnOnce(&Browser, &servers::Running)) {
    let turn = ONE_AT_A_TIME.lock().await;
    let Some(browser) = browser_or_skip(&[]).await else {
        return;
    };
    let session = Session {
        browser,
        server: servers::axum_demo().await,
        _turn: turn,
    };
    test(&session.browser, &session.server).await;
    session.end().await;
}

/// Waits until `getComputedStyle(#id)[property]` is `expected` (colors change through a
/// 0.15 s transition), failing after five seconds.
async fn assert_computed(browser: &Browser, id: &str, property: &str, expected: &str) {
    let mut value = String::new();
    for _ in 0..100 {
        value = browser.computed(&format!("#{id}"), property).await;
        if value == expected {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("#{id} {property}: {value}, expected {expected}");
}

/// Saves a picture of the example around `#id` (the button with some page around it).
async fn save_screenshot(browser: &Browser, id: &str, name: &str) {
    let preview = browser
        .element(Locator::XPath(&format!(
            "//*[@id='{id}']/ancestor::div[@class='example__preview']"
        )))
        .await;
    let png = preview.screenshot().await.unwrap();
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    std::fs::write(screenshot_path(name), png).unwrap();
}

/// Clicks the element `css` selects.
async fn click(browser: &Browser, css: &str) {
    browser
        .element(Locator::Css(css))
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("click on {css}: {e}"));
}

/// Presses Tab until `#id` has focus; how many presses it took.
async fn tab_to(browser: &Browser, id: &str) -> usize {
    let body = browser.element(Locator::Css("body")).await;
    for presses in 1..=20 {
        body.send_keys(&char::from(Key::Tab).to_string()).await.ok();
        let active = browser
            .eval("return document.activeElement.id", vec![])
            .await;
        if active == json!(id) {
            return presses;
        }
    }
    panic!("#{id} never took keyboard focus");
}

#[tokio::test]
async fn every_style_looks_right_in_both_schemes() {
    in_browser(async |browser, server| {
        browser.client.goto(&server.at("/")).await.unwrap();
        browser.color_scheme("light").await;

        // Visible, at its size, on top of whatever is under it.
        let expected_heights = [("compact", 32.0), ("large", 40.0), ("icon", 36.0)];
        for style in STYLES {
            let id = format!("style-{style}");
            let [left, top, width, height] = browser.rect(&format!("#{id}")).await;
            assert!(width > 0.0 && height > 0.0, "{style}: {width}x{height}");
            let hit = browser
                .eval(
                    "const a = document.getElementById(arguments[0]);
                     const r = a.getBoundingClientRect();
                     return a.checkVisibility() && a.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));",
                    vec![json!(id)],
                )
                .await;
            assert_eq!(hit, json!(true), "{style} is visible and not covered");
            if let Some((_, expected)) = expected_heights.iter().find(|(name, _)| *name == style) {
                assert!(
                    (height - expected).abs() < 0.5,
                    "{style}: height {height}, expected {expected}"
                );
            }
            println!("{style}: {width:.1}x{height:.1} at ({left:.0}, {top:.0})");
        }
        let [_, _, icon_width, icon_height] = browser.rect("#style-icon").await;
        assert!(
            (icon_width - icon_height).abs() < 0.5,
            "the icon button is round: {icon_width}x{icon_height}"
        );
        let [_, _, _, link_height] = browser.rect("#style-link").await;
        assert!(
            link_height < 32.0,
            "the link style has no button padding: {link_height}"
        );
        assert_computed(browser, "style-link", "backgroundColor", "rgba(0, 0, 0, 0)").await;

        // The names assistive technology gets, from Chromium's accessibility tree.
        for style in STYLES {
            assert_eq!(
                browser.accessible(&format!("#style-{style}")).await.1,
                "Message",
                "{style}"
            );
        }
        assert_eq!(browser.accessible("#lang-ar").await.1, "إرسال رسالة @furni");

        // Light scheme colors, and their pictures.
        assert_computed(browser, "style-compact", "backgroundColor", X_INK).await;
        assert_computed(browser, "style-compact", "color", "rgb(255, 255, 255)").await;
        for style in STYLES {
            save_screenshot(
                browser,
                &format!("style-{style}"),
                &format!("{style}-light"),
            )
            .await;
        }

        // Hover changes the color.
        let compact = browser.element(Locator::Css("#style-compact")).await;
        let hover = MouseActions::new("mouse".to_owned()).then(PointerAction::MoveToElement {
            element: compact.clone(),
            duration: None,
            x: 0.0,
            y: 0.0,
        });
        browser.client.perform_actions(hover).await.unwrap();
        assert_computed(
            browser,
            "style-compact",
            "backgroundColor",
            "rgb(39, 44, 48)",
        )
        .await;
        let away = MouseActions::new("mouse".to_owned()).then(PointerAction::MoveTo {
            duration: None,
            x: 5.0,
            y: 5.0,
        });
        browser.client.perform_actions(away).await.unwrap();
        // Back to rest before the focus picture, which the fade back from hover would tint.
        assert_computed(browser, "style-compact", "backgroundColor", X_INK).await;

        // Keyboard focus shows a ring.
        tab_to(browser, "style-compact").await;
        assert_eq!(
            browser
                .eval(
                    "return document.activeElement.matches(':focus-visible')",
                    vec![]
                )
                .await,
            json!(true)
        );
        assert_computed(browser, "style-compact", "outlineStyle", "solid").await;
        assert_computed(browser, "style-compact", "outlineWidth", "3px").await;
        assert_computed(
            browser,
            "style-compact",
            "outlineColor",
            "rgb(10, 102, 194)",
        )
        .await;
        save_screenshot(browser, "style-compact", "focus-light").await;

        // Dark scheme.
        browser.color_scheme("dark").await;
        assert_computed(
            browser,
            "style-compact",
            "backgroundColor",
            "rgb(239, 243, 244)",
        )
        .await;
        assert_computed(browser, "style-compact", "color", X_INK).await;
        assert_computed(
            browser,
            "style-compact",
            "outlineColor",
            "rgb(142, 205, 248)",
        )
        .await;
        save_screenshot(browser, "style-compact", "focus-dark").await;
        browser.eval("document.activeElement.blur()", vec![]).await;
        for style in STYLES {
            save_screenshot(browser, &format!("style-{style}"), &format!("{style}-dark")).await;
        }

        // Reduced motion turns the transition off.
        browser
            .cdp(
                "Emulation.setEmulatedMedia",
                json!({ "features": [{ "name": "prefers-reduced-motion", "value": "reduce" }] }),
            )
            .await;
        assert_computed(browser, "style-compact", "transitionDuration", "0s").await;
    })
    .await;
}

#[tokio::test]
async fn right_to_left_labels_lay_out_from_the_right() {
    in_browser(async |browser, server| {
        browser.client.goto(&server.at("/")).await.unwrap();
        assert_computed(browser, "lang-ar", "direction", "rtl").await;
        let [icon_left, _, _, _] = browser.rect("#lang-ar .dm-button__icon").await;
        let [label_left, _, label_width, _] = browser.rect("#lang-ar .dm-button__label").await;
        let [name_left, _, name_width, _] = browser.rect("#lang-ar .dm-button__screen-name").await;
        assert!(
            icon_left > label_left,
            "the icon starts the line, on the right"
        );
        assert!(
            name_left + name_width <= label_left + 0.5,
            "the @name comes after the label, on its left"
        );
        assert!(label_width > 0.0);
        // The @name keeps its own direction: `@` before `furni`, reading left to right.
        assert_eq!(
            browser
                .computed("#lang-ar .dm-button__screen-name", "direction")
                .await,
            "ltr"
        );
    })
    .await;
}

#[tokio::test]
async fn clicking_or_pressing_enter_opens_the_exact_compose_url() {
    in_browser(async |browser, server| {
        // A click on the gallery's button with a prefilled message.
        browser.client.goto(&server.at("/")).await.unwrap();
        click(browser, "#with-text").await;
        let expected = "https://x.com/messages/compose?recipient_id=3805104374&text=Hello%21%20A%20question%20about%20my%20order%20%2342%20%26%20its%20delivery";
        assert_eq!(wait_for_navigation(browser).await, expected);

        // The keyboard: Tab to the icon button, Enter.
        browser.client.goto(&server.at("/")).await.unwrap();
        tab_to(browser, "style-icon").await;
        let active = browser.client.active_element().await.unwrap();
        active
            .send_keys(&char::from(Key::Enter).to_string())
            .await
            .unwrap();
        assert_eq!(
            wait_for_navigation(browser).await,
            "https://x.com/messages/compose?recipient_id=3805104374"
        );
    })
    .await;
}

/// Writes `value` in the configurator's field `#field`, in place of what it held, and sends
/// the form.
async fn fill_and_send(browser: &Browser, field: &str, value: &str) {
    let input = browser.element(Locator::Id(field)).await;
    input.clear().await.unwrap();
    input.send_keys(value).await.unwrap();
    click(browser, "button[type=submit]").await;
}

/// The message the configurator shows by the field `#field`, once the page has it.
async fn field_error(browser: &Browser, field: &str) -> String {
    let error = browser
        .wait_for(Locator::Id(&format!("{field}-error")))
        .await;
    error.text().await.unwrap()
}

/// Clicks the preview's button, once the page shows it with the class
/// `dm-button--{class}`; the URL the browser then goes to.
async fn follow_preview(browser: &Browser, class: &str) -> String {
    let css = format!("#preview a.dm-button--{class}");
    browser
        .wait_for(Locator::Css(&css))
        .await
        .click()
        .await
        .unwrap();
    wait_for_navigation(browser).await
}

#[tokio::test]
async fn the_configurator_in_a_browser() {
    in_browser(async |browser, server| {
        browser.client.goto(&server.at("/configure")).await.unwrap();

        // A screen name the demo's dm-button.toml does not list: the form comes back with the
        // message by the field.
        fill_and_send(browser, "recipient", "@furny").await;
        assert!(
            field_error(browser, "recipient")
                .await
                .contains("`@furny` is not in dm-button.toml (did you mean `@furni`?)")
        );
        assert!(
            browser
                .client
                .current_url()
                .await
                .unwrap()
                .as_str()
                .ends_with(
                    "/configure?platform=x&recipient=%40furny&text=&screen_name=&style=compact&lang="
                )
        );

        // Fixed, with a message and a style: the preview is the button, and it works.
        browser
            .element(Locator::Id("text"))
            .await
            .send_keys("Hi there, é & #")
            .await
            .unwrap();
        click(browser, "#style option[value=large]").await;
        fill_and_send(browser, "recipient", "@furni").await;
        let link = follow_preview(browser, "large").await;
        assert_eq!(
            link,
            "https://x.com/messages/compose?recipient_id=3805104374&text=Hi%20there%2C%20%C3%A9%20%26%20%23"
        );

        // Another platform: choose it, send the form, and its fields come back (WhatsApp's
        // number in place of X's ID, no screen name); a number in national form is refused.
        browser.client.goto(&server.at("/configure")).await.unwrap();
        click(browser, "#platform option[value=whatsapp]").await;
        click(browser, "button[type=submit]").await;
        browser.wait_for(Locator::Id("whatsapp")).await;
        assert!(
            browser
                .client
                .find(Locator::Id("screen_name"))
                .await
                .is_err()
        );
        fill_and_send(browser, "whatsapp", "06 12 34 56 78").await;
        assert!(
            field_error(browser, "whatsapp")
                .await
                .contains("is in national form")
        );
        fill_and_send(browser, "whatsapp", "+33 6 12 34 56 78").await;
        assert_eq!(
            follow_preview(browser, "whatsapp").await,
            "https://wa.me/33612345678"
        );
    })
    .await;
}

/// Each platform's button, for every platform of the registry: its colours in both schemes
/// (as the stylesheet declares them), its accessible name (its built-in label, which names
/// the platform) and its pictures.
#[tokio::test]
async fn every_platform_looks_right() {
    in_browser(async |browser, server| {
        browser.client.goto(&server.at("/")).await.unwrap();
        for (scheme, dark) in [("light", false), ("dark", true)] {
            browser.color_scheme(scheme).await;
            for platform in Platform::ALL {
                let slug = platform.as_str();
                let id = format!("row-{slug}");
                scroll_to(browser, &id).await;
                let colors = platform_colors(dm_button::STYLESHEET, *platform, dark);
                assert_computed(browser, &id, "backgroundColor", &rgb(&colors.bg)).await;
                assert_computed(browser, &id, "color", &rgb(&colors.fg)).await;
                let accessible = browser.accessible(&format!("#{id}")).await.1;
                assert_eq!(accessible, platform.label(Lang::En), "{slug}");
                if *platform != Platform::X {
                    save_screenshot(browser, &id, &format!("platform-{slug}-{scheme}")).await;
                }
            }
        }
    })
    .await;
}

/// A click on each platform's first button, for every platform of the registry, goes to the
/// exact URL the builder gives; for a link that opens no page (`mailto:`...), the URL the
/// browser attempts.
#[tokio::test]
async fn every_platform_opens_its_exact_url() {
    in_browser(async |browser, server| {
        for platform in Platform::ALL.iter().copied().filter(|p| *p != Platform::X) {
            let id = format!("{}-text", platform.as_str());
            let expected = message_button(platform).expect("the example parses").href();
            browser.client.goto(&server.at("/")).await.unwrap();
            scroll_to(browser, &id).await;
            if expected.starts_with("https://") {
                click(browser, &format!("#{id}")).await;
                assert_eq!(wait_for_navigation(browser).await, expected, "{id}");
            } else {
                // Chromium would hand `mailto:`, `sms:` and `tel:` to the system's program for
                // them. There is none here, and after a few such hand-overs Chromium drops the
                // clicks that follow: so the click is caught as it reaches the window, its URL
                // read as the browser resolved it from the anchor, and its hand-over stopped
                // there.
                browser
                    .eval(
                        "window.attempted = [];
                         addEventListener('click', e => {
                             const a = e.target.closest('a');
                             if (a && !e.defaultPrevented) {
                                 window.attempted.push(a.href);
                                 e.preventDefault();
                             }
                         });",
                        vec![],
                    )
                    .await;
                click(browser, &format!("#{id}")).await;
                let attempted = browser.eval("return window.attempted", vec![]).await;
                assert_eq!(attempted, json!([expected]), "{id}");
                let here = browser.client.current_url().await.unwrap();
                assert_eq!(here.host_str(), Some("127.0.0.1"), "the page stays: {here}");
            }
        }
    })
    .await;
}

/// The URL the browser went to once it leaves the local server. The request is caught
/// there: no host outside resolves here, so the browser shows its error page (checked).
async fn wait_for_navigation(browser: &Browser) -> String {
    for _ in 0..100 {
        let url = browser.client.current_url().await.unwrap();
        if url.host_str() != Some("127.0.0.1") {
            assert_eq!(
                browser.eval("return location.protocol", vec![]).await,
                json!("chrome-error:"),
                "the request to {url} was caught"
            );
            return url.to_string();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no navigation");
}

/// Scrolls `#id` to the middle of the window.
async fn scroll_to(browser: &Browser, id: &str) {
    browser
        .eval(
            "document.getElementById(arguments[0]).scrollIntoView({block: 'center'})",
            vec![json!(id)],
        )
        .await;
}

/// A counted button, and a counted panel's button, on the demo's `/clicks` page: the
/// browser follows the server's 303 to the platform's exact link (caught as it leaves the
/// local server), and the page then shows one more click on that route. The demo's pages
/// run no script.
#[tokio::test]
async fn a_counted_click_goes_through_the_route_to_the_exact_link() {
    in_browser(async |browser, server| {
        let count = |slug: &'static str| async move {
            browser.client.goto(&server.at("/clicks")).await.unwrap();
            let text = browser
                .eval(
                    "return document.getElementById(arguments[0]).textContent",
                    vec![format!("count-{slug}").into()],
                )
                .await;
            text.as_str().unwrap().parse::<u64>().unwrap()
        };
        let expected = DmButton::whatsapp("+33 6 12 34 56 78".parse().unwrap())
            .text("Hello! A question about my order")
            .href();
        for (slug, expected) in [
            ("sales", expected.as_str()),
            ("team-whatsapp-2", "https://wa.me/33698765432"),
        ] {
            let before = count(slug).await;
            click(browser, &format!("main a[href='/go/{slug}']")).await;
            assert_eq!(wait_for_navigation(browser).await, expected);
            assert_eq!(count(slug).await, before + 1);
        }
    })
    .await;
}
