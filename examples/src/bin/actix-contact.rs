//! The actix-web example: `cargo run --bin actix-contact`.

use std::process::ExitCode;

use dm_button_examples::{actix_contact, serve};

#[actix_web::main]
async fn main() -> ExitCode {
    let server = serve::bind(3001).and_then(|(listener, address)| {
        println!("actix-web example: http://{address}/ (Ctrl-C to stop)");
        actix_contact::server(listener)
            .map_err(|error| format!("cannot serve on {address}: {error}"))
    });
    let result = match server {
        Ok(server) => server
            .await
            .map_err(|error| format!("the server stopped: {error}")),
        Err(message) => Err(message),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
