//! `dm-button.toml` as this command edits it: in place, with its comments, spacing and order
//! kept (`toml_edit`), checked by the same rules as the macros before it is written, and
//! written atomically (a temporary file beside it, then a rename), so that a failure at any
//! point leaves the file byte for byte as it was.

use std::fmt;
use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use dm_button_core::{RECIPIENTS_FILE, RecipientId, Recipients, RecipientsError, ScreenName};
use toml_edit::{DocumentMut, Item, Table, Value};

/// What a new file starts with.
const NEW_FILE: &str = "\
# X screen names and their numeric user IDs, for dm-button's `recipient = \"@name\"`.
# Kept by `cargo dm-button` (add, check, list). Commit it: the build reads it, offline.
[x]
";

/// The file, as read, and as edited so far.
pub(crate) struct RecipientsFile {
    path: PathBuf,
    exists: bool,
    document: DocumentMut,
}

/// What [`RecipientsFile::set`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    Added,
    Updated { old: String },
    Unchanged,
}

/// Why the file cannot be used.
#[derive(Debug)]
pub(crate) enum FileError {
    Read(PathBuf, io::Error),
    NotToml(PathBuf, String),
    Invalid(PathBuf, RecipientsError),
    Write(PathBuf, io::Error),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Read(path, error) => write!(f, "{}: cannot be read: {error}", path.display()),
            Self::NotToml(path, error) => {
                write!(f, "{}: not valid TOML: {}", path.display(), error.trim())
            }
            Self::Invalid(path, error) => write!(f, "{}, {error}", path.display()),
            Self::Write(path, error) => write!(
                f,
                "{}: cannot be written ({error}); it is as it was",
                path.display()
            ),
        }
    }
}

/// The `dm-button.toml` the macros of a crate in `start` would read (see
/// `Recipients::nearest_file`); or, if there is none, a new one in `start`.
pub(crate) fn nearest(start: &Path) -> PathBuf {
    Recipients::nearest_file(start).unwrap_or_else(|| start.join(RECIPIENTS_FILE))
}

impl RecipientsFile {
    /// The file at `path`; an empty one if there is none yet (created when saved).
    pub(crate) fn open(path: &Path) -> Result<Self, FileError> {
        let text = match fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(error) if error.kind() == io::ErrorKind::NotFound => None,
            Err(error) => return Err(FileError::Read(path.to_path_buf(), error)),
        };
        let exists = text.is_some();
        let text = text.unwrap_or_else(|| NEW_FILE.to_owned());
        let document: DocumentMut = text.parse().map_err(|error: toml_edit::TomlError| {
            FileError::NotToml(path.to_path_buf(), error.to_string())
        })?;
        let file = Self {
            path: path.to_path_buf(),
            exists,
            document,
        };
        file.recipients()?;
        Ok(file)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn exists(&self) -> bool {
        self.exists
    }

    /// The names and IDs as the macros would read them.
    pub(crate) fn recipients(&self) -> Result<Recipients, FileError> {
        Recipients::from_toml_str(&self.document.to_string())
            .map_err(|error| FileError::Invalid(self.path.clone(), error))
    }

    /// Sets the ID of `name`: the entry of the same name in any letter case if there is one
    /// (its spelling, comment and place kept), else a new entry at the end of `[x]`.
    pub(crate) fn set(&mut self, name: &ScreenName, id: RecipientId) -> Change {
        let id_text = id.to_string();
        if !self.document.contains_key("x") {
            let mut table = Table::new();
            table.set_implicit(false);
            self.document.insert("x", Item::Table(table));
        }
        let Some(table) = self.document.get_mut("x").and_then(Item::as_table_like_mut) else {
            // `x` is there but is not a table: `open` refused such a file already.
            return Change::Unchanged;
        };
        let existing = table.iter().map(|(key, _)| key.to_owned()).find(|key| {
            key.trim_start_matches('@')
                .eq_ignore_ascii_case(name.as_str())
        });
        match existing {
            Some(key) => {
                let Some(value) = table.get_mut(&key).and_then(Item::as_value_mut) else {
                    return Change::Unchanged;
                };
                let old = match &*value {
                    Value::String(text) => text.value().clone(),
                    other => other.to_string().trim().to_owned(),
                };
                if old == id_text {
                    return Change::Unchanged;
                }
                let decor = value.decor().clone();
                *value = Value::from(id_text);
                *value.decor_mut() = decor;
                Change::Updated { old }
            }
            None => {
                table.insert(name.as_str(), Item::Value(Value::from(id_text)));
                Change::Added
            }
        }
    }

    /// Writes the file if it changed, atomically: a temporary file in the same directory,
    /// flushed to disk, then renamed over the file. The text is checked by the macros'
    /// rules first, so an invalid file is never written.
    pub(crate) fn save(&self) -> Result<(), FileError> {
        let text = self.document.to_string();
        Recipients::from_toml_str(&text)
            .map_err(|error| FileError::Invalid(self.path.clone(), error))?;
        let write_error = |error| FileError::Write(self.path.clone(), error);
        let dir = match self.path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let temporary = dir.join(format!(".{RECIPIENTS_FILE}.{}.tmp", std::process::id()));
        let written = (|| {
            let mut file = fs::File::create(&temporary)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
            fs::rename(&temporary, &self.path)
        })();
        if let Err(error) = written {
            let _ = fs::remove_file(&temporary);
            return Err(write_error(error));
        }
        Ok(())
    }
}
