//! Percent-encoding of the free text that goes into a link: a message, a subject, a `ref`.

use crate::render::sink::Sink;

/// Whether `text=` keeps a byte as is: RFC 3986's unreserved characters, `A-Z a-z 0-9 - . _ ~`.
/// Everything else, space included, is percent-encoded as UTF-8 (`%20`, never `+`, which X
/// would show as a plus).
pub(crate) const fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// What each byte becomes, as four bytes: the encoding (the byte itself, or `%XX`), padded,
/// and its length in the last byte. One load per input byte, no branch.
#[allow(clippy::indexing_slicing)] // built at compile time: a bad index fails the build
static ENCODED: [[u8; 4]; 256] = {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut table = [[0; 4]; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = if is_unreserved(byte as u8) {
            [byte as u8, 0, 0, 1]
        } else {
            [b'%', HEX[byte >> 4], HEX[byte & 0xf], 3]
        };
        byte += 1;
    }
    table
};

/// [`ENCODED`] for `mailto:` text without a carriage return: a line feed becomes `%0D%0A`,
/// so entries are eight bytes (length last). Still one load per input byte, no branch.
#[allow(clippy::indexing_slicing)] // built at compile time: a bad index fails the build
static ENCODED_LINES: [[u8; 8]; 256] = {
    let mut table = [[0; 8]; 256];
    let mut byte = 0;
    while byte < 256 {
        let entry = ENCODED[byte];
        table[byte] = [entry[0], entry[1], entry[2], 0, 0, 0, 0, entry[3]];
        byte += 1;
    }
    table[b'\n' as usize] = [b'%', b'0', b'D', b'%', b'0', b'A', 0, 6];
    table
};

/// The most bytes one input byte becomes: `%XX`.
pub(crate) const MAX_GROWTH: usize = 3;

/// The table entry for `byte`.
#[allow(clippy::indexing_slicing)] // a `u8` cannot index past a 256-entry table
fn encoded(byte: u8) -> [u8; 4] {
    ENCODED[usize::from(byte)]
}

/// Writes `text` percent-encoded. The output is ASCII: it is assembled in a stack buffer, a
/// block of input at a time, and handed on whole rather than a piece per escaped byte.
pub(crate) fn write_encoded(sink: &mut impl Sink, text: &str) {
    const BLOCK: usize = 84;
    // Each input byte takes at most 3 output bytes, and its entry is stored as 4.
    let mut chunk = [0_u8; 3 * BLOCK + 1];
    for block in text.as_bytes().chunks(BLOCK) {
        let mut len = 0;
        for &byte in block {
            let entry = encoded(byte);
            if let Some(slot) = chunk.get_mut(len..len + 4) {
                slot.copy_from_slice(&entry);
            }
            len += usize::from(entry[3]);
        }
        if let Some(ascii) = chunk
            .get(..len)
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
        {
            sink.put(ascii);
        }
    }
}

/// The most bytes one input byte becomes in [`write_encoded_lines`]: a line break, `%0D%0A`.
pub(crate) const MAX_LINES_GROWTH: usize = 6;

/// Writes `text` as [`write_encoded`] does, but with each line break (`\r\n`, `\n` or a
/// lone `\r`) as `%0D%0A`: for a `mailto:` subject or body. Each carriage return, with the
/// line feed after it if there is one, is one line break; between them, a line feed is one
/// straight from the table.
pub(crate) fn write_encoded_lines(sink: &mut impl Sink, text: &str) {
    // Most texts have no carriage return: one byte search (core's memchr), then the table.
    if !text.as_bytes().contains(&b'\r') {
        write_encoded_lines_without_cr(sink, text);
        return;
    }
    let mut pieces = text.split('\r');
    if let Some(first) = pieces.next() {
        write_encoded_lines_without_cr(sink, first);
    }
    for piece in pieces {
        sink.put("%0D%0A");
        write_encoded_lines_without_cr(sink, piece.strip_prefix('\n').unwrap_or(piece));
    }
}

/// [`write_encoded_lines`] for a text without a carriage return: as `write_encoded` does,
/// from a table in which a line feed is `%0D%0A`.
fn write_encoded_lines_without_cr(sink: &mut impl Sink, text: &str) {
    const BLOCK: usize = 64;
    // The last entry of a block starts at most 6 bytes before its end, and is stored as 8.
    let mut chunk = [0_u8; MAX_LINES_GROWTH * BLOCK + 2];
    for block in text.as_bytes().chunks(BLOCK) {
        let mut len = 0;
        for &byte in block {
            #[allow(clippy::indexing_slicing)] // a `u8` cannot index past 256 entries
            let entry = ENCODED_LINES[usize::from(byte)];
            if let Some(slot) = chunk.get_mut(len..len + 8) {
                slot.copy_from_slice(&entry);
            }
            len += usize::from(entry[7]);
        }
        if let Some(ascii) = chunk
            .get(..len)
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
        {
            sink.put(ascii);
        }
    }
}

/// The length of `text` percent-encoded, as [`write_encoded`] writes it.
pub(crate) fn encoded_len(text: &str) -> usize {
    text.bytes().map(|byte| usize::from(encoded(byte)[3])).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `text` percent-encoded for the `text=` parameter.
    fn encode_text(text: &str) -> String {
        let mut out = String::new();
        write_encoded(&mut out, text);
        out
    }

    proptest! {
        #[test]
        fn matches_the_percent_encoding_crate(text in crate::render::escape::tests::hostile_text()) {
            // The crate's own loop is the fast path; the well-known crate is the reference.
            const UNRESERVED_KEPT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
                .remove(b'-')
                .remove(b'.')
                .remove(b'_')
                .remove(b'~');
            let reference = percent_encoding::utf8_percent_encode(&text, UNRESERVED_KEPT).to_string();
            prop_assert_eq!(encode_text(&text), reference);
            prop_assert_eq!(encoded_len(&text), encode_text(&text).len());
        }
    }

    #[test]
    fn every_line_break_is_one_crlf() {
        let lines = |text: &str| {
            let mut out = String::new();
            write_encoded_lines(&mut out, text);
            out
        };
        assert_eq!(lines("a\nb\r\nc\rd"), "a%0D%0Ab%0D%0Ac%0D%0Ad");
        assert_eq!(lines("\r\r\n\n\r"), "%0D%0A%0D%0A%0D%0A%0D%0A");
        assert_eq!(lines("no break & more"), "no%20break%20%26%20more");
    }

    #[test]
    fn every_byte_value() {
        let all: String = (0..0x800).filter_map(char::from_u32).collect();
        let encoded = encode_text(&all);
        assert_eq!(encoded.len(), encoded_len(&all));
        let expected: String = all
            .bytes()
            .map(|b| {
                if is_unreserved(b) {
                    char::from(b).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        let long = all.repeat(3);
        assert_eq!(encode_text(&long), expected.repeat(3), "across blocks");
        assert_eq!(encoded, expected);
    }

    #[test]
    fn keeps_unreserved_and_encodes_the_rest() {
        assert_eq!(encode_text("AZaz09-._~"), "AZaz09-._~");
        assert_eq!(encode_text(" +&#%/?=\n"), "%20%2B%26%23%25%2F%3F%3D%0A");
        assert_eq!(encode_text("é"), "%C3%A9");
    }
}
