//! The contact panel in a real browser with JavaScript off (headless Chromium through
//! ChromeDriver, `--blink-settings=scriptEnabled=false`): the floating bubble of the demo's
//! pages is reached with Tab and opened and closed with Enter and Space; each channel's link
//! is reached with Tab and followed to its exact URL (the request caught: every host name
//! resolves to nothing); the QR codes show to a mouse, decode from the screen to the exact
//! link, and hide under touch emulation; the panel's colours follow the dark scheme and its
//! corner the page's direction. Pictures of the panel, closed and open, in both schemes go to
//! `docs/screenshots/`.
//!
//! The page's own scripts are off; WebDriver's commands (ChromeDriver's own scripts, and the
//! DevTools Protocol) still read the page, as an assistive technology would.

use std::io::Write as _;
use std::time::Duration;

use base64::Engine as _;
use dm_button_examples::axum_demo::panels::SITE_PANEL;
use dm_button_tests::browser::{Browser, REQUIRE_BROWSER, browser_or_skip, screenshot_path};
use dm_button_tests::qr::decode_picture;
use dm_button_tests::servers;
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::json;

/// Scripts off, and a mouse: headless Chromium has no pointer at all unless told.
const NO_SCRIPT_WITH_A_MOUSE: &str = "--blink-settings=scriptEnabled=false,primaryPointerType=4,\
     availablePointerTypes=4,primaryHoverType=2,availableHoverTypes=2";

/// A page of the demo with few links before the panel: its 404 page.
const PAGE: &str = "/no-such-page";

/// The links of the site's panel, in order, as its markup writes them.
fn panel_links() -> Vec<String> {
    let html = scraper::Html::parse_fragment(SITE_PANEL.as_str());
    let anchors = scraper::Selector::parse("li > a").unwrap();
    html.select(&anchors)
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect()
}

async fn press(browser: &Browser, key: &str) {
    let active = browser.client.active_element().await.unwrap();
    active.send_keys(key).await.unwrap();
}

fn tab() -> String {
    char::from(Key::Tab).to_string()
}

fn enter() -> String {
    char::from(Key::Enter).to_string()
}

/// The outer HTML of the focused element's start, to tell what it is.
async fn focused(browser: &Browser) -> String {
    let active = browser.client.active_element().await.unwrap();
    active.html(false).await.unwrap_or_default()
}

/// Presses Tab from the top of the page until the panel's toggle has focus.
async fn tab_to_toggle(browser: &Browser) {
    for _ in 0..20 {
        press(browser, &tab()).await;
        if focused(browser)
            .await
            .starts_with(r#"<summary class="dm-panel__toggle">"#)
        {
            return;
        }
    }
    panic!("the panel's toggle never took keyboard focus");
}

async fn is_open(browser: &Browser) -> bool {
    let details = browser.element(Locator::Css("#site-panel > details")).await;
    details.attr("open").await.unwrap().is_some()
}

/// A picture of the page's corner that holds the panel (its bubble and, open, its body).
async fn save_panel_picture(browser: &Browser, name: &str) {
    // The buttons' colours change through a 0.15 s transition.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let mut area = browser.rect("#site-panel > details").await;
    if is_open(browser).await {
        let body = browser.rect("#site-panel .dm-panel__body").await;
        let (left, top) = (area[0].min(body[0]), area[1].min(body[1]));
        let right = (area[0] + area[2]).max(body[0] + body[2]);
        let bottom = (area[1] + area[3]).max(body[1] + body[3]);
        area = [left, top, right - left, bottom - top];
    }
    let margin = 16.0;
    let shot = browser
        .cdp(
            "Page.captureScreenshot",
            json!({ "format": "png", "clip": {
                "x": area[0] - margin, "y": area[1] - margin,
                "width": area[2] + 2.0 * margin, "height": area[3] + 2.0 * margin, "scale": 1
            } }),
        )
        .await;
    let png = base64::engine::general_purpose::STANDARD
        .decode(shot["data"].as_str().unwrap())
        .unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    std::fs::write(screenshot_path(name), png).unwrap();
}

/// The QR code as the screen shows it, read by a decoder.
async fn decode_on_screen(browser: &Browser, css: &str) -> String {
    let element = browser.element(Locator::Css(css)).await;
    let png = element.screenshot().await.unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut buffer).unwrap();
    let channels = frame.color_type.samples();
    let (width, height) = (frame.width as usize, frame.height as usize);
    let grey: Vec<u8> = buffer[..frame.buffer_size()]
        .chunks(channels)
        .map(|pixel| pixel[0])
        .collect();
    // Up close, as a camera sees it: each pixel of the screen four pixels a side (the
    // decoder's finder wants more than the three or four a module has at 8rem).
    let zoom = 4;
    let zoomed: Vec<u8> = (0..height * zoom)
        .flat_map(|y| (0..width * zoom).map(move |x| (x, y)))
        .map(|(x, y)| grey[(y / zoom) * width + x / zoom])
        .collect();
    decode_picture(width * zoom, height * zoom, &zoomed)
}

#[tokio::test]
async fn the_floating_panel_works_with_the_keyboard_and_no_script() {
    let Some(browser) = browser_or_skip(&[NO_SCRIPT_WITH_A_MOUSE]).await else {
        return;
    };
    let server = servers::axum_demo().await;
    let links = panel_links();
    assert_eq!(links.len(), 4);

    browser.client.goto(&server.at(PAGE)).await.unwrap();
    let (role, name) = browser.accessible("#site-panel").await;
    assert_eq!(
        (role.as_str(), name.as_str()),
        ("complementary", "Contact us")
    );
    assert!(!is_open(&browser).await);
    browser.color_scheme("light").await;
    save_panel_picture(&browser, "panel-closed-light").await;

    // The toggle takes focus, with a visible ring, and is named by the title.
    tab_to_toggle(&browser).await;
    assert_eq!(
        browser
            .computed("#site-panel summary", "outlineStyle")
            .await,
        "solid"
    );
    let (_, name) = browser.accessible("#site-panel summary").await;
    assert_eq!(name, "Contact us");
    // Enter opens and closes it; so does Space.
    press(&browser, &enter()).await;
    assert!(is_open(&browser).await, "Enter opens the panel");
    press(&browser, &enter()).await;
    assert!(!is_open(&browser).await, "Enter closes it");
    press(&browser, " ").await;
    assert!(is_open(&browser).await, "Space opens it");

    // Open: pictures in both schemes; the dark one with the dark colours.
    save_panel_picture(&browser, "panel-open-light").await;
    browser.color_scheme("dark").await;
    assert_eq!(
        browser
            .computed("#site-panel .dm-panel__body", "backgroundColor")
            .await,
        "rgb(21, 32, 43)"
    );
    save_panel_picture(&browser, "panel-open-dark").await;
    press(&browser, &enter()).await;
    save_panel_picture(&browser, "panel-closed-dark").await;
    browser.color_scheme("light").await;
    press(&browser, &enter()).await;

    // A mouse sees the QR codes, which read back as the links beside them; a touch screen
    // does not see them.
    let qr = browser.element(Locator::Css("#site-panel svg.dm-qr")).await;
    assert!(qr.is_displayed().await.unwrap(), "shown to a mouse");
    assert_eq!(
        decode_on_screen(&browser, "#site-panel svg.dm-qr").await,
        links[0],
        "the code on the screen is the link"
    );
    browser
        .cdp(
            "Emulation.setTouchEmulationEnabled",
            json!({ "enabled": true, "maxTouchPoints": 5 }),
        )
        .await;
    assert!(
        !qr.is_displayed().await.unwrap(),
        "hidden on a touch screen"
    );
    browser
        .cdp(
            "Emulation.setTouchEmulationEnabled",
            json!({ "enabled": false }),
        )
        .await;

    // Each channel that opens a page is reached with Tab from the toggle and followed to
    // its exact URL with Enter.
    for (index, link) in links.iter().enumerate() {
        if !link.starts_with("https://") {
            continue;
        }
        browser.client.goto(&server.at(PAGE)).await.unwrap();
        tab_to_toggle(&browser).await;
        press(&browser, &enter()).await;
        for _ in 0..=index {
            press(&browser, &tab()).await;
        }
        let html = focused(&browser).await;
        assert!(html.starts_with("<a class=\"dm-button"), "{html}");
        press(&browser, &enter()).await;
        let mut url = String::new();
        for _ in 0..100 {
            url = browser.client.current_url().await.unwrap().to_string();
            if !url.contains("127.0.0.1") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(&url, link, "button {index}");
    }

    // On a right-to-left page the bubble moves to the other corner.
    browser.client.goto(&server.at(PAGE)).await.unwrap();
    let width = browser
        .eval("return innerWidth", vec![])
        .await
        .as_f64()
        .unwrap();
    let ltr = browser.rect("#site-panel summary").await;
    assert!(ltr[0] > width / 2.0, "bottom right, left to right");
    browser
        .eval("document.documentElement.dir = 'rtl'", vec![])
        .await;
    let rtl = browser.rect("#site-panel summary").await;
    assert!(rtl[0] < width / 2.0, "bottom left, right to left");

    browser.close().await;
    server.stop().await;
}

/// Where `.ci/run` puts axe-core (`npm install axe-core`), for the accessibility test.
const AXE: &str = "DM_BUTTON_AXE";

/// axe-core's rules that apply, WCAG 2.2 A and AA and axe's best practices, run on the page:
/// each violation as `rule: the elements`.
async fn axe_violations(browser: &Browser, axe: &str) -> Vec<String> {
    browser.eval(axe, vec![]).await;
    let result = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: [
                 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                .then(result => done(result.violations.map(v =>
                    v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                .catch(error => done(['axe failed: ' + error]));",
            vec![],
        )
        .await
        .unwrap();
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// The demo's pages with every panel open have no accessibility violation that axe-core
/// finds, best practices included, in both schemes; and the email channel's click is the
/// `mailto:` link the browser attempts (caught before it leaves for a mail program).
#[tokio::test]
async fn the_pages_with_their_panels_open_pass_axe() {
    let axe = match std::env::var(AXE) {
        Ok(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        Err(_) if std::env::var_os(REQUIRE_BROWSER).is_none() => {
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED axe test: set {AXE} to axe-core's axe.min.js (npm install axe-core)"
            );
            return;
        }
        Err(_) => panic!("{AXE} is not set: `.ci/run` installs axe-core and sets it"),
    };
    let Some(browser) = browser_or_skip(&["--blink-settings=primaryPointerType=4,availablePointerTypes=4,primaryHoverType=2,availableHoverTypes=2"]).await else {
        return;
    };
    let server = servers::axum_demo().await;
    for path in [
        "/",
        "/clicks",
        "/no-such-page",
        "/configure/panel?title=Talk+to+us&buttons=whatsapp%3A%2B33+6+12+34+56+78+%7C+Ana+%7C+Sales%0Aemail%3Ahello%40example.com&qr=true&open=true",
    ] {
        browser.client.goto(&server.at(path)).await.unwrap();
        browser
            .eval(
                "document.querySelectorAll('details.dm-panel').forEach(d => d.open = true)",
                vec![],
            )
            .await;
        for scheme in ["light", "dark"] {
            browser.color_scheme(scheme).await;
            tokio::time::sleep(Duration::from_millis(400)).await;
            let violations = axe_violations(&browser, &axe).await;
            assert!(violations.is_empty(), "{path} ({scheme}): {violations:#?}");
        }
    }

    // The email channel: the click the browser attempts, stopped at the window.
    browser.client.goto(&server.at(PAGE)).await.unwrap();
    browser
        .eval(
            "document.querySelector('#site-panel > details').open = true;
             window.attempted = [];
             addEventListener('click', e => {
                 const a = e.target.closest('a');
                 if (a) { window.attempted.push(a.href); e.preventDefault(); }
             });",
            vec![],
        )
        .await;
    let links = panel_links();
    let email = links
        .iter()
        .find(|link| link.starts_with("mailto:"))
        .unwrap();
    browser
        .element(Locator::Css("#site-panel a.dm-button--email"))
        .await
        .click()
        .await
        .unwrap();
    let attempted = browser.eval("return window.attempted", vec![]).await;
    assert_eq!(attempted, json!([email]));

    browser.close().await;
    server.stop().await;
}
