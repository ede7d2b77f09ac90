use dm_button::dm_button;

fn main() {
    let _ = dm_button!(line = "abc1234");
}
