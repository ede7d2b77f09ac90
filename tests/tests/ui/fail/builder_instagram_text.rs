use dm_button::DmButton;

fn main() {
    let _ = DmButton::instagram("nasa".parse().unwrap()).text("Hi");
}
