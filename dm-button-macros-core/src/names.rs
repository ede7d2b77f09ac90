//! Recipients by name at compile time: `recipient = "@furni"` is looked up in the nearest
//! `dm-button.toml`, from the crate's manifest directory up to the workspace root.
//!
//! The file is read and parsed once per compiler process and path, and again only if its
//! modification time or length changes (a long-lived process, such as rust-analyzer's
//! proc-macro server, sees edits). The expansion of the first lookup in a process includes
//! the file with `include_bytes!`, so that Cargo lists it among the crate's inputs and
//! rebuilds the crate when it changes; once per process is enough for that, and costs one
//! read of the file, not one per button.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use dm_button_core::{RECIPIENTS_FILE, RecipientId, Recipients, RecipientsError, ScreenName};

/// A name's ID, and the file to track if this is the first lookup of the process.
pub(crate) struct Found {
    pub(crate) id: RecipientId,
    pub(crate) track: Option<PathBuf>,
}

/// A file as it was parsed, and what it said.
struct Parsed {
    path: PathBuf,
    stamp: Stamp,
    recipients: Result<Arc<Recipients>, ReadError>,
    tracked: bool,
}

/// Why a file gave no recipients.
#[derive(Clone)]
enum ReadError {
    /// It could not be read as text: the system's message.
    Read(String),
    /// Its text is not a list of recipients.
    Parse(RecipientsError),
}

/// What tells a changed file from the one that was parsed.
#[derive(PartialEq, Eq, Clone, Copy)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

static PARSED: Mutex<Vec<Parsed>> = Mutex::new(Vec::new());

/// The file found for each manifest directory in this process: the search reads a
/// `Cargo.toml` in every directory it passes, which need not be done for every button.
static FOUND: Mutex<Vec<(PathBuf, PathBuf)>> = Mutex::new(Vec::new());

/// [`Recipients::nearest_file`] for `manifest_dir`, searched once per process while the file
/// found is there.
fn nearest_file(manifest_dir: &Path) -> Option<PathBuf> {
    let mut found = FOUND
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, path)) = found
        .iter()
        .find(|(dir, path)| dir == manifest_dir && path.is_file())
    {
        return Some(path.clone());
    }
    let path = Recipients::nearest_file(manifest_dir)?;
    found.retain(|(dir, _)| dir != manifest_dir);
    found.push((manifest_dir.to_path_buf(), path.clone()));
    Some(path)
}

/// The ID of `name`, from the nearest `dm-button.toml`; or the compile error's message.
pub(crate) fn lookup(name: &ScreenName) -> Result<Found, String> {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default();
    let Some(path) = nearest_file(&manifest_dir) else {
        return Err(format!(
            "`@{name}` names a recipient, but there is no {RECIPIENTS_FILE} in this crate's \
             directory or above it up to the workspace root: create it with `cargo dm-button \
             add {name}`, which looks the ID up on X, or by hand beside Cargo.toml: `[x]`, then \
             `{name} = \"<its numeric ID>\"`; or give the numeric ID itself: `recipient = \
             3805104374`",
            name = name.as_str()
        ));
    };
    // How messages name the file: worked out only for a message.
    let shown = || shown_path(&manifest_dir, &path);
    let stamp = std::fs::metadata(&path)
        .map(|metadata| Stamp {
            modified: metadata.modified().ok(),
            len: metadata.len(),
        })
        .map_err(|error| format!("{} cannot be read: {error}", shown()))?;
    let (recipients, track) = parsed(&path, stamp).map_err(|error| match error {
        ReadError::Read(error) => format!("{} cannot be read: {error}", shown()),
        ReadError::Parse(error) => file_error(&shown(), &error),
    })?;
    let id = recipients
        .resolve(dm_button_core::Recipient::Name(*name))
        .map_err(|error| match shown().as_str() {
            RECIPIENTS_FILE => error.to_string(),
            shown => format!("{shown}: {error}"),
        })?;
    Ok(Found {
        id,
        track: track.then_some(path),
    })
}

/// The recipients of the file at `path`, parsed now or earlier in this process, and whether
/// this is the first lookup in it (whose expansion tracks the file).
fn parsed(path: &Path, stamp: Stamp) -> Result<(Arc<Recipients>, bool), ReadError> {
    // A panic elsewhere cannot have left the list half-written: take it as it is.
    let mut cache = PARSED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(entry) = cache.iter_mut().find(|parsed| parsed.path == path) {
        if entry.stamp != stamp {
            *entry = Parsed::read(path, stamp);
        }
        return entry.take();
    }
    let mut entry = Parsed::read(path, stamp);
    let result = entry.take();
    cache.push(entry);
    result
}

impl Parsed {
    fn read(path: &Path, stamp: Stamp) -> Self {
        Self {
            path: path.to_path_buf(),
            stamp,
            recipients: read(path),
            tracked: false,
        }
    }

    /// The recipients, and whether this is the first lookup since the file was read.
    fn take(&mut self) -> Result<(Arc<Recipients>, bool), ReadError> {
        let first = !self.tracked;
        self.tracked = true;
        self.recipients
            .clone()
            .map(|recipients| (recipients, first))
    }
}

fn read(path: &Path) -> Result<Arc<Recipients>, ReadError> {
    let text = std::fs::read_to_string(path).map_err(|error| ReadError::Read(error.to_string()))?;
    Recipients::from_toml_str(&text)
        .map(Arc::new)
        .map_err(ReadError::Parse)
}

/// The message for a file that does not parse: the file, the line, what is wrong and the fix.
fn file_error(shown: &str, error: &RecipientsError) -> String {
    let fix = match error {
        RecipientsError::Syntax { .. } | RecipientsError::XNotATable { .. } => {
            "; fix the file: it is `[x]`, then one `name = \"ID\"` a line"
        }
        RecipientsError::InvalidId { .. } | RecipientsError::NotAnId { .. } => {
            "; fix that entry: `cargo dm-button add NAME` writes the ID X has for the name"
        }
        RecipientsError::InvalidName { .. } => {
            "; fix or remove that entry: an X screen name is 1 to 15 of A-Z a-z 0-9 _"
        }
        // The message says the fix.
        _ => "",
    };
    format!("{shown}, {error}{fix}")
}

/// `path` as messages show it: relative to the crate's directory (`dm-button.toml`,
/// `../dm-button.toml`), which means the same on every machine.
fn shown_path(manifest_dir: &Path, path: &Path) -> String {
    let dir = path.parent().unwrap_or(path);
    match manifest_dir
        .ancestors()
        .position(|ancestor| ancestor == dir)
    {
        Some(0) => RECIPIENTS_FILE.to_owned(),
        Some(levels) => format!("{}{RECIPIENTS_FILE}", "../".repeat(levels)),
        None => path.display().to_string(),
    }
}
