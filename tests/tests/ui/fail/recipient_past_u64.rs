use dm_button::dm_button;

fn main() {
    let _ = dm_button!(recipient = 99999999999999999999999);
}
