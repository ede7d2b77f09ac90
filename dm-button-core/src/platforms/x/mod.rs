//! X's direct messages: the recipient's numeric ID, the screen name shown beside the label,
//! the host of the link.

mod host;
mod id;
mod screen_name;

pub use host::{Host, HostError};
pub use id::{MAX_ID, RecipientId, RecipientIdError, WelcomeMessageId, WelcomeMessageIdError};
pub use screen_name::{SCREEN_NAME_MAX_LEN, ScreenName, ScreenNameError};
