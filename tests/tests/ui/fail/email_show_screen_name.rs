use dm_button::dm_button;

fn main() {
    let _ = dm_button!(email = "hello@example.com", show_screen_name = false);
}
