//! The macros and the builder give the same bytes: for every generated case (see
//! `build.rs`), `dm_button!(...)` equals the builder's `to_html()` and `render_to`, and the
//! same options on a `DmButton::to` button; the builder's reserved length is exact, and
//! `dm_link!(...)` equals `href()`; `dm_panel!(...)` equals `ContactPanel`'s panel with the
//! same options, through `to_html`, `render_to` and `Display`.

use std::str::FromStr;

use dm_button::state::Mode;
use dm_button::{
    ContactPanel, DmButton, Host, Panel, RecipientId, StaticButton, StaticPanel, dm_button,
    dm_link, dm_panel,
};

struct Case {
    name: &'static str,
    macro_args: &'static str,
    from_macro: StaticButton,
    html: String,
    rendered: String,
    len: usize,
    href: String,
    /// The same options on a `DmButton::to` button (none for X's widget, which it does not
    /// make).
    on_any_platform: Option<String>,
}

struct PanelCase {
    macro_args: &'static str,
    from_macro: StaticPanel,
    built: Panel<'static>,
}

struct LinkCase {
    macro_args: &'static str,
    from_macro: &'static str,
    href: String,
}

fn parse<T: FromStr>(text: &str) -> T
where
    T::Err: std::fmt::Debug,
{
    text.parse().unwrap()
}

/// What `render_to` appends after existing content.
fn rendered<M: Mode>(button: &DmButton<'_, M>) -> String {
    let mut buffer = String::from("<p>before</p>");
    button.render_to(&mut buffer);
    buffer.strip_prefix("<p>before</p>").unwrap().to_owned()
}

include!(concat!(env!("OUT_DIR"), "/equivalence_cases.rs"));

#[test]
fn button_macro_equals_builder() {
    let cases = button_cases();
    assert_eq!(cases.len(), BUTTON_CASES);
    for case in &cases {
        let context = format!("{}: dm_button!({})", case.name, case.macro_args);
        assert_eq!(case.from_macro.as_str(), case.html, "{context}");
        assert_eq!(case.rendered, case.html, "{context}");
        assert_eq!(case.len, case.html.len(), "{context}");
        assert_eq!(case.from_macro.href(), case.href, "{context}");
        if let Some(html) = &case.on_any_platform {
            assert_eq!(html, &case.html, "DmButton::to: {context}");
        }
    }
    let on_any_platform = cases
        .iter()
        .filter(|case| case.on_any_platform.is_some())
        .count();
    assert!(
        on_any_platform * 10 > cases.len() * 8,
        "{on_any_platform} with DmButton::to"
    );
}

#[test]
fn link_macro_equals_href() {
    let cases = link_cases();
    assert_eq!(cases.len(), LINK_CASES);
    for case in &cases {
        assert_eq!(case.from_macro, case.href, "dm_link!({})", case.macro_args);
    }
}

#[test]
fn the_matrix_covers_every_key_and_value() {
    let cases = button_cases();
    let all_args: Vec<&str> = cases.iter().map(|case| case.macro_args).collect();
    let covered = |needle: &str| all_args.iter().filter(|args| args.contains(needle)).count();
    for (key, in_link) in dm_button_tests::macro_keys() {
        let in_buttons = covered(&format!("{key} = "));
        assert!(
            in_buttons >= 3 || (in_link && key == "recipient"),
            "`{key}` in {in_buttons} cases"
        );
    }
    for style in ["compact", "large", "icon", "link"] {
        assert!(covered(&format!("style = \"{style}\"")) >= 11, "{style}");
    }
    for lang in dm_button::Lang::ALL {
        assert!(covered(&format!("lang = \"{lang}\"")) >= 5, "{lang}");
    }
    for combination in [
        "script = true",
        "script = false",
        "dnt = true",
        "dnt = false",
    ] {
        assert!(covered(combination) >= 9, "{combination}");
    }
    println!("{BUTTON_CASES} button cases and {LINK_CASES} link cases");
}

#[test]
fn panel_macro_equals_builder() {
    let cases = panel_cases();
    assert_eq!(cases.len(), PANEL_CASES);
    // Moments across two weeks of March 2026 (from Monday 2026-03-02 00:00Z, every 97
    // minutes, so that they fall on every hour of the day and around the openings and
    // closings of the generated hours, daylight saving time starting in New York on the 8th)
    // and a week of July, in summer time.
    let moments: Vec<std::time::SystemTime> = (0..2 * 7 * 24 * 60 / 97)
        .map(|step| 1_772_409_600 + step * 97 * 60)
        .chain((0..7 * 24 / 5).map(|step| 1_783_296_000 + step * 5 * 3600))
        .map(|seconds| std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds))
        .collect();
    let mut notes = 0;
    for case in &cases {
        let context = format!("dm_panel!({})", case.macro_args);
        if case.macro_args.contains("hours = ") {
            for moment in &moments {
                let (mut from_macro, mut built) = (String::new(), String::new());
                case.from_macro.render_at(*moment, &mut from_macro);
                case.built.render_at(*moment, &mut built);
                assert_eq!(from_macro, built, "{context} at {moment:?}");
                notes += from_macro.matches("dm-panel__away").count();
            }
            continue;
        }
        let html = case.built.to_html();
        assert_eq!(case.from_macro.as_str(), html, "{context}");
        assert_eq!(case.from_macro.to_string(), html, "{context}");
        let mut buffer = String::from("<p>before</p>");
        case.built.render_to(&mut buffer);
        assert_eq!(
            buffer.strip_prefix("<p>before</p>").unwrap(),
            html,
            "{context}"
        );
        assert_eq!(case.built.to_string(), html, "{context}");
    }
    assert!(notes > 100, "the moments find people away: {notes} notes");
    // The matrix reaches every platform, QR codes and people.
    let all: String = cases.iter().map(|case| case.from_macro.as_str()).collect();
    for platform in dm_button::Platform::ALL {
        assert!(
            all.contains(&format!("dm-button--{}", platform.as_str())),
            "{platform}"
        );
    }
    assert!(all.contains("<svg class=\"dm-qr\""));
    assert!(all.contains("dm-panel__name"));
}
