use dm_button::dm_button;

fn main() {
    let _ = dm_button!(teams = "joe@contoso.com", subject = "Hi");
}
