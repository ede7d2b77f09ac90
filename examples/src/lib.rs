//! Example servers for dm-button, each a binary of this crate and a library module that the
//! workspace's end-to-end tests start on a free loopback port:
//!
//! - [`axum_demo`] (`cargo run --bin axum-demo`): the README's demo. A gallery of static
//!   buttons made with `dm_button!`, and a configurator that builds a button at run time
//!   with `DmButton` from a GET form and shows the snippets to copy.
//! - [`actix_contact`] (`cargo run --bin actix-contact`): actix-web, a static button and a
//!   run-time one from a path parameter.
//! - [`template_page`] (`cargo run --bin template-page`): minijinja, buttons passed into a
//!   template.
//!
//! Every server binds 127.0.0.1 on the port in `PORT` (or its own default), prints its URL
//! and stops cleanly on Ctrl-C.

#![forbid(unsafe_code)]

pub mod actix_contact;
pub mod axum_demo;
pub mod serve;
pub mod template_page;
