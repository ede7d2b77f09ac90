//! The macros never panic, whatever tokens they are given: their expansion functions (the
//! macros' logic, `dm-button-macros-core`, the code rustc runs) are fed arbitrary token
//! streams, from random tokens to well-formed arguments with random values. Every expansion
//! must be either the value or `compile_error!`s, and valid input must expand to the value.

use dm_button_tests::strategy::hostile_text;
use dm_button_tests::{
    arguments_read_both_ways, expand_dm_button, expand_dm_link, expand_dm_panel, expand_dm_qr,
    macro_keys,
};
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use proptest::prelude::*;

fn ident() -> impl Strategy<Value = TokenTree> {
    let mut names: Vec<&'static str> = macro_keys().map(|(name, _)| name).collect();
    names.extend([
        "true", "false", "recipent", "stlye", "x", "self", "crate", "_", "r#type", "buttons",
    ]);
    names.extend(dm_button_core::PANEL_KEYS.iter().map(|key| key.name));
    names.extend(dm_button_core::ENTRY_KEYS.iter().map(|key| key.name));
    prop::sample::select(names).prop_map(|name| {
        let ident = match name.strip_prefix("r#") {
            Some(raw) => Ident::new_raw(raw, Span::call_site()),
            None => Ident::new(name, Span::call_site()),
        };
        TokenTree::Ident(ident)
    })
}

fn punct() -> impl Strategy<Value = TokenTree> {
    (
        prop::sample::select(vec![
            '=', ',', '-', '#', '!', ':', '.', '+', '&', '<', '>', '@',
        ]),
        any::<bool>(),
    )
        .prop_map(|(ch, joint)| {
            let spacing = if joint {
                Spacing::Joint
            } else {
                Spacing::Alone
            };
            TokenTree::Punct(Punct::new(ch, spacing))
        })
}

fn literal() -> impl Strategy<Value = TokenTree> {
    prop_oneof![
        any::<u64>().prop_map(Literal::u64_unsuffixed),
        any::<u128>().prop_map(Literal::u128_unsuffixed),
        any::<i64>().prop_map(Literal::i64_suffixed),
        any::<u8>().prop_map(Literal::u8_suffixed),
        (-1e300_f64..1e300).prop_map(Literal::f64_unsuffixed),
        hostile_text().prop_map(|text| Literal::string(&text)),
        (0..12_000_usize).prop_map(|len| Literal::string(&"é".repeat(len))),
        "[0-9]{0,25}".prop_map(|digits| Literal::string(&digits)),
        any::<char>().prop_map(Literal::character),
        prop::collection::vec(any::<u8>(), 0..8).prop_map(|bytes| Literal::byte_string(&bytes)),
        "0x[0-9a-f]{1,20}|0o[0-7]{1,20}|0b[01]{1,70}|[0-9_]{1,30}(u8|i64|u64|usize)?"
            .prop_filter_map("a literal", |text| text.parse::<Literal>().ok()),
    ]
    .prop_map(TokenTree::Literal)
}

fn token_tree() -> impl Strategy<Value = TokenTree> {
    let leaf = prop_oneof![3 => ident(), 3 => punct(), 3 => literal()];
    leaf.prop_recursive(3, 48, 6, |inner| {
        (
            prop::sample::select(vec![
                Delimiter::Parenthesis,
                Delimiter::Brace,
                Delimiter::Bracket,
                Delimiter::None,
            ]),
            prop::collection::vec(inner, 0..6),
        )
            .prop_map(|(delimiter, trees)| {
                TokenTree::Group(Group::new(delimiter, trees.into_iter().collect()))
            })
    })
}

/// Well-formed `key = value` arguments with random keys and values: these reach the checks
/// behind the parser.
fn arguments() -> impl Strategy<Value = TokenStream> {
    let argument = (
        ident(),
        prop_oneof![literal(), ident()],
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(key, value, negative, grouped)| {
            let mut tokens = vec![key, TokenTree::Punct(Punct::new('=', Spacing::Alone))];
            if negative {
                tokens.push(TokenTree::Punct(Punct::new('-', Spacing::Alone)));
            }
            tokens.push(value);
            let stream: TokenStream = tokens.into_iter().collect();
            if grouped {
                // As `macro_rules!` passes `$x:tt`s on.
                TokenStream::from(TokenTree::Group(Group::new(Delimiter::None, stream)))
            } else {
                stream
            }
        });
    prop::collection::vec(argument, 0..8).prop_map(|arguments| {
        let mut stream = TokenStream::new();
        for argument in arguments {
            stream.extend(argument);
            stream.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
        }
        stream
    })
}

/// An expansion is the value, or errors inside a block that still ends in the value.
fn check_shape(output: &TokenStream, value_path: &str) {
    let text = output.to_string();
    assert!(!text.is_empty());
    if text.contains("compile_error") {
        assert!(text.starts_with('{') && text.ends_with('}'), "{text}");
    } else if !value_path.is_empty() {
        assert!(text.starts_with(value_path), "{text}");
    } else {
        // A link: one string literal (raw, as the macro writes it) holding a platform's URL.
        let link: syn::LitStr = syn::parse2(output.clone()).unwrap_or_else(|_| panic!("{text}"));
        let value = link.value();
        if value.starts_with("<svg") {
            // `dm_qr!`: one SVG of one path.
            assert!(value.ends_with("\"/></svg>") && value.matches("<path").count() == 1);
        } else {
            let url = url::Url::parse(&value).unwrap_or_else(|e| panic!("{value}: {e}"));
            assert!(
                ["https", "mailto", "sms", "tel"].contains(&url.scheme()),
                "{value}"
            );
        }
    }
    // What the compiler gets back must lex again.
    assert!(text.parse::<TokenStream>().is_ok(), "{text}");
}

/// Where the fast path reads arguments from the input's text, it reads what the token reader
/// reads, with no syntax error: it only ever takes the easy inputs, never changes them.
fn fast_path_agrees(input: &TokenStream) -> Result<(), TestCaseError> {
    if let Some((fast, from_tokens)) = arguments_read_both_ways(input) {
        prop_assert_eq!(fast, from_tokens, "{}", input);
    }
    Ok(())
}

fn expand_both(input: &TokenStream) {
    check_shape(
        &expand_dm_button(input.clone()),
        "dm_button :: __private :: StaticButton {",
    );
    check_shape(&expand_dm_link(input.clone()), "");
    check_shape(&expand_dm_qr(input.clone()), "");
    check_shape(
        &expand_dm_panel(input.clone()),
        "dm_button :: __private :: StaticPanel {",
    );
}

/// Panel arguments: random keys and values, and a `buttons` list of random buttons (each a
/// parenthesized group of random arguments, or any token tree).
fn panel_arguments() -> impl Strategy<Value = TokenStream> {
    let button = prop_oneof![
        3 => arguments().prop_map(|args| TokenTree::Group(Group::new(Delimiter::Parenthesis, args))),
        1 => token_tree(),
    ];
    (
        arguments(),
        prop::collection::vec(button, 0..4),
        any::<bool>(),
    )
        .prop_map(|(mut stream, buttons, comma)| {
            let mut list = TokenStream::new();
            for button in buttons {
                list.extend([button]);
                if comma {
                    list.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
                }
            }
            stream.extend(
                "buttons ="
                    .parse::<TokenStream>()
                    .unwrap()
                    .into_iter()
                    .chain([TokenTree::Group(Group::new(Delimiter::Bracket, list))]),
            );
            stream
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn random_tokens(trees in prop::collection::vec(token_tree(), 0..24)) {
        let input = trees.into_iter().collect();
        fast_path_agrees(&input)?;
        expand_both(&input);
    }

    #[test]
    fn random_arguments(arguments in arguments()) {
        fast_path_agrees(&arguments)?;
        expand_both(&arguments);
    }

    #[test]
    fn random_panels(arguments in panel_arguments()) {
        check_shape(
            &expand_dm_panel(arguments),
            "dm_button :: __private :: StaticPanel {",
        );
    }

    #[test]
    fn random_source_text(source in hostile_text()) {
        if let Ok(tokens) = source.parse::<TokenStream>() {
            fast_path_agrees(&tokens)?;
            expand_both(&tokens);
        }
    }

    #[test]
    fn raw_literals_read_back_as_the_text(text in hostile_text(), hashes in "[\"#a]{0,12}") {
        // What the compiler reads from the raw form is the text, whatever quotes and `#` it holds.
        let text = format!("{text}{hashes}\"{hashes}");
        let source = dm_button_tests::string_literal(&text);
        let literal: syn::LitStr = syn::parse_str(&source).unwrap();
        prop_assert_eq!(literal.value(), text);
    }

    #[test]
    fn valid_input_expands_to_the_value(
        id in 1..=dm_button_core::RecipientId::MAX.get(),
        text in hostile_text(),
        style in prop::sample::select(vec!["compact", "large", "icon", "link"]),
    ) {
        let literal = Literal::string(&text);
        let input: TokenStream = format!("recipient = {id}, style = \"{style}\", text = {literal}, ")
            .parse()
            .unwrap();
        let is_error_free = |output: TokenStream| !output.to_string().contains("compile_error");
        // An empty text is the one mistake here (the strategy stays far under the limit).
        let text_ok = !text.is_empty();
        prop_assert_eq!(is_error_free(expand_dm_button(input.clone())), text_ok);
        prop_assert_eq!(is_error_free(expand_dm_link(input)), false, "dm_link! refuses `style`");
        // And a valid link, every time, in the shape the compiler gets.
        let link: TokenStream = format!("recipient = {id}, text = \"x\"").parse().unwrap();
        check_shape(&expand_dm_link(link), "");
    }
}

/// The fast path takes the plain arguments most invocations are made of, reads them as the
/// token reader does, and leaves everything else to it.
#[test]
fn fast_path_takes_plain_arguments_only() {
    let plain = [
        "recipient = 3805104374",
        "recipient = 3_805_104_374, text = \"Hi & <bye> #1 é 😀\", style = \"large\",",
        "recipient = \"3805104374\", widget = true, dnt = false, lang = \"ja\"",
        "recipient=1,text=\"a\",new_tab=true",
        "\n recipient \t = 1 ,\n",
        "stlye = \"large\", recipient = 10",
        "",
    ];
    for source in plain {
        let input: TokenStream = source.parse().unwrap();
        let (fast, from_tokens) =
            arguments_read_both_ways(&input).unwrap_or_else(|| panic!("not taken: {source}"));
        assert_eq!(fast, from_tokens, "{source}");
    }
    let others = [
        "recipient = 007",
        "recipient = 0",
        "recipient = 5u64",
        "recipient = 0x10",
        "recipient = 1.5",
        "recipient = 1e3",
        "recipient = -5",
        "recipient = ID",
        "recipient = 5 style = \"large\"",
        "recipient = 5,, style = \"large\"",
        "recipient 5",
        "3805104374",
        "text = \"say \\\"hi\\\"\"",
        "text = r#\"raw\"#",
        "text = b\"bytes\"",
        "text = 'c'",
        "r#type = 1",
        "recipient = (5)",
        "text = concat!(\"a\", \"b\")",
    ];
    for source in others {
        let input: TokenStream = source.parse().unwrap();
        assert!(
            arguments_read_both_ways(&input).is_none(),
            "taken: {source}"
        );
    }
}
