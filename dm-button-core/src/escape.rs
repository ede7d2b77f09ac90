//! HTML escaping, for text and for double-quoted attribute values.

use crate::sink::Sink;

/// What a character becomes in HTML text or a double-quoted attribute, or `None` when it is
/// written as is.
///
/// `&`, `<`, `>` and `"` become entities. Control characters, which HTML cannot carry (the
/// parser reports them, and NUL is dropped or replaced), become U+FFFD `�`, except tab, line
/// feed, form feed and carriage return, which HTML treats as whitespace.
fn replacement(ch: char) -> Option<&'static str> {
    match ch {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\t' | '\n' | '\u{c}' | '\r' => None,
        ch if ch.is_control() => Some("\u{fffd}"),
        _ => None,
    }
}

/// Writes `text` escaped for HTML text or a double-quoted attribute value.
pub(crate) fn put_escaped(sink: &mut impl Sink, text: &str) {
    let mut rest = text;
    while let Some((index, ch, with)) = rest
        .char_indices()
        .find_map(|(index, ch)| replacement(ch).map(|with| (index, ch, with)))
    {
        let Some((before, after)) = rest.split_at_checked(index) else {
            break;
        };
        sink.put(before);
        sink.put(with);
        rest = after.get(ch.len_utf8()..).unwrap_or_default();
    }
    sink.put(rest);
}

/// Appends `text` to `out`, escaped for HTML text or a double-quoted attribute value: `&`,
/// `<`, `>` and `"` as entities, control characters (but tab, line feed, form feed and
/// carriage return) as U+FFFD. This is the escaper the button's label goes through.
///
/// ```
/// let mut out = String::new();
/// dm_button_core::escape_html("</a><script>\"&\0", &mut out);
/// assert_eq!(out, "&lt;/a&gt;&lt;script&gt;&quot;&amp;\u{fffd}");
/// ```
pub fn escape_html(text: &str, out: &mut String) {
    put_escaped(out, text);
}
