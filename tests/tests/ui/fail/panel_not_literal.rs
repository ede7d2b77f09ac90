use dm_button::dm_panel;

const TITLE: &str = "Talk to us";

fn main() {
    let _ = dm_panel!(title = TITLE, buttons = [(recipient = 3805104374)]);
}
