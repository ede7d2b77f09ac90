//! Every key of `dm_panel!`, its buttons checked as `dm_button!`'s, in a `const`.
use dm_button::{StaticPanel, dm_button, dm_panel};

const PANEL: StaticPanel = dm_panel!(
    title = "Talk to us",
    greeting = "We usually answer within the hour.",
    placement = "floating",
    side = "left",
    open = true,
    qr = true,
    lang = "fr",
    id = "contact",
    class = "site-help",
    buttons = [
        (whatsapp = "+33 6 12 34 56 78", text = "Bonjour !", name = "Ana", role = "Sales"),
        (whatsapp = "+33 6 98 76 54 32", name = "Léo", role = "Support"),
        (recipient = 3805104374, style = "icon", lang = "en"),
        (email = "hello@example.com", subject = "Order"),
    ],
);

const BY_HAND: dm_button::StaticButton =
    dm_button!(email = "hello@example.com", subject = "Order", lang = "fr");

fn main() {
    let html = PANEL.as_str();
    assert!(html.starts_with(r#"<aside aria-label="Talk to us" id="contact" lang="fr"><details class="dm-panel dm-panel--floating dm-panel--left site-help" open><summary class="dm-panel__toggle">"#));
    assert!(html.contains(r#"<p class="dm-panel__greeting">We usually answer within the hour.</p>"#));
    assert!(html.contains(BY_HAND.as_str()));
    assert!(html.contains(r#" aria-label="Léo, Support : Discuter sur WhatsApp""#));
    // Both WhatsApp numbers have a QR code; X and email, which need no phone, have none.
    assert_eq!(html.matches(r#"<svg class="dm-qr""#).count(), 2);
    assert!(html.ends_with("</li></ul></div></details></aside>"));
}
