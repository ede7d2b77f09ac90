use dm_button::dm_button;

fn main() {
    let _ = dm_button!(telegram = "a_username_much_longer_than_thirty_two");
}
