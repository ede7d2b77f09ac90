//! Generates the equivalence cases: for each, the same options written once as a
//! `dm_button!`/`dm_link!` invocation and once as `DmButton` builder calls. The matrix
//! crosses every style with every language and every way of giving a screen name, every
//! widget size with `script` and `dnt`, and every link key, while the other keys cycle
//! through their values, so that every value of every key appears in several
//! combinations; the platforms other than X come from the registry (`Platform::ALL`), each
//! with its example recipients and the keys it takes. `tests/equivalence.rs` includes the
//! result and compares the bytes, also with a `DmButton::to` button of the same options.

use std::fmt::Write as _;
use std::path::PathBuf;

use dm_button_core::{Platform, Style, WidgetStyle};

/// One option, as a macro argument, as a call on the platform's typed builder, and as a
/// call on a `DmButton::to` button (where the options some platforms lack are `try_`
/// methods).
#[derive(Clone)]
struct Opt {
    arg: String,
    call: String,
    any: String,
}

/// The `DmButton::to` form of `call`: the options some platforms lack go through their
/// `try_` method.
fn on_any_platform(call: &str) -> String {
    for method in [
        "text",
        "subject",
        "referral",
        "new_tab",
        "screen_name",
        "show_screen_name",
        "host",
        "welcome_message_id",
    ] {
        if let Some(rest) = call.strip_prefix(&format!(".{method}(")) {
            return format!(".try_{method}({rest}.unwrap()");
        }
    }
    call.to_owned()
}

fn opt(arg: impl Into<String>, call: impl Into<String>) -> Option<Opt> {
    let call = call.into();
    Some(Opt {
        arg: arg.into(),
        any: on_any_platform(&call),
        call,
    })
}

fn string_opt(key: &str, value: &str, call: impl Fn(&str) -> String) -> Option<Opt> {
    opt(format!("{key} = {value:?}"), call(&format!("{value:?}")))
}

/// `key` not given, then given each of `values`: the builder's call written by `call` from
/// the value's literal.
fn string_opts(key: &str, values: &[&str], call: impl Fn(&str) -> String) -> Vec<Option<Opt>> {
    std::iter::once(None)
        .chain(values.iter().map(|value| string_opt(key, value, &call)))
        .collect()
}

/// A case: the options in the order the macro gets them, and the builder's constructor.
struct Case {
    name: String,
    widget: bool,
    recipient: (String, u64),
    /// Another platform's recipient, as a macro argument, the builder's constructor and the
    /// contact's text: then `recipient` and `widget` are not used.
    platform: Option<(String, String, String)>,
    options: Vec<Opt>,
    /// `screen_name` and `show_screen_name` come after the others in the builder (the
    /// latter exists only once a name is set), but anywhere in the macro: they go first there.
    naming: Vec<Opt>,
}

impl Case {
    /// Writes the case as a function of its own, `case_{number}`: one function holding
    /// hundreds of buttons would need a stack frame larger than a test thread's stack.
    fn write(&self, out: &mut String, number: usize) {
        let (first, mut chain, contact) = match &self.platform {
            Some((arg, constructor, contact)) => {
                (arg.clone(), constructor.clone(), contact.clone())
            }
            None => (
                format!("recipient = {}", self.recipient.0),
                format!(
                    "DmButton::{}(RecipientId::new({}).unwrap())",
                    if self.widget { "widget" } else { "new" },
                    self.recipient.1
                ),
                format!("x:{}", self.recipient.1),
            ),
        };
        // X's widget is a markup of its own, which `DmButton::to` does not make.
        let mut any = (!self.widget).then(|| format!("DmButton::to(parse({contact:?}))"));
        let mut args = vec![first];
        args.extend(self.naming.iter().map(|o| o.arg.clone()));
        args.extend(self.options.iter().map(|o| o.arg.clone()));
        if self.widget {
            args.push("widget = true".into());
        }
        for option in self.options.iter().chain(&self.naming) {
            chain.push_str(&option.call);
            if let Some(any) = &mut any {
                any.push_str(&option.any);
            }
        }
        let any = any.map_or_else(|| "None".to_owned(), |any| format!("Some({any}.to_html())"));
        let _ = writeln!(
            out,
            "fn case_{number}() -> Case {{ let b = {chain}; Case {{ name: {name:?}, macro_args: {margs:?}, from_macro: dm_button!({args}), \
             html: b.to_html(), rendered: rendered(&b), len: b.rendered_len(), href: b.href(), on_any_platform: {any} }} }}",
            name = self.name,
            margs = args.join(", "),
            args = args.join(", "),
        );
    }
}

/// A key left out, then each of its values (the crate's own list, such as `Style::ALL`).
fn unset_or_each<T>(values: impl IntoIterator<Item = T>) -> impl Iterator<Item = Option<T>> {
    std::iter::once(None).chain(values.into_iter().map(Some))
}

/// `style = "..."`, as a macro argument and a builder call.
fn style_opt(style: &str) -> Option<Opt> {
    string_opt("style", style, |v| format!(".style(parse({v}))"))
}

/// One `dm_link!` case: the recipient's argument and the builder's constructor, then the
/// options given, compared with the builder's `href()`.
fn write_link_case<'o>(
    out: &mut String,
    recipient: String,
    constructor: String,
    options: impl IntoIterator<Item = &'o Option<Opt>>,
) {
    let options: Vec<&Opt> = options.into_iter().flatten().collect();
    let mut args = vec![recipient];
    args.extend(options.iter().map(|o| o.arg.clone()));
    let mut chain = constructor;
    for option in &options {
        chain.push_str(&option.call);
    }
    let _ = writeln!(
        out,
        "    LinkCase {{ macro_args: {margs:?}, from_macro: dm_link!({args}), href: {chain}.href() }},",
        margs = args.join(", "),
        args = args.join(", "),
    );
}

/// The panels: every placement × side × open × QR × language, with titles and greetings
/// cycling, each of two to four buttons taken in turn from the registry's examples (every
/// platform, each with its text, name and role where taken). Each case is `dm_panel!(...)`
/// against `ContactPanel` with the same options. Returns how many were written.
fn write_panel_cases(
    out: &mut String,
    texts: &[Option<Opt>],
    names: &[Option<Opt>],
    roles: &[Option<Opt>],
    langs: &[Option<Opt>],
) -> usize {
    let titles = [None, Some("Talk to us"), Some("Ask <us> & \"win\"")];
    let greetings = [
        None,
        Some("We usually answer within the hour."),
        Some("<b>Hi</b> & bye"),
    ];
    let ids = [None, Some("contact")];
    let classes = [None, Some("site-help extra")];
    let platforms: Vec<Platform> = Platform::ALL.to_vec();
    let mut panel = 0;
    let mut button = 0;
    out.push_str("\nfn panel_cases() -> Vec<PanelCase> {\n    vec![\n");
    for placement in [None, Some("inline"), Some("floating")] {
        for side in [None, Some("right"), Some("left")] {
            for open in [None, Some(true), Some(false)] {
                for qr in [None, Some(true), Some(false)] {
                    let mut args: Vec<String> = Vec::new();
                    let mut chain = String::from("ContactPanel::new()");
                    let mut push = |arg: String, call: String| {
                        args.push(arg);
                        chain.push_str(&call);
                    };
                    if let Some(title) = cycle(&titles, panel) {
                        push(format!("title = {title:?}"), format!(".title({title:?})"));
                    }
                    if let Some(greeting) = cycle(&greetings, panel / 2) {
                        push(
                            format!("greeting = {greeting:?}"),
                            format!(".greeting({greeting:?})"),
                        );
                    }
                    if let Some(placement) = placement {
                        push(
                            format!("placement = {placement:?}"),
                            format!(".placement(parse({placement:?}))"),
                        );
                    }
                    if let Some(side) = side {
                        push(
                            format!("side = {side:?}"),
                            format!(".side(parse({side:?}))"),
                        );
                    }
                    if let Some(open) = open {
                        push(format!("open = {open}"), format!(".open({open})"));
                    }
                    if let Some(qr) = qr {
                        push(format!("qr = {qr}"), format!(".qr({qr})"));
                    }
                    if let Some(lang) = cycle(langs, panel) {
                        push(lang.arg.clone(), lang.call.clone());
                    }
                    if let Some(id) = cycle(&ids, panel / 3) {
                        push(format!("id = {id:?}"), format!(".id(parse({id:?}))"));
                    }
                    if let Some(class) = cycle(&classes, panel / 5) {
                        push(
                            format!("class = {class:?}"),
                            format!(".class(parse({class:?}))"),
                        );
                    }
                    // One panel in three has opening hours, in one of three time zones.
                    let zones = ["Europe/Paris", "America/New_York", "Asia/Tokyo"];
                    let timed = panel % 3 == 1;
                    if timed {
                        let zone = cycle(&zones, panel / 3);
                        push(
                            format!("timezone = {zone:?}"),
                            format!(".time_zone(parse({zone:?}))"),
                        );
                    }
                    // Two to four buttons; with QR codes, the first needs a phone.
                    let count = 2 + panel % 3;
                    let mut entries = Vec::new();
                    for slot in 0..count {
                        let mut platform = cycle(&platforms, button);
                        if qr == Some(true) && slot == 0 {
                            platform = *platforms
                                .iter()
                                .filter(|p| p.needs_phone())
                                .nth(button % 7)
                                .unwrap_or(&Platform::WhatsApp);
                        }
                        let value = cycle(platform.examples(), button);
                        let constructor = if platform == Platform::X {
                            format!("DmButton::new(parse({value:?}))")
                        } else {
                            format!("DmButton::{}(parse({value:?}))", platform.as_str())
                        };
                        let mut entry_args = vec![format!("{} = {value:?}", platform.key())];
                        let mut entry_chain = constructor;
                        let options = [
                            cycle(texts, button).filter(|_| platform.takes("text")),
                            cycle(names, button / 2),
                            cycle(roles, button / 3),
                            cycle(langs, button / 5),
                        ];
                        for option in options.into_iter().flatten() {
                            entry_args.push(option.arg);
                            entry_chain.push_str(&option.call);
                        }
                        // With hours, every other button has some (the first always).
                        let schedules = [
                            "Mo-Fr 09:00-18:00",
                            "Mo-Sa 09:00-18:00; Sa 10:00-13:00",
                            "Fr-Mo 22:00-02:00",
                            "08:00-12:00,14:00-18:00; Su off",
                        ];
                        let hours = (timed && slot % 2 == 0).then(|| cycle(&schedules, button));
                        if let Some(hours) = hours {
                            entry_args.push(format!("hours = {hours:?}"));
                        }
                        entries.push((entry_args.join(", "), entry_chain, hours));
                        button += 1;
                    }
                    let list: Vec<String> =
                        entries.iter().map(|(a, ..)| format!("({a})")).collect();
                    args.push(format!("buttons = [{}]", list.join(", ")));
                    for (_, entry_chain, hours) in &entries {
                        match hours {
                            Some(hours) => chain.push_str(&format!(
                                ".button_with_hours({entry_chain}, parse({hours:?}))"
                            )),
                            None => chain.push_str(&format!(".button({entry_chain})")),
                        }
                    }
                    let args = args.join(", ");
                    let _ = writeln!(
                        out,
                        "        PanelCase {{ macro_args: {args:?}, from_macro: dm_panel!({args}), built: {chain}.build().unwrap() }},"
                    );
                    panel += 1;
                }
            }
        }
    }
    out.push_str("    ]\n}\n");
    panel
}

fn cycle<T: Clone>(values: &[T], index: usize) -> T {
    values[index % values.len()].clone()
}

fn main() {
    let recipients: Vec<(String, u64)> = vec![
        ("3805104374".into(), 3805104374),
        ("\"3805104374\"".into(), 3805104374),
        ("1".into(), 1),
        ("9223372036854775807".into(), 9223372036854775807),
        ("3_805_104_374".into(), 3805104374),
        ("\"9007199254740993\"".into(), 9007199254740993),
    ];
    let texts = string_opts(
        "text",
        &[
            "Hello world",
            "Hi & bye #1, 100% <sure> +1 = 2?",
            "¿Qué tal? 😀 שלום\nsecond line\ttab",
            "quotes \" and ' and \\ backslash",
        ],
        |v| format!(".text({v})"),
    );
    let labels = string_opts(
        "label",
        &[
            "Contact us",
            "Écrivez \"nous\" <maintenant> & vite",
            "</a><script>alert(1)</script>",
        ],
        |v| format!(".label({v})"),
    );
    let names = string_opts("name", &["Ana", "Zoë \"Q\" <&> O'Neil"], |v| {
        format!(".name({v})")
    });
    let roles = string_opts("role", &["Sales", "Support & <care>"], |v| {
        format!(".role({v})")
    });
    let subjects = string_opts("subject", &["Order #42", "Re: a\nb & c"], |v| {
        format!(".subject({v})")
    });
    let referrals = string_opts("ref", &["launch", "ad_42=summer-sale"], |v| {
        format!(".referral(parse({v}))")
    });
    let welcome: Vec<Option<Opt>> = vec![
        None,
        opt(
            "welcome_message_id = 42",
            ".welcome_message_id(parse(\"42\"))",
        ),
        opt(
            "welcome_message_id = \"9223372036854775807\"",
            ".welcome_message_id(parse(\"9223372036854775807\"))",
        ),
    ];
    let hosts: Vec<Option<Opt>> = vec![
        None,
        opt("host = \"x.com\"", ".host(Host::X)"),
        opt("host = \"twitter.com\"", ".host(Host::Twitter)"),
    ];
    let new_tabs: Vec<Option<Opt>> = vec![
        None,
        opt("new_tab = true", ".new_tab(true)"),
        opt("new_tab = false", ".new_tab(false)"),
    ];
    let classes = string_opts("class", &["cta", "footer-cta  _tracked ünï"], |v| {
        format!(".class(parse({v}))")
    });
    let ids = string_opts("id", &["contact", "dm-1", "a\"b"], |v| {
        format!(".id(parse({v}))")
    });
    let langs = string_opts(
        "lang",
        &["en", "fr", "es", "de", "pt", "it", "ja", "nl", "ko", "ar"],
        |v| format!(".lang(parse({v}))"),
    );
    let namings: Vec<(&str, Vec<Opt>)> = vec![
        ("no name", vec![]),
        (
            "name",
            vec![opt("screen_name = \"furni\"", ".screen_name(parse(\"furni\"))").unwrap()],
        ),
        (
            "@name shown",
            vec![
                opt(
                    "screen_name = \"@DC_Tandil\"",
                    ".screen_name(parse(\"@DC_Tandil\"))",
                )
                .unwrap(),
                opt("show_screen_name = true", ".show_screen_name(true)").unwrap(),
            ],
        ),
        (
            "name hidden",
            vec![
                opt("screen_name = \"furni\"", ".screen_name(parse(\"furni\"))").unwrap(),
                opt("show_screen_name = false", ".show_screen_name(false)").unwrap(),
            ],
        ),
    ];

    let mut cases = Vec::new();
    let mut index = 0;
    // The options of case `index` that `platform`'s button takes, each list cycling at its
    // own pace so that the cases meet many combinations.
    let options_at = |platform: Platform, index: usize| -> Vec<Opt> {
        let takes = |key: &str, option: Option<Opt>| option.filter(|_| platform.takes(key));
        [
            takes("text", cycle(&texts, index)),
            takes("subject", cycle(&subjects, index)),
            takes("ref", cycle(&referrals, index / 3)),
            takes("welcome_message_id", cycle(&welcome, index)),
            takes("host", cycle(&hosts, index / 3)),
            cycle(&labels, index / 2),
            takes("new_tab", cycle(&new_tabs, index / 5)),
            cycle(&classes, index / 7),
            cycle(&ids, index / 11),
            cycle(&names, index / 13),
            cycle(&roles, index / 4),
        ]
        .into_iter()
        .flatten()
        .collect()
    };

    // The crate's own markup: every style × every language × every naming.
    for style in unset_or_each(Style::ALL.iter().map(|style| style.as_str())) {
        for lang in &langs {
            for (naming_name, naming) in &namings {
                let mut options = options_at(Platform::X, index);
                options.extend(style.and_then(style_opt));
                options.extend(lang.clone());
                cases.push(Case {
                    name: format!(
                        "static {} {} {naming_name} #{index}",
                        style.unwrap_or("default-style"),
                        lang.as_ref().map_or("default-lang", |l| l.arg.as_str())
                    ),
                    widget: false,
                    recipient: cycle(&recipients, index),
                    platform: None,
                    options,
                    naming: naming.clone(),
                });
                index += 1;
            }
        }
    }
    // X's widget: every size × script × dnt × naming, languages cycling.
    for style in unset_or_each(WidgetStyle::ALL.iter().map(|style| style.as_str())) {
        for script in [None, Some(true), Some(false)] {
            for dnt in [None, Some(true), Some(false)] {
                for (naming_name, naming) in &namings {
                    let mut options = options_at(Platform::X, index);
                    options.extend(style.and_then(style_opt));
                    if let Some(script) = script {
                        options.extend(opt(
                            format!("script = {script}"),
                            format!(".script({script})"),
                        ));
                    }
                    if let Some(dnt) = dnt {
                        options.extend(opt(format!("dnt = {dnt}"), format!(".dnt({dnt})")));
                    }
                    options.extend(cycle(&langs, index));
                    cases.push(Case {
                        name: format!(
                            "widget {} script={script:?} dnt={dnt:?} {naming_name} #{index}",
                            style.unwrap_or("default-style")
                        ),
                        widget: true,
                        recipient: cycle(&recipients, index),
                        platform: None,
                        options,
                        naming: naming.clone(),
                    });
                    index += 1;
                }
            }
        }
    }

    // The other platforms, from the registry: every style × every language, their example
    // recipients and the keys they take cycling (only the keys each platform takes).
    let others: Vec<Platform> = Platform::ALL
        .iter()
        .copied()
        .filter(|platform| *platform != Platform::X)
        .collect();
    for platform in &others {
        for style in unset_or_each(Style::ALL.iter().map(|style| style.as_str())) {
            for lang in &langs {
                let value = cycle(platform.examples(), index);
                let mut options = options_at(*platform, index);
                options.extend(style.and_then(style_opt));
                options.extend(lang.clone());
                cases.push(Case {
                    name: format!(
                        "{} {} {} #{index}",
                        platform.as_str(),
                        style.unwrap_or("default-style"),
                        lang.as_ref().map_or("default-lang", |l| l.arg.as_str())
                    ),
                    widget: false,
                    recipient: cycle(&recipients, index),
                    platform: Some((
                        format!("{} = {value:?}", platform.key()),
                        format!("DmButton::{}(parse({value:?}))", platform.as_str()),
                        format!("{}:{value}", platform.as_str()),
                    )),
                    options,
                    naming: Vec::new(),
                });
                index += 1;
            }
        }
    }

    let mut out = String::from("// @generated by tests/build.rs\n\n");
    for (number, case) in cases.iter().enumerate() {
        case.write(&mut out, number);
    }
    out.push_str("\nfn button_cases() -> Vec<Case> {\n    vec![\n");
    for number in 0..cases.len() {
        let _ = writeln!(out, "        case_{number}(),");
    }
    out.push_str("    ]\n}\n\nfn link_cases() -> Vec<LinkCase> {\n    vec![\n");
    // Links: every text × welcome message × host, recipients cycling.
    let mut link_count = 0;
    for (t, text) in texts.iter().enumerate() {
        for (w, welcome_id) in welcome.iter().enumerate() {
            for (h, host) in hosts.iter().enumerate() {
                let recipient = cycle(&recipients, t + w + h);
                write_link_case(
                    &mut out,
                    format!("recipient = {}", recipient.0),
                    format!("DmButton::new(RecipientId::new({}).unwrap())", recipient.1),
                    [text, welcome_id, host],
                );
                link_count += 1;
            }
        }
    }
    // Other platforms' links: each example recipient × every text (and subject where taken).
    for platform in &others {
        for (v, value) in platform.examples().iter().enumerate() {
            for (t, text) in texts.iter().enumerate() {
                let text = text.clone().filter(|_| platform.takes("text"));
                let subject = cycle(&subjects, v + t).filter(|_| platform.takes("subject"));
                let referral = cycle(&referrals, v + t).filter(|_| platform.takes("ref"));
                write_link_case(
                    &mut out,
                    format!("{} = {value:?}", platform.key()),
                    format!("DmButton::{}(parse({value:?}))", platform.as_str()),
                    [&text, &subject, &referral],
                );
                link_count += 1;
            }
        }
    }
    out.push_str("    ]\n}\n");
    let panel_count = write_panel_cases(&mut out, &texts, &names, &roles, &langs);
    let _ = writeln!(
        out,
        "\nconst BUTTON_CASES: usize = {};\nconst LINK_CASES: usize = {link_count};\nconst PANEL_CASES: usize = {panel_count};",
        cases.len()
    );

    let path = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("equivalence_cases.rs");
    std::fs::write(path, out).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=build.rs");
}
