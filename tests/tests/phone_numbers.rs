//! dm-button-core's phone-number table against libphonenumber's metadata (through the
//! `phonenumber` crate, which embeds it).
//!
//! - The committed table is what the metadata generates: regenerate it with
//!   `DM_BUTTON_REGENERATE=1 cargo test -p dm-button-tests --test phone_numbers`.
//! - Every region's example number of every type is accepted, normalised to its digits.
//! - The same numbers with a digit removed are refused exactly where the metadata (its
//!   patterns, read by the `regex` crate as libphonenumber reads them: whole-number matches)
//!   says no region of the country code takes them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use dm_button::PhoneNumber;
use phonenumber::metadata::{DATABASE, Descriptor, Metadata};

/// The descriptors that make a number valid, in libphonenumber's order.
fn types(meta: &Metadata) -> Vec<(&'static str, &Descriptor)> {
    let d = meta.descriptors();
    [
        ("premium rate", d.premium_rate()),
        ("toll free", d.toll_free()),
        ("shared cost", d.shared_cost()),
        ("VoIP", d.voip()),
        ("personal number", d.personal_number()),
        ("pager", d.pager()),
        ("UAN", d.uan()),
        ("voicemail", d.voicemail()),
        ("fixed line", d.fixed_line()),
        ("mobile", d.mobile()),
    ]
    .into_iter()
    .filter_map(|(name, desc)| desc.map(|desc| (name, desc)))
    .collect()
}

fn pattern(desc: &Descriptor) -> String {
    desc.national_number()
        .as_str()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The regions of each country code, main region first.
/// (By calling code: the database's iterator goes by region ID, and the non-geographic
/// entities all have the ID `001`, so it yields one of them only.)
fn regions() -> BTreeMap<u16, Vec<&'static Metadata>> {
    (1..=999)
        .filter_map(|code| Some((code, DATABASE.by_code(&code)?)))
        .collect()
}

fn generate() -> String {
    let mut out = String::from(
        "//! Generated from libphonenumber's PhoneNumberMetadata.xml (the `phonenumber` crate's \
         copy,\n//! 0.3.10+9.0.33), Copyright Google, Apache-2.0: each region's calling code, \
         national prefix,\n//! leading digits, and the pattern and lengths of its numbers, in \
         all and of each type.\n//! Do not edit: `DM_BUTTON_REGENERATE=1 cargo test -p \
         dm-button-tests --test phone_numbers`.\n\nuse super::{Desc, Region};\n\n\
         #[rustfmt::skip]\npub(super) static REGIONS: &[Region] = &[\n",
    );
    let desc = |desc: &Descriptor| {
        format!(
            "Desc {{ pattern: {:?}, lengths: &{:?} }}",
            pattern(desc),
            desc.possible_length()
        )
    };
    for (code, metas) in regions() {
        for meta in metas {
            // libphonenumber's build gives the general description the lengths of all types
            // (the crate's loader leaves them empty): the lengths a number there may have.
            let mut lengths: Vec<u16> = types(meta)
                .iter()
                .flat_map(|(_, d)| d.possible_length().iter().copied())
                .collect();
            lengths.sort_unstable();
            lengths.dedup();
            if types(meta)
                .iter()
                .any(|(_, d)| d.possible_length().is_empty())
            {
                lengths.clear();
            }
            let general = format!(
                "Desc {{ pattern: {:?}, lengths: &{:?} }}",
                pattern(meta.descriptors().general()),
                lengths
            );
            let types: Vec<String> = types(meta).into_iter().map(|(_, d)| desc(d)).collect();
            let _ = writeln!(
                out,
                "    Region {{ id: {:?}, code: {code}, national_prefix: {:?}, leading_digits: {:?}, general: {}, types: &[{}] }},",
                meta.id(),
                meta.national_prefix().unwrap_or(""),
                meta.leading_digits()
                    .map(|r| r
                        .as_str()
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .collect::<String>())
                    .unwrap_or_default(),
                general,
                types.join(", ")
            );
        }
    }
    out.push_str("];\n");
    out
}

#[test]
fn the_table_is_generated_from_the_metadata() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../dm-button-core/src/platforms/whatsapp/phone_number/data.rs");
    let generated = generate();
    // The dialect core's matcher reads: nothing else may appear in a pattern. A class holds
    // digits and ranges only, which the matcher's skipping of a dead branch relies on.
    let dialect = regex::Regex::new(r"^(?:[0-9|?,:(){}]|\\d|\[[0-9-]+\])*$").unwrap();
    for meta in regions().into_values().flatten() {
        for (_, d) in types(meta)
            .into_iter()
            .chain([("general", meta.descriptors().general())])
        {
            assert!(
                dialect.is_match(&pattern(d)),
                "{}: {}",
                meta.id(),
                pattern(d)
            );
        }
    }
    if std::env::var_os("DM_BUTTON_REGENERATE").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == generated,
        "dm-button-core/src/platforms/whatsapp/phone_number/data.rs is not what the metadata generates: run \
         `DM_BUTTON_REGENERATE=1 cargo test -p dm-button-tests --test phone_numbers`"
    );
}

/// `pattern` compiled once, anchored as `anchor` says (`^(?:...)$` or `^(?:...)`).
fn regex(pattern: &str, whole: bool) -> regex::Regex {
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<(String, bool), regex::Regex>> =
            Default::default();
    }
    CACHE.with(|cache| {
        cache
            .borrow_mut()
            .entry((pattern.to_owned(), whole))
            .or_insert_with(|| {
                let end = if whole { "$" } else { "" };
                regex::Regex::new(&format!("^(?:{pattern}){end}")).unwrap()
            })
            .clone()
    })
}

/// Whether the metadata takes `national` for `code`, read as libphonenumber reads it: the
/// number's region (by leading digits, else the first region where it has a type) must
/// match the general pattern and one type's, whole, with a length the type allows.
fn metadata_takes(code: u16, national: &str) -> bool {
    let whole = |pattern: &str, lengths: &[u16]| {
        (lengths.is_empty() || lengths.contains(&(national.len() as u16)))
            && regex(pattern, true).is_match(national)
    };
    let has_type = |meta: &Metadata| {
        let general = meta.descriptors().general();
        whole(&pattern(general), general.possible_length())
            && types(meta)
                .iter()
                .any(|(_, d)| whole(&pattern(d), d.possible_length()))
    };
    let Some(metas) = DATABASE.by_code(&code) else {
        return false;
    };
    if metas.len() == 1 {
        return has_type(metas[0]);
    }
    for meta in metas {
        match meta.leading_digits() {
            Some(leading) => {
                let leading: String = leading
                    .as_str()
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                if regex(&leading, false).is_match(national) {
                    return has_type(meta);
                }
            }
            None if has_type(meta) => return true,
            None => {}
        }
    }
    false
}

#[test]
fn every_example_number_is_accepted_and_one_digit_less_refused_where_invalid() {
    let mut examples = 0;
    let mut shortened_refused = 0;
    let mut shortened_accepted = 0;
    for (code, metas) in regions() {
        for meta in metas {
            for (kind, desc) in types(meta) {
                let Some(example) = desc.example() else {
                    continue;
                };
                examples += 1;
                // Written as people write it: spaces and a dash.
                let written = format!(
                    "+{code} {} {}-{}",
                    &example[..1],
                    &example[1..example.len() / 2],
                    &example[example.len() / 2..]
                );
                let number: PhoneNumber = written.parse().unwrap_or_else(|error| {
                    panic!("{} {kind} example {written} refused: {error}", meta.id())
                });
                assert_eq!(
                    number.to_string(),
                    format!("+{code}{example}"),
                    "{}",
                    meta.id()
                );
                assert_eq!(number.country_code(), code);
                assert!(
                    metadata_takes(code, example),
                    "{} {kind} {example}",
                    meta.id()
                );
                // The crate agrees, but for numbers that start with the national prefix
                // (Russia's premium `809...`) or its pattern for parsing (Lithuania's `8`), which its
                // parser strips even after the country code.
                let strippable = meta
                    .national_prefix()
                    .is_some_and(|p| example.starts_with(p))
                    || meta
                        .national_prefix_for_parsing()
                        .is_some_and(|p| p.find(example).is_some_and(|m| m.start() == 0));
                if !strippable {
                    let theirs = phonenumber::parse(None, format!("+{code}{example}")).unwrap();
                    assert!(
                        phonenumber::is_valid(&theirs),
                        "{} {kind} {example}",
                        meta.id()
                    );
                }
                for removed in 0..example.len() {
                    let shortened = format!("{}{}", &example[..removed], &example[removed + 1..]);
                    let result = format!("+{code}{shortened}").parse::<PhoneNumber>();
                    if metadata_takes(code, &shortened) {
                        shortened_accepted += 1;
                        assert!(
                            result.is_ok(),
                            "{} {kind} +{code}{shortened}: {result:?}",
                            meta.id()
                        );
                    } else {
                        shortened_refused += 1;
                        assert!(
                            result.is_err(),
                            "{} {kind} +{code}{shortened} accepted",
                            meta.id()
                        );
                    }
                }
            }
        }
    }
    println!(
        "{examples} example numbers accepted; with one digit removed (each in turn), {shortened_refused} \
         refused and {shortened_accepted} accepted, as the metadata says"
    );
    assert!(examples > 1000 && shortened_refused > 5000);
}
