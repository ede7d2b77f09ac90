use dm_button::dm_button;

fn main() {
    let _ = dm_button!(phone = "+1 650 253 0000", new_tab = true);
}
