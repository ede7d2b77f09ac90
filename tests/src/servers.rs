//! Starts the example servers on free loopback ports, for the end-to-end tests, and stops
//! them.

use std::net::{Ipv4Addr, SocketAddr, TcpListener};

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A server running on 127.0.0.1 for the length of a test.
pub struct Running {
    /// `http://127.0.0.1:{port}`, without a trailing slash.
    pub url: String,
    stop: Stop,
}

enum Stop {
    Axum(oneshot::Sender<()>, JoinHandle<std::io::Result<()>>),
    Actix(
        actix_web::dev::ServerHandle,
        std::thread::JoinHandle<std::io::Result<()>>,
    ),
}

impl Running {
    /// `self.url` followed by `path`.
    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }

    /// Stops the server gracefully and waits for it, failing the test if it did not stop
    /// cleanly.
    pub async fn stop(self) {
        match self.stop {
            Stop::Axum(stop, task) => {
                let _ = stop.send(());
                task.await
                    .expect("the server task ends")
                    .expect("the server stops cleanly");
            }
            Stop::Actix(handle, thread) => {
                handle.stop(true).await;
                let result = tokio::task::spawn_blocking(move || thread.join())
                    .await
                    .expect("the join task ends");
                result
                    .expect("the server thread ends")
                    .expect("the server stops cleanly");
            }
        }
    }
}

fn free_listener() -> TcpListener {
    TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).expect("a free loopback port")
}

/// `router` served the way the example binaries serve it, on a free port.
fn axum_server(router: axum::Router) -> Running {
    let listener = free_listener();
    let url = format!("http://{}", listener.local_addr().expect("a bound address"));
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(dm_button_examples::serve::axum(listener, router, async {
        let _ = stopped.await;
    }));
    Running {
        url,
        stop: Stop::Axum(stop, task),
    }
}

/// The axum demo (the README's), on a free port.
pub async fn axum_demo() -> Running {
    axum_server(dm_button_examples::axum_demo::router())
}

/// The minijinja example, on a free port.
pub async fn template_page() -> Running {
    axum_server(dm_button_examples::template_page::router())
}

/// The actix-web example, on a free port, in a thread with its own actix system.
pub async fn actix_contact() -> Running {
    let listener = free_listener();
    let url = format!("http://{}", listener.local_addr().expect("a bound address"));
    let (handle_tx, handle_rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = dm_button_examples::actix_contact::server(listener)?;
            let _ = handle_tx.send(server.handle());
            server.await
        })
    });
    let handle = tokio::task::spawn_blocking(move || handle_rx.recv())
        .await
        .expect("the handle task ends")
        .expect("the actix server starts");
    Running {
        url,
        stop: Stop::Actix(handle, thread),
    }
}
