use dm_button::dm_button;

fn main() {
    let _ = dm_button!(email = "hello@example.com", new_tab = true);
}
