use dm_button::dm_button;

fn main() {
    let _ = dm_button!(whatsapp = "+1-800-FLOWERS");
}
