use dm_button::dm_button;

fn main() {
    let _ = dm_button!(kakaotalk = "_xcLqmC", text = "Hi");
}
