use dm_button::DmButton;

fn main() {
    let _ = DmButton::email("hello@example.com".parse().unwrap()).new_tab(true);
}
