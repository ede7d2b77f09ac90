use dm_button::dm_button;

fn main() {
    let _ = dm_button!(sms = "06 12 34 56 78");
}
