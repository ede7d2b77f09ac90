use dm_button::dm_button;

fn main() {
    let _ = dm_button!(whatsapp = "+999 1234 5678");
}
