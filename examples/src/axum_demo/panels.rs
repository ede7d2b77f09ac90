//! The demo's contact panels, made at compile time with `dm_panel!`: the floating one every
//! page carries, and the inline ones the gallery shows beside the invocation that made each.

use dm_button::{StaticPanel, dm_panel};

/// A panel and the code that made it, from one list of tokens.
pub(crate) struct PanelExample {
    pub(crate) code: &'static str,
    pub(crate) panel: StaticPanel,
}

macro_rules! panel_example {
    ($($args:tt)*) => {
        PanelExample { code: concat!("dm_panel!(", stringify!($($args)*), ")"), panel: dm_panel!($($args)*) }
    };
}

/// The bubble in the corner of every page: the channels a visitor can reach, a QR code on
/// a desktop for those that live on a phone.
pub const SITE_PANEL: StaticPanel = dm_panel!(
    title = "Contact us",
    greeting = "We usually answer within the hour. Pick the app you already use.",
    placement = "floating",
    qr = true,
    id = "site-panel",
    buttons = [
        (
            whatsapp = "+33 6 12 34 56 78",
            text = "Hello! A question about my order",
            name = "Ana",
            role = "Sales"
        ),
        (recipient = "@furni", name = "Furni", role = "Support"),
        (telegram = "@durov"),
        (email = "hello@example.com", subject = "A question"),
    ],
);

/// The gallery's panel with people and their opening hours, in Paris time: rendered at each
/// request.
pub(crate) const TEAM: PanelExample = panel_example!(
    title = "Talk to our team",
    greeting = "Two people answer, on the app you prefer.",
    open = true,
    id = "team-panel",
    timezone = "Europe/Paris",
    buttons = [
        (
            whatsapp = "+33 6 12 34 56 78",
            name = "Ana",
            role = "Sales",
            hours = "Mo-Fr 09:00-18:00"
        ),
        (
            whatsapp = "+33 6 98 76 54 32",
            name = "Léo",
            role = "Support",
            hours = "Sa,Su 10:00-16:00"
        ),
        (
            email = "support@example.com",
            subject = "Help",
            name = "Support desk"
        ),
    ],
);

/// The gallery's other inline panel.
pub(crate) const INLINE: [PanelExample; 1] = [panel_example!(
    lang = "fr",
    open = true,
    qr = true,
    id = "fr-panel",
    buttons = [
        (signal = "+33 6 12 34 56 78"),
        (sms = "+33 6 12 34 56 78", text = "Bonjour !"),
        (line = "@linedevelopers"),
    ],
)];
