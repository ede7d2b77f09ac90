use dm_button::dm_button;

fn main() {
    let _ = dm_button!(line = "@a_line_id_that_is_too_long");
}
