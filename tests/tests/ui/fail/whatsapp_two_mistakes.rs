use dm_button::dm_button;

fn main() {
    let _ = dm_button!(whatsapp = "06 12 34 56 78", screen_name = "furni");
}
