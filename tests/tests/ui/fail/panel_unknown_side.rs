use dm_button::dm_panel;

fn main() {
    let _ = dm_panel!(side = "rigth", buttons = [(recipient = 3805104374)]);
}
