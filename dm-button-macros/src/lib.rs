//! The proc macros behind `dm_button!` and `dm_link!` of [`dm-button`](https://docs.rs/dm-button).
//!
//! This crate is internal: use the macros through `dm-button`, which documents them. Its
//! `dm_button!` is a `macro_rules!` wrapper that calls the `dm_button!` here with `$crate`,
//! the path to `dm-button` however the user's crate names it (renamed, or re-exported by
//! another crate), so the expansion never assumes `::dm_button`; `dm_link!`, which names no
//! item, is re-exported as it is. Nothing here is a stable API: the dm-button crates pin
//! each other's exact version.
//!
//! The macros' logic (parsing, checking, expansion) is a plain library,
//! [`dm-button-macros-core`](https://docs.rs/dm-button-macros-core), which the tests call
//! directly; this crate only hands it the compiler's tokens and hands back its expansion,
//! read by the compiler's own lexer.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use dm_button_macros_core::{self as logic, Expansion};
use proc_macro::TokenStream;

/// The expansion as the compiler's tokens: the path to dm-button, if the value names a type,
/// then the value's source, read by the compiler's own lexer. `proc_macro2` would first check
/// the source with its own, which in a dev build, where proc macros run unoptimized, costs
/// more than the rest of the expansion.
///
/// Every piece of the source is written from checked values and escaped literals, so it
/// always lexes (the tests read every form of it back); if it ever does not, the build stops
/// here with a compile error that says so, rather than dropping the piece (a button without
/// its link, or a `dm-button.toml` Cargo no longer watches).
fn emit(expansion: Expansion) -> TokenStream {
    match expansion {
        Expansion::Source { krate, source } => {
            let Ok(value) = source.parse::<TokenStream>() else {
                let message =
                    format!("dm-button: the expansion did not lex; please report this: {source}");
                return quote::quote! { ::core::compile_error!(#message) }.into();
            };
            match krate {
                Some(krate) => {
                    let mut tokens = TokenStream::from(proc_macro2::TokenStream::from(krate));
                    tokens.extend([value]);
                    tokens
                }
                None => value,
            }
        }
        Expansion::Errors(errors) => errors.into(),
    }
}

/// `dm_button!`, as `dm_button::dm_button!` hands it over: the path to `dm-button`
/// (`$crate`), then the user's arguments. Hidden: call `dm_button::dm_button!`, which is
/// documented there.
#[doc(hidden)]
#[proc_macro]
pub fn dm_button(input: TokenStream) -> TokenStream {
    emit(logic::dm_button(input.into()))
}

/// The link a button opens, checked at compile time, as a `&'static str` usable in a
/// `const`: X's DM composer, or another platform's click-to-chat link, `mailto:`, `sms:` or
/// `tel:`.
///
/// It takes the keys of [`dm_button!`](https://docs.rs/dm-button/latest/dm_button/macro.dm_button.html)
/// that change the URL, with the same rules: one recipient key (`recipient` for X,
/// `whatsapp`, `telegram`, `messenger`, `instagram`, `email`, `sms`, `phone`, `signal`,
/// `line`, `threema`, `teams` or `kakaotalk`), then `text` where the platform's link takes a
/// message, `subject` on email, `ref` on Messenger and Instagram, and X's
/// `welcome_message_id` and `host`. Any other key is an error that points to `dm_button!`.
///
/// ```
/// use dm_button::dm_link;
///
/// const CONTACT: &str = dm_link!(recipient = 3805104374, text = "Hello world");
/// assert_eq!(CONTACT, "https://x.com/messages/compose?recipient_id=3805104374&text=Hello%20world");
///
/// const WELCOME: &str = dm_link!(recipient = "3805104374", welcome_message_id = 42, host = "twitter.com");
/// assert_eq!(WELCOME, "https://twitter.com/messages/compose?recipient_id=3805104374&welcome_message_id=42");
///
/// const SMS: &str = dm_link!(sms = "+1 650 253 0000", text = "Table for 2?");
/// assert_eq!(SMS, "sms:+16502530000?body=Table%20for%202%3F");
///
/// const PAGE: &str = dm_link!(messenger = "nasa", ref = "footer");
/// assert_eq!(PAGE, "https://m.me/nasa?ref=footer");
/// ```
///
/// ```compile_fail
/// let link = dm_button::dm_link!(recipient = 3805104374, style = "large");
/// // error: `style` changes the button, not the link: ... use dm_button! for a button
/// ```
///
/// Its expansion is a string literal and names no item, so `dm-button` re-exports this macro
/// as it is: it works however your crate reaches dm-button, renamed or re-exported.
#[proc_macro]
pub fn dm_link(input: TokenStream) -> TokenStream {
    emit(logic::dm_link(input.into()))
}

/// `dm_panel!`, as `dm_button::dm_panel!` hands it over: the path to `dm-button` (`$crate`),
/// then the user's arguments. Hidden: call `dm_button::dm_panel!`, which is documented there.
#[doc(hidden)]
#[proc_macro]
pub fn dm_panel(input: TokenStream) -> TokenStream {
    emit(logic::dm_panel(input.into()))
}

/// The QR code of a link, checked and drawn at compile time, as a `&'static str` holding an
/// SVG: for flyers, print and desktop pages, where a phone scans what it cannot click.
///
/// It takes [`dm_link!`](https://docs.rs/dm-button/latest/dm_button/macro.dm_link.html)'s
/// keys, with the same rules, and `lang`, the language of the code's accessible name ("Scan
/// with your phone: Chat on WhatsApp"). The code is the one a panel with `qr = true` shows:
/// one `<path>`, a quiet zone of four modules, error correction level M. A link longer than
/// a QR code holds (2,331 bytes) is an error at `text`.
///
/// ```
/// use dm_button::dm_qr;
///
/// const FLYER: &str = dm_qr!(whatsapp = "+33 6 12 34 56 78", lang = "fr");
/// assert!(FLYER.starts_with(r#"<svg class="dm-qr" xmlns="http://www.w3.org/2000/svg""#));
/// assert!(FLYER.contains(r#"aria-label="Scannez avec votre téléphone : Discuter sur WhatsApp""#));
/// ```
#[cfg(feature = "qr")]
#[proc_macro]
pub fn dm_qr(input: TokenStream) -> TokenStream {
    emit(logic::dm_qr(input.into()))
}
