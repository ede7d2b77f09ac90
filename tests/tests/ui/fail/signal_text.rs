use dm_button::dm_button;

fn main() {
    let _ = dm_button!(signal = "+1 650 253 0000", text = "Hi");
}
