//! What every example server does the same way: its address, binding it, and stopping on
//! Ctrl-C.

use std::future::Future;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::process::ExitCode;

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

/// A listener on [`address`], and the address it got (the port may have been 0).
///
/// # Errors
///
/// A message for `PORT`, or for an address already in use.
pub fn bind(default: u16) -> Result<(TcpListener, SocketAddr), String> {
    let address = address(default)?;
    let listener = TcpListener::bind(address).map_err(|error| {
        format!("cannot listen on {address}: {error} (set PORT to another port)")
    })?;
    let bound = listener.local_addr().unwrap_or(address);
    Ok((listener, bound))
}

/// Resolves on Ctrl-C (SIGINT), for graceful shutdown. If the signal cannot be listened
/// for, it never resolves, and the server runs until it is killed.
pub async fn ctrl_c() {
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
    eprintln!("\nCtrl-C: shutting down");
}

/// Serves `router` on `listener` until `shutdown` resolves, then finishes the requests in
/// flight.
///
/// # Errors
///
/// When the listener cannot be used or accepting connections fails.
pub async fn axum(
    listener: TcpListener,
    router: axum::Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
}

/// The `main` of an axum example: binds `PORT` (or `default`), prints `banner` followed by
/// the server's URL, and serves `router` until Ctrl-C.
pub async fn axum_main(default: u16, banner: &str, router: axum::Router) -> ExitCode {
    let (listener, address) = match bind(default) {
        Ok(bound) => bound,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    println!("{banner}: http://{address}/ (Ctrl-C to stop)");
    match axum(listener, router, ctrl_c()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("the server stopped: {error}");
            ExitCode::FAILURE
        }
    }
}
