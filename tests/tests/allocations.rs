//! Allocation counts, exact and deterministic (speed is for the benchmarks): rendering into
//! a buffer with room allocates nothing, into one without room exactly once, and
//! `to_html()` once, at the exact size.

use dm_button::{DmButton, RecipientId, dm_button};
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};

/// The system allocator, counting. The binary has no test harness (`harness = false`), so
/// nothing else runs, and allocates, while a count is taken.
#[global_allocator]
static ALLOCATOR: &StatsAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

/// How many times `work` allocated or reallocated.
fn allocations(work: impl FnOnce()) -> usize {
    let before = ALLOCATOR.stats();
    work();
    let after = ALLOCATOR.stats();
    (after.allocations - before.allocations) + (after.reallocations - before.reallocations)
}

fn button(
    id: RecipientId,
    name: dm_button::ScreenName,
) -> DmButton<'static, dm_button::state::Static> {
    DmButton::new(id)
        .text("Hello! A question about order #1234 & its delivery \"soon\" <please>")
        .label("Contact \"support\" & <sales>")
        .screen_name(name)
}

fn building_and_rendering_into_a_buffer_with_room_allocates_nothing() {
    let id = RecipientId::new(3805104374).unwrap();
    let name = "furni".parse().unwrap();
    let mut buffer = String::with_capacity(4096);
    buffer.push_str("<main>");
    assert_eq!(allocations(|| button(id, name).render_to(&mut buffer)), 0);
    // Exactly enough room is room too.
    let length = button(id, name).rendered_len();
    let mut exact = String::with_capacity(length);
    assert_eq!(allocations(|| button(id, name).render_to(&mut exact)), 0);
    assert_eq!(exact.len(), length);
    // And so is a page of buttons.
    let mut page = String::with_capacity(100 * length);
    assert_eq!(
        allocations(|| (0..100).for_each(|_| button(id, name).render_to(&mut page))),
        0
    );
}

fn rendering_into_a_buffer_without_room_allocates_once_at_the_exact_size() {
    let id = RecipientId::new(3805104374).unwrap();
    let name = "furni".parse().unwrap();
    let mut empty = String::new();
    assert_eq!(allocations(|| button(id, name).render_to(&mut empty)), 1);
    assert_eq!(empty.capacity(), empty.len(), "reserved exactly");
    let mut full = String::from("<p>");
    full.shrink_to_fit();
    assert_eq!(allocations(|| button(id, name).render_to(&mut full)), 1);
}

fn to_html_allocates_once_at_the_exact_size() {
    let id = RecipientId::new(3805104374).unwrap();
    let name = "furni".parse().unwrap();
    let button = button(id, name);
    let mut html = String::new();
    assert_eq!(allocations(|| html = button.to_html()), 1);
    assert_eq!(html.capacity(), html.len());
    assert_eq!(html, format!("{button}"), "the same bytes as Display");
    let widget = DmButton::widget(id).text("hi").script(true);
    assert_eq!(allocations(|| html = widget.to_html()), 1);
}

fn a_static_button_is_one_copy() {
    let button = dm_button!(
        recipient = 3805104374,
        text = "Hello",
        screen_name = "furni"
    );
    let mut buffer = String::with_capacity(4096);
    assert_eq!(
        allocations(|| maud::Render::render_to(&button, &mut buffer)),
        0
    );
    assert_eq!(buffer, button.as_str());
    let mut html = String::new();
    assert_eq!(allocations(|| html = button.to_string()), 1);
}

/// A panel built and checked once renders into a buffer with room without allocating, its
/// away notes included (written once, when it was built); without room, it measures its
/// exact length and reserves it, one allocation; `to_html` allocates once, at the exact size.
fn a_panel_renders_without_allocating() {
    let panel = dm_button::ContactPanel::new()
        .title("Talk to <us>")
        .greeting("We answer \"soon\" & well")
        .time_zone("Europe/Paris".parse().unwrap())
        .button_with_hours(
            DmButton::email("hello@example.com".parse().unwrap())
                .name("Ana")
                .role("Sales"),
            "Mo-Fr 09:00-18:00".parse().unwrap(),
        )
        .button(DmButton::new(RecipientId::new(3805104374).unwrap()).text("Hi & bye"))
        .build()
        .unwrap();
    // A Saturday, noon in Paris: Ana is away, and her note is in the panel.
    let saturday =
        std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_772_881_200);
    let mut buffer = String::with_capacity(16 * 1024);
    // The time zone is looked up once per thread and kept: the first render warms it.
    panel.render_at(saturday, &mut String::new());
    assert_eq!(allocations(|| panel.render_at(saturday, &mut buffer)), 0);
    assert!(buffer.contains("dm-panel__away"));
    let mut empty = String::new();
    assert_eq!(allocations(|| panel.render_at(saturday, &mut empty)), 1);
    assert_eq!(
        (empty.len(), empty.capacity()),
        (buffer.len(), buffer.len())
    );
    let mut html = String::new();
    assert_eq!(allocations(|| html = panel.to_html()), 1);
    assert_eq!(html.capacity(), html.len());
    const STATIC: dm_button::StaticPanel = dm_button::dm_panel!(
        timezone = "Europe/Paris",
        buttons = [(email = "hello@example.com", hours = "Mo-Fr 09:00-18:00")],
    );
    let mut page = String::with_capacity(16 * 1024);
    STATIC.render_at(saturday, &mut String::new());
    assert_eq!(allocations(|| STATIC.render_at(saturday, &mut page)), 0);
    assert!(page.contains("dm-panel__away"));
}

fn main() {
    let checks: [(&str, fn()); 5] = [
        (
            "a panel renders without allocating",
            a_panel_renders_without_allocating,
        ),
        (
            "building and rendering into a buffer with room allocates nothing",
            building_and_rendering_into_a_buffer_with_room_allocates_nothing,
        ),
        (
            "rendering into a buffer without room allocates once, at the exact size",
            rendering_into_a_buffer_without_room_allocates_once_at_the_exact_size,
        ),
        (
            "to_html allocates once, at the exact size",
            to_html_allocates_once_at_the_exact_size,
        ),
        ("a static button is one copy", a_static_button_is_one_copy),
    ];
    for (name, check) in checks {
        check();
        println!("ok: {name}");
    }
}
