//! A QR code's modules, one bit each, and the choice of its mask.
//!
//! [`qrcodegen`] encodes the link (segments, version, error correction, the placement of the
//! codewords); the mask is chosen here, by the standard's rule (ISO/IEC 18004 §7.8.3: the
//! lowest penalty of the eight masks, the first on a tie) and with qrcodegen's reading of it
//! (a light border around each line for the finder-like patterns), so the code is the one
//! qrcodegen chooses itself with `mask: None` — a test compares both, module by module, for
//! every version and every mask.
//!
//! Why not let qrcodegen choose: it applies each mask to a grid of `bool`s and scores it one
//! module at a time, which is three quarters of its work. In a dev build, where a proc macro
//! runs unoptimized, one code of a short link took 1.5 ms (14.1 million instructions), once
//! per `dm_qr!` and per panel entry with `qr = true`; it takes 0.45 ms now (4.3 million, the
//! SVG included), half of it qrcodegen's encoding. Here the code is encoded once, with mask
//! 0; that mask is taken off the modules outside the function patterns; each mask is applied
//! a line at a time (a mask repeats every 12 rows and columns, worked out when the crate is
//! compiled) and scored a run at a time. Optimized, a code with its SVG takes 1.07 million
//! instructions, where qrcodegen's own encoding takes 2.27 (BENCHMARKS.md).

use qrcodegen::QrCode;

/// Words of a line: 177 modules a side at most (version 40).
const WORDS: usize = 3;

/// One line of modules, bit `x % 64` of word `x / 64` dark; bits past the side are light.
type Line = [u64; WORDS];

/// Every mask's pattern repeats every 12 rows and every 12 columns.
const PERIOD: usize = 12;

/// The standard's penalty weights (ISO/IEC 18004 §7.8.3.1, table 11).
const N1: u32 = 3;
const N2: u32 = 3;
const N3: u32 = 40;
const N4: u32 = 10;

// This runs in the proc macro, which a dev build does not optimize: the work on a line names
// its three words one by one rather than looping over them, and the small helpers are
// always inlined, which an unoptimized build does as it is told.

/// The modules of a code, a side of `size`, as lines: the rows, or the columns of a
/// transposed grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Grid {
    size: usize,
    lines: Vec<Line>,
}

impl Grid {
    fn light(size: usize) -> Self {
        debug_assert!(size <= WORDS * 64, "a code is 177 modules a side at most");
        Self {
            size,
            lines: vec![[0; WORDS]; size],
        }
    }

    /// The modules a side.
    pub(crate) const fn size(&self) -> usize {
        self.size
    }

    /// Calls `visit` with each run of dark modules of each line, in order: its line, its
    /// first module and its length.
    pub(crate) fn dark_runs(&self, mut visit: impl FnMut(usize, usize, usize)) {
        for (y, line) in self.lines.iter().enumerate() {
            // Runs alternate from light: a dark run starts at every other change.
            let (mut dark, mut start) = (false, 0);
            for (index, &word) in changes(line, self.size).iter().enumerate() {
                let mut rest = word;
                while rest != 0 {
                    let x = index * 64 + rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    dark = !dark;
                    if dark {
                        start = x;
                    } else {
                        visit(y, start, x - start);
                    }
                }
            }
            if dark {
                visit(y, start, self.size - start);
            }
        }
    }

    /// Whether the module at column `x` of line `y` is dark; a module outside the code is
    /// light, as the quiet zone around it.
    #[cfg(test)]
    fn dark(&self, x: usize, y: usize) -> bool {
        self.lines
            .get(y)
            .and_then(|line| line.get(x / 64))
            .is_some_and(|word| (word >> (x % 64)) & 1 == 1)
    }

    /// Makes the module at column `x` of line `y` dark or light. The callers set only
    /// modules of the code; outside it, a debug build stops and a release build leaves the
    /// grid as it was.
    #[inline(always)]
    fn set(&mut self, x: usize, y: usize, dark: bool) {
        debug_assert!(x < self.size && y < self.size, "({x}, {y}) is in the code");
        if let Some(word) = self.lines.get_mut(y).and_then(|line| line.get_mut(x / 64)) {
            let bit = 1 << (x % 64);
            if dark {
                *word |= bit;
            } else {
                *word &= !bit;
            }
        }
    }

    /// Darkens the `width` by `height` rectangle whose top left module is at `(x, y)`.
    fn fill(&mut self, x: usize, y: usize, width: usize, height: usize) {
        for row in y..y + height {
            for column in x..x + width {
                self.set(column, row, true);
            }
        }
    }

    /// Makes this grid a copy of `other`, in the room it has.
    fn copy_from(&mut self, other: &Self) {
        self.size = other.size;
        self.lines.clone_from(&other.lines);
    }

    /// The columns as lines.
    fn transposed(&self) -> Self {
        let mut columns = Self::light(self.size);
        for (y, line) in self.lines.iter().enumerate() {
            for (index, &word) in line.iter().enumerate() {
                let mut rest = word;
                while rest != 0 {
                    let x = index * 64 + rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    columns.set(y, x, true);
                }
            }
        }
        columns
    }

    /// XORs each line with its line of `pattern` (line `y % 12` for line `y`), inside the
    /// code and outside the function patterns.
    fn apply(&mut self, pattern: &[Line; PERIOD], function: &Self) {
        let inside = [
            below(self.size, 0),
            below(self.size, 1),
            below(self.size, 2),
        ];
        let lines = self.lines.iter_mut().zip(&function.lines);
        for ((line, function), pattern) in lines.zip(pattern.iter().cycle()) {
            line[0] ^= pattern[0] & !function[0] & inside[0];
            line[1] ^= pattern[1] & !function[1] & inside[1];
            line[2] ^= pattern[2] & !function[2] & inside[2];
        }
    }
}

/// The modules of `line` (of `size` modules) whose colour differs from the one before it
/// (light before the first), as bits: where the runs of one colour start.
#[inline(always)]
const fn changes(line: &Line, size: usize) -> Line {
    [
        (line[0] ^ (line[0] << 1)) & below(size, 0),
        (line[1] ^ ((line[1] << 1) | (line[0] >> 63))) & below(size, 1),
        (line[2] ^ ((line[2] << 1) | (line[1] >> 63))) & below(size, 2),
    ]
}

/// The modules of `code`, as qrcodegen drew them.
fn modules(code: &QrCode) -> Grid {
    let mut grid = Grid::light(side(code));
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                grid.set(x as usize, y as usize, true);
            }
        }
    }
    grid
}

/// The function patterns of a code of `version` (finders with their separators, timing,
/// alignment, format and version information, the dark module): the modules no mask
/// touches.
fn function_modules(version: u8, size: usize) -> Grid {
    let mut function = Grid::light(size);
    // The three finders, their separators and the format information beside them.
    function.fill(0, 0, 9, 9);
    function.fill(size - 8, 0, 8, 9);
    function.fill(0, size - 8, 9, 8);
    // The timing patterns.
    function.fill(6, 0, 1, size);
    function.fill(0, 6, size, 1);
    // The alignment patterns, centred on each pair of positions but the finders' corners
    // (the first with the first, the first with the last and the last with the first).
    let centres = alignment_centres(version, size);
    let last = centres.len().saturating_sub(1);
    for (i, &cy) in centres.iter().enumerate() {
        for (j, &cx) in centres.iter().enumerate() {
            let on_a_finder = (i == 0 && (j == 0 || j == last)) || (i == last && j == 0);
            if !on_a_finder {
                function.fill(cx - 2, cy - 2, 5, 5);
            }
        }
    }
    // The version information, from version 7.
    if version >= 7 {
        function.fill(size - 11, 0, 3, 6);
        function.fill(0, size - 11, 6, 3);
    }
    function
}

/// The centres of the alignment patterns on either axis (ISO/IEC 18004 annex E): evenly
/// spaced from the last row and column back to row and column 6, by an even step.
fn alignment_centres(version: u8, size: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let version = usize::from(version);
    let count = version / 7 + 2;
    let step = if version == 32 {
        26
    } else {
        (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
    };
    let mut centres = vec![6];
    centres.extend((0..count - 1).rev().map(|i| size - 7 - i * step));
    centres
}

/// Whether mask `mask` inverts the module at column `x` of row `y` (ISO/IEC 18004 table 10).
const fn inverts(mask: u8, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (x / 3 + y / 2).is_multiple_of(2),
        5 => (x * y % 2 + x * y % 3) == 0,
        6 => (x * y % 2 + x * y % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + x * y % 3).is_multiple_of(2),
    }
}

/// Each mask's lines, for each of the 12 lines a mask repeats: as rows (line `y % 12` of
/// row `y`), then as columns (line `x % 12` of column `x`), over the whole width of a
/// line. Worked out when the crate is compiled.
const MASK_LINES: [[[Line; PERIOD]; 2]; 8] = mask_lines();

#[allow(clippy::indexing_slicing)] // built at compile time: a bad index fails the build
const fn mask_lines() -> [[[Line; PERIOD]; 2]; 8] {
    let mut table = [[[[0; WORDS]; PERIOD]; 2]; 8];
    let mut mask = 0;
    while mask < 8 {
        let mut index = 0;
        while index < PERIOD {
            let mut along = 0;
            while along < WORDS * 64 {
                let bit = 1 << (along % 64);
                if inverts(mask as u8, along, index) {
                    table[mask][0][index][along / 64] |= bit;
                }
                if inverts(mask as u8, index, along) {
                    table[mask][1][index][along / 64] |= bit;
                }
                along += 1;
            }
            index += 1;
        }
        mask += 1;
    }
    table
}

/// The bits of word `index` of a line that stand for modules before `end`.
#[inline(always)]
const fn below(end: usize, index: usize) -> u64 {
    let from = index * 64;
    if end <= from {
        0
    } else if end - from >= 64 {
        u64::MAX
    } else {
        (1 << (end - from)) - 1
    }
}

/// The 15 bits of the format information at level M with `mask`, each with its two places
/// (column, row) in the code (ISO/IEC 18004 §7.9).
fn format_bits(mask: u8, size: usize) -> impl Iterator<Item = (bool, [(usize, usize); 2])> {
    // Level M is 00; then the mask; then a BCH(15, 5) remainder; then the fixed XOR.
    let data = u32::from(mask);
    let mut remainder = data;
    for _ in 0..10 {
        remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
    }
    let bits = ((data << 10) | remainder) ^ 0x5412;
    (0..15).map(move |i| {
        let first = match i {
            0..=5 => (8, i),
            6 => (8, 7),
            7 => (8, 8),
            8 => (7, 8),
            _ => (14 - i, 8),
        };
        let second = if i < 8 {
            (size - 1 - i, 8)
        } else {
            (8, size - 15 + i)
        };
        ((bits >> i) & 1 == 1, [first, second])
    })
}

/// The penalty of a code (ISO/IEC 18004 §7.8.3.1), its rows and its columns given: runs of
/// five or more, finder-like patterns, 2×2 blocks and the balance of dark and light.
fn penalty(rows: &Grid, columns: &Grid) -> u32 {
    let size = rows.size;
    let mut penalty = 0;
    for (row, column) in rows.lines.iter().zip(&columns.lines) {
        penalty += line_penalty(row, size) + line_penalty(column, size);
    }
    // 2×2 blocks of one colour: each pair of rows, each module but the last of a row.
    let firsts = [below(size - 1, 0), below(size - 1, 1), below(size - 1, 2)];
    for (top, bottom) in rows.lines.iter().zip(rows.lines.iter().skip(1)) {
        let (top_next, bottom_next) = (next_modules(top), next_modules(bottom));
        // Bit x of a word: modules x and x + 1 of both rows are of one colour.
        let same = |top: u64, bottom: u64, top_next: u64, bottom_next: u64| {
            !(top ^ bottom) & !(top ^ top_next) & !(bottom ^ bottom_next)
        };
        let blocks = (same(top[0], bottom[0], top_next[0], bottom_next[0]) & firsts[0])
            .count_ones()
            + (same(top[1], bottom[1], top_next[1], bottom_next[1]) & firsts[1]).count_ones()
            + (same(top[2], bottom[2], top_next[2], bottom_next[2]) & firsts[2]).count_ones();
        penalty += N2 * blocks;
    }
    // The balance: 10 for each 5% beyond 45-55% dark.
    let mut dark: i64 = 0;
    for line in &rows.lines {
        dark += i64::from(line[0].count_ones() + line[1].count_ones() + line[2].count_ones());
    }
    // The least k with (45 - 5k)% <= dark <= (55 + 5k)%: 0 to 9 (a side is odd, so the dark
    // modules are never exactly half and k is never -1).
    let total = (size * size) as i64;
    let k = ((dark * 20 - total * 10).abs() + total - 1) / total - 1;
    debug_assert!((0..=9).contains(&k), "k is {k}");
    penalty + N4 * u32::try_from(k).unwrap_or(0)
}

/// Bit x of the result: module x + 1 of `line`.
#[inline(always)]
const fn next_modules(line: &Line) -> Line {
    [
        (line[0] >> 1) | (line[1] << 63),
        (line[1] >> 1) | (line[2] << 63),
        line[2] >> 1,
    ]
}

/// The penalty of one line of `size` modules: runs of five or more of one colour, and
/// finder-like patterns (1:1:3:1:1 dark-light-dark-light-dark with four light on a side),
/// the line read with a light border of `size` modules on each end.
fn line_penalty(line: &Line, size: usize) -> u32 {
    let mut penalty = 0;
    let mut history = RunHistory::new(size);
    // Runs alternate from light; the first, light, may be empty.
    let (mut dark, mut start) = (false, 0);
    for (index, &word) in changes(line, size).iter().enumerate() {
        let mut rest = word;
        while rest != 0 {
            let end = index * 64 + rest.trailing_zeros() as usize;
            rest &= rest - 1;
            let length = end - start;
            if length >= 5 {
                penalty += N1 + (length - 5) as u32;
            }
            history.push(length);
            if !dark {
                penalty += N3 * history.finder_like();
            }
            dark = !dark;
            start = end;
        }
    }
    // The last run, then the light border.
    let length = size - start;
    if length >= 5 {
        penalty += N1 + (length - 5) as u32;
    }
    if dark {
        history.push(length);
        history.push(size);
    } else {
        history.push(length + size);
    }
    penalty + N3 * history.finder_like()
}

/// The lengths of the last seven runs of a line, the latest first, for the finder-like
/// patterns.
struct RunHistory {
    size: usize,
    runs: [usize; 7],
}

impl RunHistory {
    const fn new(size: usize) -> Self {
        Self { size, runs: [0; 7] }
    }

    /// Records a run; the first, light, with the light border before the line.
    #[inline(always)]
    fn push(&mut self, mut length: usize) {
        let runs = &mut self.runs;
        if runs[0] == 0 {
            length += self.size;
        }
        *runs = [length, runs[0], runs[1], runs[2], runs[3], runs[4], runs[5]];
    }

    /// How many finder-like patterns end at the light run just recorded: 0, 1 or 2 (four
    /// light modules before the pattern, after it, or both).
    #[inline(always)]
    fn finder_like(&self) -> u32 {
        let runs = &self.runs;
        let n = runs[1];
        if runs[3] != n * 3 || n == 0 || runs[2] != n || runs[4] != n || runs[5] != n {
            return 0;
        }
        u32::from(runs[0] >= n * 4 && runs[6] >= n) + u32::from(runs[6] >= n * 4 && runs[0] >= n)
    }
}

/// The modules a side of `code`: 21 to 177.
fn side(code: &QrCode) -> usize {
    code.size().unsigned_abs() as usize
}

/// A code's modules with no mask, as rows and as columns, and its function patterns: what
/// each mask is applied to. The function patterns are symmetric about the diagonal (each
/// corner's finder and format area mirrors the other's, the version areas each other, the
/// timing and alignment patterns themselves), so one map serves the rows and the columns.
struct Unmasked {
    rows: Grid,
    columns: Grid,
    function: Grid,
}

impl Unmasked {
    /// The modules of `code` (encoded with mask 0), that mask taken off the modules outside
    /// the function patterns.
    fn new(code: &QrCode) -> Self {
        debug_assert_eq!(code.mask().value(), 0, "the code comes with mask 0");
        let size = side(code);
        let function = function_modules(code.version().value(), size);
        let mut rows = modules(code);
        let [zero, _] = &MASK_LINES[0];
        rows.apply(zero, &function);
        Self {
            columns: rows.transposed(),
            rows,
            function,
        }
    }

    /// Writes the modules under mask `mask`, whose lines are `pattern`, into `rows` and
    /// `columns` (their room reused), with the format information that names the mask.
    fn mask_into(
        &self,
        mask: u8,
        [rows_pattern, columns_pattern]: &[[Line; PERIOD]; 2],
        rows: &mut Grid,
        columns: &mut Grid,
    ) {
        rows.copy_from(&self.rows);
        rows.apply(rows_pattern, &self.function);
        columns.copy_from(&self.columns);
        columns.apply(columns_pattern, &self.function);
        for (dark, places) in format_bits(mask, self.rows.size) {
            for (x, y) in places {
                rows.set(x, y, dark);
                columns.set(y, x, dark);
            }
        }
    }
}

/// The modules of `code` (encoded with mask 0) under the mask of the lowest penalty, the
/// first of the lowest on a tie: the code qrcodegen gives for the same segments with `mask:
/// None`.
pub(crate) fn best_masked(code: &QrCode) -> Grid {
    let unmasked = Unmasked::new(code);
    let size = unmasked.rows.size;
    let (mut rows, mut columns) = (Grid::light(size), Grid::light(size));
    unmasked.mask_into(0, &MASK_LINES[0], &mut rows, &mut columns);
    let mut lowest = penalty(&rows, &columns);
    let mut best = rows.clone();
    for (mask, pattern) in (1..).zip(MASK_LINES.iter().skip(1)) {
        unmasked.mask_into(mask, pattern, &mut rows, &mut columns);
        let score = penalty(&rows, &columns);
        if score < lowest {
            lowest = score;
            std::mem::swap(&mut best, &mut rows);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use qrcodegen::{Mask, QrCodeEcc, QrSegment, Version};

    /// Bytes of a link that fill a code of `version` at level M: a pseudo-random mix, so
    /// that every mask wins somewhere.
    fn payload(length: usize, seed: u64) -> Vec<u8> {
        let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        (0..length)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                b"https://wa.me/33612345678?text=%20Hello-_.~"[(state % 43) as usize]
            })
            .collect()
    }

    fn encode(bytes: &[u8], mask: Option<Mask>) -> QrCode {
        QrCode::encode_segments_advanced(
            &[QrSegment::make_bytes(bytes)],
            QrCodeEcc::Medium,
            Version::MIN,
            Version::MAX,
            mask,
            false,
        )
        .unwrap()
    }

    /// For a code of each version (as full as it gets at level M), each mask applied here
    /// gives qrcodegen's code with the same mask, module by module, as rows and as columns;
    /// and the mask chosen here is qrcodegen's choice.
    #[test]
    fn every_mask_of_every_version_is_qrcodegens() {
        // The bytes a code of each version holds at level M, in byte mode (ISO/IEC 18004
        // table 7).
        let capacities = [
            14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560,
            624, 666, 711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628,
            1722, 1809, 1911, 1989, 2099, 2213, 2331,
        ];
        let mut winners = [0; 8];
        for (version, length) in (1..=40).zip(capacities) {
            let bytes = payload(length, u64::from(version));
            let zero = encode(&bytes, Some(Mask::new(0)));
            assert_eq!(zero.version().value(), version, "{length} bytes");
            let unmasked = Unmasked::new(&zero);
            let function = &unmasked.function;
            assert_eq!(
                function,
                &function.transposed(),
                "version {version}: symmetric"
            );
            for (mask, pattern) in (0..).zip(&MASK_LINES) {
                let theirs = modules(&encode(&bytes, Some(Mask::new(mask))));
                let (mut rows, mut columns) = (Grid::light(1), Grid::light(1));
                unmasked.mask_into(mask, pattern, &mut rows, &mut columns);
                assert_eq!(rows, theirs, "version {version}, mask {mask}");
                assert_eq!(
                    columns,
                    theirs.transposed(),
                    "version {version}, mask {mask}"
                );
            }
            let chosen = encode(&bytes, None);
            assert_eq!(best_masked(&zero), modules(&chosen), "version {version}");
            winners[usize::from(chosen.mask().value())] += 1;
        }
        // The comparison reached more than one winner.
        assert!(
            winners.iter().filter(|&&count| count > 0).count() > 2,
            "{winners:?}"
        );
    }

    /// The runs the SVG draws are the dark modules, each once, in a code whose rows span
    /// three words (runs across a word's end included).
    #[test]
    fn the_dark_runs_are_the_dark_modules() {
        let code = encode(&payload(2331, 7), None);
        let grid = modules(&code);
        let mut drawn = Grid::light(grid.size());
        let mut runs = 0;
        grid.dark_runs(|y, start, length| {
            assert!(length > 0);
            for x in start..start + length {
                assert!(!drawn.dark(x, y), "({x}, {y}) drawn twice");
                drawn.set(x, y, true);
            }
            runs += 1;
        });
        assert_eq!(drawn, grid);
        assert!(runs > 177 * 20, "{runs} runs");
    }

    /// Short links, as most are (versions 1 to 8), many of them: the mask chosen here is
    /// qrcodegen's choice each time, ties included.
    #[test]
    fn the_mask_of_many_short_links_is_qrcodegens() {
        for seed in 0..1500_u64 {
            let bytes = payload(1 + (seed * 7 % 150) as usize, seed);
            let zero = encode(&bytes, Some(Mask::new(0)));
            assert_eq!(
                best_masked(&zero),
                modules(&encode(&bytes, None)),
                "{}",
                String::from_utf8_lossy(&bytes)
            );
        }
    }
}
