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
        .filter(|(name, _)| name.starts_with("--dm-"))
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
/// over the base rule, each `#rrggbb` (a `color-mix` worked out).
#[derive(Debug, Clone)]
pub struct Colors {
    pub bg: String,
    pub bg_hover: String,
    pub bg_active: String,
    pub fg: String,
}

impl Colors {
    /// The background at rest, hovered and pressed.
    pub fn backgrounds(&self) -> [(&'static str, &str); 3] {
        [
            ("at rest", &self.bg),
            ("hovered", &self.bg_hover),
            ("pressed", &self.bg_active),
        ]
    }
}

/// The colour a declared value stands for: `#rrggbb` as it is, `var(--name)` looked up with
/// `lookup`, and the one mix the sheet uses, `color-mix(in srgb, A P%, B)` (A at P%, B at the
/// rest, each channel of sRGB mixed in proportion, as CSS Color 5 says).
fn resolve(value: &str, lookup: &dyn Fn(&str) -> String) -> String {
    let value = value.trim();
    if let Some(name) = value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
        return resolve(&lookup(name.trim()), lookup);
    }
    let Some(inner) = value
        .strip_prefix("color-mix(in srgb,")
        .and_then(|v| v.strip_suffix(')'))
    else {
        return match value.len() {
            // `#rgb` is `#rrggbb` with each digit doubled.
            4 => value.chars().flat_map(|c| [c, c]).skip(1).collect(),
            7 if value.starts_with('#') => value.to_owned(),
            _ => panic!("a #rrggbb or #rgb color: {value}"),
        };
    };
    let (first, second) = inner.split_once("%,").expect("color-mix(in srgb, A P%, B)");
    let (first, percent) = first.trim().rsplit_once(' ').expect("A P%");
    let share: f64 = percent.parse::<f64>().expect("a percentage") / 100.0;
    let (a, b) = (resolve(first, lookup), resolve(second, lookup));
    let channel =
        |hex: &str, i: usize| f64::from(u8::from_str_radix(&hex[1 + i..3 + i], 16).unwrap());
    let mixed: Vec<String> = [0, 2, 4]
        .iter()
        .map(|&i| {
            let value = channel(&a, i) * share + channel(&b, i) * (1.0 - share);
            format!("{:02x}", value.round() as u8)
        })
        .collect();
    format!("#{}", mixed.concat())
}

/// `platform`'s colours in the light scheme (`dark: false`) or the dark one: what its class
/// declares over what the base rule does, in the order of the cascade (the light rules, then
/// in the dark the dark block's, whose base rule comes after the light platform rules).
pub fn platform_colors(sheet: &str, platform: Platform, dark: bool) -> Colors {
    let class = format!(".dm-button--{}", platform.as_str());
    let mut layers = vec![declarations(sheet, ".dm-button")];
    layers.extend(rule(sheet, &class));
    if dark {
        let block = media_block(sheet, "prefers-color-scheme: dark");
        layers.push(declarations(block, ".dm-button"));
        layers.extend(rule(block, &class));
    }
    let lookup = |name: &str| -> String {
        layers
            .iter()
            .rev()
            .find_map(|layer| find(layer, name))
            .unwrap_or_else(|| panic!("no {name} for {platform}"))
            .to_owned()
    };
    let value = |name: &str| resolve(&lookup(name), &lookup);
    Colors {
        bg: value("--dm-button-bg"),
        bg_hover: value("--dm-button-bg-hover"),
        bg_active: value("--dm-button-bg-active"),
        fg: value("--dm-button-fg"),
    }
}

/// The declarations of the rule for `selector` in `scope`, if it has one before the end of
/// that scope's first block (the light rules stop where the dark block starts).
fn rule<'a>(scope: &'a str, selector: &str) -> Option<Vec<(&'a str, &'a str)>> {
    let within = match scope.strip_prefix("@media") {
        Some(_) => &scope[..scope.find("\n}").unwrap_or(scope.len())],
        None => &scope[..scope.find("@media").unwrap_or(scope.len())],
    };
    [format!("{selector} {{"), format!("{selector}{{")]
        .iter()
        .any(|opening| within.contains(opening.as_str()))
        .then(|| declarations(within, selector))
}

/// `#rrggbb` as a browser's computed style writes it: `rgb(r, g, b)`.
pub fn rgb(hex: &str) -> String {
    let hex = hex.strip_prefix('#').expect("a #rrggbb color");
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    format!("rgb({}, {}, {})", channel(0), channel(2), channel(4))
}

/// WCAG 2 relative luminance of `#rrggbb` (or `#rgb`).
fn luminance(hex: &str) -> f64 {
    let hex = hex.strip_prefix('#').expect("a #rrggbb color");
    let long: String = if hex.len() == 3 {
        hex.chars().flat_map(|c| [c, c]).collect()
    } else {
        hex.to_owned()
    };
    let hex = long.as_str();
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

/// WCAG 2 contrast ratio between two `#rrggbb` (or `#rgb`) colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}
