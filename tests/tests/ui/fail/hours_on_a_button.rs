use dm_button::dm_button;

fn main() {
    let _ = dm_button!(email = "hello@example.com", hours = "Mo-Fr 09:00-18:00");
}
