//! The workspace's benchmark runs, each printing a Markdown report for BENCHMARKS.md:
//!
//! - `cargo xtask bench [RUNS]`: the run-time benchmarks (divan), RUNS times, as ratios;
//! - `cargo xtask compile-bench [RUNS] [BUTTONS]`: the compile-time benchmark;
//! - `cargo xtask load [SECONDS] [ROUNDS]`: the load test of the axum demo, its gallery and
//!   its counting route (needs `wrk`).

mod bench;
mod compile_bench;
mod load;
mod stats;

use std::path::PathBuf;
use std::process::ExitCode;

/// The workspace's root directory.
fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn number<T: std::str::FromStr>(arg: Option<&String>, default: T) -> Result<T, String> {
    match arg {
        None => Ok(default),
        Some(text) => text
            .parse()
            .map_err(|_| format!("`{text}` is not a number")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("bench") => number(args.get(1), 9).map(bench::run),
        Some("compile-bench") => number(args.get(1), 5)
            .and_then(|runs| Ok((runs, number(args.get(2), 1000)?)))
            .map(|(runs, buttons)| compile_bench::run(runs, buttons)),
        Some("load") => number(args.get(1), 10)
            .and_then(|seconds| Ok((seconds, number(args.get(2), 3)?)))
            .map(|(seconds, rounds)| load::run(seconds, rounds)),
        Some("baseline-server") => {
            match (number(args.get(1), 0_u16), args.get(2), args.get(3)) {
                (Ok(port), Some(body), Some(location)) if port != 0 => {
                    load::baseline_server(port, std::path::Path::new(body), location);
                    Ok(String::new())
                }
                _ => Err("usage: xtask baseline-server PORT FILE LOCATION".to_owned()),
            }
        }
        _ => Err("usage: cargo xtask bench [RUNS] | compile-bench [RUNS] [BUTTONS] | load [SECONDS] [ROUNDS]".to_owned()),
    };
    match result {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}
