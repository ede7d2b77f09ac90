use dm_button::{StaticButton, dm_button, dm_link};

const BY_PHONE: StaticButton = dm_button!(telegram = "+33 6 12 34 56 78", text = "Bonjour");
const WITH_REF: &str = dm_link!(messenger = "nasa", ref = "launch", text = "Hi");

fn main() {
    assert_eq!(BY_PHONE.href(), "https://t.me/+33612345678?text=Bonjour");
    assert_eq!(WITH_REF, "https://m.me/nasa?ref=launch&text=Hi");
    let instagram = dm_button!(instagram = "@nasa", ref = "ad_42=summer-sale", style = "icon");
    assert_eq!(instagram.href(), "https://ig.me/m/nasa?ref=ad_42=summer-sale");
    assert!(instagram.as_str().contains(r#"href="https://ig.me/m/nasa?ref=ad_42=summer-sale""#));
}
