//! X's direct messages: `https://x.com/messages/compose?recipient_id=ID`, the link X
//! documents for its Message button (docs.x.com, "Direct Message button").
//!
//! X is moving its direct messages to XChat (`x.com/i/chat`); the compose link above is
//! still the one X documents for a Message button, and it opens the conversation.
//!
//! X is the platform the crate began with, and its button is the base of the others: its
//! recipient key is `recipient` (not its slug), a name given there is looked up in
//! `dm-button.toml`, its label is the plain word for "Message", and only X has a screen name, a host, a welcome message and
//! a widget markup of its own.

mod host;
mod id;
mod screen_name;
mod widget;

pub use host::{Host, HostError};
pub use id::{RecipientId, RecipientIdError, WelcomeMessageId, WelcomeMessageIdError};
pub use screen_name::{ScreenName, ScreenNameError};
pub use widget::WIDGET_SCRIPT;
pub(crate) use widget::put_widget;

use crate::front::keys::Kind;
use crate::options::lang::Labels;
use crate::platforms::channel::{
    Channel, Info, TEXT_MAX_CHARS, Takes, label_open,
};
use crate::platforms::marker::X;
use crate::render::link::LinkParts;
use crate::render::sink::Sink;

/// An envelope, drawn for this crate (X's logo is X's trademark).
macro_rules! envelope {
    () => {
        concat!(
            r#"<svg class="dm-button__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">"#,
            r#"<path d="M4 5.5h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1zm-.5 1.5 8.5 6.5 8.5-6.5" "#,
            r#"fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>"#,
            "</svg>"
        )
    };
}


impl Channel for X {
    type Recipient = RecipientId;

    const INFO: Info = Info {
        key: "recipient",
        slug: "x",
        name: "X",
        article: "an",
        kind: Kind::Recipient,
        example: "3805104374",
        examples: &["3805104374", "783214", "9223372036854775807"],
        takes: Takes::NONE.text().new_tab(),
        needs_phone: false,
        text_max_chars: TEXT_MAX_CHARS,
        labels: Labels::MESSAGE,
        icon: envelope!(),
        icon_alone: concat!(">", envelope!(), "</a>"),
        icon_then_label: concat!(">", envelope!(), label_open!()),
        class: " dm-button--x",
        #[cfg(test)]
        links: &[
            ("3805104374", None, "https://x.com/messages/compose?recipient_id=3805104374"),
            (
                "3805104374",
                Some("Hi & bye"),
                "https://x.com/messages/compose?recipient_id=3805104374&text=Hi%20%26%20bye",
            ),
        ],
    };

    /// `https://{host}/messages/compose?recipient_id={id}[&text={text}][&welcome_message_id={id}]`.
    fn put_link(recipient: &RecipientId, parts: &LinkParts<'_>, sink: &mut impl Sink) {
        sink.put(match parts.host {
            Host::X => "https://x.com/messages/compose?recipient_id=",
            Host::Twitter => "https://twitter.com/messages/compose?recipient_id=",
        });
        sink.put_u64(recipient.get());
        if let Some(text) = parts.text {
            sink.put(parts.and);
            sink.put("text=");
            sink.put_encoded(text);
        }
        if let Some(id) = parts.welcome_message_id {
            sink.put(parts.and);
            sink.put("welcome_message_id=");
            sink.put_u64(id.get());
        }
    }
}
