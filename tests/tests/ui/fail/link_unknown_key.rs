use dm_button::dm_link;

fn main() {
    let _ = dm_link!(recipient = 3805104374, message = "Hello");
}
