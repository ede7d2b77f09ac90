use dm_button::dm_button;

fn main() {
    let id = 3805104374_u64;
    let _ = dm_button!(recipient = id);
}
