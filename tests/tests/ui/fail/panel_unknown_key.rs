use dm_button::dm_panel;

fn main() {
    let _ = dm_panel!(titel = "Talk to us", buttons = [(recipient = 3805104374)]);
}
