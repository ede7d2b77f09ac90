//! The minijinja example: `cargo run --bin template-page`.

use std::process::ExitCode;

use dm_button_examples::{serve, template_page};
use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> ExitCode {
    let address = match serve::address(3002) {
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
    println!("minijinja example: http://{address}/ (Ctrl-C to stop)");
    match template_page::serve(listener, serve::ctrl_c()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("the server stopped: {error}");
            ExitCode::FAILURE
        }
    }
}
