use dm_button::dm_button;

fn main() {
    let _ = dm_button!(recipent = 3805104374);
}
