use dm_button::dm_button;

fn main() {
    let _ = dm_button!(instagram = "nasa", ref = "");
}
