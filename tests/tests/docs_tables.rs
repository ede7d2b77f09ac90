//! The tables of keys in the README and in `dm_button!`'s docs list exactly the keys of the
//! crate's table (`dm_button_core::KEYS`), in its order, each with the platforms that take it
//! and, in the README, whether `dm_link!` takes it; `dm_link!`'s docs name every key it takes.

use dm_button_core::{KEYS, Key, Platform};

/// How the docs write the platforms of a key: `all`, one platform, `all but` the few that
/// do not take it, or the list of those that do.
fn platforms_cell(key: &Key) -> String {
    let (on, off): (Vec<Platform>, Vec<Platform>) =
        Platform::ALL.iter().copied().partition(|p| key.is_on(*p));
    let names = |platforms: &[Platform]| {
        let names: Vec<&str> = platforms.iter().map(|p| p.name()).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.concat(),
        }
    };
    match (on.as_slice(), off.as_slice()) {
        (_, []) => "all".to_owned(),
        ([one], _) => one.name().to_owned(),
        _ if off.len() < on.len() => format!("all but {}", names(&off)),
        _ => names(&on),
    }
}

/// The rows of the table whose header starts with `header`: (key cell, platforms cell).
fn rows<'a>(text: &'a str, header: &str) -> Vec<(&'a str, &'a str)> {
    let start = text
        .find(header)
        .unwrap_or_else(|| panic!("no table `{header}`"));
    text[start..]
        .lines()
        .skip(2)
        .map(|line| line.trim_start_matches("///").trim())
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.split(" | ").collect();
            (cells[0].trim_start_matches("| "), cells[1])
        })
        .collect()
}

#[test]
fn the_readme_table_is_the_table_of_keys() {
    let readme = include_str!("../../README.md");
    let rows = rows(readme, "| key | on | value |");
    assert_eq!(rows.len(), KEYS.len());
    for (key, (cell, on)) in KEYS.iter().zip(rows) {
        let expected = if key.in_link {
            format!("`{}` *link*", key.name)
        } else {
            format!("`{}`", key.name)
        };
        assert_eq!(cell, expected);
        assert_eq!(on, platforms_cell(key), "{}", key.name);
    }
}

#[test]
fn the_macro_docs_table_is_the_table_of_keys() {
    let docs = include_str!("../../dm-button/src/lib.rs");
    let rows = rows(docs, "/// | key | on | value |");
    assert_eq!(rows.len(), KEYS.len());
    for (key, (cell, on)) in KEYS.iter().zip(rows) {
        assert_eq!(cell, format!("`{}`", key.name));
        assert_eq!(on, platforms_cell(key), "{}", key.name);
    }
}

#[test]
fn the_link_macro_docs_name_every_key_of_the_link() {
    let source = include_str!("../../dm-button-macros/src/lib.rs");
    let start = source
        .find("/// The link a button opens")
        .expect("dm_link!'s docs");
    let end = start + source[start..].find("pub fn dm_link").expect("dm_link");
    let docs = &source[start..end];
    for key in KEYS.iter().filter(|key| key.in_link) {
        assert!(
            docs.contains(&format!("`{}`", key.name)),
            "dm_link!'s docs do not name `{}`",
            key.name
        );
    }
}

#[test]
fn the_button_macro_docs_name_every_recipient_key() {
    let docs = include_str!("../../dm-button/src/lib.rs");
    let start = docs
        .find("One recipient key is required")
        .expect("dm_button!'s docs");
    let paragraph = &docs[start..start + docs[start..].find("\n///\n").expect("its end")];
    for platform in Platform::ALL {
        assert!(
            paragraph.contains(&format!("`{}`", platform.key())),
            "dm_button!'s docs do not name `{}`",
            platform.key()
        );
    }
}
