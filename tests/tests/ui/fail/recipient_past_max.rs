use dm_button::dm_button;

fn main() {
    let _ = dm_button!(recipient = 9223372036854775808);
}
