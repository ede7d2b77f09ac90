use dm_button::DmButton;

fn main() {
    let _ = DmButton::phone("+1 650 253 0000".parse().unwrap()).text("Hi");
}
