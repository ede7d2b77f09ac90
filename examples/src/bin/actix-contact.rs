//! The actix-web example: `cargo run --bin actix-contact`.

use std::net::TcpListener;
use std::process::ExitCode;

use dm_button_examples::{actix_contact, serve};

#[actix_web::main]
async fn main() -> ExitCode {
    let address = match serve::address(3001) {
        Ok(address) => address,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let server = TcpListener::bind(address).and_then(|listener| {
        let address = listener.local_addr()?;
        println!("actix-web example: http://{address}/ (Ctrl-C to stop)");
        actix_contact::server(listener)
    });
    match server {
        Ok(server) => match server.await {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("the server stopped: {error}");
                ExitCode::FAILURE
            }
        },
        Err(error) => {
            eprintln!("cannot listen on {address}: {error} (set PORT to another port)");
            ExitCode::FAILURE
        }
    }
}
