use dm_button::dm_panel;

fn main() {
    let _ = dm_panel!(buttons = [(email = "hello@example.com", hours = "Mo-Fr 09:00-18:00")]);
}
