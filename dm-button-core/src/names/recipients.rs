//! Recipients by name: `dm-button.toml`, the checked-in file that maps X screen names to
//! their numeric IDs, read by the macros at compile time and by [`Recipients`] at run time.
//!
//! ```toml
//! # dm-button.toml, beside Cargo.toml (or at the workspace root). Commit it.
//! [x]
//! furni = "3805104374"
//! ```

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use toml::de::{DeTable, DeValue};

use crate::front::suggest::closest;
use crate::{RecipientId, RecipientIdError, ScreenName, ScreenNameError};

/// The file's name: `dm-button.toml`.
///
/// ```
/// assert_eq!(dm_button_core::RECIPIENTS_FILE, "dm-button.toml");
/// ```
pub const RECIPIENTS_FILE: &str = "dm-button.toml";

/// A recipient as a person writes it: a numeric user ID, or a screen name to look up in
/// `dm-button.toml`.
///
/// A string of digits is an ID. A screen name is written with or without `@` (`@furni`,
/// `furni`); one made only of digits must be written with its `@` (`@123`), since `123` is
/// an ID. Anything else is the ID's error.
///
/// ```
/// use dm_button_core::{Recipient, RecipientId};
///
/// assert_eq!("3805104374".parse::<Recipient>()?, Recipient::Id(RecipientId::new(3805104374).unwrap()));
/// assert!(matches!("@furni".parse::<Recipient>()?, Recipient::Name(name) if name.as_str() == "furni"));
/// assert!(matches!("furni".parse::<Recipient>()?, Recipient::Name(_)));
/// assert!(matches!("@123".parse::<Recipient>()?, Recipient::Name(name) if name.as_str() == "123"));
/// assert!("0".parse::<Recipient>().is_err());
/// # Ok::<(), dm_button_core::RecipientIdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Recipient {
    /// A numeric user ID.
    Id(RecipientId),
    /// A screen name, to be looked up.
    Name(ScreenName),
}

impl FromStr for Recipient {
    type Err = RecipientIdError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if let Some(name) = input.strip_prefix('@') {
            return match name.parse::<ScreenName>() {
                Ok(name) => Ok(Self::Name(name)),
                // `@` and then no screen name: the ID's error says what to write.
                Err(_) => Err(input.parse::<RecipientId>().err().unwrap_or(
                    RecipientIdError::NotNumeric {
                        input: input.to_owned(),
                    },
                )),
            };
        }
        match input.parse::<RecipientId>() {
            Ok(id) => Ok(Self::Id(id)),
            Err(RecipientIdError::ScreenName { .. }) => match input.parse::<ScreenName>() {
                Ok(name) => Ok(Self::Name(name)),
                Err(_) => Err(RecipientIdError::NotNumeric {
                    input: input.to_owned(),
                }),
            },
            Err(error) => Err(error),
        }
    }
}

/// The `[x]` table of a `dm-button.toml`: X screen names and their numeric IDs. Names are
/// looked up case-insensitively, as X treats them.
///
/// It reads the same format, with the same rules and the same messages, as `dm_button!`
/// does at compile time: parse it from the file's text ([`FromStr`],
/// [`Recipients::from_toml_str`], or `include_str!` of the file) or read it from a path
/// ([`Recipients::from_path`]).
///
/// ```
/// use dm_button_core::{Recipient, Recipients};
///
/// let recipients: Recipients = "[x]\nfurni = \"3805104374\"\nXDevelopers = 2244994945\n".parse()?;
/// let name = "@FURNI".parse()?;
/// assert_eq!(recipients.get(&name).map(|id| id.get()), Some(3805104374));
/// assert_eq!(recipients.len(), 2);
/// let id = recipients.resolve("@xdevelopers".parse()?)?;
/// assert_eq!(id.get(), 2244994945);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recipients {
    /// In the file's order.
    entries: Vec<Entry>,
    /// Indexes into `entries`, sorted by the lowercase name: a lookup is a binary search,
    /// which matters to a macro that looks up a thousand names in a file of a thousand.
    by_name: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    name: ScreenName,
    /// `name` in lowercase, as names are compared.
    key: Key,
    id: RecipientId,
    /// Where its key starts in the file's text, for messages.
    offset: usize,
}

/// A screen name in ASCII lowercase: X compares names without letter case.
type Key = [u8; crate::ScreenName::MAX_LEN];

fn lowercase_key(name: &ScreenName) -> Key {
    let mut key = [0; crate::ScreenName::MAX_LEN];
    for (slot, byte) in key.iter_mut().zip(name.as_str().bytes()) {
        *slot = byte.to_ascii_lowercase();
    }
    key
}

impl Recipients {
    /// Parses the text of a `dm-button.toml`. A file without an `[x]` table lists no one.
    ///
    /// # Errors
    ///
    /// A [`RecipientsError`] for a TOML syntax error, an `x` that is not a table, an
    /// invalid screen name or ID, or a name listed twice (in any letter case), each with
    /// its line.
    ///
    /// ```
    /// let error = dm_button_core::Recipients::from_toml_str("[x]\nfurni = \"@furni\"\n").unwrap_err();
    /// assert!(error.to_string().starts_with("line 2: the ID of `furni`"));
    /// ```
    pub fn from_toml_str(text: &str) -> Result<Self, RecipientsError> {
        let entries = match crate::names::plain_toml::entries(text) {
            Some(entries) => entries,
            None => entries_from_toml(text)?,
        };
        Self::index(text, entries)
    }

    /// The table of `entries` (name, ID, offset of the name in `text`), or the error for a
    /// name listed twice.
    fn index(
        text: &str,
        entries: Vec<(ScreenName, RecipientId, usize)>,
    ) -> Result<Self, RecipientsError> {
        let entries: Vec<Entry> = entries
            .into_iter()
            .map(|(name, id, offset)| Entry {
                key: lowercase_key(&name),
                name,
                id,
                offset,
            })
            .collect();
        let line_of = |offset: usize| line_and_column(text, offset).0;
        let mut by_name: Vec<usize> = (0..entries.len()).collect();
        // Stable: of two entries with the same name, the earlier line comes first.
        by_name.sort_by_key(|&index| entries.get(index).map(|entry| entry.key));
        for pair in by_name.windows(2) {
            if let [first, again] = pair
                && let (Some(first), Some(again)) = (entries.get(*first), entries.get(*again))
                && first.key == again.key
            {
                return Err(RecipientsError::DuplicateName {
                    first: first.name.as_str().to_owned(),
                    first_line: line_of(first.offset),
                    name: again.name.as_str().to_owned(),
                    line: line_of(again.offset),
                });
            }
        }
        Ok(Self { entries, by_name })
    }
}

/// The entries of `text` as the TOML parser reads it: any valid TOML, and the error, with its
/// line, for any mistake.
fn entries_from_toml(text: &str) -> Result<Vec<(ScreenName, RecipientId, usize)>, RecipientsError> {
    let root = DeTable::parse(text).map_err(|error| {
        let (line, column) = error
            .span()
            .map_or((1, 1), |span| line_and_column(text, span.start));
        RecipientsError::Syntax {
            line,
            column,
            message: error.message().trim().to_owned(),
        }
    })?;
    let Some((key, table)) = root.get_ref().iter().find(|(key, _)| key.get_ref() == "x") else {
        return Ok(Vec::new());
    };
    let DeValue::Table(table) = table.get_ref() else {
        return Err(RecipientsError::XNotATable {
            line: line_and_column(text, key.span().start).0,
        });
    };
    // The parser's map is sorted by key: put the entries back in the file's order, so
    // that a name listed twice is reported at its second line.
    let mut in_file_order: Vec<_> = table.iter().collect();
    in_file_order.sort_by_key(|(key, _)| key.span().start);
    let mut entries = Vec::with_capacity(table.len());
    // Lines are counted only for an error: counting them for every entry would read the
    // text once an entry.
    let line_of = |offset: usize| line_and_column(text, offset).0;
    for (key, value) in in_file_order {
        let offset = key.span().start;
        let written = key.get_ref();
        let name = written
            .parse::<ScreenName>()
            .map_err(|error| RecipientsError::InvalidName {
                name: written.to_string(),
                line: line_of(offset),
                error,
            })?;
        let invalid_id = |error| RecipientsError::InvalidId {
            name: name.as_str().to_owned(),
            line: line_of(offset),
            error,
        };
        let id = match value.get_ref() {
            DeValue::String(digits) => digits.parse::<RecipientId>().map_err(invalid_id)?,
            DeValue::Integer(integer) if integer.radix() == 10 => integer
                .as_str()
                .parse::<RecipientId>()
                .map_err(invalid_id)?,
            other => {
                return Err(RecipientsError::NotAnId {
                    name: name.as_str().to_owned(),
                    line: line_of(offset),
                    found: kind(other),
                });
            }
        };
        entries.push((name, id, offset));
    }
    Ok(entries)
}

impl Recipients {
    /// Reads and parses the `dm-button.toml` at `path`.
    ///
    /// # Errors
    ///
    /// A [`RecipientsFileError`] naming the path: the file could not be read, or its text
    /// is not a valid `dm-button.toml` ([`Recipients::from_toml_str`]).
    ///
    /// ```
    /// let error = dm_button_core::Recipients::from_path("no/such/dm-button.toml").unwrap_err();
    /// assert!(error.to_string().starts_with("no/such/dm-button.toml: "));
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, RecipientsFileError> {
        let path = path.as_ref();
        let file_error = |kind| RecipientsFileError {
            path: path.to_path_buf(),
            kind,
        };
        let text = std::fs::read_to_string(path)
            .map_err(|error| file_error(FileErrorKind::Read(error.to_string())))?;
        Self::from_toml_str(&text).map_err(|error| file_error(FileErrorKind::Parse(error)))
    }

    /// The `dm-button.toml` that `dm_button!` reads for a crate whose manifest is in
    /// `start`: the nearest one from `start` up to the workspace root (the first directory
    /// whose `Cargo.toml` has a `[workspace]` table), or up to the filesystem's root.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("dm-button-doc-nearest-file");
    /// std::fs::create_dir_all(dir.join("app"))?;
    /// std::fs::write(dir.join("Cargo.toml"), "[workspace]\n")?;
    /// std::fs::write(dir.join("dm-button.toml"), "[x]\n")?;
    /// let found = dm_button_core::Recipients::nearest_file(&dir.join("app"));
    /// assert_eq!(found, Some(dir.join("dm-button.toml")));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    #[must_use]
    pub fn nearest_file(start: &Path) -> Option<PathBuf> {
        for dir in start.ancestors() {
            let candidate = dir.join(RECIPIENTS_FILE);
            if candidate.is_file() {
                return Some(candidate);
            }
            let is_workspace_root =
                std::fs::read_to_string(dir.join("Cargo.toml")).is_ok_and(|manifest| {
                    manifest
                        .lines()
                        .any(|line| line.trim_start().starts_with("[workspace"))
                });
            if is_workspace_root {
                return None;
            }
        }
        None
    }

    /// The ID listed for `name`, in any letter case.
    ///
    /// ```
    /// let recipients: dm_button_core::Recipients = "[x]\nFurni = \"3805104374\"".parse()?;
    /// assert!(recipients.get(&"furni".parse()?).is_some());
    /// assert!(recipients.get(&"other".parse()?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn get(&self, name: &ScreenName) -> Option<RecipientId> {
        let wanted = lowercase_key(name);
        let position = self
            .by_name
            .binary_search_by_key(&wanted, |&index| {
                self.entries
                    .get(index)
                    .map_or([0; crate::ScreenName::MAX_LEN], |entry| entry.key)
            })
            .ok()?;
        let index = self.by_name.get(position)?;
        self.entries.get(*index).map(|entry| entry.id)
    }

    /// The ID of `recipient`: itself if it is an ID, else the one listed for its name.
    ///
    /// # Errors
    ///
    /// [`RecipientsError::NotListed`] for a name the table does not list, with the closest
    /// listed name suggested.
    ///
    /// ```
    /// let recipients: dm_button_core::Recipients = "[x]\nfurni = \"3805104374\"".parse()?;
    /// assert_eq!(recipients.resolve("12345".parse()?)?.get(), 12345);
    /// let error = recipients.resolve("@furny".parse()?).unwrap_err();
    /// assert!(error.to_string().contains("(did you mean `@furni`?)"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn resolve(&self, recipient: Recipient) -> Result<RecipientId, RecipientsError> {
        match recipient {
            Recipient::Id(id) => Ok(id),
            Recipient::Name(name) => self.get(&name).ok_or_else(|| RecipientsError::NotListed {
                name: name.as_str().to_owned(),
                suggestion: closest(name.as_str(), self.entries.iter().map(|e| e.name.as_str()))
                    .map(str::to_owned),
            }),
        }
    }

    /// The names and IDs, in the file's order, each name as the file writes it.
    ///
    /// ```
    /// let recipients: dm_button_core::Recipients = "[x]\nb = \"2\"\na = \"1\"".parse()?;
    /// let names: Vec<&str> = recipients.iter().map(|(name, _)| name.as_str()).collect();
    /// assert_eq!(names, ["b", "a"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&ScreenName, RecipientId)> {
        self.entries.iter().map(|entry| (&entry.name, entry.id))
    }

    /// How many names are listed.
    ///
    /// ```
    /// assert_eq!(dm_button_core::Recipients::default().len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no name is listed.
    ///
    /// ```
    /// assert!(dm_button_core::Recipients::default().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl FromStr for Recipients {
    type Err = RecipientsError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::from_toml_str(text)
    }
}

/// What kind of TOML value an entry has, for messages.
fn kind(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "string",
        DeValue::Integer(_) => "integer in another base",
        DeValue::Float(_) => "float",
        DeValue::Boolean(_) => "boolean",
        DeValue::Datetime(_) => "date",
        DeValue::Array(_) => "array",
        DeValue::Table(_) => "table",
    }
}

/// The 1-based line and column of the byte `offset` in `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before, |newline| before.get(newline + 1..).unwrap_or(""))
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Why the text of a `dm-button.toml` is not a valid one, or why a name cannot be resolved.
/// The messages are the ones `dm_button!` reports, after the file's path.
///
/// ```
/// use dm_button_core::{Recipients, RecipientsError};
///
/// let error = Recipients::from_toml_str("[x]\nfurni = \"1\"\nFurni = \"2\"\n").unwrap_err();
/// assert!(matches!(error, RecipientsError::DuplicateName { first_line: 2, line: 3, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RecipientsError {
    /// The text is not TOML.
    #[non_exhaustive]
    Syntax {
        /// Where, from 1.
        line: usize,
        /// Where in the line, in characters from 1.
        column: usize,
        /// The TOML parser's message.
        message: String,
    },
    /// `x` is there, but not as a table.
    #[non_exhaustive]
    XNotATable {
        /// The line of `x`.
        line: usize,
    },
    /// A key of `[x]` is not an X screen name.
    #[non_exhaustive]
    InvalidName {
        /// The key as written.
        name: String,
        /// Its line.
        line: usize,
        /// Why it is not a screen name.
        error: ScreenNameError,
    },
    /// The value of a name is not a valid ID.
    #[non_exhaustive]
    InvalidId {
        /// The name.
        name: String,
        /// Its line.
        line: usize,
        /// Why the value is not an ID.
        error: RecipientIdError,
    },
    /// The value of a name is neither a string nor a decimal integer.
    #[non_exhaustive]
    NotAnId {
        /// The name.
        name: String,
        /// Its line.
        line: usize,
        /// What kind of value it is.
        found: &'static str,
    },
    /// A name is listed twice, in the same or another letter case.
    #[non_exhaustive]
    DuplicateName {
        /// The name as first written.
        first: String,
        /// Where it was first written.
        first_line: usize,
        /// The name as written again.
        name: String,
        /// Where it was written again.
        line: usize,
    },
    /// A name that the file does not list.
    #[non_exhaustive]
    NotListed {
        /// The name, without `@`.
        name: String,
        /// The closest listed name, if one is close.
        suggestion: Option<String>,
    },
}

impl fmt::Display for RecipientsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const EXAMPLE: &str = "`[x]`, then one line a name: `furni = \"3805104374\"`";
        match self {
            Self::Syntax {
                line,
                column,
                message,
            } => write!(f, "line {line}, column {column}: not valid TOML: {message}"),
            Self::XNotATable { line } => write!(
                f,
                "line {line}: `x` must be the table of X screen names and their IDs: {EXAMPLE}"
            ),
            Self::InvalidName { name, line, error } => write!(
                f,
                "line {line}: `{}` is not an X screen name: {error}",
                name.escape_debug()
            ),
            Self::InvalidId { name, line, error } => {
                write!(f, "line {line}: the ID of `{name}`: {error}")
            }
            Self::NotAnId { name, line, found } => write!(
                f,
                "line {line}: the ID of `{name}` is a {found}: write it as a string of digits, \
                 `{name} = \"3805104374\"` (a quoted ID cannot lose digits in any tool)"
            ),
            Self::DuplicateName {
                first,
                first_line,
                name,
                line,
            } => write!(
                f,
                "line {line}: `{name}` is listed again (line {first_line} has `{first}`): X \
                 screen names ignore letter case, so keep one"
            ),
            Self::NotListed { name, suggestion } => {
                write!(f, "`@{name}` is not in {RECIPIENTS_FILE}")?;
                if let Some(suggestion) = suggestion {
                    write!(f, " (did you mean `@{suggestion}`?)")?;
                }
                write!(
                    f,
                    ": add it with `cargo dm-button add {name}`, which looks its ID up on X, \
                     or write `{name} = \"<its numeric ID>\"` under `[x]`"
                )
            }
        }
    }
}

impl std::error::Error for RecipientsError {}

/// Why [`Recipients::from_path`] failed: the path, and what went wrong there.
///
/// ```
/// let error = dm_button_core::Recipients::from_path("missing.toml").unwrap_err();
/// assert_eq!(error.path(), std::path::Path::new("missing.toml"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecipientsFileError {
    path: PathBuf,
    kind: FileErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FileErrorKind {
    Read(String),
    Parse(RecipientsError),
}

impl RecipientsFileError {
    /// The file's path.
    ///
    /// ```
    /// let error = dm_button_core::Recipients::from_path("x/dm-button.toml").unwrap_err();
    /// assert!(error.path().ends_with("dm-button.toml"));
    /// ```
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The error in the file's text, if it was read.
    ///
    /// ```
    /// let error = dm_button_core::Recipients::from_path("missing.toml").unwrap_err();
    /// assert!(error.parse_error().is_none());
    /// ```
    #[must_use]
    pub fn parse_error(&self) -> Option<&RecipientsError> {
        match &self.kind {
            FileErrorKind::Parse(error) => Some(error),
            FileErrorKind::Read(_) => None,
        }
    }
}

impl fmt::Display for RecipientsFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.path.display())?;
        match &self.kind {
            FileErrorKind::Read(error) => write!(f, "cannot be read: {error}"),
            FileErrorKind::Parse(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for RecipientsFileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.parse_error()
            .map(|error| error as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        assert_eq!(line_and_column("ab\ncd", 0), (1, 1));
        assert_eq!(line_and_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_and_column("é\nx", 3), (2, 1));
        assert_eq!(line_and_column("x", 99), (1, 2));
    }

    /// A file's text, and a test of the error it must get.
    type Case = (&'static str, fn(&RecipientsError) -> bool);

    #[test]
    fn every_mistake_has_its_error_and_line() {
        let cases: &[Case] = &[
            ("[x\n", |e| {
                matches!(e, RecipientsError::Syntax { line: 1, .. })
            }),
            ("\n\nfurni = = 1", |e| {
                matches!(e, RecipientsError::Syntax { line: 3, .. })
            }),
            ("x = 5", |e| {
                matches!(e, RecipientsError::XNotATable { line: 1 })
            }),
            ("[x]\n\"fur ni\" = \"1\"", |e| {
                matches!(e, RecipientsError::InvalidName { line: 2, .. })
            }),
            ("[x]\nfurni = \"0\"", |e| {
                matches!(
                    e,
                    RecipientsError::InvalidId {
                        error: RecipientIdError::Zero,
                        ..
                    }
                )
            }),
            ("[x]\nfurni = \"@furni\"", |e| {
                matches!(e, RecipientsError::InvalidId { .. })
            }),
            ("[x]\nfurni = 3.5", |e| {
                matches!(e, RecipientsError::NotAnId { found: "float", .. })
            }),
            ("[x]\nfurni = 0x10", |e| {
                matches!(e, RecipientsError::NotAnId { .. })
            }),
            ("[x]\nfurni = -5", |e| {
                matches!(e, RecipientsError::InvalidId { .. })
            }),
            ("[x]\na = \"1\"\nb = \"2\"\nA = \"3\"", |e| {
                matches!(
                    e,
                    RecipientsError::DuplicateName {
                        first_line: 2,
                        line: 4,
                        ..
                    }
                )
            }),
        ];
        for (text, is_expected) in cases {
            let error = Recipients::from_toml_str(text).unwrap_err();
            assert!(is_expected(&error), "{text:?}: {error:?}");
            assert!(error.to_string().starts_with("line "), "{error}");
        }
    }

    /// Where the plain scan takes a text, the TOML parser reads the same entries from it: a
    /// property test over texts built from the pieces such files hold, valid and not.
    #[test]
    fn the_plain_scan_agrees_with_the_toml_parser() {
        let pieces = [
            "[x]\n",
            "[x]",
            "[ x ]\n",
            "[y]\n",
            "[x.y]\n",
            "# note\n",
            "#\u{1}\n",
            "\n",
            "\r\n",
            "\r",
            " ",
            "\t",
            "furni",
            "Furni",
            "XDev",
            "a-b",
            "é",
            "9",
            "_",
            " = ",
            "=",
            "\"",
            "\"3805104374\"",
            "\"0\"",
            "\"01\"",
            "\"9223372036854775808\"",
            "3805104374",
            "'1'",
            " # c\n",
            "\\",
            "\u{feff}",
            "x = 1\n",
            "\"furni\" = \"1\"\n",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |bound: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(state >> 33).unwrap_or(0) % bound
        };
        let mut taken = 0;
        for case in 0..40_000 {
            let mut text = String::new();
            if case % 2 == 0 {
                text.push_str("[x]\n");
            }
            for _ in 0..next(14) {
                text.push_str(pieces[next(pieces.len())]);
                if next(3) == 0 {
                    // A well-formed entry now and then, so that valid files come up often.
                    text.push_str(&format!("\nuser_{} = \"{}\"\n", next(50), 1 + next(1000)));
                }
            }
            if let Some(plain) = crate::names::plain_toml::entries(&text) {
                taken += 1;
                assert_eq!(entries_from_toml(&text).as_ref(), Ok(&plain), "{text:?}");
            }
        }
        assert!(taken > 1000, "the scan took only {taken} texts");
    }

    #[test]
    fn names_ignore_case_and_ids_keep_their_digits() {
        let recipients: Recipients = "# comment\n[x]\nFurni = \"9223372036854775807\"\n\
                                      XDevelopers = 2244994945\n[other]\nkey = 1\n"
            .parse()
            .unwrap();
        assert_eq!(recipients.len(), 2);
        let furni: ScreenName = "furni".parse().unwrap();
        assert_eq!(recipients.get(&furni), Some(RecipientId::MAX));
        assert!(Recipients::from_toml_str("").unwrap().is_empty());
    }
}
