//! The run-time benchmarks, as ratios: runs `cargo bench -p dm-button --bench runtime`
//! several times, reads divan's table (median time and allocation counts of each benchmark)
//! and reports each ratio between variants of the same run, as the median over the runs and
//! its range.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::process::Command;

use crate::stats::{per_round, summary};

/// One benchmark's numbers in one run.
#[derive(Debug, Default, Clone)]
struct Measured {
    median_ns: f64,
    allocs: Option<f64>,
    grows: Option<f64>,
}

/// Reads divan's tree table: `path/to/bench` → its median and allocation counts. The
/// columns are where the header line (`... fastest │ slowest │ median ...`) puts its bars;
/// the bars of the tree on the left are not column separators.
fn parse(output: &str) -> BTreeMap<String, Measured> {
    let mut results = BTreeMap::new();
    let mut bars: Vec<usize> = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut last: Option<String> = None;
    let mut counting: Option<&str> = None;
    for line in output.lines() {
        let chars: Vec<char> = line.chars().collect();
        if line.contains("fastest") && line.contains("median") {
            bars = chars
                .iter()
                .enumerate()
                .filter(|(_, c)| **c == '│')
                .map(|(i, _)| i)
                .collect();
            continue;
        }
        let (Some(&first_bar), Some(&median_start), Some(&median_end)) =
            (bars.first(), bars.get(1), bars.get(2))
        else {
            continue;
        };
        let column =
            |from: usize, to: usize| -> String { chars.iter().take(to).skip(from).collect() };
        let first = column(0, first_bar);
        let Some(start) = first.find(|c: char| c.is_alphanumeric() || c == '_') else {
            continue;
        };
        // Three characters of tree per level: `├─ `, `│  `.
        let depth = first[..start].chars().count() / 3;
        let content = first[start..].trim();
        let tokens: Vec<&str> = content.split_whitespace().collect();
        if tokens.len() == 1 && content.ends_with(':') {
            counting = Some(match content {
                "alloc:" => "alloc",
                "grow:" => "grow",
                _ => "",
            });
            continue;
        }
        if let (Some(which), Some(name), [count]) = (counting, &last, tokens.as_slice())
            && let Ok(count) = count.parse::<f64>()
        {
            let entry: &mut Measured = results.entry(name.clone()).or_default();
            match which {
                "alloc" => entry.allocs = Some(count),
                "grow" => entry.grows = Some(count),
                _ => {}
            }
            counting = None;
            continue;
        }
        counting = None;
        // The header line is the root (depth 0): a benchmark's path starts at depth 1.
        path.truncate(depth.saturating_sub(1));
        let timed = tokens.len() >= 3
            && time_ns(tokens[tokens.len() - 2], tokens[tokens.len() - 1]).is_some();
        let name_tokens = if timed {
            &tokens[..tokens.len() - 2]
        } else {
            &tokens[..]
        };
        path.push(name_tokens.join(" "));
        if timed {
            let median = column(median_start + 1, median_end);
            let parts: Vec<&str> = median.split_whitespace().collect();
            if let (Some(value), Some(unit)) = (parts.first(), parts.get(1))
                && let Some(median_ns) = time_ns(value, unit)
            {
                let name = path.join("/");
                results.entry(name.clone()).or_default().median_ns = median_ns;
                last = Some(name);
            }
        }
    }
    results
}

fn time_ns(value: &str, unit: &str) -> Option<f64> {
    let value: f64 = value.parse().ok()?;
    let scale = match unit {
        "ps" => 1e-3,
        "ns" => 1.0,
        "µs" | "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        _ => return None,
    };
    Some(value * scale)
}

/// A ratio to report: `numerator / denominator`, and its target.
struct Ratio {
    what: &'static str,
    numerator: &'static str,
    denominator: &'static str,
    target: &'static str,
    met: fn(f64) -> bool,
}

const RATIOS: [Ratio; 21] = [
    Ratio {
        what: "static page: `dm_button!` / the same `&'static str` in `PreEscaped`",
        numerator: "static_page/with_macro",
        denominator: "static_page/with_str",
        target: "≤ 1.05",
        met: |r| r <= 1.05,
    },
    Ratio {
        what: "maud `html!` template / `DmButton::render_to`",
        numerator: "runtime/maud_html",
        denominator: "runtime/dm_button_render_to",
        target: "≥ 3",
        met: |r| r >= 3.0,
    },
    Ratio {
        what: "`format!` / `DmButton::render_to`",
        numerator: "runtime/format",
        denominator: "runtime/dm_button_render_to",
        target: "≥ 2",
        met: |r| r >= 2.0,
    },
    Ratio {
        what: "`DmButton::render_to` / copying the same bytes",
        numerator: "runtime/dm_button_render_to",
        denominator: "runtime/copy_rendered_bytes",
        target: "≤ 10 (aim)",
        met: |r| r <= 10.0,
    },
    Ratio {
        what: "WhatsApp / X, `render_to`, same text",
        numerator: "platforms/whatsapp_render_to",
        denominator: "platforms/x_render_to",
        target: "≤ 1.10",
        met: |r| r <= 1.10,
    },
    Ratio {
        what: "email / X, `render_to`, same text",
        numerator: "platforms/email_render_to",
        denominator: "platforms/x_render_to",
        target: "≤ 1.10",
        met: |r| r <= 1.10,
    },
    Ratio {
        what: "maud `html!` / `DmButton::whatsapp(..).render_to`",
        numerator: "platforms/whatsapp_maud_html",
        denominator: "platforms/whatsapp_render_to",
        target: "≥ 3",
        met: |r| r >= 3.0,
    },
    Ratio {
        what: "static panel in a page: `dm_panel!` / the same `&'static str` in `PreEscaped`",
        numerator: "static_panel/panel_with_macro",
        denominator: "static_panel/panel_with_str",
        target: "≤ 1.05",
        met: |r| r <= 1.05,
    },
    Ratio {
        what: "static panel with hours in a page, at a moment: `render_at` / that moment's bytes as a literal",
        numerator: "static_panel/hours/hours_with_macro",
        denominator: "static_panel/hours/hours_with_str",
        target: "≤ 1.2",
        met: |r| r <= 1.2,
    },
    Ratio {
        what: "`ContactPanel` of six buttons, `render_to` / the six buttons' `render_to` (the panel writes 1.38× their bytes)",
        numerator: "contact_panel/six_buttons_in_a_panel",
        denominator: "contact_panel/six_buttons_alone",
        target: "≤ 1.15",
        met: |r| r <= 1.15,
    },
    Ratio {
        what: "QR at run time: `DmButton::qr_svg` / qrcodegen's own encoding of the same link",
        numerator: "qr/dm_button_qr_svg",
        denominator: "qr/qrcodegen_encode",
        target: "≤ 1.5",
        met: |r| r <= 1.5,
    },
    Ratio {
        what: "minijinja: `dm_button(...)` / the same button as a safe value",
        numerator: "templates/minijinja_function",
        denominator: "templates/minijinja_value",
        target: "≤ 1.3",
        met: |r| r <= 1.3,
    },
    Ratio {
        what: "Tera: `dm_button(...)` / the same button as a safe value",
        numerator: "templates/tera_function",
        denominator: "templates/tera_value",
        target: "≤ 1.3",
        met: |r| r <= 1.3,
    },
    Ratio {
        what: "Handlebars: `{{dm_button ...}}` / the same button in `{{{ }}}`",
        numerator: "templates/handlebars_helper",
        denominator: "templates/handlebars_value",
        target: "≤ 1.3",
        met: |r| r <= 1.3,
    },
    Ratio {
        what: "minijinja's floor (a function that reads the two arguments and returns the button made beforehand) / the safe value",
        numerator: "templates/minijinja_floor",
        denominator: "templates/minijinja_value",
        target: "(the engine's own cost of calling a function)",
        met: |_| true,
    },
    Ratio {
        what: "minijinja: the function / its floor",
        numerator: "templates/minijinja_function",
        denominator: "templates/minijinja_floor",
        target: "(dm-button's share)",
        met: |_| true,
    },
    Ratio {
        what: "Tera's floor (a function that reads the two arguments and returns the button made beforehand) / the safe value",
        numerator: "templates/tera_floor",
        denominator: "templates/tera_value",
        target: "(the engine's own cost of calling a function)",
        met: |_| true,
    },
    Ratio {
        what: "Tera: the function / its floor",
        numerator: "templates/tera_function",
        denominator: "templates/tera_floor",
        target: "(dm-button's share)",
        met: |_| true,
    },
    Ratio {
        what: "Handlebars's floor (a function that reads the two arguments and returns the button made beforehand) / the safe value",
        numerator: "templates/handlebars_floor",
        denominator: "templates/handlebars_value",
        target: "(the engine's own cost of calling a function)",
        met: |_| true,
    },
    Ratio {
        what: "Handlebars: the function / its floor",
        numerator: "templates/handlebars_helper",
        denominator: "templates/handlebars_floor",
        target: "(dm-button's share)",
        met: |_| true,
    },
    Ratio {
        what: "`DmButton::to_html` / `DmButton::render_to`",
        numerator: "runtime/dm_button_to_html",
        denominator: "runtime/dm_button_render_to",
        target: "(the cost of one allocation)",
        met: |_| true,
    },
];

/// `cargo bench` of dm-button's `runtime` benchmarks, with every feature they measure, and
/// `flags` (`--quiet`, `--no-run`...): the one build that the timed runs and the instruction
/// counts share.
fn cargo_bench(flags: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO"));
    command
        .arg("bench")
        .args(flags)
        .args(["--package", "dm-button", "--bench", "runtime"])
        .args(["--features", "qr,hours,minijinja,tera,handlebars"])
        .current_dir(crate::workspace_root());
    command
}

/// One run of the benchmarks that `filter` selects (divan's filter: a part of the name).
fn bench(filter: &[&str]) -> BTreeMap<String, Measured> {
    let output = cargo_bench(&["--quiet"])
        .arg("--")
        .args(filter)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    parse(&String::from_utf8_lossy(&output.stdout))
}

/// A static variant against the same bytes as a literal: what it is, divan's filter for each
/// of the two benchmarks (a regular expression over the path), and the bench's module whose
/// `with_macro` and `with_str` they time.
struct StaticPair {
    what: &'static str,
    filters: [&'static str; 2],
    module: &'static str,
}

const STATIC_PAIRS: [StaticPair; 3] = [
    StaticPair {
        what: "static page: `dm_button!` / `&'static str`",
        filters: ["static_page::with_macro", "static_page::with_str"],
        module: "static_page",
    },
    StaticPair {
        what: "static panel: `dm_panel!` / `&'static str`",
        filters: ["panel_with_macro", "panel_with_str"],
        module: "static_panel",
    },
    StaticPair {
        what: "static panel with hours, at a moment: `render_at` / that moment's `&'static str`",
        filters: ["hours_with_macro", "hours_with_str"],
        module: "static_panel::hours",
    },
];

/// The runtime bench's executable, built as the timed runs build it; `None` without
/// valgrind, which is all it is wanted for.
fn bench_executable() -> Option<String> {
    let valgrind = Command::new("valgrind").arg("--version").output().ok()?;
    if !valgrind.status.success() {
        return None;
    }
    let build = cargo_bench(&["--no-run", "--message-format=json"])
        .output()
        .ok()?;
    let messages = String::from_utf8_lossy(&build.stdout);
    messages
        .lines()
        .filter(|line| line.contains("\"name\":\"runtime\"") && line.contains("\"executable\""))
        .find_map(|line| {
            let start = line.find("\"executable\":\"")? + "\"executable\":\"".len();
            Some(line[start..].split('"').next()?.to_owned())
        })
}

/// The instructions the function `runtime::{module}::{function}` runs in the benchmark that
/// `filter` selects, counted by callgrind over a fixed number of calls, in a process of its
/// own (as the timed runs do: each variant starts equally cold): exact and repeatable, where
/// times a few nanoseconds apart, or a copy whose speed depends on where the linker put a
/// literal, are not.
fn instructions(executable: &str, filter: &str, module: &str, function: &str) -> Option<u64> {
    let root = crate::workspace_root();
    let out = root.join(format!("target/callgrind.{filter}.out"));
    let run = Command::new("valgrind")
        .args(["--tool=callgrind", "--quiet"])
        .arg(format!("--callgrind-out-file={}", out.display()))
        .arg(executable)
        .args([
            "--bench",
            filter,
            "--sample-count",
            "50",
            "--sample-size",
            "20",
        ])
        .current_dir(&root)
        .output()
        .ok()?;
    if !run.status.success() {
        return None;
    }
    let annotated = Command::new("callgrind_annotate")
        .args(["--inclusive=yes"])
        .arg(&out)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&annotated.stdout).into_owned();
    // The function's line (`1,317,476 (1.39%)  ???:runtime::static_page::with_macro`), not
    // the header that repeats the command line.
    let name = format!("runtime::{module}::{function} ");
    text.lines()
        .filter(|line| line.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .find(|line| line.contains(&name))
        .and_then(|line| line.split_whitespace().next())
        .and_then(|number| number.replace(',', "").parse().ok())
}

pub(crate) fn run(runs: usize) -> String {
    let mut all: Vec<BTreeMap<String, Measured>> = Vec::new();
    for run in 0..runs {
        eprintln!(
            "run {} of {runs}: cargo bench -p dm-button --bench runtime",
            run + 1
        );
        let mut parsed = bench(&["runtime", "platforms", "scaling", "contact_panel", "qr"]);
        assert!(
            parsed.contains_key("runtime/dm_button_render_to"),
            "no divan table"
        );
        // The static pairs, each in a process of its own, taking turns at going first.
        for StaticPair { filters, .. } in &STATIC_PAIRS {
            let mut pair = *filters;
            if run % 2 == 1 {
                pair.reverse();
            }
            for variant in pair {
                parsed.extend(bench(&[variant]));
            }
        }
        all.push(parsed);
    }
    let series = |name: &str| -> Vec<f64> { all.iter().map(|run| run[name].median_ns).collect() };

    let mut report = format!(
        "### Run time: {runs} runs of the divan benchmarks (median time per iteration; \
         median over the runs [min–max])\n\n| benchmark | time (ns) | allocations | regrowths |\n|---|---|---|---|\n"
    );
    for name in all[0].keys() {
        let first = &all[0][name];
        let count = |value: Option<f64>| value.map_or_else(|| "0".to_owned(), |v| format!("{v}"));
        let _ = writeln!(
            report,
            "| `{name}` | {} | {} | {} |",
            summary(&series(name), 1),
            count(first.allocs),
            count(first.grows)
        );
    }
    let _ = writeln!(
        report,
        "\n| ratio | measured | target | met |\n|---|---|---|---|"
    );
    for ratio in &RATIOS {
        let values = per_round(&series(ratio.numerator), &series(ratio.denominator));
        let median = crate::stats::median(&values);
        let _ = writeln!(
            report,
            "| {} | {} | {} | {} |",
            ratio.what,
            summary(&values, 2),
            ratio.target,
            if (ratio.met)(median) { "yes" } else { "**no**" }
        );
    }
    // Every platform of the registry, chosen at run time (`DmButton::to` a contact kept by
    // the application, its text where the platform takes one), against X's the same way,
    // and `DmButton::to` against the typed builder.
    let any =
        |platform: dm_button_core::Platform| format!("platforms/any_platform_render_to/{platform}");
    let x = dm_button_core::Platform::X;
    let mut dynamic: Vec<(String, String, String)> = vec![
        (
            "`DmButton::to(x contact)` / `DmButton::new(id)`, `render_to`, same text".to_owned(),
            any(x),
            "platforms/x_render_to".to_owned(),
        ),
        (
            "`DmButton::to(whatsapp contact)` / `DmButton::whatsapp(number)`, `render_to`, same text".to_owned(),
            any(dm_button_core::Platform::WhatsApp),
            "platforms/whatsapp_render_to".to_owned(),
        ),
    ];
    for platform in dm_button_core::Platform::ALL.iter().filter(|p| **p != x) {
        dynamic.push((
            format!("{platform} / X, `DmButton::to(..).render_to`, same text where taken"),
            any(*platform),
            any(x),
        ));
    }
    for (what, numerator, denominator) in &dynamic {
        if !all[0].contains_key(numerator) || !all[0].contains_key(denominator) {
            continue;
        }
        let values = per_round(&series(numerator), &series(denominator));
        let median = crate::stats::median(&values);
        let _ = writeln!(
            report,
            "| {what} | {} | ≤ 1.10 | {} |",
            summary(&values, 2),
            if median <= 1.10 { "yes" } else { "**no**" }
        );
    }
    match bench_executable() {
        Some(executable) => {
            let _ = writeln!(
                report,
                "\n| instructions under callgrind, the same calls | macro | literal | ratio |\n|---|---|---|---|"
            );
            for StaticPair {
                what,
                filters: [with_macro, with_str],
                module,
            } in &STATIC_PAIRS
            {
                let counts = (
                    instructions(&executable, with_macro, module, "with_macro"),
                    instructions(&executable, with_str, module, "with_str"),
                );
                let _ = match counts {
                    (Some(with_macro), Some(with_str)) => writeln!(
                        report,
                        "| {what} | {with_macro} | {with_str} | {:.4} |",
                        with_macro as f64 / with_str as f64
                    ),
                    _ => writeln!(report, "| {what} | (not counted) | | |"),
                };
            }
        }
        None => {
            let _ = writeln!(report, "\n(valgrind not found: no instruction counts.)");
        }
    }
    let _ = writeln!(
        report,
        "\n| scaling: buttons into one page | time per button (ns) | per button, relative to 1 |\n|---|---|---|"
    );
    let one = series("scaling/buttons_into_one_page/1");
    for count in [1_u32, 10, 100, 1000] {
        let per_button: Vec<f64> = series(&format!("scaling/buttons_into_one_page/{count}"))
            .iter()
            .map(|t| t / f64::from(count))
            .collect();
        let relative: Vec<f64> = per_button.iter().zip(&one).map(|(p, o)| p / o).collect();
        let _ = writeln!(
            report,
            "| {count} | {} | {} |",
            summary(&per_button, 1),
            summary(&relative, 2)
        );
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_divan_tables() {
        let table = "\
runtime                      fastest       │ slowest       │ median        │ mean          │ samples │ iters
├─ runtime                                 │               │               │               │         │
│  ├─ copy_rendered_bytes    13.14 ns      │ 18.44 ns      │ 13.94 ns      │ 13.95 ns      │ 2000    │ 200000
│  ├─ dm_button_to_string    169.6 ns      │ 1.494 µs      │ 177.1 ns      │ 180.1 ns      │ 2000    │ 200000
│  │                         alloc:        │               │               │               │         │
│  │                           1           │ 1             │ 1             │ 1             │         │
│  │                           617 B       │ 617 B         │ 617 B         │ 617 B         │         │
│  │                         grow:         │               │               │               │         │
│  │                           5           │ 5             │ 5             │ 5             │         │
│  ╰─ maud_html              479.1 ns      │ 1.088 µs      │ 1.5 µs        │ 505.9 ns      │ 2000    │ 200000
├─ scaling                                 │               │               │               │         │
│  ╰─ buttons_into_one_page                │               │               │               │         │
│     ├─ 1                   157.4 ns      │ 184.9 ns      │ 173.7 ns      │ 173.3 ns      │ 100     │ 1600
";
        let parsed = parse(table);
        assert_eq!(parsed["runtime/copy_rendered_bytes"].median_ns, 13.94);
        assert_eq!(parsed["runtime/dm_button_to_string"].allocs, Some(1.0));
        assert_eq!(parsed["runtime/dm_button_to_string"].grows, Some(5.0));
        assert_eq!(parsed["runtime/maud_html"].median_ns, 1500.0);
        assert_eq!(parsed["scaling/buttons_into_one_page/1"].median_ns, 173.7);
    }
}
