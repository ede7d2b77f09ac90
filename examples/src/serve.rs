//! What every example server does the same way: its address, and stopping on Ctrl-C.

use std::net::{Ipv4Addr, SocketAddr};

/// The loopback address on the port from the `PORT` environment variable, or `default`.
///
/// # Errors
///
/// When `PORT` is set but is not a port number, with a message saying so.
pub fn address(default: u16) -> Result<SocketAddr, String> {
    let port = match std::env::var("PORT") {
        Ok(port) => port
            .parse::<u16>()
            .map_err(|_| format!("PORT={port:?} is not a port number (0 to 65535)"))?,
        Err(_) => default,
    };
    Ok(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
}

/// Resolves on Ctrl-C (SIGINT), for graceful shutdown. If the signal cannot be listened
/// for, it never resolves, and the server runs until it is killed.
pub async fn ctrl_c() {
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
    eprintln!("\nCtrl-C: shutting down");
}
