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

/// A row as a service would store it in a compact format.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Contact {
    recipient: RecipientId,
    welcome: Option<WelcomeMessageId>,
    screen_name: ScreenName,
    style: Style,
}

#[test]
fn ids_are_u64_in_compact_formats_and_round_trip() {
    let contact = Contact {
        recipient: RecipientId::MAX,
        welcome: Some(WelcomeMessageId::new(PAST_DOUBLES).unwrap()),
        screen_name: "furni".parse().unwrap(),
        style: Style::Large,
    };
    let bytes = postcard::to_stdvec(&contact).unwrap();
    assert_eq!(postcard::from_bytes::<Contact>(&bytes).unwrap(), contact);

    // postcard writes a u64 as a varint: the ID is that, not its digits as a string.
    let id_bytes = postcard::to_stdvec(&RecipientId::MAX).unwrap();
    assert_eq!(
        id_bytes,
        postcard::to_stdvec(&RecipientId::MAX.get()).unwrap()
    );
    assert!(
        id_bytes.len() <= 10,
        "a varint, not 19 digits: {id_bytes:?}"
    );
    for id in [1, 3805104374, PAST_DOUBLES, RecipientId::MAX.get()] {
        let bytes = postcard::to_stdvec(&id).unwrap();
        assert_eq!(
            postcard::from_bytes::<RecipientId>(&bytes).unwrap().get(),
            id
        );
    }
}

#[test]
fn compact_formats_refuse_ids_out_of_range_with_the_message() {
    for (id, expected) in [
        (0_u64, "0"),
        (RecipientId::MAX.get() + 1, "9223372036854775808"),
    ] {
        let bytes = postcard::to_stdvec(&id).unwrap();
        let error = postcard::from_bytes::<RecipientId>(&bytes).unwrap_err();
        // postcard keeps only its error kind; the message is checked through serde's own
        // value deserializer, which keeps it and is not human-readable either.
        assert!(matches!(error, postcard::Error::SerdeDeCustom), "{error:?}");
        let through_serde: Result<RecipientId, serde::de::value::Error> =
            serde::Deserialize::deserialize(serde::de::value::U64Deserializer::new(id));
        let message = through_serde.unwrap_err().to_string();
        assert!(message.contains(expected), "{message}");
    }
}

#[test]
fn human_readable_formats_still_take_numbers_and_strings() {
    let json = serde_json::to_string(&Contact {
        recipient: "3805104374".parse().unwrap(),
        welcome: None,
        screen_name: "furni".parse().unwrap(),
        style: Style::Compact,
    })
    .unwrap();
    assert_eq!(
        json,
        r#"{"recipient":"3805104374","welcome":null,"screen_name":"furni","style":"compact"}"#
    );
    let from_number: Contact = serde_json::from_str(
        r#"{"recipient":3805104374,"welcome":42,"screen_name":"@furni","style":"compact"}"#,
    )
    .unwrap();
    assert_eq!(from_number.recipient.get(), 3805104374);
}
