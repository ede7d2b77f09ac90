//! serde (feature `serde`): IDs from JSON numbers and from digit strings (X's `id_str`)
//! without loss above 2^53, serialized as strings; option types as their strings; errors
//! with the same messages as `FromStr`.

use dm_button::{
    ClassList, ElementId, Host, Lang, MessageText, RecipientId, ScreenName, Style,
    WelcomeMessageId, WidgetStyle,
};
use serde_json::{Value, json};

/// The ID a JavaScript client would turn into its neighbour: 2^53 + 1.
const PAST_DOUBLES: u64 = 9_007_199_254_740_993;

#[test]
fn ids_from_numbers_and_strings_without_loss() {
    for json in ["9007199254740993", "\"9007199254740993\""] {
        let id: RecipientId = serde_json::from_str(json).unwrap();
        assert_eq!(id.get(), PAST_DOUBLES, "{json}");
        let welcome: WelcomeMessageId = serde_json::from_str(json).unwrap();
        assert_eq!(welcome.get(), PAST_DOUBLES, "{json}");
    }
    let max: RecipientId = serde_json::from_str("9223372036854775807").unwrap();
    assert_eq!(max, RecipientId::MAX);
}

#[test]
fn ids_serialize_as_strings_and_round_trip() {
    let id = RecipientId::new(PAST_DOUBLES).unwrap();
    let json = serde_json::to_string(&id).unwrap();
    assert_eq!(
        json, "\"9007199254740993\"",
        "a string survives JavaScript's JSON.parse"
    );
    assert_eq!(serde_json::from_str::<RecipientId>(&json).unwrap(), id);
}

#[test]
fn an_x_api_user_object_deserializes() {
    #[derive(serde::Deserialize)]
    struct User {
        id: RecipientId,
        id_str: RecipientId,
        screen_name: ScreenName,
    }
    let user: User = serde_json::from_value(json!({
        "id": 3805104374_u64,
        "id_str": "3805104374",
        "screen_name": "furni",
    }))
    .unwrap();
    assert_eq!(user.id, user.id_str);
    assert_eq!(user.screen_name.as_str(), "furni");
}

#[test]
fn bad_ids_are_refused_with_the_from_str_message() {
    let cases = [
        ("\"@furni\"", "not the screen name `@furni`"),
        ("0", "is 0"),
        ("-5", "is negative"),
        ("9223372036854775808", "past the largest X ID"),
        ("\"\"", "is empty"),
        ("9007199254740993.0", "floating-point"),
        ("1e3", "floating-point"),
        ("true", "an X ID"),
        ("null", "an X ID"),
    ];
    for (json, expected) in cases {
        let error = serde_json::from_str::<RecipientId>(json)
            .unwrap_err()
            .to_string();
        assert!(error.contains(expected), "{json}: {error}");
    }
    // Past u64 in JSON: serde_json reads it as a float, which is refused, not rounded.
    assert!(serde_json::from_str::<RecipientId>("99999999999999999999999").is_err());
}

#[test]
fn option_types_round_trip_as_strings() {
    fn round_trip<T>(value: T, json: Value)
    where
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        assert_eq!(serde_json::to_value(&value).unwrap(), json);
        assert_eq!(serde_json::from_value::<T>(json).unwrap(), value);
    }
    round_trip("@furni".parse::<ScreenName>().unwrap(), json!("furni"));
    round_trip(Style::Icon, json!("icon"));
    round_trip(WidgetStyle::Large, json!("large"));
    round_trip(Lang::Ja, json!("ja"));
    round_trip(Host::Twitter, json!("twitter.com"));
    round_trip("a  b".parse::<ClassList>().unwrap(), json!("a b"));
    round_trip("contact".parse::<ElementId>().unwrap(), json!("contact"));
    round_trip("Hi".parse::<MessageText>().unwrap(), json!("Hi"));
    let error = serde_json::from_value::<Style>(json!("huge"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("compact, large, icon and link"), "{error}");
    let error = serde_json::from_value::<WidgetStyle>(json!("icon"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("X's widget has no `icon` style"), "{error}");
}
