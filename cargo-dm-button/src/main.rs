//! `cargo dm-button`: keeps `dm-button.toml`, the checked-in file that maps X screen names to
//! their numeric user IDs for dm-button's `recipient = "@name"`, in step with X.
//!
//! ```text
//! cargo dm-button add furni 3805104374     # writes the entry, no network
//! cargo dm-button add furni XDevelopers    # looks the names up on X's API v2
//! cargo dm-button check                    # does every name still belong to its ID?
//! cargo dm-button list                     # the table
//! ```
//!
//! Lookups use X's API v2 (`GET /2/users/by?usernames=`, at most 100 names a request) with
//! the app-only bearer token in `X_BEARER_TOKEN`, which is never printed or written.
//! `DM_BUTTON_X_API_BASE` replaces `https://api.x.com` (`https`, or `http` on a loopback
//! address); `DM_BUTTON_X_API_TIMEOUT` is the time allowed for an answer, in seconds (15).
//!
//! Exit codes: 0 when all went well; 1 when `check` found a name that no longer says who its
//! ID is, or `add` found a name X does not have; 2 for any other failure (usage, the file,
//! the token, X's API). A failure leaves the file byte for byte as it was.
#![forbid(unsafe_code)]

mod commands;
mod file;
mod x_api;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Cargo runs `cargo-dm-button dm-button ...` for `cargo dm-button ...`.
#[derive(Parser)]
#[command(name = "cargo", bin_name = "cargo")]
enum Cargo {
    /// Keep dm-button.toml (X screen names -> numeric IDs) in step with X.
    #[command(name = "dm-button", version, about, long_about = LONG_ABOUT)]
    DmButton(DmButton),
}

const LONG_ABOUT: &str = "\
Keeps dm-button.toml in step with X. dm-button's macros read it at compile time, so that code \
can name a recipient (`recipient = \"@furni\"`) while X's link holds its numeric ID; the build \
never touches the network. Lookups use X's API v2 with the app-only bearer token in \
X_BEARER_TOKEN.";

#[derive(Args)]
struct DmButton {
    /// The file to use [default: the nearest dm-button.toml from here up to the workspace
    /// root, as the macros find it; else a new one here]
    #[arg(long, global = true, value_name = "PATH")]
    file: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Add names: `add NAME ID` writes the entry as given, with no network; `add NAME...`
    /// looks the names up on X and writes the IDs X gives.
    #[command(long_about = ADD_ABOUT)]
    Add {
        /// Screen names (with or without @), or one name and its numeric ID
        #[arg(required = true, value_name = "NAME")]
        names: Vec<String>,
    },
    /// Look every name up again, and fail (exit code 1) for each that now belongs to
    /// another ID, no longer exists or is suspended. Made for CI, with the token as a secret.
    #[command(long_about = CHECK_ABOUT)]
    Check,
    /// Print the names and their IDs.
    List,
}

const ADD_ABOUT: &str = "\
Adds names to the [x] table, or updates them. `add NAME ID` (a name, then digits) writes that \
entry with no network. `add NAME...` looks every name up on X's API v2 (GET /2/users/by, at \
most 100 names a request, bearer token from X_BEARER_TOKEN) and writes the IDs X gives, with \
each name as X writes it. A name made only of digits is written with its @. Nothing is \
written unless every name is found.";

const CHECK_ABOUT: &str = "\
Looks every name of the [x] table up on X again. A link keeps reaching the account of its ID \
whatever happens to the name, but when the name now belongs to another ID, no longer exists or \
is suspended, the name in the code no longer says who that is. Each such name gets a line, and \
the exit code is 1. The file is not changed. In CI, give the token as a secret in \
X_BEARER_TOKEN.";

fn main() -> ExitCode {
    let Cargo::DmButton(arguments) = Cargo::parse();
    let path = arguments.file.unwrap_or_else(|| {
        let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        file::nearest(&here)
    });
    let outcome = match arguments.command {
        Command::Add { names } => commands::add(&path, &names),
        Command::Check => commands::check(&path),
        Command::List => commands::list(&path),
    };
    match outcome {
        Ok(commands::Outcome::Done) => ExitCode::SUCCESS,
        Ok(commands::Outcome::Problems) => ExitCode::from(1),
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}
