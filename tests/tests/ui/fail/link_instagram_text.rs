use dm_button::dm_button;

fn main() {
    let _ = dm_button::dm_link!(instagram = "nasa", text = "Hi");
}
