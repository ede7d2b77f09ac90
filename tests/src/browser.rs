//! Headless Chromium through ChromeDriver (WebDriver), for the browser tests.
//!
//! Chromium runs with the flags a closed machine needs (no background networking, no
//! component updates, a fresh profile) and with every host name resolving to nothing, so a
//! page can navigate to x.com and the request is seen but never leaves the machine.

use std::io::Write as _;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// Where Debian's `chromium` and `chromium-driver` packages put the browser and the driver.
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Where a picture named `name` goes: `docs/screenshots/{name}.png`.
///
/// # Panics
///
/// When the folder cannot be made.
pub fn screenshot_path(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screenshots");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir.join(format!("{name}.png"))
}

/// Set by `.ci/run`: a missing browser is then a failure, not a skip.
pub const REQUIRE_BROWSER: &str = "DM_BUTTON_REQUIRE_BROWSER";

/// A running ChromeDriver with one browser session; both end when it is dropped (or
/// [`Browser::close`]d).
pub struct Browser {
    /// The WebDriver session.
    pub client: Client,
    driver: Child,
    profile: PathBuf,
}

/// Why no browser could be started.
#[derive(Debug)]
pub enum Unavailable {
    /// Chromium or ChromeDriver is not installed.
    NotInstalled(String),
    /// They are installed but did not start.
    Failed(String),
}

/// A browser with Chromium's `flags` for a test, started again when a start failed under
/// load; `None`, with `SKIPPED browser test: ...` on stderr, when Chromium is not
/// installed and [`REQUIRE_BROWSER`] is not set.
///
/// # Panics
///
/// When the browser cannot run and the test may not skip.
pub async fn browser_or_skip(flags: &[&str]) -> Option<Browser> {
    let mut attempt = Browser::start_with(flags).await;
    // A start that failed for load (not for a missing install) is tried again.
    for _ in 0..2 {
        match attempt {
            Err(Unavailable::Failed(_)) => attempt = Browser::start_with(flags).await,
            _ => break,
        }
    }
    match attempt {
        Ok(browser) => Some(browser),
        Err(Unavailable::NotInstalled(why)) if std::env::var_os(REQUIRE_BROWSER).is_none() => {
            // Straight to stderr, past the test harness's capture, so the skip is seen.
            let _ = writeln!(std::io::stderr(), "SKIPPED browser test: {why}");
            None
        }
        Err(error) => panic!("the browser test cannot run: {error:?}"),
    }
}

impl Browser {
    /// Starts ChromeDriver on a free loopback port and opens a headless session.
    ///
    /// # Errors
    ///
    /// When Chromium or ChromeDriver is missing, or does not start.
    pub async fn start() -> Result<Self, Unavailable> {
        Self::start_with(&[]).await
    }

    /// [`start`](Self::start), with more of Chromium's flags: `--blink-settings=...` to turn
    /// scripts off or give the browser a mouse.
    ///
    /// # Errors
    ///
    /// As [`start`](Self::start).
    pub async fn start_with(flags: &[&str]) -> Result<Self, Unavailable> {
        for program in [CHROMIUM, CHROMEDRIVER] {
            if !Path::new(program).exists() {
                return Err(Unavailable::NotInstalled(format!(
                    "{program} not found: install Debian's `chromium` and `chromium-driver`"
                )));
            }
        }
        let port = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
            .and_then(|listener| listener.local_addr())
            .map_err(|e| Unavailable::Failed(format!("no free port: {e}")))?
            .port();
        let driver = Command::new(CHROMEDRIVER)
            // Its own process group, with the browsers it starts: killed together on drop,
            // even when a failed test never closed its session.
            .process_group(0)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| Unavailable::Failed(format!("{CHROMEDRIVER}: {e}")))?;
        let profile =
            std::env::temp_dir().join(format!("dm-button-chromium-{}-{port}", std::process::id()));
        let mut driver = driver;
        match connect(port, &profile, flags).await {
            Ok(client) => Ok(Self {
                client,
                driver,
                profile,
            }),
            Err(error) => {
                let _ = driver.kill();
                let _ = driver.wait();
                Err(error)
            }
        }
    }

    /// Runs `script` in the page (as the body of a function; `arguments` are `args`) and
    /// returns its result.
    ///
    /// # Panics
    ///
    /// When the script throws.
    pub async fn eval(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("{script}: {e}"))
    }

    /// Sends a Chrome DevTools Protocol command through ChromeDriver.
    ///
    /// # Panics
    ///
    /// When Chromium refuses the command.
    pub async fn cdp(&self, method: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp {
                method: method.to_owned(),
                params,
            })
            .await
            .unwrap_or_else(|e| panic!("{method}: {e}"))
    }

    /// The element `locator` finds now.
    ///
    /// # Panics
    ///
    /// When there is none.
    pub async fn element(&self, locator: Locator<'_>) -> Element {
        self.client
            .find(locator)
            .await
            .unwrap_or_else(|e| panic!("{locator:?}: {e}"))
    }

    /// The element `locator` finds, once the page has it (after a navigation, say).
    ///
    /// # Panics
    ///
    /// When the page never has it.
    pub async fn wait_for(&self, locator: Locator<'_>) -> Element {
        self.client
            .wait()
            .for_element(locator)
            .await
            .unwrap_or_else(|e| panic!("waiting for {locator:?}: {e}"))
    }

    /// `getComputedStyle(element)[property]` of the element `css` selects.
    pub async fn computed(&self, css: &str, property: &str) -> String {
        self.eval(
            "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]]",
            vec![json!(css), json!(property)],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// The box on the page of the element `css` selects: `[x, y, width, height]`.
    pub async fn rect(&self, css: &str) -> [f64; 4] {
        let rect = self
            .eval(
                "return document.querySelector(arguments[0]).getBoundingClientRect().toJSON()",
                vec![json!(css)],
            )
            .await;
        ["x", "y", "width", "height"].map(|key| rect[key].as_f64().unwrap_or(f64::NAN))
    }

    /// The accessible role and name Chromium computes for the element `css` selects, from
    /// its accessibility tree.
    pub async fn accessible(&self, css: &str) -> (String, String) {
        let document = self.cdp("DOM.getDocument", json!({})).await;
        let node = self
            .cdp(
                "DOM.querySelector",
                json!({ "nodeId": document["root"]["nodeId"], "selector": css }),
            )
            .await;
        let tree = self
            .cdp(
                "Accessibility.getPartialAXTree",
                json!({ "nodeId": node["nodeId"], "fetchRelatives": false }),
            )
            .await;
        let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
        (
            text(&tree["nodes"][0]["role"]["value"]),
            text(&tree["nodes"][0]["name"]["value"]),
        )
    }

    /// Emulates `prefers-color-scheme: {scheme}` (`"light"` or `"dark"`).
    pub async fn color_scheme(&self, scheme: &str) {
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        )
        .await;
    }

    /// Ends the session, then the driver (on drop).
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// `POST /session/{id}/goog/cdp/execute`: ChromeDriver's door to the DevTools Protocol.
#[derive(Debug)]
struct Cdp {
    method: String,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.method, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// Waits until something accepts connections on `port`.
async fn wait_for_port(port: u16, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, port))
            .await
            .is_ok()
        {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

/// The session's capabilities: headless Chromium with a fresh profile, the flags for a
/// closed machine, and every host name but the loopback address resolving to nothing.
fn capabilities(profile: &Path, flags: &[&str]) -> serde_json::Map<String, Value> {
    let mut args = vec![
        "--headless=new".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-quic".to_owned(),
        "--no-first-run".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        "--disable-dev-shm-usage".to_owned(),
        "--window-size=1200,1000".to_owned(),
        "--force-device-scale-factor=1".to_owned(),
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1".to_owned(),
        format!("--user-data-dir={}", profile.display()),
    ];
    args.extend(flags.iter().map(|flag| (*flag).to_owned()));
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        json!({ "binary": CHROMIUM, "args": args }),
    );
    capabilities.insert(
        "goog:loggingPrefs".to_owned(),
        json!({ "performance": "ALL" }),
    );
    capabilities
}

async fn connect(port: u16, profile: &Path, flags: &[&str]) -> Result<Client, Unavailable> {
    if !wait_for_port(port, Duration::from_secs(20)).await {
        return Err(Unavailable::Failed(format!(
            "{CHROMEDRIVER} did not listen on port {port}"
        )));
    }
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(capabilities(profile, flags))
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .map_err(|e| Unavailable::Failed(format!("no browser session: {e}")))
}
