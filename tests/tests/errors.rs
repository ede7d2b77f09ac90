//! Every bad input from a table gets its error variant, with a message that names the
//! input and says what to do; and the macro reports the same message as the builder's
//! types for the same mistake (compared with the trybuild `.stderr` files).

use std::str::FromStr;

use dm_button::{
    ClassList, ClassListError, ElementId, ElementIdError, Host, HostError, Lang, LangError,
    MessageText, RecipientId, RecipientIdError, ScreenName, ScreenNameError, Style, StyleError,
    TextError, WelcomeMessageId, WelcomeMessageIdError, WidgetStyle, WidgetStyleError,
};

/// A bad input, and a test of the error it must get.
type Row<E> = (&'static str, fn(&E) -> bool);

/// Parses `input`, expecting an error that `is_expected` accepts and whose message is a
/// sentence with advice.
fn refuse<T>(input: &str, is_expected: impl Fn(&T::Err) -> bool) -> String
where
    T: FromStr + std::fmt::Debug,
    T::Err: std::error::Error,
{
    match input.parse::<T>() {
        Ok(value) => panic!("{input:?} parsed as {value:?}"),
        Err(error) => {
            assert!(is_expected(&error), "{input:?} gave {error:?}");
            let message = error.to_string();
            assert!(
                message.len() > 30 && message.contains(':'),
                "{input:?}: {message}"
            );
            message
        }
    }
}

#[test]
fn recipient_ids() {
    use RecipientIdError as E;
    let table: &[Row<E>] = &[
        ("", |e| matches!(e, E::Empty)),
        (
            "@furni",
            |e| matches!(e, E::ScreenName { screen_name, .. } if screen_name == "furni"),
        ),
        ("furni", |e| matches!(e, E::ScreenName { .. })),
        ("DC_Tandil", |e| matches!(e, E::ScreenName { .. })),
        ("Ana", |e| matches!(e, E::ScreenName { .. })),
        ("0", |e| matches!(e, E::Zero)),
        ("00", |e| matches!(e, E::Zero)),
        ("-1", |e| matches!(e, E::Negative { .. })),
        ("-0", |e| matches!(e, E::Negative { .. })),
        ("0123", |e| matches!(e, E::LeadingZero { .. })),
        ("9223372036854775808", |e| matches!(e, E::TooLarge { .. })),
        ("18446744073709551616", |e| matches!(e, E::TooLarge { .. })),
        ("99999999999999999999999999999", |e| {
            matches!(e, E::TooLarge { .. })
        }),
        ("3805104374 ", |e| matches!(e, E::NotNumeric { .. })),
        (" 3805104374", |e| matches!(e, E::NotNumeric { .. })),
        ("+3805104374", |e| matches!(e, E::NotNumeric { .. })),
        ("3.805104374e9", |e| matches!(e, E::NotNumeric { .. })),
        ("0x10", |e| matches!(e, E::ScreenName { .. })),
        ("3805104374.0", |e| matches!(e, E::NotNumeric { .. })),
        ("3_805_104_374", |e| matches!(e, E::NotNumeric { .. })),
        ("_", |e| matches!(e, E::NotNumeric { .. })),
        ("3805104374\0", |e| matches!(e, E::NotNumeric { .. })),
        ("٣٨٠٥", |e| matches!(e, E::NotNumeric { .. })),
        ("https://x.com/furni", |e| matches!(e, E::NotNumeric { .. })),
    ];
    for (input, is_expected) in table {
        refuse::<RecipientId>(input, is_expected);
    }
    assert!(matches!(RecipientId::try_from(0_u64), Err(E::Zero)));
    assert!(matches!(
        RecipientId::try_from(u64::MAX),
        Err(E::TooLarge { .. })
    ));
    assert!(matches!(
        RecipientId::try_from(-5_i64),
        Err(E::Negative { .. })
    ));
    assert!(matches!(
        RecipientId::try_from("x"),
        Err(E::ScreenName { .. })
    ));
    assert_eq!(RecipientId::new(0), None);
    assert_eq!(
        RecipientId::new(dm_button::RecipientId::MAX.get() + 1),
        None
    );
}

#[test]
fn welcome_message_ids() {
    use WelcomeMessageIdError as E;
    let table: &[Row<E>] = &[
        ("", |e| matches!(e, E::Empty)),
        ("welcome", |e| matches!(e, E::NotNumeric { .. })),
        ("0", |e| matches!(e, E::Zero)),
        ("-42", |e| matches!(e, E::Negative { .. })),
        ("042", |e| matches!(e, E::LeadingZero { .. })),
        ("9223372036854775808", |e| matches!(e, E::TooLarge { .. })),
    ];
    for (input, is_expected) in table {
        refuse::<WelcomeMessageId>(input, is_expected);
    }
}

#[test]
fn screen_names() {
    use ScreenNameError as E;
    let table: &[Row<E>] = &[
        ("", |e| matches!(e, E::Empty)),
        ("@", |e| matches!(e, E::Empty)),
        ("a_very_long_screen_name", |e| {
            matches!(e, E::TooLong { chars: 23, .. })
        }),
        ("fur ni", |e| {
            matches!(
                e,
                E::InvalidChar {
                    ch: ' ',
                    position: 4,
                    ..
                }
            )
        }),
        ("fur-ni", |e| matches!(e, E::InvalidChar { ch: '-', .. })),
        ("@@furni", |e| {
            matches!(
                e,
                E::InvalidChar {
                    ch: '@',
                    position: 1,
                    ..
                }
            )
        }),
        ("émile", |e| matches!(e, E::InvalidChar { ch: 'é', .. })),
        ("furni\n", |e| {
            matches!(
                e,
                E::InvalidChar {
                    ch: '\n',
                    position: 6,
                    ..
                }
            )
        }),
        ("<script>", |e| matches!(e, E::InvalidChar { ch: '<', .. })),
    ];
    for (input, is_expected) in table {
        refuse::<ScreenName>(input, is_expected);
    }
}

#[test]
fn styles_languages_hosts() {
    let style = refuse::<Style>("Large", |e| matches!(e, StyleError::Unknown { .. }));
    assert!(style.contains("did you mean `large`?"), "{style}");
    refuse::<Style>("", |e| matches!(e, StyleError::Unknown { .. }));
    refuse::<Style>("huge", |e| matches!(e, StyleError::Unknown { .. }));
    let widget = refuse::<WidgetStyle>("icon", |e| {
        matches!(
            e,
            WidgetStyleError::NotInWidget {
                style: Style::Icon,
                ..
            }
        )
    });
    assert!(widget.contains("compact and large"), "{widget}");
    refuse::<WidgetStyle>("link", |e| {
        matches!(e, WidgetStyleError::NotInWidget { .. })
    });
    refuse::<WidgetStyle>("huge", |e| matches!(e, WidgetStyleError::Unknown { .. }));
    let lang = refuse::<Lang>("FR", |e| matches!(e, LangError::Unknown { .. }));
    assert!(
        lang.contains("did you mean `fr`?") && lang.contains("en, fr, es"),
        "{lang}"
    );
    refuse::<Lang>("en-US", |e| matches!(e, LangError::Unknown { .. }));
    refuse::<Host>("example.com", |e| matches!(e, HostError::Unknown { .. }));
    let host = refuse::<Host>("https://x.com/", |e| matches!(e, HostError::Unknown { .. }));
    assert!(host.contains("domain name only"), "{host}");
    refuse::<Host>("X.COM", |e| matches!(e, HostError::Unknown { .. }));
    refuse::<Host>("www.x.com", |e| matches!(e, HostError::Unknown { .. }));
}

#[test]
fn classes_ids_texts() {
    use ClassListError as C;
    let table: &[Row<C>] = &[
        ("", |e| matches!(e, C::Empty)),
        ("   ", |e| matches!(e, C::Empty)),
        ("1st", |e| matches!(e, C::BadStart { .. })),
        ("-1", |e| matches!(e, C::BadStart { .. })),
        ("-", |e| matches!(e, C::BadStart { .. })),
        ("a,b", |e| matches!(e, C::InvalidChar { ch: ',', .. })),
        ("a\"b", |e| matches!(e, C::InvalidChar { ch: '"', .. })),
        ("ok a.b", |e| matches!(e, C::InvalidChar { ch: '.', .. })),
        ("x\u{85}", |e| matches!(e, C::InvalidChar { .. })),
        ("dm-button", |e| matches!(e, C::Reserved { .. })),
        ("dm-button__label", |e| matches!(e, C::Reserved { .. })),
        ("twitter-dm-button", |e| matches!(e, C::Reserved { .. })),
    ];
    for (input, is_expected) in table {
        refuse::<ClassList>(input, is_expected);
    }
    use ElementIdError as I;
    refuse::<ElementId>("", |e| matches!(e, I::Empty));
    refuse::<ElementId>("a b", |e| {
        matches!(
            e,
            I::InvalidChar {
                ch: ' ',
                position: 2,
                ..
            }
        )
    });
    refuse::<ElementId>("a\tb", |e| matches!(e, I::InvalidChar { ch: '\t', .. }));
    refuse::<ElementId>("a\0", |e| matches!(e, I::InvalidChar { ch: '\0', .. }));
    let long = "x".repeat(dm_button::MessageText::MAX_CHARS + 1);
    refuse::<MessageText>(&long, |e| {
        matches!(e, TextError::TooLong { chars: 10_001, .. })
    });
    let emoji = "😀".repeat(dm_button::MessageText::MAX_CHARS + 5);
    refuse::<MessageText>(&emoji, |e| {
        matches!(e, TextError::TooLong { chars: 10_005, .. })
    });
    assert!(
        "😀"
            .repeat(dm_button::MessageText::MAX_CHARS)
            .parse::<MessageText>()
            .is_ok()
    );
}

/// The macro and the builder say the same thing for the same mistake.
#[test]
fn macro_reports_the_builder_message() {
    let stderr = |case: &str| {
        let path = format!("{}/tests/ui/fail/{case}.stderr", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
    };
    // A screen name is not among them: the macro looks it up in dm-button.toml (see
    // `ui/names/`), where `RecipientId` refuses it.
    let same: Vec<(&str, String)> = vec![
        (
            "recipient_zero",
            "0".parse::<RecipientId>().unwrap_err().to_string(),
        ),
        (
            "recipient_negative",
            "-3805104374"
                .parse::<RecipientId>()
                .unwrap_err()
                .to_string(),
        ),
        (
            "recipient_past_max",
            "9223372036854775808"
                .parse::<RecipientId>()
                .unwrap_err()
                .to_string(),
        ),
        (
            "recipient_leading_zero",
            "03805104374"
                .parse::<RecipientId>()
                .unwrap_err()
                .to_string(),
        ),
        (
            "recipient_empty_string",
            "".parse::<RecipientId>().unwrap_err().to_string(),
        ),
        (
            "welcome_message_id_zero",
            "0".parse::<WelcomeMessageId>().unwrap_err().to_string(),
        ),
        (
            "screen_name_invalid_char",
            "fur-ni".parse::<ScreenName>().unwrap_err().to_string(),
        ),
        (
            "screen_name_empty",
            "@".parse::<ScreenName>().unwrap_err().to_string(),
        ),
        (
            "style_misspelt",
            "Large".parse::<Style>().unwrap_err().to_string(),
        ),
        (
            "lang_unknown",
            "xx".parse::<Lang>().unwrap_err().to_string(),
        ),
        (
            "host_with_scheme",
            "https://x.com".parse::<Host>().unwrap_err().to_string(),
        ),
        (
            "class_reserved",
            "dm-button--large"
                .parse::<ClassList>()
                .unwrap_err()
                .to_string(),
        ),
        (
            "id_with_space",
            "contact us".parse::<ElementId>().unwrap_err().to_string(),
        ),
        (
            "widget_icon_style",
            "icon".parse::<WidgetStyle>().unwrap_err().to_string(),
        ),
        (
            "text_too_long",
            MessageText::for_platform(&"a".repeat(10_001), dm_button::Platform::X)
                .unwrap_err()
                .to_string(),
        ),
    ];
    for (case, message) in same {
        // The macro's message is the value type's, then maybe its own advice.
        let stderr = stderr(case);
        let line = stderr.lines().next().unwrap_or_default();
        let rest = line.strip_prefix(&format!("error: {message}"));
        assert!(
            rest.is_some_and(|rest| rest.is_empty() || rest.starts_with("; for example `")),
            "{case}: {message}\n{line}"
        );
    }
}

/// What a run-time error must not say: the macros' syntax (`key = value`, `dm_button!`) or
/// the tooling advice they add (`cargo dm-button`, dm-button.toml). A value type's message
/// is what a web form shows its user.
fn assert_plain(what: &str, message: &str) {
    let key_equals = regex::Regex::new(r"\b[a-z_]+ = ").unwrap();
    assert!(!key_equals.is_match(message), "{what}: {message}");
    for tooling in [
        "dm_button!",
        "dm_link!",
        "cargo dm-button",
        "dm-button.toml",
    ] {
        assert!(!message.contains(tooling), "{what}: {message}");
    }
}

#[test]
fn run_time_errors_are_in_plain_words() {
    let bad = [
        "",
        " ",
        "@",
        "@@",
        "0",
        "-1",
        "007",
        "06 12 34 56 78",
        "0033 6 12 34 56 78",
        "+999 1234",
        "+1-800-FLOWERS",
        "+33 6 12",
        "+33 06 12 34 56 78",
        "+1 011 555 0123",
        "a-b",
        "a b",
        "ab",
        "_durov",
        "du__rov",
        "durov_",
        ".nasa",
        "mailto:a@example.com",
        "Ana <a@example.com>",
        "a@example",
        "https://x.com/furni",
        "@furni",
        "💬",
        "*AB",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
    ];
    let mut checked = 0;
    for platform in dm_button::Platform::ALL {
        for input in bad {
            if let Err(error) =
                format!("{}:{input}", platform.as_str()).parse::<dm_button::Contact>()
            {
                assert_plain(&format!("{platform}: {input:?}"), &error.to_string());
                checked += 1;
            }
        }
    }
    for input in bad {
        for message in [
            input.parse::<Style>().err().map(|e| e.to_string()),
            input.parse::<WidgetStyle>().err().map(|e| e.to_string()),
            input.parse::<Lang>().err().map(|e| e.to_string()),
            input.parse::<Host>().err().map(|e| e.to_string()),
            input.parse::<ClassList>().err().map(|e| e.to_string()),
            input.parse::<ElementId>().err().map(|e| e.to_string()),
            input.parse::<ScreenName>().err().map(|e| e.to_string()),
            input
                .parse::<WelcomeMessageId>()
                .err()
                .map(|e| e.to_string()),
            input
                .parse::<dm_button::Referral>()
                .err()
                .map(|e| e.to_string()),
            input
                .parse::<dm_button::Platform>()
                .err()
                .map(|e| e.to_string()),
            input
                .parse::<dm_button::Contact>()
                .err()
                .map(|e| e.to_string()),
        ]
        .into_iter()
        .flatten()
        {
            assert_plain(input, &message);
            checked += 1;
        }
    }
    let long = "a".repeat(10_001);
    assert_plain(
        "text",
        &long.parse::<MessageText>().unwrap_err().to_string(),
    );
    println!("{checked} messages checked");
    assert!(checked > 300, "{checked}");
}
