//! Phone numbers in international form, checked against libphonenumber's
//! data for its country.

mod data;
mod pattern;

use std::fmt;
use std::str::FromStr;

use crate::front::suggest::CharName;

/// One region of libphonenumber's metadata (a country, or a non-geographic service such as
/// `+800`).
pub(crate) struct Region {
    /// The region's code (`FR`), or `001` for a non-geographic entity.
    id: &'static str,
    /// Its country calling code.
    code: u16,
    /// The prefix dialled before a national number inside the country (`0`), if any.
    national_prefix: &'static str,
    /// Which numbers of a shared calling code are this region's, when that is told by their
    /// start.
    leading_digits: &'static str,
    /// What every number of the region matches.
    general: Desc,
    /// What the numbers of each type (mobile, fixed line, toll free...) match: a valid number
    /// matches one.
    types: &'static [Desc],
}

/// A pattern of national numbers, with the lengths they may have (none: any).
pub(crate) struct Desc {
    pattern: &'static str,
    lengths: &'static [u16],
}

impl Desc {
    fn takes(&self, national: &[u8]) -> bool {
        (self.lengths.is_empty()
            || u16::try_from(national.len()).is_ok_and(|len| self.lengths.contains(&len)))
            && pattern::matches_all(self.pattern, national)
    }
}

impl Region {
    /// Whether `national` is a valid number here: of some type, as libphonenumber says.
    fn has(&self, national: &[u8]) -> bool {
        self.general.takes(national) && self.types.iter().any(|desc| desc.takes(national))
    }
}

/// The regions that share `code`, main region first. The table is in calling-code order (its
/// generator writes it by code; a test keeps it so), so they are found by a binary search, not
/// a walk through all of it.
fn regions(code: u16) -> impl Iterator<Item = &'static Region> {
    let first = data::REGIONS.partition_point(|region| region.code < code);
    data::REGIONS
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(move |region| region.code == code)
}

/// The region whose number `national` is, as libphonenumber decides it, if it is valid: the
/// first region whose leading digits start it, else the first where it has a type.
fn region_of(code: u16, national: &[u8]) -> Option<&'static Region> {
    let mut shared = regions(code).peekable();
    let first = shared.next()?;
    if shared.peek().is_none() {
        return first.has(national).then_some(first);
    }
    for region in std::iter::once(first).chain(shared) {
        if !region.leading_digits.is_empty() {
            if pattern::matches_start(region.leading_digits, national) {
                return region.has(national).then_some(region);
            }
        } else if region.has(national) {
            return Some(region);
        }
    }
    None
}

/// The most digits an international number has (E.164).
const MAX_DIGITS: usize = 15;

/// A phone number in international form, valid for its country by libphonenumber's data:
/// what WhatsApp's click-to-chat link (`https://wa.me/DIGITS`) needs, and every other link
/// to a phone (`sms:`, `tel:`, Signal's...).
///
/// It parses from the number as people write it, `+`, the country calling code and the
/// number, with spaces, `-`, `.`, `/` and `()` between digits: `"+33 6 12 34 56 78"`,
/// `"+1 (650) 253-0000"`. The number must be valid for its country: of a length and a
/// pattern that libphonenumber's metadata (Google's, the data Android and WhatsApp's own apps
/// use) lists for a mobile, fixed-line or other type of number there. Each mistake people make
/// writing one has its own [`PhoneNumberError`], which says what to write instead. It keeps
/// the digits only ([`digits`](Self::digits)); [`Display`](fmt::Display) gives the E.164
/// form, `+33612345678`.
///
/// The metadata is compiled into dm-button as tables (libphonenumber 9.0.33, Apache-2.0), and
/// matched without a regex engine.
///
/// ```
/// use dm_button_core::PhoneNumber;
///
/// let number: PhoneNumber = "+33 6 12 34 56 78".parse()?;
/// assert_eq!(number.to_string(), "+33612345678");
/// assert_eq!(number.digits(), 33612345678);
/// assert_eq!(number.country_code(), 33);
/// assert_eq!(number.region(), "FR");
///
/// let national = "06 12 34 56 78".parse::<PhoneNumber>().unwrap_err();
/// assert!(national.to_string().contains("international form"));
/// # Ok::<(), dm_button_core::PhoneNumberError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PhoneNumber {
    /// The digits, country code first: E.164 numbers never start with 0, so no digit is lost.
    digits: u64,
    /// How many of them are the country code.
    code_len: u8,
    /// The country calling code, as found when the number was parsed.
    code: u16,
}

impl PhoneNumber {
    /// All the digits, country code first, as a number: what goes into the link.
    ///
    /// ```
    /// let number: dm_button_core::PhoneNumber = "+1 650-253-0000".parse()?;
    /// assert_eq!(number.digits(), 16502530000);
    /// # Ok::<(), dm_button_core::PhoneNumberError>(())
    /// ```
    #[must_use]
    pub const fn digits(&self) -> u64 {
        self.digits
    }

    /// The country calling code.
    ///
    /// ```
    /// let number: dm_button_core::PhoneNumber = "+44 7400 123456".parse()?;
    /// assert_eq!(number.country_code(), 44);
    /// # Ok::<(), dm_button_core::PhoneNumberError>(())
    /// ```
    #[must_use]
    pub fn country_code(&self) -> u16 {
        self.code
    }

    /// The region the number belongs to, as libphonenumber names it: a country's ISO code
    /// (`"FR"`), or `"001"` for a non-geographic number (`+800`...).
    ///
    /// ```
    /// let number: dm_button_core::PhoneNumber = "+1 268 464 1234".parse()?;
    /// assert_eq!(number.region(), "AG");
    /// # Ok::<(), dm_button_core::PhoneNumberError>(())
    /// ```
    #[must_use]
    pub fn region(&self) -> &'static str {
        let digits = self.digits.to_string();
        let national = digits
            .as_bytes()
            .get(usize::from(self.code_len)..)
            .unwrap_or_default();
        region_of(self.country_code(), national).map_or("001", |region| region.id)
    }
}

/// Why a string is not a [`PhoneNumber`]: each says what to write instead.
///
/// ```
/// use dm_button_core::{PhoneNumber, PhoneNumberError};
///
/// let error = "0033 6 12 34 56 78".parse::<PhoneNumber>().unwrap_err();
/// assert!(matches!(error, PhoneNumberError::InternationalPrefix { .. }));
/// assert!(error.to_string().contains("`+33 6 12 34 56 78`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PhoneNumberError {
    /// No digits at all.
    Empty,
    /// Letters, as in a vanity number (`1-800-FLOWERS`).
    #[non_exhaustive]
    Letters {
        /// The number as written.
        input: String,
        /// The same with each letter as its keypad digit.
        dialled: String,
    },
    /// A character that has no place in a phone number.
    #[non_exhaustive]
    InvalidChar {
        /// The number as written.
        input: String,
        /// The character.
        ch: char,
    },
    /// `00`, the international call prefix of many countries, instead of `+`.
    #[non_exhaustive]
    InternationalPrefix {
        /// The number as written.
        input: String,
        /// The same with `+`.
        with_plus: String,
    },
    /// No `+` and country code: a number as dialled inside its country.
    #[non_exhaustive]
    NationalForm {
        /// The number as written.
        input: String,
    },
    /// `+` followed by digits that start with no country calling code.
    #[non_exhaustive]
    UnknownCountryCode {
        /// The number as written.
        input: String,
    },
    /// The country's national prefix (France's `0`) kept after the country code.
    #[non_exhaustive]
    NationalPrefix {
        /// The number as written.
        input: String,
        /// The prefix.
        prefix: &'static str,
        /// The number without it.
        without: String,
    },
    /// Too few or too many digits for any number of the country.
    #[non_exhaustive]
    Length {
        /// The number as written.
        input: String,
        /// The country calling code.
        code: u16,
        /// The region's code (`FR`).
        region: &'static str,
        /// How many digits follow the country code.
        digits: usize,
        /// How many the region's numbers have.
        lengths: &'static [u16],
    },
    /// Of a possible length, but no number of the country is written so.
    #[non_exhaustive]
    Invalid {
        /// The number as written.
        input: String,
        /// The country calling code.
        code: u16,
        /// The region's code (`FR`).
        region: &'static str,
    },
}

/// The keypad digit of a letter (`ABC` on 2...).
fn keypad(letter: char) -> char {
    match letter.to_ascii_uppercase() {
        'A'..='C' => '2',
        'D'..='F' => '3',
        'G'..='I' => '4',
        'J'..='L' => '5',
        'M'..='O' => '6',
        'P'..='S' => '7',
        'T'..='V' => '8',
        _ => '9',
    }
}

impl FromStr for PhoneNumber {
    type Err = PhoneNumberError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let owned = || input.to_owned();
        let written = input.trim();
        if written.chars().any(|ch| ch.is_ascii_alphabetic()) {
            return Err(PhoneNumberError::Letters {
                input: owned(),
                dialled: written
                    .chars()
                    .map(|ch| {
                        if ch.is_ascii_alphabetic() {
                            keypad(ch)
                        } else {
                            ch
                        }
                    })
                    .collect(),
            });
        }
        let (plus, rest) = match written.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, written),
        };
        let mut digits = Vec::with_capacity(MAX_DIGITS);
        for ch in rest.chars() {
            match ch {
                '0'..='9' => digits.push(ch as u8),
                ' ' | '-' | '.' | '/' | '(' | ')' | '\u{a0}' => {}
                _ => {
                    return Err(PhoneNumberError::InvalidChar { input: owned(), ch });
                }
            }
        }
        if digits.is_empty() {
            return Err(PhoneNumberError::Empty);
        }
        if !plus {
            return Err(match rest.strip_prefix("00") {
                Some(after) => PhoneNumberError::InternationalPrefix {
                    input: owned(),
                    with_plus: format!("+{}", after.trim_start()),
                },
                None => PhoneNumberError::NationalForm { input: owned() },
            });
        }
        // No calling code starts with 0: `+0...` would read `082` as Korea's 82.
        let starts_with_zero = digits.first() == Some(&b'0');
        let Some((code, code_len, national)) =
            (1_u8..=3).filter(|_| !starts_with_zero).find_map(|len| {
                let (code, national) = digits.split_at_checked(usize::from(len))?;
                let code: u16 = std::str::from_utf8(code).ok()?.parse().ok()?;
                regions(code).next().map(|_| (code, len, national))
            })
        else {
            return Err(PhoneNumberError::UnknownCountryCode { input: owned() });
        };
        if digits.len() <= MAX_DIGITS && region_of(code, national).is_some() {
            // At most 15 ASCII digits (checked above), which a u64 holds: no fallback value.
            let digits = digits
                .iter()
                .fold(0_u64, |number, digit| number * 10 + u64::from(digit - b'0'));
            return Ok(Self {
                digits,
                code_len,
                code,
            });
        }
        Err(refused(input, code, national))
    }
}

/// Why `national` is not a valid number for `code`: a national prefix kept, a wrong length,
/// or digits no number there has.
fn refused(input: &str, code: u16, national: &[u8]) -> PhoneNumberError {
    let main = regions(code).next();
    let region = main.map_or("001", |region| region.id);
    // The regions of a shared code mostly share their prefix (+1's 25 all have `1`): each
    // prefix is tried once.
    let mut tried: Vec<&str> = Vec::new();
    for candidate in regions(code) {
        let prefix = candidate.national_prefix;
        if prefix.is_empty() || tried.contains(&prefix) {
            continue;
        }
        tried.push(prefix);
        if let Some(without) = national.strip_prefix(prefix.as_bytes())
            && region_of(code, without).is_some()
        {
            return PhoneNumberError::NationalPrefix {
                input: input.to_owned(),
                prefix,
                without: format!("+{code} {}", String::from_utf8_lossy(without)),
            };
        }
    }
    let possible = regions(code).any(|candidate| {
        u16::try_from(national.len()).is_ok_and(|len| candidate.general.lengths.contains(&len))
    });
    if !possible && let Some(main) = main {
        return PhoneNumberError::Length {
            input: input.to_owned(),
            code,
            region,
            digits: national.len(),
            lengths: main.general.lengths,
        };
    }
    PhoneNumberError::Invalid {
        input: input.to_owned(),
        code,
        region,
    }
}

impl TryFrom<&str> for PhoneNumber {
    type Error = PhoneNumberError;

    fn try_from(input: &str) -> Result<Self, Self::Error> {
        input.parse()
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "+{}", self.digits)
    }
}

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PhoneNumber")
            .field(&format_args!("+{}", self.digits))
            .finish()
    }
}

const EXAMPLE: &str = "+33 6 12 34 56 78";

impl fmt::Display for PhoneNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(
                f,
                "the phone number is empty: give it in international form, `+`, the country \
                 code and the number, such as {EXAMPLE}"
            ),
            Self::Letters { input, dialled } => write!(
                f,
                "the phone number `{input}` has letters, and a link to a phone takes digits: write \
                 the digits they stand for on a keypad: `{dialled}`"
            ),
            Self::InvalidChar { input, ch } => write!(
                f,
                "the phone number `{input}` has {}: write `+`, the country code and the digits, \
                 with only spaces, `-`, `.`, `/` or `()` between them, such as {EXAMPLE}",
                CharName(*ch)
            ),
            Self::InternationalPrefix { input, with_plus } => write!(
                f,
                "the phone number `{input}` starts with `00`, the international call prefix of \
                 some countries only: write `+` instead: `{with_plus}`"
            ),
            Self::NationalForm { input } => write!(
                f,
                "the phone number `{input}` is in national form, as dialled inside its country: \
                 write it in international form, `+` and the country code, then the number \
                 without its national prefix (often a leading 0), such as {EXAMPLE} for \
                 06 12 34 56 78 in France"
            ),
            Self::UnknownCountryCode { input } => write!(
                f,
                "the phone number `{input}` starts with no country calling code: after `+` \
                 comes the country's code (1 for the US and Canada, 33 for France, 44 for the \
                 UK...), then the number"
            ),
            Self::NationalPrefix {
                input,
                prefix,
                without,
            } => write!(
                f,
                "the phone number `{input}` keeps the national prefix `{prefix}` after the \
                 country code, which is dialled only inside the country: remove it: \
                 `{without}`"
            ),
            Self::Length {
                input,
                code,
                region,
                digits,
                lengths,
            } => {
                write!(
                    f,
                    "the phone number `{input}` has {digits} digits after +{code}, but numbers \
                     in {region} have "
                )?;
                let lengths: Vec<String> = lengths.iter().map(u16::to_string).collect();
                match lengths.split_last() {
                    Some((last, [])) => f.write_str(last)?,
                    Some((last, rest)) => write!(f, "{} or {last}", rest.join(", "))?,
                    None => f.write_str("another length")?,
                }
                f.write_str(": check the number")
            }
            Self::Invalid {
                input,
                code,
                region,
            } => write!(
                f,
                "the phone number `{input}` is not a valid number in {region} (+{code}) by \
                 libphonenumber's data: no number there starts so or has that length; check \
                 the digits"
            ),
        }
    }
}

impl std::error::Error for PhoneNumberError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_calling_code_order() {
        // `regions` finds a code's regions by binary search, which needs it.
        assert!(
            data::REGIONS
                .windows(2)
                .all(|pair| pair[0].code <= pair[1].code)
        );
        let shared: Vec<&str> = regions(7).map(|region| region.id).collect();
        assert_eq!(shared, ["RU", "KZ"]);
        assert_eq!(regions(1).next().map(|region| region.id), Some("US"));
        assert_eq!(regions(999).count(), 0);
    }

    #[test]
    fn each_mistake_has_its_error() {
        let error = |text: &str| text.parse::<PhoneNumber>().unwrap_err();
        assert!(matches!(error(""), PhoneNumberError::Empty));
        assert!(matches!(error("+"), PhoneNumberError::Empty));
        assert!(matches!(
            error("06 12 34 56 78"),
            PhoneNumberError::NationalForm { .. }
        ));
        assert!(matches!(
            error("0033612345678"),
            PhoneNumberError::InternationalPrefix { .. }
        ));
        assert!(matches!(
            error("+1 800 FLOWERS"),
            PhoneNumberError::Letters { .. }
        ));
        assert!(matches!(
            error("+33 6#12"),
            PhoneNumberError::InvalidChar { ch: '#', .. }
        ));
        assert!(matches!(
            error("+999 123"),
            PhoneNumberError::UnknownCountryCode { .. }
        ));
        // Found by the fuzzer: a `+0` must not read `082...` as Korea's 82.
        assert!(matches!(
            error("+0..8.2/4111111102"),
            PhoneNumberError::UnknownCountryCode { .. }
        ));
        assert!(matches!(
            error("+33 06 12 34 56 78"),
            PhoneNumberError::NationalPrefix { .. }
        ));
        assert!(matches!(
            error("+33 6 12"),
            PhoneNumberError::Length { digits: 3, .. }
        ));
        assert!(matches!(
            error("+1 011 555 0123"),
            PhoneNumberError::Invalid { region: "US", .. }
        ));
    }

    #[test]
    fn shared_calling_codes_find_their_region() {
        let number: PhoneNumber = "+1 416 555 0123".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(number.region(), "CA");
        let number: PhoneNumber = "+44 7400 123456".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(number.region(), "GB");
        let number: PhoneNumber = "+800 1234 5678".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(number.region(), "001");
    }
}
