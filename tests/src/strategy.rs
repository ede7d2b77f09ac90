//! proptest strategies for the inputs users give: hostile free text, and valid options.

use proptest::prelude::*;

/// Free text as users and attackers type it: quotes, `&`, `<`, `#`, `%`, `+`, line breaks,
/// NUL and other control characters, emoji (with joiners), right-to-left text and bidi
/// overrides, markup and `javascript:`, mixed with plain words and any `char`.
pub fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        3 => any::<char>().prop_map(String::from),
        2 => prop::sample::select(vec![
            "\"", "'", "&", "&amp;", "<", ">", "</a>", "<script>alert(1)</script>", "\" onclick=\"x",
            "#", "%", "%20", "+", "?", "=", "/", "\n", "\r\n", "\r", "\t", "\0", "\u{7f}", "\u{85}",
            "😀", "👩‍💻", "🇦🇷", "שלום", "مرحبا", "\u{202e}", "\u{200b}", "javascript:", " ",
            "\u{fffd}", "\u{feff}",
        ])
        .prop_map(String::from),
        2 => "[a-zA-Z0-9 ]{1,8}",
    ];
    prop::collection::vec(pieces, 0..24).prop_map(|pieces| pieces.concat())
}

/// Every platform's examples (`Platform::examples`), as contacts: one of each kind of
/// recipient the registry documents, for tests that cover every platform.
pub fn example_contacts() -> Vec<dm_button::Contact> {
    dm_button::Platform::ALL
        .iter()
        .flat_map(|platform| {
            platform.examples().iter().map(move |example| {
                format!("{}:{example}", platform.as_str())
                    .parse()
                    .unwrap_or_else(|error| panic!("{platform:?}'s example {example}: {error}"))
            })
        })
        .collect()
}
