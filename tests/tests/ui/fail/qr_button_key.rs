use dm_button::dm_qr;

fn main() {
    let _ = dm_qr!(whatsapp = "+33 6 12 34 56 78", style = "large");
}
