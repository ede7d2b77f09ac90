//! Every style and every language.
use dm_button::dm_button;

fn main() {
    for (button, class) in [
        (dm_button!(recipient = 1, style = "compact"), "dm-button--compact"),
        (dm_button!(recipient = 1, style = "large"), "dm-button--large"),
        (dm_button!(recipient = 1, style = "icon"), "dm-button--icon"),
        (dm_button!(recipient = 1, style = "link"), "dm-button--link"),
    ] {
        assert!(button.as_str().starts_with(&format!(r#"<a class="dm-button {class} dm-button--x""#)));
    }
    for (button, label) in [
        (dm_button!(recipient = 1, lang = "en"), "Message"),
        (dm_button!(recipient = 1, lang = "fr"), "Envoyer un message"),
        (dm_button!(recipient = 1, lang = "es"), "Enviar mensaje"),
        (dm_button!(recipient = 1, lang = "de"), "Nachricht senden"),
        (dm_button!(recipient = 1, lang = "pt"), "Enviar mensagem"),
        (dm_button!(recipient = 1, lang = "it"), "Invia messaggio"),
        (dm_button!(recipient = 1, lang = "ja"), "メッセージ"),
        (dm_button!(recipient = 1, lang = "nl"), "Bericht sturen"),
        (dm_button!(recipient = 1, lang = "ko"), "메시지 보내기"),
        (dm_button!(recipient = 1, lang = "ar"), "إرسال رسالة"),
    ] {
        assert!(button.as_str().contains(&format!(r#"<span class="dm-button__label">{label}</span>"#)));
    }
    assert!(dm_button!(recipient = 1, lang = "ar").as_str().contains(r#" lang="ar" dir="rtl">"#));
}
