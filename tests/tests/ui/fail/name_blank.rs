use dm_button::dm_button;

fn main() {
    let _ = dm_button!(recipient = 3805104374, name = " ");
}
