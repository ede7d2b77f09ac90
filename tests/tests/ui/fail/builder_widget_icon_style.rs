use dm_button::DmButton;

fn main() {
    let _ = DmButton::widget(dm_button::RecipientId::MIN).style(dm_button::Style::Icon);
}
