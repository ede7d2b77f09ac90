use dm_button::dm_button;

fn main() {
    let _ = dm_button::dm_link!(email = "hello@example.com", style = "large");
}
