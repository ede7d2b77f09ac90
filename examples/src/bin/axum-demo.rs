//! The README's demo: `cargo run --bin axum-demo`, then open the URL it prints.

use std::process::ExitCode;

use dm_button_examples::{axum_demo, serve};

#[tokio::main]
async fn main() -> ExitCode {
    serve::axum_main(
        3000,
        "dm-button demo (gallery; the configurator is at /configure)",
        axum_demo::router(),
    )
    .await
}
