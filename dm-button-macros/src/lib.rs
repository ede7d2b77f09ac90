//! The `dm_button!` and `dm_link!` macros of [`dm-button`](https://docs.rs/dm-button).
//!
//! Use them through `dm-button`, which re-exports them and documents them in full: their
//! expansion names `::dm_button::StaticButton`.
//!
//! Each macro runs one pipeline: `ast` splits the tokens into `key = literal` arguments
//! (`fast_path` reads the common, plain ones from the input's text instead, faster), `valid`
//! checks each against dm-button's rules (the same functions the run-time builder uses, from
//! `dm-button-core`) and `expand` renders the markup at compile time and emits it as a
//! string literal, or emits one error per mistake and a placeholder value of the right type,
//! so that a mistake gives one error, not a cascade.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable
    )
)]

mod ast;
mod expand;
mod fast_path;
mod key;
mod valid;

use proc_macro::TokenStream;

/// The expansion as the compiler's tokens. Its source is read by the compiler's own lexer:
/// `proc_macro2` would first check it with its own, which in a dev build, where proc macros
/// run unoptimized, costs more than the rest of the expansion. The source is valid by
/// construction (the tests read every form of it back).
fn emit(expansion: expand::Expansion) -> TokenStream {
    match expansion {
        expand::Expansion::Source(source) => source.parse().unwrap_or_else(|_| {
            "::core::compile_error!(\"dm-button: the expansion did not parse; please report this\")"
                .parse()
                .unwrap_or_default()
        }),
        expand::Expansion::Errors(errors) => errors.into(),
    }
}

/// A Message button, checked and rendered at compile time: a [`dm_button::StaticButton`]
/// holding the markup as a `&'static str`, usable in a `const`.
///
/// [`dm_button::StaticButton`]: https://docs.rs/dm-button/latest/dm_button/struct.StaticButton.html
///
/// ```
/// use dm_button::{StaticButton, dm_button};
///
/// const FOOTER: StaticButton = dm_button!(
///     recipient = 3805104374,
///     text = "Hello world",
///     screen_name = "@furni",
///     style = "large",
///     lang = "es",
/// );
/// let html = maud::html! { footer { (FOOTER) } }.into_string();
/// assert!(html.contains("Enviar mensaje"));
/// ```
///
/// # Keys
///
/// Arguments are `key = literal` pairs, comma separated, in any order, with an optional
/// trailing comma. Only `recipient` is required.
///
/// | key | value | default | what it does |
/// |---|---|---|---|
/// | `recipient` | integer literal (`3_805_104_374` is fine) or string of digits | required | the account's numeric user ID, `1..=9223372036854775807`; not the screen name |
/// | `text` | string | none | the prefilled message, at most 10,000 characters; percent-encoded as UTF-8, unreserved characters kept, space as `%20` |
/// | `welcome_message_id` | integer or string of digits | none | opens the conversation on that welcome message; same range as `recipient` |
/// | `host` | `"x.com"` or `"twitter.com"` | `"x.com"` | the link's domain |
/// | `screen_name` | string | none | `@name` (the `@` is optional; 1 to 15 of `A-Z a-z 0-9 _`), shown after the label |
/// | `show_screen_name` | `true`/`false` | `true` with `screen_name` | `false` moves the name to the tooltip (X's widget: `data-show-screen-name="false"`) |
/// | `style` | `"compact"`, `"large"`, `"icon"`, `"link"` | `"compact"` | the look; `icon` is round and icon-only, with the label as its accessible name; `link` is a plain link |
/// | `label` | string | from `lang` | the visible words, HTML-escaped |
/// | `lang` | `"en"`, `"fr"`, `"es"`, `"de"`, `"pt"`, `"it"`, `"ja"`, `"nl"`, `"ko"`, `"ar"` | `"en"` | the built-in label's language, also set as the button's `lang` |
/// | `new_tab` | `true`/`false` | `false` | `target="_blank" rel="noopener noreferrer"` |
/// | `class` | string | none | extra class names, each a CSS identifier |
/// | `id` | string | none | the `id` attribute |
/// | `widget` | `true`/`false` | `false` | X's own markup (`class="twitter-dm-button"`, `data-*`) instead of the crate's; X's widget has only the compact and large styles |
/// | `script` | `true`/`false` | `false` | with `widget`: append X's `widgets.js` loader |
/// | `dnt` | `true`/`false` | `false` | with `widget`: `data-dnt="true"` |
///
/// # Errors
///
/// Each mistake is one compile error at the offending token, saying what to do: a screen
/// name as `recipient`, 0, a number past the range, a negative, float, suffixed or
/// non-decimal number, a non-literal value (use `DmButton` for run-time values), an unknown
/// key (with the closest known one), a key given twice, a missing `recipient`, a literal of
/// the wrong kind, an unknown style or language (listing the valid ones), an invalid screen
/// name, class or id, an empty or too-long text, a blank label, `script` or `dnt` without
/// `widget = true`, an `icon` or `link` widget, and `show_screen_name` without
/// `screen_name`.
///
/// ```compile_fail
/// let button = dm_button::dm_button!(recipient = 3805104374, stlye = "large");
/// // error: unknown key `stlye`: did you mean `style`?
/// ```
#[proc_macro]
pub fn dm_button(input: TokenStream) -> TokenStream {
    emit(expand::dm_button(input.into()))
}

/// The link to X's DM composer, checked at compile time, as a `&'static str` usable in a
/// `const`.
///
/// It takes the keys of [`dm_button!`](macro@dm_button) that change the URL: `recipient`,
/// `text`, `welcome_message_id` and `host`, with the same rules. Any other key is an error
/// that points to `dm_button!`.
///
/// ```
/// use dm_button::dm_link;
///
/// const CONTACT: &str = dm_link!(recipient = 3805104374, text = "Hello world");
/// assert_eq!(CONTACT, "https://x.com/messages/compose?recipient_id=3805104374&text=Hello%20world");
///
/// const WELCOME: &str = dm_link!(recipient = "3805104374", welcome_message_id = 42, host = "twitter.com");
/// assert_eq!(WELCOME, "https://twitter.com/messages/compose?recipient_id=3805104374&welcome_message_id=42");
/// ```
///
/// ```compile_fail
/// let link = dm_button::dm_link!(recipient = 3805104374, style = "large");
/// // error: `style` changes the button, not the link: ... use dm_button! for a button
/// ```
#[proc_macro]
pub fn dm_link(input: TokenStream) -> TokenStream {
    emit(expand::dm_link(input.into()))
}
