//! The README's demo: `cargo run --bin axum-demo`, then open the URL it prints.

use std::process::ExitCode;

use dm_button_examples::{axum_demo, serve};
use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> ExitCode {
    let address = match serve::address(3000) {
        Ok(address) => address,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let listener = match TcpListener::bind(address).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("cannot listen on {address}: {error} (set PORT to another port)");
            return ExitCode::FAILURE;
        }
    };
    let address = listener.local_addr().unwrap_or(address);
    println!(
        "dm-button demo: http://{address}/ (gallery) and http://{address}/configure (Ctrl-C to stop)"
    );
    match axum_demo::serve(listener, serve::ctrl_c()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("the server stopped: {error}");
            ExitCode::FAILURE
        }
    }
}
