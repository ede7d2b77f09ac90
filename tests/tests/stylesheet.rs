//! The stylesheet: its CSP hash, recomputed; its text/background contrast, computed with
//! WCAG's formula from the colors it declares, in both schemes; and the features the look
//! promises.

use base64::Engine as _;
use dm_button::{Platform, STYLESHEET, STYLESHEET_CSP_HASH};
use dm_button_tests::css::{Colors, color, contrast, declarations, media_block, platform_colors};
use sha2::{Digest, Sha256};

#[test]
fn csp_hash_is_the_sha256_of_the_stylesheet() {
    let digest = Sha256::digest(STYLESHEET.as_bytes());
    let expected = format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    );
    assert_eq!(
        STYLESHEET_CSP_HASH, expected,
        "update STYLESHEET_CSP_HASH after editing dm-button.css"
    );
}

#[test]
fn the_etag_and_the_path_name_the_stylesheets_bytes() {
    let digest = Sha256::digest(STYLESHEET.as_bytes());
    let etag = format!(
        "\"{}\"",
        base64::engine::general_purpose::STANDARD.encode(digest)
    );
    assert_eq!(dm_button::STYLESHEET_ETAG, etag);
    let url_safe = base64::engine::general_purpose::URL_SAFE.encode(digest);
    let path = format!("/dm-button.{}.css", &url_safe[..16]);
    assert_eq!(dm_button::STYLESHEET_PATH, path);
    // A path as a URL parser reads it: nothing escaped, nothing lost.
    let url = url::Url::parse("http://127.0.0.1/")
        .unwrap()
        .join(&path)
        .unwrap();
    assert_eq!(url.path(), path);
}

/// Asserts that the text colour is at least 4.5:1 on each background (at rest, hovered,
/// active); `what` names them in the report.
fn assert_text_readable(what: &str, colors: &Colors) {
    for (state, bg) in colors.backgrounds() {
        let ratio = contrast(&colors.fg, bg);
        println!("{what}: {} on {bg} ({state}): {ratio:.2}:1", colors.fg);
        assert!(ratio >= 4.5, "{what} {state}: {ratio:.2}:1");
    }
}

#[test]
fn focus_ring_contrast_is_at_least_3_to_1_in_both_schemes() {
    // The page behind the focus ring: the schemes' extremes.
    for (scheme, scope, pages) in [
        ("light", STYLESHEET, ["#ffffff", "#f7f9f9"]),
        (
            "dark",
            media_block(STYLESHEET, "prefers-color-scheme: dark"),
            ["#000000", "#15202b"],
        ),
    ] {
        let focus = color(&declarations(scope, ".dm-button"), "--dm-button-focus");
        for page in pages {
            let ratio = contrast(focus, page);
            println!("{scheme}: focus ring {focus} on page {page}: {ratio:.2}:1");
            assert!(
                ratio >= 3.0,
                "{scheme} focus ring on {page}: {ratio:.2}:1 (WCAG 2.2 asks 3:1)"
            );
        }
    }
}

/// Every platform of the registry has its colours (X the base look) with its text at 4.5:1
/// or more on every background, in both schemes.
#[test]
fn every_platform_has_its_colours_at_4_5_to_1_in_both_schemes() {
    for platform in Platform::ALL {
        for (scheme, dark) in [("light", false), ("dark", true)] {
            let colors = platform_colors(STYLESHEET, *platform, dark);
            assert_text_readable(&format!("{platform} {scheme}"), &colors);
        }
    }
}

/// The one stylesheet holds every platform's colours and the contact panel's look: it stays
/// within 6 KiB, and 2 KiB as a server sends it, gzipped.
#[test]
fn the_stylesheet_stays_within_6_kib_and_2_kib_gzipped() {
    use std::io::Write;

    println!("{} bytes", STYLESHEET.len());
    assert!(STYLESHEET.len() <= 6144, "{} bytes", STYLESHEET.len());
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(STYLESHEET.as_bytes()).unwrap();
    let gzipped = gzip.finish().unwrap().len();
    println!("{gzipped} bytes gzipped");
    assert!(gzipped <= 2048, "{gzipped} bytes gzipped");
}

/// The panel's text, its muted text (role, away note) and the bubble's icon are 4.5:1 or more
/// on their backgrounds, in both schemes; the QR code is dark on light in both.
#[test]
fn the_panel_is_readable_in_both_schemes() {
    for (scheme, scope) in [
        ("light", STYLESHEET),
        (
            "dark",
            media_block(STYLESHEET, "prefers-color-scheme: dark"),
        ),
    ] {
        let panel = declarations(scope, ".dm-panel");
        for (text, background) in [
            ("--dm-panel-fg", "--dm-panel-bg"),
            ("--dm-panel-muted", "--dm-panel-bg"),
            ("--dm-panel-bubble-fg", "--dm-panel-bubble"),
        ] {
            let (fg, bg) = (color(&panel, text), color(&panel, background));
            let ratio = contrast(fg, bg);
            println!("{scheme}: {text} {fg} on {background} {bg}: {ratio:.2}:1");
            assert!(
                ratio >= 4.5,
                "{scheme} {text} on {background}: {ratio:.2}:1"
            );
        }
    }
    // The QR tile is declared once, outside the schemes: dark modules on white in both.
    assert!(
        STYLESHEET.contains(".dm-qr{display:none;")
            && STYLESHEET.contains("background:#fff;fill:#000")
    );
    assert_eq!(
        STYLESHEET.matches(".dm-qr{").count(),
        2,
        "one tile, one media query that shows it"
    );
    assert!(
        STYLESHEET.contains("@media (hover: hover) and (pointer: fine){.dm-qr{display:block}}")
    );
}

#[test]
fn the_look_has_what_it_promises() {
    for needle in [
        ".dm-button--large",
        ".dm-button--icon",
        ".dm-button--link",
        ":focus-visible",
        ":hover",
        ":active",
        "@media (prefers-color-scheme: dark)",
        "@media (prefers-reduced-motion: reduce)",
        "@media (forced-colors: active)",
        "unicode-bidi",
        "padding-inline",
        ".dm-panel--floating",
        ".dm-panel__toggle:focus-visible",
        "env(safe-area-inset-bottom)",
        "inset-inline-end",
    ] {
        assert!(STYLESHEET.contains(needle), "{needle}");
    }
    // Physical sides would not flip for right-to-left text.
    for physical in [
        "padding-left",
        "padding-right",
        "margin-left",
        "margin-right",
        "left:",
        "right:",
    ] {
        assert!(!STYLESHEET.contains(physical), "{physical}");
    }
    assert!(
        !STYLESHEET.contains("@import") && !STYLESHEET.contains("url("),
        "no third-party fetch"
    );
}
