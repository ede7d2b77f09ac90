//! The load test: the axum demo's gallery (`/`) against a minimal axum handler returning a
//! `&'static str` of the same bytes, and the demo's counting route (`/go/sales`: count, then
//! 303) against a handler that returns the same 303 and counts nothing, each under the same
//! bounded `wrk` run on loopback.

use std::io::{Read as _, Write as _};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::stats::{median, summary};

/// A server process, killed when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .port()
}

fn wait_for(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
        assert!(Instant::now() < deadline, "nothing listens on port {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The body of `GET /`.
fn fetch(port: u16) -> Vec<u8> {
    let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("the server accepts");
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .expect("the request is sent");
    let mut response = Vec::new();
    stream
        .read_to_end(&mut response)
        .expect("the response is read");
    let start = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block")
        + 4;
    response.split_off(start)
}

/// One `wrk` run on `path`: requests per second, and the count of errors and answers of
/// 400 or more (wrk's "Non-2xx or 3xx responses").
fn wrk(port: u16, path: &str, seconds: u64) -> (f64, u64) {
    let output = Command::new("wrk")
        .args([
            "--threads",
            "2",
            "--connections",
            "32",
            "--duration",
            &format!("{seconds}s"),
        ])
        .arg(format!("http://127.0.0.1:{port}{path}"))
        .output()
        .expect("wrk runs");
    let text = String::from_utf8_lossy(&output.stdout);
    let rps = text
        .lines()
        .find_map(|line| line.strip_prefix("Requests/sec:"))
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or_else(|| panic!("no Requests/sec in wrk's output:\n{text}"));
    let errors: u64 = text
        .lines()
        .filter(|line| line.contains("Socket errors") || line.contains("Non-2xx"))
        .flat_map(|line| {
            line.split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse::<u64>().ok())
        })
        .sum();
    (rps, errors)
}

pub(crate) fn run(seconds: u64, rounds: usize) -> String {
    if Command::new("wrk")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_err()
    {
        panic!("the load test needs wrk: apt-get install wrk");
    }
    let workspace = crate::workspace_root();
    let built = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--release",
            "--bin",
            "axum-demo",
            "--bin",
            "xtask",
        ])
        .current_dir(&workspace)
        .status()
        .expect("cargo runs");
    assert!(built.success(), "the release build failed");
    let release = workspace.join("target/release");

    let demo_port = free_port();
    let _demo = Server(
        Command::new(release.join("axum-demo"))
            .env("PORT", demo_port.to_string())
            .stdout(Stdio::null())
            .spawn()
            .expect("the demo starts"),
    );
    wait_for(demo_port);
    let page = fetch(demo_port);
    let location = redirect(demo_port);
    let body_file: PathBuf = workspace.join("target/load-baseline-body.html");
    std::fs::write(&body_file, &page).expect("a writable target directory");

    let baseline_port = free_port();
    let _baseline = Server(
        Command::new(release.join("xtask"))
            .args(["baseline-server", &baseline_port.to_string()])
            .arg(&body_file)
            .arg(&location)
            .spawn()
            .expect("the baseline starts"),
    );
    wait_for(baseline_port);
    assert_eq!(
        fetch(baseline_port),
        page,
        "the baseline serves the same bytes"
    );
    assert_eq!(
        redirect(baseline_port),
        location,
        "the baseline redirects to the same link"
    );

    let (mut demo, mut baseline, mut ratios, mut errors) = (Vec::new(), Vec::new(), Vec::new(), 0);
    let (mut counted, mut fixed, mut redirect_ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        let (demo_rps, demo_errors) = wrk(demo_port, "/", seconds);
        let (baseline_rps, baseline_errors) = wrk(baseline_port, "/", seconds);
        demo.push(demo_rps);
        baseline.push(baseline_rps);
        ratios.push(demo_rps / baseline_rps);
        let (counted_rps, counted_errors) = wrk(demo_port, ROUTE, seconds);
        let (fixed_rps, fixed_errors) = wrk(baseline_port, ROUTE, seconds);
        counted.push(counted_rps);
        fixed.push(fixed_rps);
        redirect_ratios.push(counted_rps / fixed_rps);
        errors += demo_errors + baseline_errors + counted_errors + fixed_errors;
    }
    let redirects = format!(
        "\n| server | requests/s |\n|---|---|\n\
         | axum demo `{ROUTE}` (`dm_button::http::click`: look the slug up, count, 303) | {} |\n\
         | minimal axum handler, a fixed 303 to the same link | {} |\n\
         | ratio | {} |\n",
        summary(&counted, 0),
        summary(&fixed, 0),
        summary(&redirect_ratios, 2),
    );
    format!(
        "### Load: `wrk --threads 2 --connections 32 --duration {seconds}s`, {rounds} rounds \
         (median [min–max])\n\n| server | requests/s |\n|---|---|\n\
         | axum demo `/` ({} bytes: the gallery, rendered once with maud) | {} |\n\
         | minimal axum handler, `&'static str` of the same bytes | {} |\n\
         | ratio | {} |\n| errors and non-2xx answers | {errors} |\n",
        page.len(),
        summary(&demo, 0),
        summary(&baseline, 0),
        summary(&ratios, 2),
    ) + &format!("\nMedian ratio: {:.2}\n", median(&ratios))
        + &redirects
        + &format!(
            "\nMedian ratio of the redirects: {:.2}\n",
            median(&redirect_ratios)
        )
}

/// The counting route the load test asks for.
const ROUTE: &str = "/go/sales";

/// The `Location` of the 303 that `GET /go/sales` gets.
fn redirect(port: u16) -> String {
    let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("the server accepts");
    stream
        .write_all(
            format!("GET {ROUTE} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .expect("the request is sent");
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .expect("the response is read");
    assert!(response.starts_with("HTTP/1.1 303"), "{response}");
    response
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("location")
                .then(|| value.trim().to_owned())
        })
        .expect("a Location header")
}

/// `xtask baseline-server PORT FILE LOCATION`: serves FILE's bytes at `/`, the way a minimal
/// axum handler serves a `&'static str`, and a fixed 303 to LOCATION at `/go/sales`.
pub(crate) fn baseline_server(port: u16, body: &Path, location: &str) {
    let page: &'static str = String::leak(std::fs::read_to_string(body).expect("the page's bytes"));
    let location: &'static str = String::leak(location.to_owned());
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    runtime.block_on(async move {
        let app = axum::Router::new()
            .route(
                "/",
                axum::routing::get(move || async move { axum::response::Html(page) }),
            )
            .route(
                ROUTE,
                axum::routing::get(move || async move {
                    (
                        axum::http::StatusCode::SEE_OTHER,
                        [
                            (axum::http::header::LOCATION, location),
                            (axum::http::header::CACHE_CONTROL, "no-store"),
                        ],
                    )
                }),
            );
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, port))
            .await
            .expect("the port");
        axum::serve(listener, app)
            .await
            .expect("the baseline serves");
    });
}
