use dm_button::dm_panel;

fn main() {
    let _ = dm_panel!(title = "Talk to us", buttons = []);
}
