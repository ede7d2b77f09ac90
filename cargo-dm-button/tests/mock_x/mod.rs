//! A local stand-in for X's API v2 users lookup (`GET /2/users/by?usernames=`), on
//! 127.0.0.1 and a free port, answering as X documents: the users it knows in `data` with
//! their `id` as a string, an `errors[]` entry for each unknown ("Not Found Error") or
//! suspended ("User has been suspended") name, and, chosen by the bearer token, each failure
//! X answers with: 400 `invalid-request`, 401, 403, 429 with the `x-rate-limit-*` headers, 503,
//! and an answer slower than the client's timeout.

use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

/// The token the server accepts.
pub(crate) const TOKEN: &str = "test-token-f3a9c1";

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub(crate) struct Seen {
    pub(crate) path: String,
    pub(crate) usernames: Vec<String>,
}

pub(crate) struct MockX {
    pub(crate) base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl MockX {
    pub(crate) fn start() -> Self {
        let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).unwrap();
        let address = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (seen, stop) = (seen.clone(), stop.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let seen = seen.clone();
                    std::thread::spawn(move || answer(stream, &seen));
                }
            })
        };
        Self {
            base: format!("http://{address}"),
            seen,
            stop,
            thread: Some(thread),
        }
    }

    /// The requests so far.
    pub(crate) fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

impl Drop for MockX {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accepting thread so that it sees the flag.
        let _ = TcpStream::connect(self.base.trim_start_matches("http://"));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(&text[i + 1..i + 3], 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn answer(mut stream: TcpStream, seen: &Mutex<Vec<Seen>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() || request_line.is_empty() {
        return;
    }
    let mut authorization = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("authorization")
        {
            authorization = value.trim().to_owned();
        }
    }
    let target = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .to_owned();
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let usernames: Vec<String> = query
        .split('&')
        .filter_map(|pair| pair.strip_prefix("usernames="))
        .flat_map(|list| {
            percent_decode(list)
                .split(',')
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    seen.lock().unwrap().push(Seen {
        path: path.to_owned(),
        usernames: usernames.clone(),
    });
    let token = authorization.strip_prefix("Bearer ").unwrap_or("");
    let (status, headers, body) = respond(path, token, &usernames);
    let response = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json; charset=utf-8\r\n\
         content-length: {}\r\nconnection: close\r\n{headers}\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes());
}

/// The accounts the stand-in knows: names (X's spelling) and IDs.
fn user(name: &str) -> Option<(String, String)> {
    let known = [
        ("furni", "3805104374"),
        ("XDevelopers", "2244994945"),
        ("X", "783214"),
        ("renamed_now", "42"),
    ];
    if let Some((username, id)) = known
        .iter()
        .find(|(username, _)| username.eq_ignore_ascii_case(name))
    {
        return Some((username.to_string(), id.to_string()));
    }
    // `user_N`, for the tests that send many names.
    let n: u64 = name.strip_prefix("user_")?.parse().ok()?;
    Some((name.to_owned(), (1_000_000 + n).to_string()))
}

fn respond(path: &str, token: &str, usernames: &[String]) -> (&'static str, String, String) {
    let problem = |title: &str, detail: &str, kind: &str, status: u16| {
        format!(r#"{{"title":"{title}","detail":"{detail}","type":"{kind}","status":{status}}}"#)
    };
    if path != "/2/users/by" {
        return (
            "404 Not Found",
            String::new(),
            problem("Not Found", "Not Found", "about:blank", 404),
        );
    }
    match token {
        TOKEN => {}
        "slow-token" => {
            std::thread::sleep(Duration::from_secs(4));
        }
        "limited-token" => {
            let reset = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap()
                .as_secs()
                + 900;
            return (
                "429 Too Many Requests",
                format!(
                    "x-rate-limit-limit: 900\r\nx-rate-limit-remaining: 0\r\nx-rate-limit-reset: {reset}\r\n"
                ),
                problem("Too Many Requests", "Too Many Requests", "about:blank", 429),
            );
        }
        "forbidden-token" => {
            return (
                "403 Forbidden",
                String::new(),
                r#"{"client_id":"1","detail":"When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.","registration_url":"https://developer.x.com/en/docs/projects/overview","title":"Client Forbidden","required_enrollment":"Appropriate Level of API Access","reason":"client-not-enrolled","type":"https://api.twitter.com/2/problems/client-forbidden"}"#.to_owned(),
            );
        }
        "bad-request-token" => {
            return (
                "400 Bad Request",
                String::new(),
                r#"{"errors":[{"parameters":{"usernames":["x"]},"message":"The `usernames` query parameter value [x] is not valid"}],"title":"Invalid Request","detail":"One or more parameters to your request was invalid.","type":"https://api.twitter.com/2/problems/invalid-request"}"#.to_owned(),
            );
        }
        "broken-token" => {
            return (
                "503 Service Unavailable",
                String::new(),
                problem(
                    "Service Unavailable",
                    "Service Unavailable",
                    "about:blank",
                    503,
                ),
            );
        }
        _ => {
            return (
                "401 Unauthorized",
                String::new(),
                problem("Unauthorized", "Unauthorized", "about:blank", 401),
            );
        }
    }
    let mut data = Vec::new();
    let mut errors = Vec::new();
    for name in usernames {
        if name.eq_ignore_ascii_case("banned_user") {
            errors.push(format!(
                r#"{{"value":"{name}","detail":"User has been suspended: [{name}].","title":"Forbidden","resource_type":"user","parameter":"usernames","resource_id":"{name}","type":"https://api.twitter.com/2/problems/resource-not-found"}}"#
            ));
        } else if let Some((username, id)) = user(name) {
            data.push(format!(
                r#"{{"id":"{id}","name":"{username} (display name)","username":"{username}"}}"#
            ));
        } else {
            errors.push(format!(
                r#"{{"value":"{name}","detail":"Could not find user with usernames: [{name}].","title":"Not Found Error","resource_type":"user","parameter":"usernames","resource_id":"{name}","type":"https://api.twitter.com/2/problems/resource-not-found"}}"#
            ));
        }
    }
    let mut body = String::from("{");
    if !data.is_empty() {
        body.push_str(&format!(r#""data":[{}]"#, data.join(",")));
    }
    if !errors.is_empty() {
        if !data.is_empty() {
            body.push(',');
        }
        body.push_str(&format!(r#""errors":[{}]"#, errors.join(",")));
    }
    body.push('}');
    ("200 OK", String::new(), body)
}
