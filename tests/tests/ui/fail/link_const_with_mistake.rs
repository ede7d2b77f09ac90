use dm_button::dm_link;

// One mistake, one error: the macro still gives a `&'static str`.
const LINK: &str = dm_link!(recipient = "furni");

fn main() {
    println!("{}", LINK.len());
}
