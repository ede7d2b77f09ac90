//! Renders checked options at compile time and emits them, or emits the errors.

use dm_button_core::{ButtonSpec, LinkSpec};
use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};

use crate::ast;
use crate::key::Macro;
use crate::valid::{self, Options};

/// `dm_button!`: a `::dm_button::StaticButton` holding the markup and the link as string
/// literals.
pub(crate) fn dm_button(input: TokenStream) -> TokenStream {
    match checked(Macro::Button, input) {
        Ok(options) => {
            let html = Literal::string(&button(&options).to_html());
            let href = Literal::string(&link(&options).to_url());
            quote!(::dm_button::StaticButton::__from_macro(#html, #href))
        }
        Err(errors) => quote!({ #errors ::dm_button::StaticButton::__from_macro("", "") }),
    }
}

/// `dm_link!`: the link as a string literal.
pub(crate) fn dm_link(input: TokenStream) -> TokenStream {
    match checked(Macro::Link, input) {
        Ok(options) => Literal::string(&link(&options).to_url()).into_token_stream(),
        Err(errors) => quote!({ #errors "" }),
    }
}

/// The options, or every error as `compile_error!` invocations: one per mistake. The caller
/// puts them in a block that still ends in a value of the right type, so the code around the
/// macro type-checks and reports nothing more.
fn checked(which: Macro, input: TokenStream) -> Result<Options, TokenStream> {
    let (args, mut errors) = ast::parse(input);
    let options = valid::check(which, args, &mut errors);
    match (options, errors.is_empty()) {
        (Some(options), true) => Ok(options),
        _ => Err(errors.iter().map(syn::Error::to_compile_error).collect()),
    }
}

fn link(options: &Options) -> LinkSpec<'_> {
    LinkSpec::new(options.recipient)
        .host(options.host)
        .text(options.text.as_deref())
        .welcome_message_id(options.welcome_message_id)
}

fn button(options: &Options) -> ButtonSpec<'_> {
    ButtonSpec {
        look: options.look,
        screen_name: options.screen_name,
        label: options.label.as_deref(),
        lang: options.lang,
        new_tab: options.new_tab,
        class: options.class.as_ref(),
        id: options.id.as_ref(),
        ..ButtonSpec::new(link(options))
    }
}
