use dm_button::dm_panel;

fn main() {
    let _ = dm_panel!(text = "Hi", buttons = [(recipient = 3805104374)]);
}
