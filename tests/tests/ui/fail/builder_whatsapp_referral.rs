use dm_button::DmButton;

fn main() {
    let _ = DmButton::whatsapp("+33 6 12 34 56 78".parse().unwrap()).referral("launch".parse().unwrap());
}
