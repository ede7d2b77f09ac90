use dm_button::dm_button;

fn main() {
    let _ = dm_button!(phone = "+33 1 42 68");
}
