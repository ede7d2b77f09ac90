//! "Did you mean ...?" for misspelt keys and values, and the wording around it.

use std::fmt;

/// The candidate closest to `input`, if one is close enough to be what was meant: equal but
/// for letter case, or within an edit distance of about a third of its length (at least 1).
///
/// ```
/// let keys = ["recipient", "text", "style"];
/// assert_eq!(dm_button_core::closest("recipent", keys), Some("recipient"));
/// assert_eq!(dm_button_core::closest("Style", keys), Some("style"));
/// assert_eq!(dm_button_core::closest("stlye", keys), Some("style"));
/// assert_eq!(dm_button_core::closest("colour", keys), None);
/// ```
pub fn closest<'c>(input: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let input = input.to_lowercase();
    let budget = (input.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(&input, &candidate.to_lowercase()), candidate))
        .filter(|&(distance, _)| distance <= budget)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// Edit distance over characters, where swapping two neighbours counts as one edit (the
/// optimal string alignment distance): `stlye` is one edit from `style`, as a typo is.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows: the one before the previous, the previous, and the current.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        if let Some(first) = current.first_mut() {
            *first = i + 1;
        }
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous
                .get(j)
                .map_or(usize::MAX, |d| d + usize::from(ca != cb));
            let deletion = previous.get(j + 1).map_or(usize::MAX, |d| d + 1);
            let insertion = current.get(j).map_or(usize::MAX, |d| d + 1);
            let mut best = substitution.min(deletion).min(insertion);
            let swapped = i > 0
                && j > 0
                && a.get(i - 1) == Some(&cb)
                && b.get(j - 1) == Some(&ca)
                && ca != cb;
            if swapped && let Some(d) = before.get(j - 1) {
                best = best.min(d + 1);
            }
            if let Some(cell) = current.get_mut(j + 1) {
                *cell = best;
            }
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().copied().unwrap_or_default()
}

/// `` `{input}` (did you mean `{candidate}`?)``: how every "not one of these" message names
/// what it was given.
pub(crate) fn quote_with_suggestion<'c>(
    f: &mut fmt::Formatter<'_>,
    input: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> fmt::Result {
    write!(f, "`{}`", input.escape_debug())?;
    match closest(input, candidates) {
        Some(candidate) => write!(f, " (did you mean `{candidate}`?)"),
        None => Ok(()),
    }
}

/// `a, b, c and d`.
pub(crate) fn list<'c>(
    f: &mut fmt::Formatter<'_>,
    items: impl ExactSizeIterator<Item = &'c str>,
) -> fmt::Result {
    let last = items.len().saturating_sub(1);
    for (index, item) in items.enumerate() {
        let separator = match index {
            0 => "",
            index if index == last => " and ",
            _ => ", ",
        };
        write!(f, "{separator}{item}")?;
    }
    Ok(())
}

/// A character as a reader can see it in an error message, even when it is invisible.
pub(crate) struct CharName(pub(crate) char);

impl fmt::Display for CharName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            ' ' => f.write_str("a space"),
            ch if ch.is_whitespace() || ch.is_control() => write!(f, "`{}`", ch.escape_default()),
            ch => write!(f, "`{ch}`"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("recipent", "recipient"), 1);
        // A swap of neighbours is one edit, not two.
        assert_eq!(edit_distance("stlye", "style"), 1);
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("abc", "ca"), 3);
        assert_eq!(edit_distance("langauge", "language"), 1);
    }
}
