use dm_button::dm_button;

fn main() {
    let _ = dm_button!(messenger = "https://facebook.com/nasa");
}
