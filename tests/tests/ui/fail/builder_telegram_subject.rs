use dm_button::DmButton;

fn main() {
    let _ = DmButton::telegram("durov".parse().unwrap()).subject("Order");
}
