use dm_button::dm_panel;

fn main() {
    let _ = dm_panel!(timezone = "Europe/Paris", buttons = [(email = "hello@example.com")]);
}
