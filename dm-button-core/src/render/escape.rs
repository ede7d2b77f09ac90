//! HTML escaping, for text and for double-quoted attribute values.
//!
//! What changes: `&`, `<`, `>` and `"` become entities. Control characters, which HTML cannot
//! carry (the parser reports them, and NUL is dropped or replaced), become U+FFFD `�`, except
//! tab, line feed, form feed and carriage return, which HTML treats as whitespace. Everything
//! that changes starts with an ASCII byte or, for the C1 controls U+0080 to U+009F, the byte
//! 0xC2, so the text is scanned byte by byte, and the parts in between are copied whole.

use crate::render::sink::Sink;

const REPLACEMENT_CHARACTER: &str = "\u{fffd}";

/// The most bytes one input byte becomes: `"` is `&quot;`.
pub(crate) const MAX_GROWTH: usize = 6;

/// What the character starting at `bytes[0]` becomes, and how many bytes it takes: `None`
/// when it is written as is.
fn replacement(bytes: &[u8]) -> Option<(&'static str, usize)> {
    match *bytes.first()? {
        b'&' => Some(("&amp;", 1)),
        b'<' => Some(("&lt;", 1)),
        b'>' => Some(("&gt;", 1)),
        b'"' => Some(("&quot;", 1)),
        b'\t' | b'\n' | 0x0c | b'\r' => None,
        0x00..=0x1f | 0x7f => Some((REPLACEMENT_CHARACTER, 1)),
        // The C1 controls, U+0080..=U+009F, are 0xC2 0x80..=0x9F in UTF-8.
        0xc2 if bytes.get(1).is_some_and(|b| (0x80..=0x9f).contains(b)) => {
            Some((REPLACEMENT_CHARACTER, 2))
        }
        _ => None,
    }
}

/// The bytes that may start a [`replacement`]: the scan skips every other byte with one
/// table lookup.
#[allow(clippy::indexing_slicing)] // built at compile time: a bad index fails the build
static MAY_CHANGE: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = match byte as u8 {
            b'\t' | b'\n' | 0x0c | b'\r' => false,
            b'&' | b'<' | b'>' | b'"' | 0x00..=0x1f | 0x7f | 0xc2 => true,
            _ => false,
        };
        byte += 1;
    }
    table
};

/// The index of the next byte at or after `from` that may start a replacement.
fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let offset = rest
        .iter()
        .position(|&b| MAY_CHANGE.get(usize::from(b)).copied().unwrap_or(true))?;
    Some(from + offset)
}

/// Writes `text` escaped.
pub(crate) fn write_escaped(sink: &mut impl Sink, text: &str) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut from = 0;
    while let Some(index) = next_candidate(bytes, from) {
        match bytes.get(index..).and_then(replacement) {
            Some((with, len)) => {
                // A replaced character starts a character, so both ends are boundaries (a
                // debug build checks it; were it broken, a release build would drop the
                // piece rather than panic).
                let piece = text.get(copied..index);
                debug_assert!(piece.is_some(), "escaping splits {text:?} at {index}");
                sink.put(piece.unwrap_or_default());
                sink.put(with);
                from = index + len;
                copied = from;
            }
            None => from = index + 1,
        }
    }
    sink.put(text.get(copied..).unwrap_or_default());
}

/// The length of `text` escaped, as [`write_escaped`] writes it.
pub(crate) fn escaped_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut len = bytes.len();
    let mut from = 0;
    while let Some(index) = next_candidate(bytes, from) {
        match bytes.get(index..).and_then(replacement) {
            Some((with, taken)) => {
                len = len - taken + with.len();
                from = index + taken;
            }
            None => from = index + 1,
        }
    }
    len
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::fmt::Write as _;

    /// Appends `text` to `out`, escaped for HTML text or a double-quoted attribute value:
    /// `&`, `<`, `>` and `"` as entities, control characters (but tab, line feed, form feed
    /// and carriage return) as U+FFFD. This is the escaper the button's label goes through.
    fn escape_html(text: &str, out: &mut String) {
        out.reserve(escaped_len(text));
        write_escaped(out, text);
    }

    /// Text that tries to break out of markup and links: any character, and the pieces that
    /// matter to HTML and URLs.
    pub(crate) fn hostile_text() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            any::<char>().prop_map(String::from),
            prop::sample::select(vec![
                "\"",
                "&",
                "<",
                ">",
                "</a>",
                "#",
                "%",
                "+",
                "?",
                "=",
                "\n",
                "\r\n",
                "\r",
                "\0",
                "\u{85}",
                "👩‍💻",
                "\u{202e}",
                " ",
            ])
            .prop_map(String::from),
        ];
        prop::collection::vec(pieces, 0..24).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn matches_maud(text in hostile_text()) {
            // maud's escaper (what a maud template does to text) gives the same bytes where
            // the text has no control character, which maud passes through and this crate
            // replaces.
            let clean: String = text
                .chars()
                .filter(|ch| !ch.is_control() || matches!(ch, '\t' | '\n' | '\u{c}' | '\r'))
                .collect();
            let mut ours = String::new();
            escape_html(&clean, &mut ours);
            let mut theirs = String::new();
            maud::Escaper::new(&mut theirs).write_str(&clean).unwrap();
            prop_assert_eq!(ours, theirs);
        }
    }

    /// The rule, one character at a time: what the byte scan must agree with.
    fn by_chars(text: &str) -> String {
        text.chars()
            .map(|ch| match ch {
                '&' => "&amp;".to_owned(),
                '<' => "&lt;".to_owned(),
                '>' => "&gt;".to_owned(),
                '"' => "&quot;".to_owned(),
                '\t' | '\n' | '\u{c}' | '\r' => ch.to_string(),
                ch if ch.is_control() => REPLACEMENT_CHARACTER.to_owned(),
                ch => ch.to_string(),
            })
            .collect()
    }

    #[test]
    fn agrees_with_the_rule_on_every_code_point_below_0x800() {
        let all: String = (0..0x800).filter_map(char::from_u32).collect();
        let mut out = String::new();
        escape_html(&all, &mut out);
        assert_eq!(out, by_chars(&all));
        assert_eq!(escaped_len(&all), out.len());
        for text in ["", "plain", "é\u{85}\u{a0}", "\u{c2}x", "a\"b'c"] {
            let mut out = String::new();
            escape_html(text, &mut out);
            assert_eq!(out, by_chars(text), "{text:?}");
            assert_eq!(escaped_len(text), out.len());
        }
    }
}
