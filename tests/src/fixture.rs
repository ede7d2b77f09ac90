//! Crates outside this workspace, built by the tests as a user's crates are built: their own
//! workspace, their own `Cargo.toml`, dm-button reached only through its path.
//!
//! A fixture is a directory of `tests/fixtures/` copied into a fresh directory under the
//! test's temporary directory, with `{dm-button}` in its manifests replaced by the absolute
//! path of the `dm-button` crate. It is built offline with this workspace's `Cargo.lock`
//! (the same versions, already downloaded) into a target directory kept between runs.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fixture workspace, ready to build.
pub struct Fixture {
    /// The workspace's root directory.
    pub root: PathBuf,
    /// The target directory every fixture shares.
    target: PathBuf,
}

/// This workspace's root directory.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is in the workspace")
        .to_path_buf()
}

impl Fixture {
    /// A new workspace named `name` under `temp` (the test's `CARGO_TARGET_TMPDIR`) holding
    /// the fixture crates `crates`, each from `tests/fixtures/{crate}`.
    pub fn new(temp: &Path, name: &str, crates: &[&str]) -> Self {
        let root = temp.join("fixtures").join(name);
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(&root).expect("a fixture directory");
        let members: Vec<String> = crates.iter().map(|name| format!("{name:?}")).collect();
        fs::write(
            root.join("Cargo.toml"),
            format!(
                "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
                members.join(", ")
            ),
        )
        .expect("the fixture's workspace manifest");
        fs::copy(workspace_root().join("Cargo.lock"), root.join("Cargo.lock"))
            .expect("the workspace's Cargo.lock");
        let dm_button = workspace_root().join("dm-button");
        for name in crates {
            copy_dir(
                &workspace_root().join("tests/fixtures").join(name),
                &root.join(name),
                &dm_button,
            );
        }
        Self {
            root,
            target: temp.join("fixtures-target"),
        }
    }

    /// `cargo {args}` in the fixture, offline, with a target directory shared by every
    /// fixture (so dm-button and its dependencies are built once).
    pub fn cargo(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO"))
            .args(args)
            .arg("--offline")
            .current_dir(&self.root)
            .env("CARGO_TARGET_DIR", &self.target)
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .output()
            .expect("cargo runs")
    }

    /// `cargo run -q -p {package}`'s standard output, failing the test with cargo's
    /// output if the build or the run fails.
    pub fn run(&self, package: &str) -> String {
        let output = self.cargo(&["run", "--quiet", "--package", package]);
        assert!(
            output.status.success(),
            "cargo run -p {package} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }
}

/// Copies the directory `from` to `to`, replacing `{dm-button}` in each `Cargo.toml` with
/// the path of the dm-button crate.
fn copy_dir(from: &Path, to: &Path, dm_button: &Path) {
    fs::create_dir_all(to).expect("a fixture directory");
    for entry in fs::read_dir(from).expect("the fixture exists") {
        let entry = entry.expect("a directory entry");
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target, dm_button);
        } else if entry.file_name() == "Cargo.toml" {
            let manifest = fs::read_to_string(&path).expect("a manifest");
            let path_text = dm_button.to_str().expect("a UTF-8 path");
            fs::write(&target, manifest.replace("{dm-button}", path_text))
                .expect("the manifest written");
        } else {
            fs::copy(&path, &target).expect("the file copied");
        }
    }
}
