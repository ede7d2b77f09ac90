//! Where rendering writes to.
//!
//! The markup is written by one function, generic over a [`Sink`]: once into a [`Measure`]
//! to learn the exact length, then into the caller's `String` after reserving that length,
//! so a render allocates at most once. The free-text parts (escaped label, encoded text,
//! numbers) have a writer and a counter side by side in their own module; `Measure` calls the
//! counters, which only count, so measuring costs a fraction of writing. The tests check that
//! the two agree on every input. [`Bound`] is cheaper still: it gives a length the rendering
//! cannot exceed, to skip measuring when the buffer has room anyway.

use std::fmt;

use crate::render::{escape, percent};

/// Receives the pieces of a rendering.
pub(crate) trait Sink: Sized {
    /// Appends `piece` as is (it is already escaped for where it goes).
    fn put(&mut self, piece: &str);

    /// Appends `text` escaped for HTML text or a double-quoted attribute.
    fn put_escaped(&mut self, text: &str) {
        escape::write_escaped(self, text);
    }

    /// Appends `text` percent-encoded for a query value.
    fn put_encoded(&mut self, text: &str) {
        percent::write_encoded(self, text);
    }

    /// Appends `text` percent-encoded, its line breaks as `%0D%0A` (`mailto:`).
    fn put_encoded_lines(&mut self, text: &str) {
        percent::write_encoded_lines(self, text);
    }

    /// Appends `n` in decimal.
    fn put_u64(&mut self, n: u64) {
        write_decimal(self, n);
    }
}

impl Sink for String {
    #[inline(always)]
    fn put(&mut self, piece: &str) {
        self.push_str(piece);
    }
}

/// Writes into a `fmt::Formatter`, or any other `fmt::Write` (a template engine's output),
/// keeping the first error.
pub(crate) struct FmtSink<'f, W: fmt::Write + ?Sized> {
    f: &'f mut W,
    result: fmt::Result,
}

impl<'f, W: fmt::Write + ?Sized> FmtSink<'f, W> {
    pub(crate) fn new(f: &'f mut W) -> Self {
        Self { f, result: Ok(()) }
    }

    pub(crate) fn finish(self) -> fmt::Result {
        self.result
    }
}

impl<W: fmt::Write + ?Sized> Sink for FmtSink<'_, W> {
    fn put(&mut self, piece: &str) {
        if self.result.is_ok() {
            self.result = self.f.write_str(piece);
        }
    }
}

/// Counts the bytes a rendering would write.
#[derive(Default)]
pub(crate) struct Measure(pub(crate) usize);

impl Sink for Measure {
    #[inline(always)]
    fn put(&mut self, piece: &str) {
        self.0 = self.0.saturating_add(piece.len());
    }

    fn put_escaped(&mut self, text: &str) {
        self.0 = self.0.saturating_add(escape::escaped_len(text));
    }

    fn put_encoded(&mut self, text: &str) {
        self.0 = self.0.saturating_add(percent::encoded_len(text));
    }

    fn put_u64(&mut self, n: u64) {
        self.0 = self.0.saturating_add(decimal_len(n));
    }
}

/// Counts at most the bytes a rendering would write, without looking at the text: the
/// longest each piece could be. Cheaper than [`Measure`], and enough to tell whether a
/// buffer has room.
#[derive(Default)]
pub(crate) struct Bound(pub(crate) usize);

impl Sink for Bound {
    #[inline(always)]
    fn put(&mut self, piece: &str) {
        self.0 = self.0.saturating_add(piece.len());
    }

    fn put_escaped(&mut self, text: &str) {
        self.0 = self
            .0
            .saturating_add(text.len().saturating_mul(escape::MAX_GROWTH));
    }

    fn put_encoded(&mut self, text: &str) {
        self.0 = self
            .0
            .saturating_add(text.len().saturating_mul(percent::MAX_GROWTH));
    }

    fn put_encoded_lines(&mut self, text: &str) {
        self.0 = self
            .0
            .saturating_add(text.len().saturating_mul(percent::MAX_LINES_GROWTH));
    }

    fn put_u64(&mut self, _: u64) {
        self.0 = self.0.saturating_add(20);
    }
}

/// How many digits `n` has in decimal.
fn decimal_len(n: u64) -> usize {
    n.checked_ilog10().map_or(1, |log| log as usize + 1)
}

/// Writes `n` in decimal without allocating: digits are found from the last, into a stack
/// buffer, then handed on in one piece.
fn write_decimal(sink: &mut impl Sink, mut n: u64) {
    let mut digits = [b'0'; 20];
    let mut start = digits.len();
    for (index, slot) in digits.iter_mut().enumerate().rev() {
        // `n % 10` is a single digit, so the cast keeps it whole.
        *slot = b'0' + (n % 10) as u8;
        start = index;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if let Some(text) = digits
        .get(start..)
        .and_then(|digits| std::str::from_utf8(digits).ok())
    {
        sink.put(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal() {
        for n in [0, 1, 9, 10, 99, 100, 3805104374, u64::MAX] {
            let mut out = String::new();
            out.put_u64(n);
            assert_eq!(out, n.to_string());
            assert_eq!(decimal_len(n), out.len());
        }
    }
}
