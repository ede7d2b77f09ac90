//! The common form of `dm-button.toml`, read without the TOML parser: comments, blank
//! lines, one `[x]`, and `name = "digits"` lines, which is how `cargo dm-button` writes it.
//!
//! A macro runs unoptimized in a dev build, where the TOML parser takes about 37K
//! instructions an entry; this scan takes a small part of that, which is what keeps a
//! thousand buttons named from a file of a thousand entries close to the same buttons with
//! numeric IDs (see BENCHMARKS.md). It accepts a strict subset of TOML, whose meaning is
//! plain; anything else, any mistake included, gives `None`, and the TOML parser reads the
//! file and reports the mistake. Both readers give the same entries for every text this one
//! accepts (a unit test and a property test check it).

use crate::{RecipientId, ScreenName};

/// The entries of `text`, in order, each with the offset of its key; `None` unless `text` is
/// in the common form and every entry is valid.
pub(crate) fn entries(text: &str) -> Option<Vec<(ScreenName, RecipientId, usize)>> {
    let mut entries = Vec::new();
    let mut in_x = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        // A line ends with `\n` or `\r\n`; a `\r` anywhere else is refused below.
        let line = match line.strip_suffix('\n') {
            Some(line) => line.strip_suffix('\r').unwrap_or(line),
            None => line,
        };
        let content = skip_blanks(line.as_bytes());
        match content {
            [] => {}
            [b'#', comment @ ..] => check_comment(comment)?,
            [b'[', ..] => {
                let rest = content.strip_prefix(b"[x]")?;
                if in_x || !entries.is_empty() {
                    return None;
                }
                in_x = true;
                after_value(rest)?;
            }
            _ => {
                if !in_x {
                    return None;
                }
                let key_len = content
                    .iter()
                    .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
                    .count();
                let (key, rest) = content.split_at(key_len);
                let [b'=', rest @ ..] = skip_blanks(rest) else {
                    return None;
                };
                let [b'"', rest @ ..] = skip_blanks(rest) else {
                    return None;
                };
                let digits_len = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                let (digits, rest) = rest.split_at(digits_len);
                let [b'"', rest @ ..] = rest else {
                    return None;
                };
                after_value(rest)?;
                let name: ScreenName = std::str::from_utf8(key).ok()?.parse().ok()?;
                let id: RecipientId = std::str::from_utf8(digits).ok()?.parse().ok()?;
                let key_offset = start + (line.len() - content.len());
                entries.push((name, id, key_offset));
            }
        }
    }
    // A key written twice is a TOML error, which the parser reports.
    let mut names: Vec<&str> = entries.iter().map(|(name, _, _)| name.as_str()).collect();
    names.sort_unstable();
    if names.windows(2).any(|pair| pair.first() == pair.get(1)) {
        return None;
    }
    Some(entries)
}

fn skip_blanks(mut bytes: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = bytes {
        bytes = rest;
    }
    bytes
}

/// What may follow a value or a header on its line: blanks, then nothing or a comment.
fn after_value(rest: &[u8]) -> Option<()> {
    match skip_blanks(rest) {
        [] => Some(()),
        [b'#', comment @ ..] => check_comment(comment),
        _ => None,
    }
}

/// TOML allows any character in a comment but the control characters other than tab.
fn check_comment(comment: &[u8]) -> Option<()> {
    comment
        .iter()
        .all(|&b| b == b'\t' || (b >= 0x20 && b != 0x7f))
        .then_some(())
}
