use dm_button::dm_button;

fn main() {
    let _ = dm_button!(whatsapp = 33612345678);
}
