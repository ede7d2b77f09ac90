use dm_button::dm_button;

fn main() {
    let _ = dm_button!(recipient = 3805104374, whatsapp = "+33 6 12 34 56 78");
}
