//! The subcommands: `add`, `check` and `list`.

use std::fmt;
use std::path::Path;
use std::time::Duration;

use dm_button_core::{RecipientId, ScreenName};

use crate::file::{Change, FileError, RecipientsFile};
use crate::x_api::{ApiError, DEFAULT_BASE, Lookup, XApi};

/// How a command that ran to its end went.
pub(crate) enum Outcome {
    /// As asked.
    Done,
    /// It ran, and found names to report (exit code 1).
    Problems,
}

/// Why a command could not do its job (exit code 2).
#[derive(Debug)]
pub(crate) enum Error {
    File(FileError),
    Api(ApiError),
    NoToken,
    InvalidNames(Vec<String>),
    NoFile(String),
}

impl From<FileError> for Error {
    fn from(error: FileError) -> Self {
        Self::File(error)
    }
}

impl From<ApiError> for Error {
    fn from(error: ApiError) -> Self {
        Self::Api(error)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::File(error) => write!(f, "{error}"),
            Self::Api(error) => write!(f, "{error}; dm-button.toml is unchanged"),
            Self::NoToken => f.write_str(
                "X_BEARER_TOKEN is not set: looking names up needs the bearer token of an app \
                 in X's developer portal (Keys and tokens), in that variable; `cargo dm-button \
                 add NAME ID` needs none",
            ),
            Self::InvalidNames(messages) => {
                f.write_str("nothing was looked up: ")?;
                f.write_str(&messages.join("; "))
            }
            Self::NoFile(path) => write!(
                f,
                "{path} does not exist: create it with `cargo dm-button add NAME`"
            ),
        }
    }
}

/// The client for X's API, from the environment.
fn x_api() -> Result<XApi, Error> {
    let token = std::env::var("X_BEARER_TOKEN").unwrap_or_default();
    if token.trim().is_empty() {
        return Err(Error::NoToken);
    }
    let base = std::env::var("DM_BUTTON_X_API_BASE").unwrap_or_else(|_| DEFAULT_BASE.to_owned());
    let timeout = std::env::var("DM_BUTTON_X_API_TIMEOUT")
        .ok()
        .and_then(|seconds| seconds.trim().parse::<u64>().ok())
        .unwrap_or(15);
    Ok(XApi::new(
        &base,
        token.trim().to_owned(),
        Duration::from_secs(timeout),
    )?)
}

/// `add NAME ID` or `add NAME...`.
pub(crate) fn add(path: &Path, arguments: &[String]) -> Result<Outcome, Error> {
    let mut file = RecipientsFile::open(path)?;
    if let [name, id] = arguments
        && !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
    {
        let name = screen_names(std::slice::from_ref(name))?;
        let id: RecipientId = id
            .parse()
            .map_err(|error| Error::InvalidNames(vec![format!("the ID `{id}`: {error}")]))?;
        let changes: Vec<_> = name
            .iter()
            .map(|name| (*name, id, file.set(name, id)))
            .collect();
        file.save()?;
        report(&file, &changes);
        return Ok(Outcome::Done);
    }
    let names = screen_names(arguments)?;
    let lookups = x_api()?.lookup(&names)?;
    let mut changes = Vec::with_capacity(names.len());
    let mut missing = Vec::new();
    for (name, lookup) in names.iter().zip(lookups) {
        match lookup {
            Lookup::Found { username, id } => {
                let name = username.parse::<ScreenName>().unwrap_or(*name);
                changes.push((name, id, file.set(&name, id)));
            }
            other => missing.push(format!("{name}: {}", describe(&other))),
        }
    }
    if !missing.is_empty() {
        for line in &missing {
            println!("{line}");
        }
        eprintln!(
            "error: {} of {} names not found on X: {} is unchanged",
            missing.len(),
            names.len(),
            file.path().display()
        );
        return Ok(Outcome::Problems);
    }
    file.save()?;
    report(&file, &changes);
    Ok(Outcome::Done)
}

/// One line per name, as the file now writes it (an existing entry keeps its spelling).
fn report(file: &RecipientsFile, changes: &[(ScreenName, RecipientId, Change)]) {
    let recipients = file.recipients().unwrap_or_default();
    for (given, id, change) in changes {
        let name = recipients
            .iter()
            .map(|(name, _)| name)
            .find(|name| name.as_str().eq_ignore_ascii_case(given.as_str()))
            .unwrap_or(given);
        match change {
            Change::Added => println!("added     {name} = \"{id}\""),
            Change::Updated { old } => println!("updated   {name} = \"{id}\" (was \"{old}\")"),
            Change::Unchanged => println!("unchanged {name} = \"{id}\""),
        }
    }
    println!("in {}", file.path().display());
}

/// The names, each checked before any request; every invalid one reported at once.
fn screen_names(arguments: &[String]) -> Result<Vec<ScreenName>, Error> {
    let mut names = Vec::with_capacity(arguments.len());
    let mut invalid = Vec::new();
    for argument in arguments {
        match argument.parse::<ScreenName>() {
            Ok(name) => names.push(name),
            Err(error) => invalid.push(error.to_string()),
        }
    }
    if invalid.is_empty() {
        Ok(names)
    } else {
        Err(Error::InvalidNames(invalid))
    }
}

/// What a lookup that found no account says, for a line of output.
fn describe(lookup: &Lookup) -> String {
    match lookup {
        Lookup::Found { username, id } => format!("{username} has ID {id}"),
        Lookup::NotFound => "no X account has this name".to_owned(),
        Lookup::Suspended => "the X account of this name is suspended".to_owned(),
        Lookup::Other(detail) => format!("X says: {detail}"),
    }
}

/// `check`.
pub(crate) fn check(path: &Path) -> Result<Outcome, Error> {
    let file = RecipientsFile::open(path)?;
    if !file.exists() {
        return Err(Error::NoFile(path.display().to_string()));
    }
    let recipients = file.recipients()?;
    let names: Vec<ScreenName> = recipients.iter().map(|(name, _)| *name).collect();
    if names.is_empty() {
        println!("{} lists no names", path.display());
        return Ok(Outcome::Done);
    }
    let lookups = x_api()?.lookup(&names)?;
    let mut problems = 0;
    for ((name, listed), lookup) in recipients.iter().zip(lookups) {
        let line = match lookup {
            Lookup::Found { id, .. } if id == listed => continue,
            Lookup::Found { username, id } => format!(
                "{name}: now belongs to ID {id} (@{username}), the file has {listed}: the link \
                 still reaches {listed}, whose name is no longer {name}"
            ),
            Lookup::NotFound => format!(
                "{name}: no X account has this name any more: the link still reaches {listed}, \
                 whatever it is called now"
            ),
            Lookup::Suspended => format!(
                "{name}: the X account of this name is suspended: its link leads nowhere useful"
            ),
            Lookup::Other(detail) => format!("{name}: X says: {detail}"),
        };
        println!("{line}");
        problems += 1;
    }
    if problems == 0 {
        println!(
            "all {} names in {} still belong to their IDs",
            names.len(),
            path.display()
        );
        Ok(Outcome::Done)
    } else {
        eprintln!(
            "error: {problems} of {} names in {} no longer say who their ID is",
            names.len(),
            path.display()
        );
        Ok(Outcome::Problems)
    }
}

/// `list`.
pub(crate) fn list(path: &Path) -> Result<Outcome, Error> {
    let file = RecipientsFile::open(path)?;
    if !file.exists() {
        return Err(Error::NoFile(path.display().to_string()));
    }
    let recipients = file.recipients()?;
    let width = recipients
        .iter()
        .map(|(name, _)| name.as_str().len())
        .max()
        .unwrap_or(0);
    for (name, id) in recipients.iter() {
        println!("{:width$}  {id}", name.as_str());
    }
    Ok(Outcome::Done)
}
