use dm_button::dm_link;

fn main() {
    let _ = dm_link!(recipient = "elonmusk");
}
