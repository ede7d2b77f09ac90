//! The crate's stylesheet as the tests read it: the custom properties a rule declares, per
//! scheme, and WCAG's contrast between two colours.

use dm_button::Platform;

/// The custom properties declared in the first rule for `selector` inside `scope` (the whole
/// sheet, or a media block's body), written `selector {` or, on one line, `selector{`.
pub fn declarations<'a>(scope: &'a str, selector: &str) -> Vec<(&'a str, &'a str)> {
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

/// The sheet from `@media ({query})` on: where a scheme's overrides are.
pub fn media_block<'a>(sheet: &'a str, query: &str) -> &'a str {
    let start = sheet
        .find(&format!("@media ({query})"))
        .unwrap_or_else(|| panic!("no {query}"));
    &sheet[start..]
}

/// The value of the custom property `name` among `declarations`.
pub fn color<'a>(declarations: &[(&'a str, &'a str)], name: &str) -> &'a str {
    find(declarations, name).unwrap_or_else(|| panic!("no {name}"))
}

fn find<'a>(declarations: &[(&'a str, &'a str)], name: &str) -> Option<&'a str> {
    declarations
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
}

/// A button's colours in one scheme, as the stylesheet declares them: the platform's rule
/// over the base rule (X's buttons have the base look).
#[derive(Debug, Clone, Copy)]
pub struct Colors<'a> {
    pub bg: &'a str,
    pub bg_hover: &'a str,
    pub bg_active: &'a str,
    pub fg: &'a str,
}

impl Colors<'_> {
    /// The background at rest, hovered and pressed.
    pub fn backgrounds(&self) -> [(&'static str, &str); 3] {
        [
            ("at rest", self.bg),
            ("hovered", self.bg_hover),
            ("pressed", self.bg_active),
        ]
    }
}

/// `platform`'s colours in the light scheme (`dark: false`) or the dark one.
pub fn platform_colors(sheet: &str, platform: Platform, dark: bool) -> Colors<'_> {
    let scope = if dark {
        media_block(sheet, "prefers-color-scheme: dark")
    } else {
        sheet
    };
    let base = declarations(scope, ".dm-button");
    let own = if platform == Platform::X {
        Vec::new()
    } else {
        declarations(scope, &format!(".dm-button--{}", platform.as_str()))
    };
    let pick = |name: &str| find(&own, name).unwrap_or_else(|| color(&base, name));
    Colors {
        bg: pick("--dm-button-bg"),
        bg_hover: pick("--dm-button-bg-hover"),
        bg_active: pick("--dm-button-bg-active"),
        // The platform's rules come after the base rule in each scheme, so they win; in the
        // dark, the base rule of the dark block comes after the light platform rules, so a
        // light rule's text colour does not carry over.
        fg: find(&own, "--dm-button-fg").unwrap_or_else(|| color(&base, "--dm-button-fg")),
    }
}

/// `#rrggbb` as a browser's computed style writes it: `rgb(r, g, b)`.
pub fn rgb(hex: &str) -> String {
    let hex = hex.strip_prefix('#').expect("a #rrggbb color");
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    format!("rgb({}, {}, {})", channel(0), channel(2), channel(4))
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

/// WCAG 2 contrast ratio between two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}
