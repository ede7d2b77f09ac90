//! Renders checked options at compile time and emits them, or emits the errors.

use std::path::Path;

use dm_button_core::{BUTTONS_KEY, PanelProblem, PanelSettings, RenderedPanel};
use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use quote::quote;

use crate::key::Macro;
use crate::valid::{self, Options};
use crate::{ast, fast_path};

/// What a macro expands to.
///
/// ```
/// use dm_button_macros_core::{Expansion, dm_link};
///
/// let mistake = dm_link("recipient = 0".parse().unwrap());
/// let Expansion::Errors(errors) = mistake else { panic!("0 is no X ID") };
/// assert!(errors.to_string().contains("compile_error"));
/// ```
pub enum Expansion {
    /// The value: the path to dm-button (`$crate`, as the wrapper handed it over) where the
    /// value names a type, then the whole rest of it as one string of Rust source. The
    /// compiler reads the source in one call, which costs less than building it token by
    /// token (a call into the compiler per token) or building its literal with
    /// `Literal::string` (which escapes it, unoptimized, for the compiler to unescape). See
    /// BENCHMARKS.md. `$crate` is the one piece that cannot be written as source: it is a
    /// token only the compiler makes.
    ///
    /// When a recipient's name was looked up in `dm-button.toml`, the source includes the
    /// file (as an unused `const` in a block around the value's first string literal), so
    /// that Cargo rebuilds the crate when the file changes.
    Source {
        /// The path to dm-button, for a value that names a type.
        krate: Option<TokenTree>,
        /// The rest of the value, as Rust source.
        source: String,
    },
    /// One `compile_error!` per mistake, in a block that still ends in a value of the right
    /// type.
    Errors(TokenStream),
}

/// `dm_button!`: a `StaticButton` holding the markup, then the link, as one string literal,
/// and where the link starts. A struct expression rather than a `const fn` call, and one
/// literal rather than two: the compiler type-checks 1,000 of them measurably faster (see
/// BENCHMARKS.md).
///
/// `input` is what `dm_button::dm_button!` hands over: the path to dm-button (`$crate`),
/// then the user's arguments in braces. The type is named through that path, so the
/// expansion works however the user's crate reaches dm-button. The braces make the input two
/// trees, so splitting it off costs two tokens, not one per argument token.
///
/// ```
/// use dm_button_macros_core::{Expansion, dm_button};
///
/// let input = "dm_button { recipient = 3805104374, style = \"large\" }".parse().unwrap();
/// let Expansion::Source { krate: Some(krate), source } = dm_button(input) else { panic!() };
/// assert_eq!(krate.to_string(), "dm_button");
/// assert!(source.starts_with("::__private::StaticButton { __trusted_markup_then_link: r#\"<a class=\"dm-button dm-button--large"));
/// ```
pub fn dm_button(input: TokenStream) -> Expansion {
    let mut tokens = input.into_iter();
    let (Some(krate), Some(TokenTree::Group(args)), None) =
        (tokens.next(), tokens.next(), tokens.next())
    else {
        return Expansion::Errors(quote!({
            ::core::compile_error!("dm-button: call `dm_button!` through the dm-button crate")
        }));
    };
    match checked(Macro::Button, args.stream()) {
        Ok(options) => {
            let (Some(link), Some(button)) = (options.settings.link(), options.settings.spec())
            else {
                return Expansion::Errors(quote!({
                    ::core::compile_error!("dm-button: no recipient; please report this")
                }));
            };
            // The bare link is shorter than the markup, which holds it escaped: twice the
            // longest markup holds both, with no measuring and no regrowth.
            let mut markup_then_link = String::with_capacity(2 * button.max_len());
            button.render_to(&mut markup_then_link);
            let link_at = markup_then_link.len();
            link.write_to(&mut markup_then_link);
            // Written piece by piece into one buffer: `format!` would copy the markup twice.
            let mut source = String::with_capacity(markup_then_link.len() + 96);
            source.push_str("::__private::StaticButton { __trusted_markup_then_link: ");
            push_value_literal(&mut source, &markup_then_link, options.track.as_deref());
            source.push_str(", __trusted_link_at: ");
            source.push_str(&link_at.to_string());
            source.push_str(" }");
            Expansion::Source {
                krate: Some(krate),
                source,
            }
        }
        Err(errors) => Expansion::Errors(quote!({
            #errors #krate::__private::StaticButton { __trusted_markup_then_link: "", __trusted_link_at: 0 }
        })),
    }
}

/// `dm_link!`: the link as a string literal.
///
/// ```
/// use dm_button_macros_core::{Expansion, dm_link};
///
/// let input = "sms = \"+1 650 253 0000\", text = \"Hi\"".parse().unwrap();
/// let Expansion::Source { krate: None, source } = dm_link(input) else { panic!() };
/// assert_eq!(source, "r#\"sms:+16502530000?body=Hi\"#");
/// ```
pub fn dm_link(input: TokenStream) -> Expansion {
    match checked(Macro::Link, input) {
        Ok(options) => {
            let Some(link) = options.settings.link() else {
                return Expansion::Errors(quote!({
                    ::core::compile_error!("dm-button: no recipient; please report this") ""
                }));
            };
            let mut source = String::new();
            push_value_literal(&mut source, &link.to_url(), options.track.as_deref());
            Expansion::Source {
                krate: None,
                source,
            }
        }
        Err(errors) => Expansion::Errors(quote!({ #errors "" })),
    }
}

/// The options, or every error as `compile_error!` invocations: one per mistake. The caller
/// puts them in a block that still ends in a value of the right type, so the code around the
/// macro type-checks and reports nothing more.
fn checked(which: Macro, input: TokenStream) -> Result<Options, TokenStream> {
    checked_at(which, input, Span::call_site())
}

/// [`checked`], with `whole` the span of the arguments as a whole.
fn checked_at(which: Macro, input: TokenStream, whole: Span) -> Result<Options, TokenStream> {
    // The arguments read from their text, when they are plain and right: most invocations.
    if let Some(options) = fast_path::args(&input.to_string())
        .and_then(|args| valid::check(which, args, whole, &mut Vec::new()))
    {
        #[cfg(feature = "check-fast-path")]
        fast_path::assert_agrees(&input);
        return Ok(options);
    }
    let (args, mut errors) = ast::parse(input);
    let options = valid::check(which, args, whole, &mut errors);
    match (options, errors.is_empty()) {
        (Some(options), true) => Ok(options),
        _ => Err(errors.iter().map(syn::Error::to_compile_error).collect()),
    }
}

/// `text` as the source of a string literal: raw (`r#"..."#`, with enough `#` that the
/// text cannot end it), so that nothing escapes the markup only for the compiler to unescape
/// it; escaped when `text` holds a carriage return, which no raw literal can.
///
/// ```
/// use dm_button_macros_core::string_literal;
///
/// assert_eq!(string_literal(r#"<a href="x">"#), r##"r#"<a href="x">"#"##);
/// assert_eq!(string_literal("a\r\nb"), r#""a\r\nb""#);
/// ```
pub fn string_literal(text: &str) -> String {
    let mut source = String::with_capacity(text.len() + 6);
    push_string_literal(&mut source, text);
    source
}

/// Appends [`string_literal`]`(text)` to `source`.
fn push_string_literal(source: &mut String, text: &str) {
    // Byte searches: `[u8]::contains` is core's memchr, optimized even when this crate is not
    // (proc macros run unoptimized in a dev build), where a `str` pattern would not be.
    let bytes = text.as_bytes();
    if bytes.contains(&b'\r') {
        source.push_str(&format!("{text:?}"));
        return;
    }
    // A text without `#` cannot end `r#"...`; markup hardly ever has one.
    let hashes = if bytes.contains(&b'#') {
        let longest_run = text
            .split('"')
            .skip(1)
            .map(|after_quote| after_quote.bytes().take_while(|&b| b == b'#').count())
            .max()
            .unwrap_or(0);
        "#".repeat(longest_run + 1)
    } else {
        "#".to_owned()
    };
    source.push('r');
    source.push_str(&hashes);
    source.push('"');
    source.push_str(text);
    source.push('"');
    source.push_str(&hashes);
}

/// `text` as a string literal, and when `track` is a file the expansion read (a
/// `dm-button.toml`), in a block that first includes it as an unused `const`, so that Cargo
/// rebuilds the crate when the file changes: `{ const _: &[u8] =
/// ::core::include_bytes!("…/dm-button.toml"); "…" }`. Around a literal, so that the whole
/// value stays one piece of source after the path to dm-button.
fn push_value_literal(source: &mut String, text: &str, track: Option<&Path>) {
    let Some(path) = track else {
        push_string_literal(source, text);
        return;
    };
    source.push_str("{ const _: &[u8] = ::core::include_bytes!(");
    push_string_literal(source, &path.to_string_lossy());
    source.push_str("); ");
    push_string_literal(source, text);
    source.push_str(" }");
}

/// `dm_panel!`: a `StaticPanel` holding the panel's markup as one string literal.
///
/// `input` is what `dm_button::dm_panel!` hands over: the path to dm-button (`$crate`), then
/// the user's arguments in braces. The panel's own keys are checked as a button's are, by
/// the panel's table of keys; each button of `buttons = [(...), ...]` is checked as a
/// `dm_button!` of its own, so each mistake in it is the error `dm_button!` gives.
///
/// ```
/// use dm_button_macros_core::{Expansion, dm_panel};
///
/// let input = "dm_button { title = \"Talk to us\", buttons = [(phone = \"+1 650 253 0000\")] }";
/// let Expansion::Source { source, .. } = dm_panel(input.parse().unwrap()) else { panic!() };
/// assert!(source.starts_with("::__private::StaticPanel { __trusted_markup: "));
/// assert!(source.contains("href=\"tel:+16502530000\""));
/// ```
pub fn dm_panel(input: TokenStream) -> Expansion {
    let mut tokens = input.into_iter();
    let (Some(krate), Some(TokenTree::Group(args)), None) =
        (tokens.next(), tokens.next(), tokens.next())
    else {
        return Expansion::Errors(quote!({
            ::core::compile_error!("dm-button: call `dm_panel!` through the dm-button crate")
        }));
    };
    let placeholder = |errors: TokenStream| {
        Expansion::Errors(
            quote!({ #errors #krate::__private::StaticPanel { __trusted_markup: "", __trusted_hours: None } }),
        )
    };
    let (args, mut errors) = ast::parse(args.stream());
    let mut panel = PanelSettings::default();
    let mut track = None;
    // Each button's arguments, for the span of a mistake found once the panel is whole.
    let mut entries: Vec<TokenStream> = Vec::new();
    let mut list_span = None;
    let mut others = Vec::new();
    let mut compile_errors = TokenStream::new();
    for arg in args {
        if arg.name != BUTTONS_KEY {
            others.push(arg);
            continue;
        }
        if list_span.is_some() {
            errors.push(syn::Error::new(
                arg.span,
                "`buttons` is given twice: put every button in one list",
            ));
            continue;
        }
        list_span = Some(arg.value.span());
        let Some(list) = button_list(&arg.value) else {
            if !matches!(arg.value, ast::Value::Malformed) {
                errors.push(arg.value.error(BUTTONS_FORM));
            }
            continue;
        };
        for entry in list {
            match entry {
                Ok(group) => match checked_at(Macro::Entry, group.stream(), group.span()) {
                    Ok(options) => {
                        if options.track.is_some() {
                            track = options.track;
                        }
                        entries.push(group.stream());
                        panel.push_entry(options.settings);
                    }
                    Err(tokens) => compile_errors.extend(tokens),
                },
                Err(error) => errors.push(error),
            }
        }
    }
    let given = valid::check_panel(others, &mut panel, &mut track, &mut errors);
    if list_span.is_none() {
        errors.push(syn::Error::new(
            Span::call_site(),
            "dm_panel! needs its buttons: add `buttons = [(whatsapp = \"+33 6 12 34 56 78\"), \
             (recipient = 3805104374)]`, each button in parentheses with dm_button!'s keys",
        ));
    }
    if !errors.is_empty() || !compile_errors.is_empty() {
        compile_errors.extend(errors.iter().map(syn::Error::to_compile_error));
        return placeholder(compile_errors);
    }
    // A button's own mistakes are reported above, by its own checks.
    let at = |problem: &PanelProblem| -> Span {
        let key = problem.problem.key;
        match problem.entry {
            Some(index) => entries
                .get(index)
                .and_then(|arguments| value_span(arguments.clone(), key)),
            None if key == BUTTONS_KEY => list_span,
            None => {
                given
                    .iter()
                    .find(|(name, ..)| *name == key)
                    .map(|(_, key_span, value_span)| {
                        if problem.problem.at_value {
                            *value_span
                        } else {
                            *key_span
                        }
                    })
            }
        }
        .unwrap_or_else(Span::call_site)
    };
    let problems: Vec<PanelProblem> = panel.panel_problems();
    if !problems.is_empty() {
        return placeholder(
            problems
                .iter()
                .map(|problem| syn::Error::new(at(problem), &problem.problem.message))
                .map(|error| error.to_compile_error())
                .collect(),
        );
    }
    match panel.render() {
        Ok(rendered) => Expansion::Source {
            krate: Some(krate),
            source: static_panel_source(&rendered, track.as_deref()),
        },
        Err(problem) => {
            placeholder(syn::Error::new(at(&problem), &problem.problem.message).to_compile_error())
        }
    }
}

/// Where the value of `key` is written in `arguments`, read again with spans (the fast read
/// has none): for a mistake found once the checks passed.
fn value_span(arguments: TokenStream, key: &str) -> Option<Span> {
    let (args, _) = ast::parse(arguments);
    args.iter()
        .find(|arg| arg.name == key)
        .map(|arg| arg.value.span())
}

/// The source of a `StaticPanel`, after the path to dm-button: its markup with everyone in
/// and, for a panel with hours, the pieces around each away note, each button's open
/// intervals and the note of each, and the time zone: rendering at a moment copies pieces and
/// the notes its schedule lookup picks.
fn static_panel_source(rendered: &RenderedPanel, track: Option<&Path>) -> String {
    let markup = rendered.pieces.concat();
    let mut source = String::with_capacity(2 * markup.len() + 128);
    source.push_str("::__private::StaticPanel { __trusted_markup: ");
    push_value_literal(&mut source, &markup, track);
    source.push_str(", __trusted_hours: ");
    push_hours(&mut source, rendered);
    source.push_str(" }");
    source
}

#[cfg(feature = "hours")]
fn push_hours(source: &mut String, rendered: &RenderedPanel) {
    use std::fmt::Write as _;

    let Some(zone) = rendered
        .time_zone
        .as_ref()
        .filter(|_| !rendered.schedules.is_empty())
    else {
        source.push_str("None");
        return;
    };
    source.push_str("Some(&(");
    push_string_literal(source, zone.name());
    source.push_str(", &[");
    for piece in &rendered.pieces {
        push_string_literal(source, piece);
        source.push_str(", ");
    }
    source.push_str("], &[");
    for schedule in &rendered.schedules {
        source.push_str("(&[");
        for ((start, end), _) in schedule.openings() {
            let _ = write!(source, "({start}, {end}), ");
        }
        source.push_str("], &[");
        for (_, note) in schedule.openings() {
            push_string_literal(source, note);
            source.push_str(", ");
        }
        source.push_str("]), ");
    }
    source.push_str("]))");
}

#[cfg(not(feature = "hours"))]
fn push_hours(source: &mut String, _: &RenderedPanel) {
    source.push_str("None");
}

/// How `buttons` is written, for the error when it is not.
const BUTTONS_FORM: &str = "`buttons` takes a list of buttons in brackets, each in parentheses \
     with dm_button!'s keys: `buttons = [(whatsapp = \"+33 6 12 34 56 78\"), (recipient = \
     3805104374)]`";

/// The buttons of `buttons = [(...), (...)]`: each parenthesized group, or an error for
/// whatever else is in the list. `None` when the value is not a bracketed list.
fn button_list(value: &ast::Value) -> Option<Vec<Result<Group, syn::Error>>> {
    let ast::Value::NotLiteral(tokens) = value else {
        return None;
    };
    let mut tokens = tokens.clone().into_iter();
    let (Some(TokenTree::Group(list)), None) = (tokens.next(), tokens.next()) else {
        return None;
    };
    if list.delimiter() != Delimiter::Bracket {
        return None;
    }
    // The list split at its commas: each part is one button in parentheses, or a mistake
    // reported once, over all of its tokens.
    let mut entries = Vec::new();
    let mut part: Vec<TokenTree> = Vec::new();
    let mut parts = Vec::new();
    for token in list.stream() {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == ',' => {
                parts.push(std::mem::take(&mut part));
            }
            token => part.push(token),
        }
    }
    parts.push(part);
    for part in parts {
        let mut tokens = part.into_iter();
        match (tokens.next(), tokens.next()) {
            (None, _) => {}
            (Some(TokenTree::Group(group)), None)
                if group.delimiter() == Delimiter::Parenthesis =>
            {
                entries.push(Ok(group));
            }
            (Some(TokenTree::Group(group)), Some(next))
                if group.delimiter() == Delimiter::Parenthesis =>
            {
                entries.push(Ok(group));
                let rest: TokenStream = [next].into_iter().chain(tokens).collect();
                entries.push(Err(syn::Error::new_spanned(
                    rest,
                    "expected `,` between two buttons of the list",
                )));
            }
            (Some(first), next) => {
                let rest: TokenStream = [first].into_iter().chain(next).chain(tokens).collect();
                entries.push(Err(syn::Error::new_spanned(
                    rest,
                    "expected a button in parentheses, such as `(whatsapp = \"+33 6 12 34 56 \
                     78\")`: each button of the list is in its own parentheses",
                )));
            }
        }
    }
    Some(entries)
}

/// `dm_qr!`: the SVG of the link's QR code, as a string literal.
///
/// ```
/// use dm_button_macros_core::{Expansion, dm_qr};
///
/// let input = "whatsapp = \"+33 6 12 34 56 78\"".parse().unwrap();
/// let Expansion::Source { source, .. } = dm_qr(input) else { panic!() };
/// assert!(source.starts_with("r#\"<svg class=\"dm-qr\""));
/// ```
#[cfg(feature = "qr")]
pub fn dm_qr(input: TokenStream) -> Expansion {
    match checked(Macro::Qr, input.clone()) {
        Ok(options) => match options
            .settings
            .spec()
            .map(|button| dm_button_core::button_qr_svg(&button))
        {
            Some(Ok(svg)) => {
                let mut source = String::new();
                push_value_literal(&mut source, &svg, options.track.as_deref());
                Expansion::Source {
                    krate: None,
                    source,
                }
            }
            Some(Err(error)) => {
                let span = value_span(input, "text").unwrap_or_else(Span::call_site);
                let error = syn::Error::new(span, error.to_string()).to_compile_error();
                Expansion::Errors(quote!({ #error "" }))
            }
            None => Expansion::Errors(quote!({
                ::core::compile_error!("dm-button: no recipient; please report this") ""
            })),
        },
        Err(errors) => Expansion::Errors(quote!({ #errors "" })),
    }
}
