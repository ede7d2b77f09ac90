//! dm-button in someone else's workspace: a crate that renames the dependency
//! (`dmb = { package = "dm-button" }`) and re-exports the macros, and a crate that reaches
//! them only through that re-export. The expansion finds the crate through `$crate`, so both
//! build and render what the macros render here; a mistake still gets its own error.

use dm_button::{dm_button, dm_link};
use dm_button_tests::fixture::Fixture;

#[test]
fn renamed_and_reexported_macros_build_and_render() {
    let temp = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let fixture = Fixture::new(temp, "facade", &["facade", "app", "mistake"]);

    let printed = fixture.run("app");
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(
        lines,
        [
            dm_button!(recipient = 3805104374, style = "large").as_str(),
            dm_link!(recipient = 3805104374, text = "Hello world"),
            dm_button!(recipient = 3805104374, style = "icon").as_str(),
        ]
    );

    let output = fixture.cargo(&["build", "--package", "mistake"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("the recipient is 0, which is no X account")
            && stderr.contains("src/main.rs:2:49"),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("error:").count(),
        2, // the mistake, and cargo's "could not compile"
        "{stderr}"
    );
}

#[test]
fn an_edit_of_dm_button_toml_rebuilds_the_crate() {
    let temp = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let fixture = Fixture::new(temp, "named", &["named"]);
    let link = |id: &str| format!("https://x.com/messages/compose?recipient_id={id}");
    assert_eq!(
        fixture.run("named"),
        format!("{}\n{}\n", link("3805104374"), link("3805104374"))
    );

    // Only the file changes: Cargo must see it as an input of the crate.
    std::fs::write(
        fixture.root.join("named/dm-button.toml"),
        "[x]\nfurni = \"2244994945\"\n",
    )
    .unwrap();
    assert_eq!(
        fixture.run("named"),
        format!("{}\n{}\n", link("2244994945"), link("2244994945"))
    );

    // A name the file no longer lists is a compile error that says so.
    std::fs::write(fixture.root.join("named/dm-button.toml"), "[x]\n").unwrap();
    let output = fixture.cargo(&["build", "--package", "named"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr
            .contains("`@furni` is not in dm-button.toml: add it with `cargo dm-button add furni`"),
        "{stderr}"
    );
}

#[test]
fn without_the_names_feature_a_recipient_is_an_id() {
    let temp = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let fixture = Fixture::new(temp, "without-names", &["without-names"]);
    assert_eq!(
        fixture.run("without-names"),
        "https://x.com/messages/compose?recipient_id=3805104374\n"
    );
    let output = fixture.cargo(&["build", "--package", "without-names", "--features", "name"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "`@furni` names an account, and recipients by name need dm-button's `names` feature"
        ),
        "{stderr}"
    );
    // No TOML parser was built for the macros.
    let tree = fixture.cargo(&["tree", "--package", "without-names", "--prefix", "none"]);
    let tree = String::from_utf8_lossy(&tree.stdout);
    assert!(
        tree.contains("dm-button-macros") && !tree.contains("toml"),
        "{tree}"
    );
}
