use dm_button::dm_button;

fn main() {
    let _ = dm_button!(whatsapp = "+33 6 12 34 56 78", ref = "launch");
}
