//! `dm-button.toml` read at run time by `Recipients`, with the rules and messages the macros
//! use at compile time: no panic on any text; a generated valid file maps every name, in any
//! letter case, to its ID; every mistake is refused with its line.

use dm_button::{Recipient, RecipientId, Recipients, RecipientsError, ScreenName};
use proptest::prelude::*;

/// Text that looks like a dm-button.toml, broken in random places.
fn tomlish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("[x]\n".to_owned()),
        Just("[x".to_owned()),
        Just("x = 5\n".to_owned()),
        Just("\"".to_owned()),
        Just(" = ".to_owned()),
        Just("#".to_owned()),
        Just("\n".to_owned()),
        Just("[x.y]\n".to_owned()),
        Just("[[x]]\n".to_owned()),
        "[A-Za-z0-9_@ .-]{0,20}",
        "[0-9_]{0,22}",
        "\"[0-9]{0,21}\"",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat())
}

fn name() -> impl Strategy<Value = String> {
    "[A-Za-z_][A-Za-z0-9_]{0,14}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_gives_recipients_or_an_error_with_its_line(text in tomlish()) {
        match Recipients::from_toml_str(&text) {
            Ok(recipients) => {
                for (name, id) in recipients.iter() {
                    prop_assert_eq!(recipients.resolve(Recipient::Name(*name)), Ok(id));
                }
            }
            Err(error) => {
                let message = error.to_string();
                prop_assert!(message.starts_with("line "), "{}", message);
            }
        }
    }

    #[test]
    fn a_valid_file_maps_every_name_in_any_case(
        entries in prop::collection::btree_map(name().prop_map(|n| n.to_lowercase()), 1..=i64::MAX as u64, 0..40),
        quoted in any::<bool>(),
    ) {
        let mut text = String::from("# generated\n[x]\n");
        for (name, id) in &entries {
            if quoted {
                text.push_str(&format!("{name} = \"{id}\" # a comment\n"));
            } else {
                text.push_str(&format!("\"{name}\" = {id}\n"));
            }
        }
        let recipients = Recipients::from_toml_str(&text).unwrap();
        prop_assert_eq!(recipients.len(), entries.len());
        for (name, id) in &entries {
            let upper: ScreenName = name.to_uppercase().parse().unwrap();
            prop_assert_eq!(recipients.get(&upper), Some(RecipientId::new(*id).unwrap()));
        }
    }
}

#[test]
fn the_demo_file_reads_at_run_time_as_at_compile_time() {
    // The demo's gallery looks `@XDevelopers` up at compile time (its server test checks the
    // link holds 2244994945); the configurator reads the same file at run time.
    let recipients: Recipients = include_str!("../../examples/dm-button.toml")
        .parse()
        .unwrap();
    let at_run_time = recipients.resolve("@xdevelopers".parse().unwrap()).unwrap();
    assert_eq!(at_run_time.get(), 2244994945);
}

#[test]
fn from_path_names_the_file() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("recipients-file");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("dm-button.toml");
    std::fs::write(&path, "[x]\nfurni = \"3805104374\"\nFURNI = \"1\"\n").unwrap();
    let error = Recipients::from_path(&path).unwrap_err();
    assert!(matches!(
        error.parse_error(),
        Some(RecipientsError::DuplicateName { line: 3, .. })
    ));
    assert!(error.to_string().starts_with(&format!(
        "{}: line 3: `FURNI` is listed again",
        path.display()
    )));
    std::fs::write(&path, "[x]\nfurni = \"3805104374\"\n").unwrap();
    assert_eq!(Recipients::from_path(&path).unwrap().len(), 1);
}
