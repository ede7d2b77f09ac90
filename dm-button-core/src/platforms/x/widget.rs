//! X's own markup for its Message button, the anchor X documents for its `widgets.js` to
//! restyle.

use crate::render::markup::{ButtonSpec, ShownName};
use crate::render::sink::Sink;
use crate::WidgetStyle;

/// X's loader for its widget script, as X documents it.
///
/// ```
/// assert!(dm_button_core::WIDGET_SCRIPT.contains("platform.twitter.com/widgets.js"));
/// ```
pub const WIDGET_SCRIPT: &str =
    r#"<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>"#;

/// Writes `spec` as X's widget markup:
///
/// ```html
/// <a class="twitter-dm-button[ {class}]" href="..."[ id][ lang][ dir][ target rel]
///    [ data-screen-name="@{name}"][ data-show-screen-name="false"][ data-size="large"]
///    [ data-lang="{lang}"][ data-dnt="true"]>{label}[ @{name}]</a>[{WIDGET_SCRIPT}]
/// ```
pub(crate) fn put_widget(
    spec: &ButtonSpec<'_>,
    sink: &mut impl Sink,
    style: WidgetStyle,
    script: bool,
    dnt: bool,
) {
    sink.put(r#"<a class="twitter-dm-button"#);
    spec.put_common_attributes(sink);
    if spec.name.is_some() || spec.role.is_some() {
        let shown = spec.screen_name.filter(|name| name.shown).map(|name| name.name);
        spec.put_person_label(sink, spec.label_text(), shown);
    }
    if let Some(ShownName { name, shown }) = spec.screen_name {
        sink.put(r#" data-screen-name="@"#);
        sink.put(name.as_str());
        sink.put("\"");
        if !shown {
            sink.put(r#" data-show-screen-name="false""#);
        }
    }
    if style == WidgetStyle::Large {
        sink.put(r#" data-size="large""#);
    }
    if let Some(lang) = spec.lang {
        sink.put(r#" data-lang=""#);
        sink.put(lang.code());
        sink.put("\"");
    }
    if dnt {
        sink.put(r#" data-dnt="true""#);
    }
    sink.put(">");
    spec.label_text().put(sink);
    if let Some(ShownName { name, shown: true }) = spec.screen_name {
        sink.put(" @");
        sink.put(name.as_str());
    }
    sink.put("</a>");
    if script {
        sink.put(WIDGET_SCRIPT);
    }
}
