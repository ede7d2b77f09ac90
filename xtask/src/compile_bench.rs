//! The compile-time benchmark.
//!
//! Generates crates holding the same 1,000 buttons, with varied options: as `dm_button!`
//! invocations, as plain string literals (rendered here by `dm-button-core`, the code the
//! macro runs), and as hand-written maud `html!` templates; and, to tell the macro's own
//! work from the rest, the markup literals passed through a proc macro that returns its
//! input, and the `StaticButton` values the macro expands to, written out. Each is built from
//! clean (only that crate: its dependencies are built once, beforehand) with
//! `CARGO_INCREMENTAL=0`, several times; the report gives the medians and the ratios. It also
//! times a clean build of a crate depending on `dm-button` (default features) against one
//! depending on `maud` alone.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use dm_button_core::{
    ButtonSpec, ClassList, Contact, ElementId, Lang, LinkSpec, Look, Platform, RecipientId,
    ShownName, Style, WidgetStyle,
};

use crate::stats::{median, per_round, summary};

/// The options of one generated button.
struct Case {
    recipient: u64,
    text: Option<String>,
    screen_name: Option<(String, bool)>,
    label: Option<String>,
    lang: Option<Lang>,
    new_tab: bool,
    class: Option<String>,
    id: Option<String>,
    look: Look,
}

/// `count` buttons whose options cycle through every key and value.
fn cases(count: usize) -> Vec<Case> {
    let styles = Style::ALL;
    (0..count)
        .map(|i| {
            let widget = i % 10 == 9;
            let look = if widget {
                let style = if i % 20 == 19 {
                    WidgetStyle::Large
                } else {
                    WidgetStyle::Compact
                };
                Look::Widget {
                    style,
                    script: i % 3 == 0,
                    dnt: i % 4 == 0,
                }
            } else {
                Look::Static(styles[i % styles.len()])
            };
            Case {
                recipient: 1_000_000 + i as u64 * 7919,
                text: (i % 3 != 0)
                    .then(|| format!("Hello, question #{i} about my order & delivery?")),
                screen_name: match i % 5 {
                    0 => None,
                    4 => Some((format!("user_{i}"), false)),
                    _ => Some((format!("user_{i}"), true)),
                },
                label: (i % 7 == 0).then(|| format!("Contact team {i}")),
                lang: (i % 11 != 0).then(|| Lang::ALL[i % Lang::ALL.len()]),
                new_tab: i % 2 == 0,
                class: (i % 9 == 0).then(|| "cta footer-link".to_owned()),
                id: (i % 13 == 0).then(|| format!("dm-{i}")),
                look,
            }
        })
        .collect()
}

impl Case {
    fn invocation(&self) -> String {
        self.invocation_for(&self.recipient.to_string())
    }

    /// The invocation with the recipient given by its name in the generated dm-button.toml.
    fn invocation_by_name(&self) -> String {
        self.invocation_for(&format!("\"@{}\"", self.recipient_name()))
    }

    /// The recipient's name in the generated dm-button.toml.
    fn recipient_name(&self) -> String {
        format!("user_{}", self.recipient)
    }

    /// The invocation for the `i`th button of a mixed row: every platform of the registry in
    /// turn (X's is [`Case::invocation`]), each with an example recipient of its own and the
    /// keys its platform takes (X's own keys left out elsewhere, a subject on every other
    /// button that takes one).
    fn invocation_mixed(&self, i: usize) -> String {
        let platforms = Platform::ALL;
        let platform = platforms[i % platforms.len()];
        if platform == Platform::X {
            return self.invocation();
        }
        let examples = platform.examples();
        let example = examples[(i / platforms.len()) % examples.len()];
        let mut args = vec![format!("{} = {example:?}", platform.key())];
        if let Some(text) = self.text.as_ref().filter(|_| platform.takes_text()) {
            args.push(format!("text = {text:?}"));
        }
        if platform.takes_subject() && i % 2 == 1 {
            args.push(format!("subject = \"Order {i}\""));
        }
        self.common_args(&mut args, platform);
        let style = match self.look {
            Look::Static(style) => style,
            Look::Widget { style, .. } => style.into(),
        };
        args.push(format!("style = {:?}", style.as_str()));
        format!("dm_button!({})", args.join(", "))
    }

    /// The keys `platform`'s buttons take of those every X button may have, but `style`.
    fn common_args(&self, args: &mut Vec<String>, platform: Platform) {
        if let Some(label) = &self.label {
            args.push(format!("label = {label:?}"));
        }
        if let Some(lang) = self.lang {
            args.push(format!("lang = {:?}", lang.code()));
        }
        if self.new_tab && platform.opens_page() {
            args.push("new_tab = true".to_owned());
        }
        if let Some(class) = &self.class {
            args.push(format!("class = {class:?}"));
        }
        if let Some(id) = &self.id {
            args.push(format!("id = {id:?}"));
        }
    }

    fn invocation_for(&self, recipient: &str) -> String {
        let mut args = vec![format!("recipient = {recipient}")];
        if let Some(text) = &self.text {
            args.push(format!("text = {text:?}"));
        }
        if let Some((name, shown)) = &self.screen_name {
            args.push(format!("screen_name = {name:?}"));
            if !shown {
                args.push("show_screen_name = false".to_owned());
            }
        }
        self.common_args(&mut args, Platform::X);
        match self.look {
            Look::Static(style) => args.push(format!("style = {:?}", style.as_str())),
            Look::Widget { style, script, dnt } => {
                args.push("widget = true".to_owned());
                args.push(format!("style = {:?}", style.as_str()));
                if script {
                    args.push("script = true".to_owned());
                }
                if dnt {
                    args.push("dnt = true".to_owned());
                }
            }
        }
        format!("dm_button!({})", args.join(", "))
    }

    /// The markup, from the code the macro runs.
    fn html(&self) -> String {
        let class: Option<ClassList> = self
            .class
            .as_deref()
            .map(|c| c.parse().expect("a valid class"));
        let id: Option<ElementId> = self.id.as_deref().map(|i| i.parse().expect("a valid id"));
        let contact = Contact::X(RecipientId::new(self.recipient).expect("a valid ID"));
        let link = LinkSpec::to(&contact).text(self.text.as_deref());
        ButtonSpec {
            look: self.look,
            screen_name: self.screen_name.as_ref().map(|(name, shown)| ShownName {
                name: name.parse().expect("a valid screen name"),
                shown: *shown,
            }),
            label: self.label.as_deref(),
            lang: self.lang,
            new_tab: self.new_tab,
            class: class.as_ref(),
            id: id.as_ref(),
            ..ButtonSpec::new(link)
        }
        .to_html()
    }

    /// The link, from the code the macro runs.
    fn link(&self) -> String {
        let contact = Contact::X(RecipientId::new(self.recipient).expect("a valid ID"));
        LinkSpec::to(&contact).text(self.text.as_deref()).to_url()
    }

    /// What `dm_button!` expands to, written out: the value without the macro's work.
    fn expansion(&self, html: &str) -> String {
        let markup_then_link = format!("{html}{}", self.link());
        // The raw literal the macro writes for text that holds no `"#`, which the generated
        // buttons never do: checked, rather than a second copy of the macro's rule.
        assert!(
            !markup_then_link.contains("\"#"),
            "a generated button needs more than one `#` in its raw literal"
        );
        format!(
            "StaticButton {{ __trusted_markup_then_link: r#\"{markup_then_link}\"#, __trusted_link_at: {} }}",
            html.len()
        )
    }

    /// The same markup as a maud template, written the way a user would.
    fn maud(&self) -> String {
        let label = self
            .label
            .clone()
            .unwrap_or_else(|| self.lang.unwrap_or_default().label().to_owned());
        let href = self.link();
        let shown = self
            .screen_name
            .as_ref()
            .filter(|(_, shown)| *shown)
            .map(|(n, _)| n.as_str());
        let any_name = self.screen_name.as_ref().map(|(n, _)| n.as_str());
        let with_name = |name: Option<&str>| match name {
            Some(name) => format!("{label} @{name}"),
            None => label.clone(),
        };
        let mut attributes = String::new();
        let (base_class, children) = match self.look {
            Look::Static(style) => {
                let mut children = String::from("(PreEscaped(ICON))");
                if style != Style::Icon {
                    let _ = write!(children, " span class=\"dm-button__label\" {{ {label:?} }}");
                    if let Some(name) = shown {
                        let _ = write!(
                            children,
                            " \" \" span class=\"dm-button__screen-name\" {{ {:?} }}",
                            format!("@{name}")
                        );
                    }
                }
                (
                    format!("dm-button dm-button--{} dm-button--x", style.as_str()),
                    children,
                )
            }
            Look::Widget { .. } => (
                "twitter-dm-button".to_owned(),
                format!("{:?}", with_name(shown)),
            ),
        };
        let class = match &self.class {
            Some(extra) => format!("{base_class} {extra}"),
            None => base_class,
        };
        let _ = write!(attributes, "class={class:?} href={href:?}");
        if let Some(id) = &self.id {
            let _ = write!(attributes, " id={id:?}");
        }
        if let Some(lang) = self.lang {
            let _ = write!(attributes, " lang={:?}", lang.code());
            if lang == Lang::Ar {
                attributes.push_str(" dir=\"rtl\"");
            }
        }
        if self.new_tab {
            attributes.push_str(" target=\"_blank\" rel=\"noopener noreferrer\"");
        }
        let mut after = String::new();
        match self.look {
            Look::Static(Style::Icon) => {
                let _ = write!(
                    attributes,
                    " aria-label={:?} title={:?}",
                    with_name(shown),
                    with_name(any_name)
                );
            }
            Look::Static(_) => {
                if shown.is_none() && any_name.is_some() {
                    let _ = write!(attributes, " title={:?}", with_name(any_name));
                }
            }
            Look::Widget { style, script, dnt } => {
                if let Some((name, shown)) = &self.screen_name {
                    let _ = write!(attributes, " data-screen-name={:?}", format!("@{name}"));
                    if !shown {
                        attributes.push_str(" data-show-screen-name=\"false\"");
                    }
                }
                if style == WidgetStyle::Large {
                    attributes.push_str(" data-size=\"large\"");
                }
                if let Some(lang) = self.lang {
                    let _ = write!(attributes, " data-lang={:?}", lang.code());
                }
                if dnt {
                    attributes.push_str(" data-dnt=\"true\"");
                }
                if script {
                    after.push_str(
                        " script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\" {}",
                    );
                }
            }
        }
        format!("html! {{ a {attributes} {{ {children} }}{after} }}")
    }
}

/// `pub static BUTTONS: [{element}; N] = [...]`, one entry per line, after `prelude`.
fn buttons_array(
    prelude: &str,
    element: &str,
    entries: impl ExactSizeIterator<Item = String>,
) -> String {
    let count = entries.len();
    let lines: String = entries.map(|entry| format!("    {entry},\n")).collect();
    format!("{prelude}pub static BUTTONS: [{element}; {count}] = [\n{lines}];\n")
}

/// A `check` binary printing each of the crate's buttons: its markup, then its link.
fn print_buttons(krate: &str) -> String {
    format!(
        "fn main() {{\n    for button in &{krate}::BUTTONS {{\n        println!(\"{{}}\\n{{}}\", button.as_str(), button.href());\n    }}\n}}\n"
    )
}

/// A generated crate: a directory with a manifest and sources.
struct Crate {
    dir: PathBuf,
    name: &'static str,
}

impl Crate {
    fn write(
        root: &Path,
        name: &'static str,
        dependencies: &str,
        files: &[(&str, String)],
    ) -> Self {
        Self::write_with(root, name, "", dependencies, files)
    }

    /// A crate whose manifest also has the tables `extra` (a `[lib]` table for a proc-macro
    /// crate, a profile).
    fn write_with(
        root: &Path,
        name: &'static str,
        extra: &str,
        dependencies: &str,
        files: &[(&str, String)],
    ) -> Self {
        let dir = root.join(name);
        std::fs::create_dir_all(dir.join("src/bin")).expect("a writable target directory");
        let manifest = format!(
            "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n{extra}\n\
             [dependencies]\n{dependencies}\n\n[workspace]\n"
        );
        std::fs::write(dir.join("Cargo.toml"), manifest).expect("a writable target directory");
        // The workspace's lock file, so the generated crates build the same versions.
        let lock = crate::workspace_root().join("Cargo.lock");
        std::fs::copy(lock, dir.join("Cargo.lock")).expect("the workspace's Cargo.lock");
        for (path, content) in files {
            std::fs::write(dir.join(path), content).expect("a writable target directory");
        }
        Self { dir, name }
    }

    fn cargo(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO"));
        command
            .args(args)
            .current_dir(&self.dir)
            .env("CARGO_INCREMENTAL", "0")
            .env_remove("CARGO_TARGET_DIR");
        command
    }

    fn run(&self, args: &[&str]) -> String {
        let output = self.cargo(args).output().expect("cargo runs");
        assert!(
            output.status.success(),
            "{} {args:?}: {}",
            self.name,
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Seconds to build the crate's library, its dependencies already built.
    fn time_own_build(&self) -> f64 {
        self.run(&["clean", "--quiet", "--package", self.name]);
        let start = Instant::now();
        self.run(&["build", "--quiet", "--lib"]);
        start.elapsed().as_secs_f64()
    }

    /// Seconds to build the crate and all its dependencies from nothing.
    fn time_clean_build(&self) -> f64 {
        self.run(&["clean", "--quiet"]);
        let start = Instant::now();
        self.run(&["build", "--quiet", "--lib"]);
        start.elapsed().as_secs_f64()
    }
}

pub(crate) fn run(runs: usize, invocations: usize) -> String {
    let workspace = crate::workspace_root();
    let root = workspace.join("target/compile-bench");
    let dm_button = format!(
        "dm-button = {{ path = {:?} }}",
        workspace.join("dm-button").display().to_string()
    );
    let maud = "maud = \"0.27\"".to_owned();
    let cases = cases(invocations);
    // Each button's markup, rendered once for the crates and the checks that use it.
    let markup: Vec<String> = cases.iter().map(Case::html).collect();

    let macro_crate = Crate::write(
        &root,
        "buttons-dm-button-macro",
        &dm_button,
        &[
            (
                "src/lib.rs",
                buttons_array(
                    "use dm_button::{StaticButton, dm_button};\n\n",
                    "StaticButton",
                    cases.iter().map(Case::invocation),
                ),
            ),
            ("src/bin/check.rs", print_buttons("buttons_dm_button_macro")),
        ],
    );
    // The same buttons, each recipient named in a dm-button.toml of as many entries.
    let recipients_file: String = std::iter::once("[x]\n".to_owned())
        .chain(
            cases
                .iter()
                .map(|case| format!("{} = \"{}\"\n", case.recipient_name(), case.recipient)),
        )
        .collect();
    let names_crate = Crate::write(
        &root,
        "buttons-dm-button-names",
        &dm_button,
        &[
            (
                "src/lib.rs",
                buttons_array(
                    "use dm_button::{StaticButton, dm_button};\n\n",
                    "StaticButton",
                    cases.iter().map(Case::invocation_by_name),
                ),
            ),
            ("src/bin/check.rs", print_buttons("buttons_dm_button_names")),
            ("dm-button.toml", recipients_file),
        ],
    );
    let mixed_crate = Crate::write(
        &root,
        "buttons-dm-button-platforms",
        &dm_button,
        &[(
            "src/lib.rs",
            buttons_array(
                "use dm_button::{StaticButton, dm_button};\n\n",
                "StaticButton",
                cases
                    .iter()
                    .enumerate()
                    .map(|(i, case)| case.invocation_mixed(i)),
            ),
        )],
    );
    let literal_crate = Crate::write(
        &root,
        "buttons-plain-literals",
        "",
        &[(
            "src/lib.rs",
            buttons_array("", "&str", markup.iter().map(|html| format!("{html:?}"))),
        )],
    );
    let expansion_crate = Crate::write(
        &root,
        "buttons-expansion-written-out",
        &dm_button,
        &[
            (
                "src/lib.rs",
                buttons_array(
                    "use dm_button::StaticButton;\n\n",
                    "StaticButton",
                    cases
                        .iter()
                        .zip(&markup)
                        .map(|(case, html)| case.expansion(html)),
                ),
            ),
            (
                "src/bin/check.rs",
                print_buttons("buttons_expansion_written_out"),
            ),
        ],
    );
    let maud_crate = Crate::write(
        &root,
        "buttons-maud-templates",
        &maud,
        &[
            (
                "src/lib.rs",
                format!(
                    "use maud::{{Markup, PreEscaped, html}};\n\nconst ICON: &str = {:?};\n\n{}\npub fn all() -> Vec<Markup> {{\n    vec![{}]\n}}\n",
                    dm_button_core::Platform::X.icon_svg(),
                    cases
                        .iter()
                        .enumerate()
                        .map(|(i, c)| format!("pub fn button_{i}() -> Markup {{\n    {}\n}}\n", c.maud()))
                        .collect::<String>(),
                    (0..cases.len()).map(|i| format!("button_{i}()")).collect::<Vec<_>>().join(", ")
                ),
            ),
            (
                "src/bin/check.rs",
                "fn main() {\n    for button in buttons_maud_templates::all() {\n        println!(\"{}\", button.into_string());\n    }\n}\n"
                    .to_owned(),
            ),
        ],
    );

    // The floor of any proc macro: one that returns its input, the markup literal, unchanged.
    Crate::write_with(
        &root,
        "same-literal-macro",
        "[lib]\nproc-macro = true\n",
        "",
        &[(
            "src/lib.rs",
            "use proc_macro::TokenStream;\n\n#[proc_macro]\npub fn same(input: TokenStream) -> TokenStream {\n    input\n}\n"
                .to_owned(),
        )],
    );
    let floor_crate = Crate::write(
        &root,
        "buttons-same-literal-macro",
        "same-literal-macro = { path = \"../same-literal-macro\" }",
        &[(
            "src/lib.rs",
            buttons_array(
                "",
                "&str",
                markup
                    .iter()
                    .map(|html| format!("same_literal_macro::same!({html:?})")),
            ),
        )],
    );

    // The crates hold the same markup.
    let rendered = maud_crate.run(&["run", "--quiet", "--bin", "check"]);
    let expected: String = markup.iter().map(|html| format!("{html}\n")).collect();
    assert!(
        rendered == expected,
        "the maud templates render other markup than the macro"
    );
    let expected: String = cases
        .iter()
        .zip(&markup)
        .map(|(case, html)| format!("{html}\n{}\n", case.link()))
        .collect();
    for krate in [&macro_crate, &expansion_crate, &names_crate] {
        let values = krate.run(&["run", "--quiet", "--bin", "check"]);
        assert!(
            values == expected,
            "{} holds other buttons than the plain literals",
            krate.name
        );
    }

    // 100 contact panels (a tenth of the buttons' count, at least one), of three buttons,
    // one of which needs a phone: with QR codes and without, the same dependency (dm-button
    // with `qr`) for both, so that only the invocations differ.
    let with_qr = dm_button.replace(" }", ", features = [\"qr\"] }");
    let panels = |qr: bool| -> String {
        let count = (invocations / 10).max(1);
        let mut source = String::from("use dm_button::{StaticPanel, dm_panel};\n\n");
        source.push_str(&format!("pub static PANELS: [StaticPanel; {count}] = [\n"));
        for i in 0..count {
            source.push_str(&format!(
                "    dm_panel!({}title = \"Panel {i}\", buttons = [(whatsapp = \"+33 6 12 34 {:02} {:02}\", name = \"Ana\"), (recipient = {}), (email = \"team{i}@example.com\")]),\n",
                if qr { "qr = true, " } else { "" },
                i / 100 % 100,
                i % 100,
                3_805_104_374_u64 + i as u64,
            ));
        }
        source.push_str("];\n");
        source
    };
    let panels_crate = Crate::write(
        &root,
        "panels-without-qr",
        &with_qr,
        &[("src/lib.rs", panels(false))],
    );
    let panels_qr_crate = Crate::write(
        &root,
        "panels-with-qr",
        &with_qr,
        &[("src/lib.rs", panels(true))],
    );

    let crates = [
        &macro_crate,
        &literal_crate,
        &maud_crate,
        &floor_crate,
        &expansion_crate,
        &names_crate,
        &mixed_crate,
        &panels_crate,
        &panels_qr_crate,
    ];
    for krate in crates {
        krate.run(&["build", "--quiet", "--lib"]);
    }
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); crates.len()];
    for _ in 0..runs {
        // Interleaved, so that a slow moment of the machine hits every crate alike.
        for (krate, times) in crates.iter().zip(&mut times) {
            times.push(krate.time_own_build());
        }
    }

    // One crate per dependency, which only re-exports it: dm-button with its default
    // features; maud; dm-button without recipients by name (no TOML parser in the proc
    // macro); and the opt-in features' cost, QR codes and opening hours (jiff and its
    // database).
    let clean_builds = [
        ("clean-build-dm-button", dm_button.clone(), "dm_button"),
        ("clean-build-maud", maud, "maud"),
        (
            "clean-build-dm-button-without-names",
            dm_button.replace(" }", ", default-features = false, features = [\"maud\"] }"),
            "dm_button",
        ),
        ("clean-build-dm-button-qr", with_qr, "dm_button"),
        (
            "clean-build-dm-button-hours",
            dm_button.replace(" }", ", features = [\"hours\"] }"),
            "dm_button",
        ),
    ]
    .map(|(name, dependency, used)| {
        Crate::write(
            &root,
            name,
            &dependency,
            &[("src/lib.rs", format!("pub use {used};\n"))],
        )
    });
    let mut clean: [Vec<f64>; 5] = Default::default();
    for _ in 0..runs {
        for (build, times) in clean_builds.iter().zip(&mut clean) {
            times.push(build.time_clean_build());
        }
    }

    let tree = Command::new(env!("CARGO"))
        .args(["tree", "--package", "dm-button-macros", "--edges", "normal"])
        .current_dir(&workspace)
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
        .unwrap_or_default();

    let mut report = format!(
        "### Compile time: {invocations} buttons, {runs} runs each (median [min–max], seconds)\n\n\
         | crate | build time | ratio to plain literals |\n|---|---|---|\n"
    );
    let names = [
        "`dm_button!` invocations",
        "plain string literals",
        "maud `html!` templates",
        "a proc macro returning its input, the markup literal: the floor of any proc macro",
        "the expansion written out: the same `StaticButton` values, without the macro",
        "`dm_button!` invocations naming their recipients, from a dm-button.toml of as many entries",
        "`dm_button!` invocations of every platform in turn (the registry's, each with its examples)",
        "`dm_panel!`s of three buttons, without QR codes (a tenth as many)",
        "`dm_panel!`s of three buttons, with QR codes (`qr = true`)",
    ];
    for (name, own) in names.iter().zip(&times) {
        let _ = writeln!(
            report,
            "| {name} | {} | {} |",
            summary(own, 3),
            summary(&per_round(own, &times[1]), 2)
        );
    }
    let mixed = format!(
        "Every platform in turn ({}) / X alone, the same number of buttons",
        Platform::ALL.len()
    );
    for (what, numerator, denominator) in [
        ("Named recipients / numeric IDs, the same buttons", 5, 0),
        (mixed.as_str(), 6, 0),
        ("Panels with QR codes / the same panels without", 8, 7),
    ] {
        let ratios = per_round(&times[numerator], &times[denominator]);
        let _ = writeln!(report, "\n{what}, per round: {}", summary(&ratios, 2));
    }
    let ratio = median(&clean[0]) / median(&clean[1]);
    let _ = write!(
        report,
        "\n### Clean build of the dependency ({runs} runs, seconds)\n\n| crate | clean build |\n|---|---|\n\
         | `dm-button` (default features) | {} |\n| `maud` alone | {} |\n| ratio | {ratio:.2} |\n\
         | `dm-button` without `names` (`default-features = false, features = [\"maud\"]`) | {} |\n\
         | ratio to `maud` alone | {:.2} |\n\
         | `dm-button` with `qr` (opt-in) | {} |\n| `dm-button` with `hours` (opt-in) | {} |\n\n\
         ### `cargo tree -p dm-button-macros -e normal`\n\n```text\n{tree}```\n",
        summary(&clean[0], 2),
        summary(&clean[1], 2),
        summary(&clean[2], 2),
        median(&clean[2]) / median(&clean[1]),
        summary(&clean[3], 2),
        summary(&clean[4], 2),
    );
    report
}
