//! The button where users put it: maud, `format!`, `AsRef<str>`, and inside their own
//! `macro_rules!` (which wraps literals in invisible groups).
use dm_button::{StaticButton, dm_button, dm_link};

macro_rules! contact_button {
    ($id:literal, $style:literal) => {
        dm_button!(recipient = $id, style = $style)
    };
}

macro_rules! contact_link {
    ($key:ident = $value:expr) => {
        dm_link!(recipient = 3805104374, $key = $value)
    };
}

fn takes_str(html: impl AsRef<str>) -> usize {
    html.as_ref().len()
}

fn main() {
    const FOOTER: StaticButton = contact_button!(3805104374, "icon");
    assert_eq!(FOOTER, dm_button!(recipient = 3805104374, style = "icon"));
    assert_eq!(contact_link!(text = "Hi"), dm_link!(recipient = 3805104374, text = "Hi"));
    let page = maud::html! { footer { (FOOTER) } }.into_string();
    assert_eq!(page, format!("<footer>{FOOTER}</footer>"));
    assert_eq!(takes_str(FOOTER), FOOTER.as_str().len());
}
