//! Names and addresses kept inline, so the types that hold them are `Copy` and a button
//! built from them allocates nothing.

/// At most `N` bytes of UTF-8.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct InlineStr<const N: usize> {
    bytes: [u8; N],
    len: u8,
}

impl<const N: usize> InlineStr<N> {
    /// `text`, if it fits.
    pub(crate) fn new(text: &str) -> Option<Self> {
        let mut bytes = [0; N];
        let len = u8::try_from(text.len()).ok()?;
        bytes
            .get_mut(..text.len())?
            .copy_from_slice(text.as_bytes());
        Some(Self { bytes, len })
    }

    pub(crate) fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        // `new` copies a whole `str`, so this is always UTF-8.
        // A broken invariant here would write a link to no one: loud in debug builds, and
        // in release the empty name, which no link accepts as a recipient.
        let text = std::str::from_utf8(bytes);
        debug_assert!(text.is_ok(), "a name is copied from a whole `str`");
        text.unwrap_or_default()
    }
}

/// Why a name is not one by its platform's rule.
pub(crate) enum NameProblem {
    /// A character the rule does not allow.
    InvalidChar(char),
    /// A `.` first, last or twice in a row, where `.` is allowed: a link would hold a dot
    /// segment (`/m/.`), which URL parsers remove.
    Dots,
    /// Too short or too long.
    Length,
}

/// `name` (its `@` dropped) by the rule the platforms share: ASCII letters and digits and
/// the `punctuation` allowed, none of it a stray `.`, `min` to `N` characters long.
pub(crate) fn checked_name<const N: usize>(
    name: &str,
    punctuation: &[char],
    min: usize,
) -> Result<InlineStr<N>, NameProblem> {
    if let Some(ch) = name
        .chars()
        .find(|ch| !(ch.is_ascii_alphanumeric() || punctuation.contains(ch)))
    {
        return Err(NameProblem::InvalidChar(ch));
    }
    if name.starts_with('.') || name.ends_with('.') || name.contains("..") {
        return Err(NameProblem::Dots);
    }
    InlineStr::new(name)
        .filter(|_| name.len() >= min)
        .ok_or(NameProblem::Length)
}
