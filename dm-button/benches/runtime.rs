//! Run-time cost of a button, against what a user would write instead: the same markup by
//! hand in a maud template or with `format!`, and the physical limit, copying the bytes.
//! Every variant produces the same bytes (checked before timing). Allocations are counted
//! by divan's `AllocProfiler`.
//!
//! `cargo bench -p dm-button --bench runtime`; `cargo run -p xtask -- bench` runs it several
//! times and prints the ratios (see BENCHMARKS.md).

use std::sync::LazyLock;

use divan::counter::ItemsCount;
use divan::{AllocProfiler, Bencher, black_box};
use dm_button::state::Static;
use dm_button::{DmButton, RecipientId, ScreenName, StaticButton, dm_button};
use maud::{DOCTYPE, Markup, PreEscaped, Render, html};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

const ID: u64 = 3805104374;
const TEXT: &str = "Hello! I have a question about order #1234 & its delivery date.";
const LABEL: &str = "Contact support";
const NAME: &str = "furni";

/// The icon, which the hand-written variants paste in as a constant, as a user would.
const ICON: &str = dm_button::Platform::X.icon_svg();

/// What a user writes to percent-encode `text=` by hand.
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn inputs() -> (RecipientId, ScreenName) {
    (RecipientId::new(ID).unwrap(), NAME.parse().unwrap())
}

/// The builder, as the crate's users write it.
fn dm_button_builder<'a>(id: RecipientId, name: ScreenName) -> DmButton<'a, Static> {
    DmButton::new(id).text(TEXT).label(LABEL).screen_name(name)
}

/// The same markup as a hand-written maud template.
fn maud_template(id: u64, text: &str, label: &str, name: &str) -> Markup {
    let href = format!(
        "https://x.com/messages/compose?recipient_id={id}&text={}",
        utf8_percent_encode(text, QUERY)
    );
    html! {
        a class="dm-button dm-button--compact dm-button--x" href=(href) {
            (PreEscaped(ICON))
            span class="dm-button__label" { (label) }
            " "
            span class="dm-button__screen-name" { "@" (name) }
        }
    }
}

/// The same markup with `format!`, `percent-encoding` and an HTML escaper.
fn format_macro(id: u64, text: &str, label: &str, name: &str) -> String {
    format!(
        r#"<a class="dm-button dm-button--compact dm-button--x" href="https://x.com/messages/compose?recipient_id={id}&amp;text={text}">{icon}<span class="dm-button__label">{label}</span> <span class="dm-button__screen-name">@{name}</span></a>"#,
        text = utf8_percent_encode(text, QUERY),
        icon = ICON,
        label = html_escape::encode_text(label),
        name = html_escape::encode_text(name),
    )
}

static RENDERED: LazyLock<String> = LazyLock::new(|| {
    let (id, name) = inputs();
    dm_button_builder(id, name).to_html()
});

fn main() {
    // Same bytes from every variant, before anything is timed.
    let (id, name) = inputs();
    let mut buffer = String::new();
    dm_button_builder(id, name).render_to(&mut buffer);
    assert_eq!(buffer, *RENDERED);
    assert_eq!(
        maud_template(ID, TEXT, LABEL, NAME).into_string(),
        *RENDERED
    );
    assert_eq!(format_macro(ID, TEXT, LABEL, NAME), *RENDERED);
    assert_eq!(
        static_page::with_macro().into_string(),
        static_page::with_str().into_string()
    );
    divan::main();
}

/// A page that embeds a static button: `dm_button!` against the same `&'static str`.
mod static_page {
    use super::*;

    const BUTTON: StaticButton = dm_button!(
        recipient = 3805104374,
        screen_name = "furni",
        style = "large"
    );
    const SAME: &str = BUTTON.as_str();

    fn page(button: impl Render) -> Markup {
        html! {
            (DOCTYPE)
            html lang="en" {
                head { meta charset="utf-8"; title { "Contact" } link rel="stylesheet" href="/dm-button.css"; }
                body {
                    h1 { "Contact us" }
                    p { "We answer within a day, on X or by mail." }
                    (button)
                }
            }
        }
    }

    #[inline(never)]
    pub(crate) fn with_macro() -> Markup {
        page(black_box(BUTTON))
    }

    #[inline(never)]
    pub(crate) fn with_str() -> Markup {
        page(PreEscaped(black_box(SAME)))
    }

    // The same sampling for both, so that only the code differs; each page is dropped inside
    // the timed closure, so the allocator stays in the same state from one iteration to the
    // next. Whichever of two benchmarks runs first in a process runs on a colder machine, so
    // `cargo xtask bench` times these two in separate processes, in alternating order.
    #[divan::bench(name = "with_macro", sample_count = 20000, sample_size = 100)]
    fn bench_with_macro(bencher: Bencher<'_, '_>) {
        bencher.bench_local(|| with_macro().0.len());
    }

    #[divan::bench(name = "with_str", sample_count = 20000, sample_size = 100)]
    fn bench_with_str(bencher: Bencher<'_, '_>) {
        bencher.bench_local(|| with_str().0.len());
    }
}

/// One button with a text, a screen name and a label, built and rendered per iteration.
mod runtime {
    use super::*;

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn dm_button_render_to(bencher: Bencher<'_, '_>) {
        let (id, name) = inputs();
        let mut buffer = String::with_capacity(1024);
        bencher.bench_local(|| {
            buffer.clear();
            dm_button_builder(black_box(id), black_box(name)).render_to(&mut buffer);
            black_box(&buffer);
        });
    }

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn dm_button_to_html(bencher: Bencher<'_, '_>) {
        let (id, name) = inputs();
        bencher.bench_local(|| {
            dm_button_builder(black_box(id), black_box(name))
                .to_html()
                .len()
        });
    }

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn maud_html(bencher: Bencher<'_, '_>) {
        let mut buffer = String::with_capacity(1024);
        bencher.bench_local(|| {
            buffer.clear();
            maud_template(
                black_box(ID),
                black_box(TEXT),
                black_box(LABEL),
                black_box(NAME),
            )
            .render_to(&mut buffer);
            black_box(&buffer);
        });
    }

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn format(bencher: Bencher<'_, '_>) {
        bencher.bench_local(|| {
            format_macro(
                black_box(ID),
                black_box(TEXT),
                black_box(LABEL),
                black_box(NAME),
            )
            .len()
        });
    }

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn copy_rendered_bytes(bencher: Bencher<'_, '_>) {
        let rendered = RENDERED.as_str();
        let mut buffer = String::with_capacity(1024);
        bencher.bench_local(|| {
            buffer.clear();
            buffer.push_str(black_box(rendered));
            black_box(&buffer);
        });
    }
}

/// Another platform's button against X's, with the same text and nothing else, and the same
/// WhatsApp markup written by hand in maud.
mod platforms {
    use super::*;
    use dm_button::{EmailAddress, PhoneNumber};

    fn number() -> PhoneNumber {
        "+33 6 12 34 56 78".parse().unwrap()
    }

    fn address() -> EmailAddress {
        "support@example.com".parse().unwrap()
    }

    fn whatsapp_maud(digits: u64, text: &str) -> Markup {
        let href = format!(
            "https://wa.me/{digits}?text={}",
            utf8_percent_encode(text, QUERY)
        );
        html! {
            a class="dm-button dm-button--compact dm-button--whatsapp" href=(href) {
                (PreEscaped(dm_button::Platform::WhatsApp.icon_svg()))
                span class="dm-button__label" { "Chat on WhatsApp" }
            }
        }
    }

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn x_render_to(bencher: Bencher<'_, '_>) {
        let id = RecipientId::new(ID).unwrap();
        let mut buffer = String::with_capacity(1024);
        bencher.bench_local(|| {
            buffer.clear();
            DmButton::new(black_box(id))
                .text(black_box(TEXT))
                .render_to(&mut buffer);
            black_box(&buffer);
        });
    }

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn whatsapp_render_to(bencher: Bencher<'_, '_>) {
        let number = number();
        let mut buffer = String::with_capacity(1024);
        assert_eq!(
            DmButton::whatsapp(number).text(TEXT).to_html(),
            whatsapp_maud(number.digits(), TEXT).into_string()
        );
        bencher.bench_local(|| {
            buffer.clear();
            DmButton::whatsapp(black_box(number))
                .text(black_box(TEXT))
                .render_to(&mut buffer);
            black_box(&buffer);
        });
    }

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn whatsapp_maud_html(bencher: Bencher<'_, '_>) {
        let digits = number().digits();
        let mut buffer = String::with_capacity(1024);
        bencher.bench_local(|| {
            buffer.clear();
            whatsapp_maud(black_box(digits), black_box(TEXT)).render_to(&mut buffer);
            black_box(&buffer);
        });
    }

    /// Every platform of the registry, chosen at run time: `DmButton::to` its first example
    /// recipient, with the text where the platform takes one.
    #[divan::bench(args = dm_button::Platform::ALL, sample_count = 10000, sample_size = 100)]
    fn any_platform_render_to(bencher: Bencher<'_, '_>, platform: &dm_button::Platform) {
        let contact: dm_button::Contact =
            format!("{}:{}", platform.as_str(), platform.examples()[0])
                .parse()
                .unwrap();
        let mut buffer = String::with_capacity(1024);
        bencher.bench_local(|| {
            buffer.clear();
            // A clone of the contact the application keeps: a copy or a reference count.
            let mut button = DmButton::to(black_box(&contact).clone());
            if platform.takes_text() {
                button = button.try_text(black_box(TEXT)).unwrap();
            }
            button.render_to(&mut buffer);
            black_box(&buffer);
        });
    }

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn email_render_to(bencher: Bencher<'_, '_>) {
        let address = address();
        let mut buffer = String::with_capacity(1024);
        bencher.bench_local(|| {
            buffer.clear();
            // A clone of the address the application keeps: a reference count, no allocation.
            DmButton::email(black_box(&address).clone())
                .text(black_box(TEXT))
                .render_to(&mut buffer);
            black_box(&buffer);
        });
    }
}

/// Many buttons into one page: the time per button stays the same.
mod scaling {
    use super::*;

    #[divan::bench(args = [1, 10, 100, 1000])]
    fn buttons_into_one_page(bencher: Bencher<'_, '_>, count: usize) {
        let (id, name) = inputs();
        let mut page = String::with_capacity(RENDERED.len() * count + 64);
        bencher.counter(ItemsCount::new(count)).bench_local(|| {
            page.clear();
            for _ in 0..count {
                dm_button_builder(black_box(id), black_box(name)).render_to(&mut page);
            }
            black_box(&page);
        });
    }
}
