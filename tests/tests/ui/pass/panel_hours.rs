//! `dm_panel!` with opening hours: the notes are written at compile time, and rendering at a
//! moment picks them.
use std::time::{Duration, SystemTime};

use dm_button::{StaticPanel, dm_panel};

const PANEL: StaticPanel = dm_panel!(
    timezone = "Asia/Tokyo",
    lang = "ja",
    buttons = [
        (line = "@linedevelopers", hours = "Mo-Fr 10:00-19:00; Sa 10:00-14:00"),
        (email = "hello@example.com"),
    ],
);

fn main() {
    // 2026-03-08T03:00:00Z: Sunday noon in Tokyo.
    let sunday = SystemTime::UNIX_EPOCH + Duration::from_secs(1_772_938_800);
    let mut html = String::new();
    PANEL.render_at(sunday, &mut html);
    assert!(html.contains(r#"<span class="dm-panel__away">月曜日 10:00（Tokyo時間）から返信します</span>"#), "{html}");
    assert!(!PANEL.as_str().contains("dm-panel__away"));
}
