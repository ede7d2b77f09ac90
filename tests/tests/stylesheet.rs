//! The stylesheet: its CSP hash, recomputed; its text/background contrast, computed with
//! WCAG's formula from the colors it declares, in both schemes; and the features the look
//! promises.

use base64::Engine as _;
use dm_button::{STYLESHEET, STYLESHEET_CSP_HASH};
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

/// The custom properties declared in the first rule for `selector` inside `scope` (the whole
/// sheet, or a media block's body), written `selector {` or, on one line, `selector{`.
fn declarations<'a>(scope: &'a str, selector: &str) -> Vec<(&'a str, &'a str)> {
    let start = [format!("{selector} {{"), format!("{selector}{{")]
        .iter()
        .filter_map(|opening| scope.find(opening.as_str()).map(|at| at + opening.len()))
        .min()
        .unwrap_or_else(|| panic!("no rule for `{selector}`"));
    let body = &scope[start..start + scope[start..].find('}').unwrap()];
    body.split(';')
        .filter_map(|declaration| declaration.split_once(':'))
        .map(|(name, value)| (name.trim(), value.trim()))
        .filter(|(name, _)| name.starts_with("--dm-button-"))
        .collect()
}

/// Asserts that the text colour `fg` is at least 4.5:1 on each background `colors` declares
/// (at rest, hovered, active); `what` names them in the report.
fn assert_text_readable(what: &str, fg: &str, colors: &[(&str, &str)]) {
    for state in [
        "--dm-button-bg",
        "--dm-button-bg-hover",
        "--dm-button-bg-active",
    ] {
        let bg = color(colors, state);
        let ratio = contrast(fg, bg);
        println!("{what}: {fg} on {bg} ({state}): {ratio:.2}:1");
        assert!(ratio >= 4.5, "{what} {state}: {ratio:.2}:1");
    }
}

fn media_block<'a>(sheet: &'a str, query: &str) -> &'a str {
    let start = sheet
        .find(&format!("@media ({query})"))
        .unwrap_or_else(|| panic!("no {query}"));
    &sheet[start..]
}

fn color<'a>(declarations: &[(&'a str, &'a str)], name: &str) -> &'a str {
    declarations
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .unwrap_or_else(|| panic!("no {name}"))
}

/// WCAG 2 relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let hex = hex.strip_prefix('#').expect("a #rrggbb color");
    assert_eq!(hex.len(), 6, "{hex}");
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn text_contrast_is_at_least_4_5_to_1_in_both_schemes() {
    let light = declarations(STYLESHEET, ".dm-button");
    let dark = declarations(
        media_block(STYLESHEET, "prefers-color-scheme: dark"),
        ".dm-button",
    );
    // The page behind the focus ring: the schemes' extremes.
    for (scheme, colors, pages) in [
        ("light", &light, ["#ffffff", "#f7f9f9"]),
        ("dark", &dark, ["#000000", "#15202b"]),
    ] {
        assert_text_readable(scheme, color(colors, "--dm-button-fg"), colors);
        let focus = color(colors, "--dm-button-focus");
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

/// Each platform's colours, with the text colour of the base rule they inherit.
#[test]
fn every_platform_has_its_colours_at_4_5_to_1_in_both_schemes() {
    let light_base = declarations(STYLESHEET, ".dm-button");
    let dark_sheet = media_block(STYLESHEET, "prefers-color-scheme: dark");
    let dark_base = declarations(dark_sheet, ".dm-button");
    for platform in dm_button::Platform::ALL.iter().skip(1) {
        let class = format!(".dm-button--{}", platform.name().to_lowercase());
        for (scheme, base, sheet) in [
            ("light", &light_base, STYLESHEET),
            ("dark", &dark_base, dark_sheet),
        ] {
            let fg = color(base, "--dm-button-fg");
            assert_text_readable(
                &format!("{platform} {scheme}"),
                fg,
                &declarations(sheet, &class),
            );
        }
    }
}

#[test]
fn the_stylesheet_stays_under_4_kib() {
    println!("{} bytes", STYLESHEET.len());
    assert!(STYLESHEET.len() <= 4096, "{} bytes", STYLESHEET.len());
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
