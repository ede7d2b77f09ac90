use dm_button::dm_panel;

fn main() {
    let _ = dm_panel!(open = true, open = false, buttons = [(recipient = 3805104374)]);
}
