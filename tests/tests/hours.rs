//! Opening hours at their edges, in the panel built at run time and in `dm_panel!`'s, which
//! must agree at every moment: the first and the last minute of a range, midnight, the
//! weekend, and the days daylight saving time starts and ends in Paris and in New York (a
//! skipped hour and a repeated one), where the wall clock, not UTC, decides.

use std::time::{Duration, SystemTime};

use dm_button::{ContactPanel, DmButton, Lang, Panel, StaticPanel, dm_panel};

/// A moment, from its Unix time in seconds (the comments give it in UTC).
fn at(seconds: u64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(seconds)
}

const PARIS: StaticPanel = dm_panel!(
    timezone = "Europe/Paris",
    buttons = [
        (
            email = "hello@example.com",
            name = "Ana",
            hours = "Mo-Fr 09:00-18:00"
        ),
        (
            recipient = 3805104374,
            name = "Night desk",
            hours = "Su 01:00-03:00; Sa 22:00-02:00"
        ),
        (telegram = "@durov"),
    ],
);

fn paris() -> Panel<'static> {
    ContactPanel::new()
        .time_zone("Europe/Paris".parse().unwrap())
        .button_with_hours(
            DmButton::email("hello@example.com".parse().unwrap()).name("Ana"),
            "Mo-Fr 09:00-18:00".parse().unwrap(),
        )
        .button_with_hours(
            DmButton::new(3805104374_u64.try_into().unwrap()).name("Night desk"),
            "Su 01:00-03:00; Sa 22:00-02:00".parse().unwrap(),
        )
        .button(DmButton::telegram("@durov".parse().unwrap()))
        .build()
        .unwrap()
}

/// The panel at `moment`, from the macro and from the builder, which must be the same.
fn render(panel: &StaticPanel, built: &Panel<'_>, moment: SystemTime) -> String {
    let (mut from_macro, mut from_builder) = (String::new(), String::new());
    panel.render_at(moment, &mut from_macro);
    built.render_at(moment, &mut from_builder);
    assert_eq!(from_macro, from_builder);
    from_macro
}

/// The away notes of the panel at `moment`, in order.
fn notes(panel: &StaticPanel, built: &Panel<'_>, moment: SystemTime) -> Vec<String> {
    let html = render(panel, built, moment);
    html.split(r#"<span class="dm-panel__away">"#)
        .skip(1)
        .map(|rest| rest.split("</span>").next().unwrap().to_owned())
        .collect()
}

#[test]
fn a_range_opens_at_its_first_minute_and_closes_at_its_last() {
    let built = paris();
    // Friday 2026-03-06, 17:59 in Paris (16:59Z): Ana is in; the night desk is away.
    assert_eq!(
        notes(&PARIS, &built, at(1_772_816_340)),
        ["Replies from Saturday 22:00, Paris time"]
    );
    // 18:00 in Paris: Ana is away until Monday.
    assert_eq!(
        notes(&PARIS, &built, at(1_772_816_400)),
        [
            "Replies from Monday 09:00, Paris time",
            "Replies from Saturday 22:00, Paris time"
        ]
    );
    // Monday 2026-03-02, 09:00 in Paris (08:00Z): Ana is in from her first minute.
    assert_eq!(notes(&PARIS, &built, at(1_772_438_400)).len(), 1);
    assert_eq!(notes(&PARIS, &built, at(1_772_438_340)).len(), 2, "08:59");
    // A button without hours never has a note, and its link is the same either way.
    let html = render(&PARIS, &built, at(1_772_816_400));
    assert!(html.contains("https://t.me/durov"));
    assert!(
        html.contains("mailto:hello@example.com"),
        "an away person's link still works"
    );
}

#[test]
fn a_range_past_midnight_and_the_weekend() {
    let built = paris();
    // Saturday 2026-03-07, noon in Paris (11:00Z): both away, Ana until Monday.
    assert_eq!(
        notes(&PARIS, &built, at(1_772_881_200)),
        [
            "Replies from Monday 09:00, Paris time",
            "Replies from Saturday 22:00, Paris time"
        ]
    );
    // Sunday 2026-03-08, 23:59 in Paris (22:59Z): the Saturday night range is over (it ran
    // to Sunday 02:00) and Sunday's 01:00-03:00 too: the night desk answers next Saturday.
    assert_eq!(
        notes(&PARIS, &built, at(1_773_010_740)),
        [
            "Replies from Monday 09:00, Paris time",
            "Replies from Saturday 22:00, Paris time"
        ]
    );
}

#[test]
fn daylight_saving_time_starts_and_ends_in_paris() {
    let built = paris();
    // 2026-03-29, the clocks go from 02:00 to 03:00. 00:59Z is 01:59 in Paris: the night
    // desk (Sunday 01:00-03:00) is in.
    assert_eq!(notes(&PARIS, &built, at(1_774_745_940)).len(), 1);
    // 01:00Z is 03:00 in Paris, summer time: out, one UTC minute later.
    assert_eq!(
        notes(&PARIS, &built, at(1_774_746_000)),
        [
            "Replies from Monday 09:00, Paris time",
            "Replies from Saturday 22:00, Paris time"
        ]
    );
    // 2026-10-25, the clocks go from 03:00 back to 02:00. 00:30Z and 01:30Z are both 02:30
    // in Paris: in, both times.
    assert_eq!(notes(&PARIS, &built, at(1_792_888_200)).len(), 1);
    assert_eq!(notes(&PARIS, &built, at(1_792_891_800)).len(), 1);
    // 02:00Z is 03:00 in Paris, winter time: out.
    assert_eq!(notes(&PARIS, &built, at(1_792_893_600)).len(), 2);
}

#[test]
fn daylight_saving_time_in_new_york_in_another_language() {
    const NEW_YORK: StaticPanel = dm_panel!(
        timezone = "America/New_York",
        lang = "fr",
        buttons = [(whatsapp = "+1 650 253 0000", hours = "Mo-Fr 09:00-17:00")],
    );
    let built = ContactPanel::new()
        .time_zone("America/New_York".parse().unwrap())
        .lang(Lang::Fr)
        .button_with_hours(
            DmButton::whatsapp("+1 650 253 0000".parse().unwrap()),
            "Mo-Fr 09:00-17:00".parse().unwrap(),
        )
        .build()
        .unwrap();
    let away = ["Répond à partir de lundi 09:00, heure de New York"];
    // 13:00Z on Monday 2026-03-02 is 08:00 in New York (UTC-5): away.
    assert_eq!(notes(&NEW_YORK, &built, at(1_772_456_400)), away);
    // 13:00Z on Monday 2026-03-09, the day after the clocks went forward, is 09:00 (UTC-4).
    assert!(notes(&NEW_YORK, &built, at(1_773_061_200)).is_empty());
    // 2026-11-01 the clocks went back: on Monday 2026-11-02, 13:59Z is 08:59, 14:00Z 09:00.
    assert_eq!(notes(&NEW_YORK, &built, at(1_793_627_940)), away);
    assert!(notes(&NEW_YORK, &built, at(1_793_628_000)).is_empty());
}

#[test]
fn hours_and_time_zones_are_checked_at_run_time_too() {
    let error = "Europe/Pari".parse::<dm_button::TimeZone>().unwrap_err();
    assert!(error.to_string().contains("did you mean `Europe/Paris`?"));
    let error = "New York".parse::<dm_button::TimeZone>().unwrap_err();
    assert!(
        error
            .to_string()
            .contains("did you mean `America/New_York`?"),
        "{error}"
    );
    let button = || DmButton::email("hello@example.com".parse().unwrap());
    assert_eq!(
        ContactPanel::new()
            .button_with_hours(button(), "Mo-Fr 09:00-18:00".parse().unwrap())
            .build()
            .unwrap_err(),
        dm_button::PanelError::HoursWithoutTimeZone { button: 0 }
    );
    assert_eq!(
        ContactPanel::new()
            .time_zone("Europe/Paris".parse().unwrap())
            .button(button())
            .build()
            .unwrap_err(),
        dm_button::PanelError::TimeZoneWithoutHours
    );
}
