use dm_button::dm_panel;

fn main() {
    let _ = dm_panel!(buttons = [(email = "hello@example.com"), (whatsapp = "06 12 34 56 78")]);
}
