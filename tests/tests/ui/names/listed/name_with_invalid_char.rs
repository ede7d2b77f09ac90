use dm_button::dm_button;

fn main() {
    // Not a screen name, and not an ID: the ID's error.
    let _ = dm_button!(recipient = "@fur-ni");
}
