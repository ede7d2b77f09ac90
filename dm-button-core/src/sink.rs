//! Where rendering writes to.
//!
//! Every piece of markup is written by one function, generic over a [`Sink`]: once into a
//! [`Measure`] to learn the exact length, then into the caller's `String` after reserving
//! that length. So the length and the bytes cannot disagree, and a render allocates at most
//! once.

use std::fmt;

/// Receives the pieces of a rendering.
pub(crate) trait Sink {
    /// Appends `piece` as is (it is already escaped for where it goes).
    fn put(&mut self, piece: &str);
}

impl Sink for String {
    fn put(&mut self, piece: &str) {
        self.push_str(piece);
    }
}

/// Writes into a `fmt::Formatter`, keeping the first error.
pub(crate) struct FmtSink<'f, 'g> {
    f: &'f mut fmt::Formatter<'g>,
    result: fmt::Result,
}

impl<'f, 'g> FmtSink<'f, 'g> {
    pub(crate) fn new(f: &'f mut fmt::Formatter<'g>) -> Self {
        Self { f, result: Ok(()) }
    }

    pub(crate) fn finish(self) -> fmt::Result {
        self.result
    }
}

impl Sink for FmtSink<'_, '_> {
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
    fn put(&mut self, piece: &str) {
        self.0 = self.0.saturating_add(piece.len());
    }
}

/// Writes `n` in decimal without allocating.
pub(crate) fn put_u64(sink: &mut impl Sink, mut n: u64) {
    let mut digits = [0_u8; 20];
    let mut start = digits.len();
    for (index, slot) in digits.iter_mut().enumerate().rev() {
        // `n % 10` is a single digit, so the cast keeps it whole.
        *slot = b'0' + (n % 10) as u8;
        n /= 10;
        start = index;
        if n == 0 {
            break;
        }
    }
    let text = digits
        .get(start..)
        .and_then(|digits| std::str::from_utf8(digits).ok())
        .unwrap_or_default();
    sink.put(text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal() {
        for n in [0, 1, 9, 10, 3805104374, u64::MAX] {
            let mut out = String::new();
            put_u64(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }
}
