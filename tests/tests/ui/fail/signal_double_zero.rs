use dm_button::dm_button;

fn main() {
    let _ = dm_button!(signal = "0049 1512 3456789");
}
