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
        std::str::from_utf8(bytes).unwrap_or_default()
    }
}
