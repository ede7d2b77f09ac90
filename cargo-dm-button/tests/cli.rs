//! `cargo dm-button` end to end: the binary, run as Cargo runs it, against a stand-in for
//! X's API on 127.0.0.1 (see `mock_x`). No test reaches the internet.

// The helpers of a test fail it loudly: the workspace's ban on what can panic is for the
// crates' own code.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod mock_x;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use mock_x::{MockX, TOKEN};

/// A directory of its own for each test: a workspace root, as a project is, so that the
/// search for the nearest dm-button.toml stops there (and never reaches this repository's).
fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("Cargo.toml"), "[workspace]\n").unwrap();
    dir
}

/// `cargo-dm-button dm-button {args}` in `dir`, with `X_BEARER_TOKEN=token` (if any),
/// against `server`.
fn run(dir: &Path, server: Option<&MockX>, token: Option<&str>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cargo-dm-button"));
    command
        .arg("dm-button")
        .args(args)
        .current_dir(dir)
        .env_remove("X_BEARER_TOKEN")
        .env_remove("DM_BUTTON_X_API_BASE")
        .env("DM_BUTTON_X_API_TIMEOUT", "1");
    if let Some(server) = server {
        command.env("DM_BUTTON_X_API_BASE", &server.base);
    }
    if let Some(token) = token {
        command.env("X_BEARER_TOKEN", token);
    }
    command.output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Nothing the command prints holds the token.
fn assert_token_not_shown(output: &Output, token: &str) {
    assert!(
        !stdout(output).contains(token) && !stderr(output).contains(token),
        "the token was printed: {}{}",
        stdout(output),
        stderr(output)
    );
}

const FILE: &str = "\
# Our contacts. Keep this comment.
[x]
# The founder
furni = \"3805104374\" # checked 2026-11
XDevelopers = \"2244994945\"
";

#[test]
fn add_name_and_id_needs_no_network_and_creates_the_file() {
    let dir = workdir("add-name-id");
    let output = run(&dir, None, None, &["add", "@furni", "3805104374"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = fs::read_to_string(dir.join("dm-button.toml")).unwrap();
    assert!(text.ends_with("[x]\nfurni = \"3805104374\"\n"), "{text}");
    let recipients: dm_button_core::Recipients = text.parse().unwrap();
    assert_eq!(recipients.len(), 1);
    // A second call with another ID updates the entry, whatever the letter case.
    let output = run(&dir, None, None, &["add", "Furni", "2244994945"]);
    assert!(output.status.success());
    assert!(
        stdout(&output).starts_with("updated   furni = \"2244994945\" (was \"3805104374\")"),
        "{}",
        stdout(&output)
    );
    let text = fs::read_to_string(dir.join("dm-button.toml")).unwrap();
    assert!(text.ends_with("[x]\nfurni = \"2244994945\"\n"), "{text}");
}

#[test]
fn add_looks_names_up_and_keeps_comments_and_order() {
    let dir = workdir("add-lookup");
    fs::write(dir.join("dm-button.toml"), FILE).unwrap();
    let server = MockX::start();
    let output = run(&dir, Some(&server), Some(TOKEN), &["add", "x", "@FURNI"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_token_not_shown(&output, TOKEN);
    let text = fs::read_to_string(dir.join("dm-button.toml")).unwrap();
    // X's spelling for the new name; the existing entry, its comment and the order kept.
    assert_eq!(text, format!("{FILE}X = \"783214\"\n"));
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].path, "/2/users/by");
    assert_eq!(seen[0].usernames, ["x", "FURNI"]);
}

#[test]
fn add_sends_at_most_100_names_a_request() {
    let dir = workdir("add-many");
    let server = MockX::start();
    let names: Vec<String> = (0..150).map(|n| format!("user_{n}")).collect();
    let mut args = vec!["add"];
    args.extend(names.iter().map(String::as_str));
    let output = run(&dir, Some(&server), Some(TOKEN), &args);
    assert!(output.status.success(), "{}", stderr(&output));
    let sizes: Vec<usize> = server
        .seen()
        .iter()
        .map(|seen| seen.usernames.len())
        .collect();
    assert_eq!(sizes, [100, 50]);
    let recipients: dm_button_core::Recipients = fs::read_to_string(dir.join("dm-button.toml"))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(recipients.len(), 150);
}

#[test]
fn add_of_unknown_or_suspended_names_writes_nothing() {
    let dir = workdir("add-missing");
    fs::write(dir.join("dm-button.toml"), FILE).unwrap();
    let server = MockX::start();
    let output = run(
        &dir,
        Some(&server),
        Some(TOKEN),
        &["add", "X", "gone_user", "banned_user"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains("gone_user: no X account has this name"),
        "{out}"
    );
    assert!(
        out.contains("banned_user: the X account of this name is suspended"),
        "{out}"
    );
    assert!(stderr(&output).contains("2 of 3 names not found on X"));
    assert_eq!(
        fs::read_to_string(dir.join("dm-button.toml")).unwrap(),
        FILE
    );
}

#[test]
fn an_invalid_name_is_refused_before_any_request() {
    let dir = workdir("add-invalid");
    let server = MockX::start();
    let output = run(
        &dir,
        Some(&server),
        Some(TOKEN),
        &["add", "furni", "fur ni", "way_too_long_name"],
    );
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("nothing was looked up"), "{err}");
    assert!(
        err.contains("`fur ni`") && err.contains("way_too_long_name"),
        "{err}"
    );
    assert!(server.seen().is_empty());
    assert!(!dir.join("dm-button.toml").exists());
}

#[test]
fn each_failure_of_x_has_its_message_and_leaves_the_file() {
    let dir = workdir("failures");
    fs::write(dir.join("dm-button.toml"), FILE).unwrap();
    let server = MockX::start();
    let cases: [(Option<&str>, &str); 7] = [
        (None, "X_BEARER_TOKEN is not set"),
        (Some("wrong-token"), "X refused the token (401)"),
        (
            Some("forbidden-token"),
            "X refused access (403): When authenticating requests",
        ),
        (
            Some("limited-token"),
            "X's rate limit is reached (429): it resets in ",
        ),
        (Some("broken-token"), "X answered 503"),
        (Some("slow-token"), "X did not answer within 1 s"),
        (
            Some("bad-request-token"),
            "X refused the request (400): The `usernames` query parameter",
        ),
    ];
    for (token, expected) in cases {
        for args in [&["add", "X"][..], &["check"][..]] {
            let output = run(&dir, Some(&server), token, args);
            assert_eq!(output.status.code(), Some(2), "{token:?} {args:?}");
            let err = stderr(&output);
            assert!(err.contains(expected), "{token:?} {args:?}: {err}");
            if token == Some("limited-token") {
                // The stand-in resets its limit 900 s after it answers.
                let seconds: u64 = err
                    .split("resets in ")
                    .nth(1)
                    .and_then(|rest| rest.split(' ').next())
                    .and_then(|n| n.parse().ok())
                    .unwrap_or_else(|| panic!("{err}"));
                assert!((890..=900).contains(&seconds), "{err}");
            }
            if let Some(token) = token {
                assert_token_not_shown(&output, token);
            }
            assert_eq!(
                fs::read_to_string(dir.join("dm-button.toml")).unwrap(),
                FILE
            );
        }
    }
}

#[test]
fn the_api_base_must_be_https_or_loopback() {
    let dir = workdir("base");
    for base in ["http://example.com", "ftp://127.0.0.1", "not a url"] {
        let output = Command::new(env!("CARGO_BIN_EXE_cargo-dm-button"))
            .args(["dm-button", "add", "furni"])
            .current_dir(&dir)
            .env("X_BEARER_TOKEN", TOKEN)
            .env("DM_BUTTON_X_API_BASE", base)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        assert!(
            stderr(&output).contains("DM_BUTTON_X_API_BASE"),
            "{}",
            stderr(&output)
        );
        assert_token_not_shown(&output, TOKEN);
    }
}

#[test]
fn check_reports_each_name_that_no_longer_says_who_its_id_is() {
    let dir = workdir("check");
    let file = "[x]\nfurni = \"3805104374\"\nrenamed_now = \"7\"\ngone_user = \"8\"\nbanned_user = \"9\"\n";
    fs::write(dir.join("dm-button.toml"), file).unwrap();
    let server = MockX::start();
    let output = run(&dir, Some(&server), Some(TOKEN), &["check"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(
        lines[0].starts_with("renamed_now: now belongs to ID 42"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("gone_user: no X account has this name any more"),
        "{out}"
    );
    assert!(
        lines[2].starts_with("banned_user: the X account of this name is suspended"),
        "{out}"
    );
    assert!(stderr(&output).contains("3 of 4 names"));
    assert_eq!(
        fs::read_to_string(dir.join("dm-button.toml")).unwrap(),
        file
    );

    fs::write(dir.join("dm-button.toml"), FILE).unwrap();
    let output = run(&dir, Some(&server), Some(TOKEN), &["check"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("all 2 names"));
}

#[test]
fn list_prints_the_table_and_an_invalid_file_is_reported() {
    let dir = workdir("list");
    let output = run(&dir, None, None, &["list"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("does not exist: create it with `cargo dm-button add NAME`"));
    fs::write(dir.join("dm-button.toml"), FILE).unwrap();
    let output = run(&dir, None, None, &["list"]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        "furni        3805104374\nXDevelopers  2244994945\n"
    );

    let invalid = "[x]\nfurni = \"0\"\n";
    fs::write(dir.join("dm-button.toml"), invalid).unwrap();
    for args in [&["list"][..], &["add", "x", "1"][..]] {
        let output = run(&dir, None, None, args);
        assert_eq!(output.status.code(), Some(2));
        assert!(
            stderr(&output).contains("line 2: the ID of `furni`"),
            "{}",
            stderr(&output)
        );
        assert_eq!(
            fs::read_to_string(dir.join("dm-button.toml")).unwrap(),
            invalid
        );
    }
}

#[test]
fn the_file_is_the_one_the_macros_read() {
    // From a crate directory below the workspace root, the nearest file up to the root.
    let root = workdir("nearest");
    fs::write(
        root.join("Cargo.toml"),
        "[workspace]\nmembers = [\"app\"]\n",
    )
    .unwrap();
    fs::write(root.join("dm-button.toml"), FILE).unwrap();
    let app = root.join("app");
    fs::create_dir_all(&app).unwrap();
    fs::write(app.join("Cargo.toml"), "[package]\nname = \"app\"\n").unwrap();
    let output = run(&app, None, None, &["add", "X", "783214"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!app.join("dm-button.toml").exists());
    assert!(
        fs::read_to_string(root.join("dm-button.toml"))
            .unwrap()
            .ends_with("X = \"783214\"\n")
    );
    // `--file` names another.
    let output = run(
        &app,
        None,
        None,
        &["--file", "other.toml", "add", "X", "783214"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(app.join("other.toml").exists());
}

#[test]
fn every_subcommand_has_help() {
    let dir = workdir("help");
    for args in [
        &["--help"][..],
        &["add", "--help"],
        &["check", "--help"],
        &["list", "--help"],
    ] {
        let output = run(&dir, None, None, args);
        assert!(output.status.success(), "{args:?}");
        assert!(
            stdout(&output).contains("Usage: cargo dm-button"),
            "{}",
            stdout(&output)
        );
    }
}
