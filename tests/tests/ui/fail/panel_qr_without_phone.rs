use dm_button::dm_panel;

fn main() {
    let _ = dm_panel!(qr = true, buttons = [(email = "hello@example.com"), (recipient = 3805104374)]);
}
