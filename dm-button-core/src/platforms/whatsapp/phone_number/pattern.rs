//! libphonenumber's number patterns, matched against a number's digits.
//!
//! The patterns are regular expressions in a small dialect: digits, `\d`, classes of digits
//! and ranges such as `[2-9]`, groups `(...)` and `(?:...)`, `|`, `?` and counts `{n}` and
//! `{n,m}` (the test that generates the table checks that no pattern uses anything else). A
//! number has at most 17 digits, so the set of positions a pattern can have reached is a bit
//! set in a `u32`, and a pattern is matched in one pass over its text, each part mapping the
//! set of positions before it to the set after it (a branch that reaches none is stepped
//! over): no backtracking, no compiled automaton, no allocation. That keeps a regex engine
//! out of the proc-macro crate, where it would cost more to build than everything else (see
//! BENCHMARKS.md).

/// The most digits a position set holds.
const MAX_DIGITS: usize = 30;

/// Whether `pattern` matches all of `digits`.
pub(crate) fn matches_all(pattern: &str, digits: &[u8]) -> bool {
    digits.len() <= MAX_DIGITS && ends(pattern, digits) & (1 << digits.len()) != 0
}

/// Whether `pattern` matches a start of `digits` (libphonenumber's "leading digits").
pub(crate) fn matches_start(pattern: &str, digits: &[u8]) -> bool {
    ends(pattern, digits) != 0
}

/// The positions of `digits` at which a match of `pattern` from the start can end, or none
/// for a number too long to be a phone number.
fn ends(pattern: &str, digits: &[u8]) -> u32 {
    if digits.len() > MAX_DIGITS {
        return 0;
    }
    let mut matcher = Matcher {
        pattern: pattern.as_bytes(),
        at: 0,
        digits,
    };
    matcher.alternation(1)
}

struct Matcher<'a> {
    pattern: &'a [u8],
    at: usize,
    digits: &'a [u8],
}

impl Matcher<'_> {
    fn peek(&self) -> Option<u8> {
        self.pattern.get(self.at).copied()
    }

    /// `a|b|...` up to the end of the group: the union of each branch's ends.
    fn alternation(&mut self, starts: u32) -> u32 {
        let mut ends = self.sequence(starts);
        while self.peek() == Some(b'|') {
            self.at += 1;
            ends |= self.sequence(starts);
        }
        ends
    }

    /// Parts one after the other, each possibly repeated.
    fn sequence(&mut self, mut positions: u32) -> u32 {
        while let Some(byte) = self.peek() {
            if byte == b'|' || byte == b')' {
                break;
            }
            if positions == 0 {
                // No position left to go on from: the rest of this branch reaches none
                // either. Most branches of libphonenumber's long patterns die at their first
                // digit, so stepping over the rest in one scan is most of the speed.
                self.skip_branch();
                break;
            }
            let atom = self.at;
            let once = self.atom(positions);
            let (min, max) = self.count();
            if (min, max) == (1, 1) {
                positions = once;
                continue;
            }
            let after = self.at;
            let mut reached = if min == 0 { positions } else { 0 };
            let mut current = once;
            for times in 1..=max {
                if times > 1 {
                    self.at = atom;
                    current = self.atom(current);
                }
                if current == 0 {
                    break;
                }
                if times >= min {
                    reached |= current;
                }
            }
            self.at = after;
            positions = reached;
        }
        positions
    }

    /// One digit, class or group, applied to `positions`.
    fn atom(&mut self, positions: u32) -> u32 {
        match self.peek() {
            Some(b'(') => {
                self.at += 1;
                if self.pattern.get(self.at..self.at + 2) == Some(b"?:") {
                    self.at += 2;
                }
                let ends = self.alternation(positions);
                if self.peek() == Some(b')') {
                    self.at += 1;
                }
                ends
            }
            Some(b'[') => {
                self.at += 1;
                let start = self.at;
                while self.peek().is_some_and(|byte| byte != b']') {
                    self.at += 1;
                }
                let class = self.pattern.get(start..self.at).unwrap_or_default();
                self.at += 1;
                self.step(positions, |digit| in_class(class, digit))
            }
            Some(b'\\') => {
                self.at += 2;
                self.step(positions, |digit| digit.is_ascii_digit())
            }
            Some(literal) => {
                self.at += 1;
                self.step(positions, |digit| digit == literal)
            }
            None => 0,
        }
    }

    /// The positions one digit further, where that digit passes `test`.
    fn step(&self, positions: u32, test: impl Fn(u8) -> bool) -> u32 {
        let mut next = 0;
        // Each position in the set, lowest first: most sets hold one or two.
        let mut left = positions;
        while left != 0 {
            let index = left.trailing_zeros();
            left &= left - 1;
            if self
                .digits
                .get(index as usize)
                .is_some_and(|&digit| test(digit))
            {
                next |= 1 << (index + 1);
            }
        }
        next
    }

    /// Moves past the rest of the current branch, to the `|` or `)` that ends it (or the end
    /// of the pattern), where matching it from no position would have moved. Only the groups
    /// nested in it need counting: in this dialect a class holds digits and `-`, and an
    /// escape is `\d`, so neither holds a bracket or a `|`.
    fn skip_branch(&mut self) {
        // One pass over the bytes left, without `peek`: in a proc macro, which runs
        // unoptimized, each call would cost more than the byte it reads.
        let rest = self.pattern.get(self.at..).unwrap_or_default();
        let mut depth = 0_usize;
        for (offset, &byte) in rest.iter().enumerate() {
            match byte {
                b'|' | b')' if depth == 0 => {
                    self.at += offset;
                    return;
                }
                b'(' => depth += 1,
                b')' => depth -= 1,
                _ => {}
            }
        }
        self.at = self.pattern.len();
    }

    /// The count after an atom: `?`, `{n}`, `{n,m}`, or once.
    fn count(&mut self) -> (u32, u32) {
        match self.peek() {
            Some(b'?') => {
                self.at += 1;
                (0, 1)
            }
            Some(b'{') => {
                self.at += 1;
                let min = self.number();
                let max = if self.peek() == Some(b',') {
                    self.at += 1;
                    self.number()
                } else {
                    min
                };
                if self.peek() == Some(b'}') {
                    self.at += 1;
                }
                (min, max)
            }
            _ => (1, 1),
        }
    }

    fn number(&mut self) -> u32 {
        let mut value: u32 = 0;
        while let Some(digit) = self.peek().filter(u8::is_ascii_digit) {
            value = value
                .saturating_mul(10)
                .saturating_add(u32::from(digit - b'0'));
            self.at += 1;
        }
        value.min(32)
    }
}

/// Whether `digit` is in a class's body, such as `2-9` or `135-7`.
fn in_class(class: &[u8], digit: u8) -> bool {
    let mut index = 0;
    while let Some(&first) = class.get(index) {
        if class.get(index + 1) == Some(&b'-')
            && let Some(&last) = class.get(index + 2)
        {
            if (first..=last).contains(&digit) {
                return true;
            }
            index += 3;
        } else {
            if first == digit {
                return true;
            }
            index += 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialect() {
        assert!(matches_all(r"[1-9]\d{8}", b"612345678"));
        assert!(!matches_all(r"[1-9]\d{8}", b"61234567"));
        assert!(!matches_all(r"[1-9]\d{8}", b"012345678"));
        assert!(matches_all(r"(?:6\d|7[3-9])\d{7}", b"731234567"));
        assert!(matches_all(r"1(?:2\d{3})?", b"1"));
        assert!(matches_all(r"1(?:2\d{3})?", b"12345"));
        assert!(!matches_all(r"1(?:2\d{3})?", b"123"));
        assert!(matches_all(r"\d{5,7}", b"123456"));
        assert!(!matches_all(r"\d{5,7}", b"12345678"));
        assert!(matches_all(r"[135-7]", b"6"));
        assert!(!matches_all(r"[135-7]", b"4"));
        assert!(matches_start(r"268|664", b"6641234567"));
        assert!(!matches_all("", b"1"));
        assert!(matches_all("", b""));
    }

    #[test]
    fn a_dead_branch_is_stepped_over_whole() {
        // The first branch dies at its first digit; its nested groups, class and counts must
        // be passed over to reach the second branch and what follows the group.
        let pattern = r"(?:1(?:2[3-5]|(?:6\d){2})?|4)(?:5|7)\d{2}";
        assert!(matches_all(pattern, b"4512"));
        assert!(matches_all(pattern, b"123700"));
        assert!(matches_all(pattern, b"16161500"));
        assert!(!matches_all(pattern, b"4612"));
        assert!(!matches_all(pattern, b"3512"));
        // A branch that dies midway, inside a group, is stepped over to the group's end.
        assert!(matches_all(r"(?:12(?:3|4)|15)6", b"156"));
        assert!(matches_start(r"9(?:1|2)|3", b"31"));
    }
}
