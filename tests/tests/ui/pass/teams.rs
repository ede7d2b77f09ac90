//! Microsoft Teams: `https://teams.microsoft.com/l/chat/0/0?users=UPN&message=...`, from the
//! macros and the builder.
use dm_button::{DmButton, StaticButton, TeamsUser, dm_button, dm_link};

const TEAMS: StaticButton = dm_button!(teams = "joe@contoso.com", text = "Hi & bye", new_tab = true);

fn main() {
    assert_eq!(
        TEAMS.href(),
        "https://teams.microsoft.com/l/chat/0/0?users=joe@contoso.com&message=Hi%20%26%20bye"
    );
    assert!(TEAMS.as_str().contains(r#"href="https://teams.microsoft.com/l/chat/0/0?users=joe@contoso.com&amp;message=Hi%20%26%20bye""#));
    assert_eq!(
        dm_link!(teams = "joe@contoso.com"),
        "https://teams.microsoft.com/l/chat/0/0?users=joe@contoso.com"
    );
    let user: TeamsUser = "joe@contoso.com".parse().unwrap();
    let built = DmButton::teams(user).text("Hi & bye").new_tab(true);
    assert_eq!(built.to_html(), TEAMS.as_str());
}
