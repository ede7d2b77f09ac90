use dm_button::{StaticButton, dm_button};

// One mistake, one error: the macro still gives a `StaticButton`, so the const type-checks.
const BUTTON: StaticButton = dm_button!(recipient = 0, style = "large");

fn main() {
    println!("{BUTTON}");
}
