//! The widget keys: `widget`, `script`, `dnt`, and the widget's sizes.
use dm_button::dm_button;

fn main() {
    let large = dm_button!(
        recipient = 3805104374,
        widget = true,
        style = "large",
        script = true,
        dnt = true,
        screen_name = "furni",
        lang = "ja",
    );
    assert_eq!(
        large.as_str(),
        concat!(
            r#"<a class="twitter-dm-button" href="https://x.com/messages/compose?recipient_id=3805104374" lang="ja" data-screen-name="@furni" data-size="large" data-lang="ja" data-dnt="true">メッセージ @furni</a>"#,
            r#"<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>"#,
        )
    );
    let compact = dm_button!(recipient = 3805104374, widget = true, style = "compact", script = false, dnt = false);
    assert_eq!(
        compact.as_str(),
        r#"<a class="twitter-dm-button" href="https://x.com/messages/compose?recipient_id=3805104374">Message</a>"#
    );
    let hidden = dm_button!(recipient = 3805104374, widget = true, screen_name = "furni", show_screen_name = false);
    assert!(hidden.as_str().contains(r#" data-screen-name="@furni" data-show-screen-name="false">Message</a>"#));
}
