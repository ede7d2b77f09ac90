use dm_button::dm_button;

fn main() {
    let _ = dm_button!(whatsapp = "+1 011 555 0123");
}
