use dm_button::dm_button;

fn main() {
    // Two letters swapped: one edit, so the key is suggested.
    let _ = dm_button!(recipient = 3805104374, stlye = "large");
}
