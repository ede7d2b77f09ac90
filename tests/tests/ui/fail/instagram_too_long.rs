use dm_button::dm_button;

fn main() {
    let _ = dm_button!(instagram = "a.very.long.instagram.username.x");
}
