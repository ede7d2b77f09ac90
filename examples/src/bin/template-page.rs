//! The minijinja example: `cargo run --bin template-page`.

use std::process::ExitCode;

use dm_button_examples::{serve, template_page};

#[tokio::main]
async fn main() -> ExitCode {
    serve::axum_main(3002, "minijinja example", template_page::router()).await
}
