use dm_button::dm_button;

fn main() {
    let _ = dm_button!(messenger = "nasa", ref = "summer sale");
}
