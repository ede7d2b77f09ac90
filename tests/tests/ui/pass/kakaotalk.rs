//! KakaoTalk: `https://pf.kakao.com/ID/chat`, from the macros and the builder.
use dm_button::{DmButton, KakaoChannel, StaticButton, dm_button, dm_link};

const KAKAO: StaticButton = dm_button!(kakaotalk = "_xcLqmC", lang = "ko", style = "large");

fn main() {
    assert_eq!(KAKAO.href(), "https://pf.kakao.com/_xcLqmC/chat");
    assert!(KAKAO.as_str().contains(">카카오톡으로 채팅</span>"));
    assert_eq!(dm_link!(kakaotalk = "_ZeUTxl"), "https://pf.kakao.com/_ZeUTxl/chat");
    let channel: KakaoChannel = "_xcLqmC".parse().unwrap();
    let built = DmButton::kakaotalk(channel)
        .lang(dm_button::Lang::Ko)
        .style(dm_button::Style::Large);
    assert_eq!(built.to_html(), KAKAO.as_str());
}
