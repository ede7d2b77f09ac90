use dm_button::DmButton;

fn main() {
    let _ = DmButton::to("x:1".parse().unwrap()).text("Hi");
}
