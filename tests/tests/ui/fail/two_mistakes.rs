use dm_button::dm_button;

fn main() {
    // Two mistakes, two errors, each at its own token; nothing else.
    let _ = dm_button!(recipient = "@furni", style = "huge", lang = "fr");
}
