use dm_button::dm_button;

fn main() {
    let _ = dm_button!(instagram = "nasa", welcome_message_id = 42);
}
