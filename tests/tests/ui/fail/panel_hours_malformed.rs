use dm_button::dm_panel;

fn main() {
    let _ = dm_panel!(
        timezone = "Europe/Paris",
        buttons = [(email = "hello@example.com", hours = "Mo-Fr 09:00-18:00; Sa 10:00-13:0")],
    );
}
