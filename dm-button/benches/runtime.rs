//! Run-time cost of a button, against what a user would write instead: the same markup by
//! hand in a maud template or with `format!`, and the physical limit, copying the bytes.
//! Every variant produces the same bytes (checked before timing). Allocations are counted
//! by divan's `AllocProfiler`.
//!
//! `cargo bench -p dm-button --bench runtime`; `cargo run -p xtask -- bench` runs it several
//! times and prints the ratios (see BENCHMARKS.md).

// A benchmark stops loudly on a failed set-up: the workspace's ban on what can panic is for
// the crates' own code.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

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
    assert_eq!(
        static_panel::with_macro().into_string(),
        static_panel::with_str().into_string()
    );
    #[cfg(feature = "hours")]
    {
        assert_eq!(
            static_panel::hours::with_macro().into_string(),
            static_panel::hours::with_str().into_string()
        );
        assert_eq!(
            static_panel::hours::SAME.matches("dm-panel__away").count(),
            2
        );
    }
    let panel = contact_panel::panel().to_html();
    assert!(panel.contains("dm-panel--floating"));
    #[cfg(all(feature = "minijinja", feature = "tera", feature = "handlebars"))]
    {
        let env = templates::minijinja_env();
        let page = templates::minijinja_render(&env, "value.html");
        assert_eq!(templates::minijinja_render(&env, "function.html"), page);
        let tera = templates::tera_engine();
        assert_eq!(templates::tera_render(&tera, "function.html"), page);
        assert_eq!(templates::tera_render(&tera, "value.html"), page);
        let handlebars = templates::handlebars_engine();
        assert_eq!(templates::handlebars_render(&handlebars, "function"), page);
        assert_eq!(templates::handlebars_render(&handlebars, "value"), page);
        let floors = (
            templates::minijinja_floor_env(),
            templates::tera_floor_engine(),
            templates::handlebars_floor_engine(),
        );
        assert_eq!(
            templates::minijinja_render(&floors.0, "function.html"),
            page
        );
        assert_eq!(templates::tera_render(&floors.1, "function.html"), page);
        assert_eq!(templates::handlebars_render(&floors.2, "function"), page);
    }
    divan::main();
}

/// The two benchmarks of a page: its module's `with_macro()` and `with_str()`, under the names
/// given. The same sampling for both, so that only the code differs; each page is dropped
/// inside the timed closure, so the allocator stays in the same state from one iteration to
/// the next. Whichever of two benchmarks runs first in a process runs on a colder machine, so
/// `cargo xtask bench` times the two in separate processes, in alternating order.
macro_rules! page_benches {
    ($with_macro:tt, $with_str:tt) => {
        #[divan::bench(name = $with_macro, sample_count = 20000, sample_size = 100)]
        fn bench_with_macro(bencher: Bencher<'_, '_>) {
            bencher.bench_local(|| with_macro().0.len());
        }

        #[divan::bench(name = $with_str, sample_count = 20000, sample_size = 100)]
        fn bench_with_str(bencher: Bencher<'_, '_>) {
            bencher.bench_local(|| with_str().0.len());
        }
    };
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

    /// The page around the static button, and around the static panel.
    pub(crate) fn page(content: impl Render) -> Markup {
        html! {
            (DOCTYPE)
            html lang="en" {
                head { meta charset="utf-8"; title { "Contact" } link rel="stylesheet" href="/dm-button.css"; }
                body {
                    h1 { "Contact us" }
                    p { "We answer within a day, on X or by mail." }
                    (content)
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

    page_benches!("with_macro", "with_str");
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

/// The contact panel: a static one in a page against the same bytes as a literal; with
/// opening hours, rendered at a moment, against that moment's bytes as a literal.
mod static_panel {
    use super::static_page::page;
    use super::*;
    use dm_button::{StaticPanel, dm_panel};

    const PANEL: StaticPanel = dm_panel!(
        title = "Talk to us",
        greeting = "We usually answer within the hour.",
        placement = "floating",
        buttons = [
            (
                whatsapp = "+33 6 12 34 56 78",
                text = "Bonjour !",
                name = "Ana",
                role = "Sales"
            ),
            (recipient = 3805104374),
            (telegram = "@durov"),
            (email = "hello@example.com", subject = "Order"),
            (signal = "+33 6 12 34 56 78"),
            (line = "@linedevelopers"),
        ],
    );
    const SAME: &str = PANEL.as_str();

    #[inline(never)]
    pub(crate) fn with_macro() -> Markup {
        page(black_box(PANEL))
    }

    #[inline(never)]
    pub(crate) fn with_str() -> Markup {
        page(PreEscaped(black_box(SAME)))
    }

    page_benches!("panel_with_macro", "panel_with_str");

    #[cfg(feature = "hours")]
    pub(crate) mod hours {
        use super::*;
        use std::time::{Duration, SystemTime};

        pub(crate) const TIMED: StaticPanel = dm_panel!(
            title = "Talk to us",
            timezone = "Europe/Paris",
            buttons = [
                (
                    whatsapp = "+33 6 12 34 56 78",
                    name = "Ana",
                    hours = "Mo-Fr 09:00-18:00"
                ),
                (
                    whatsapp = "+33 6 98 76 54 32",
                    name = "Léo",
                    hours = "Sa,Su 10:00-16:00"
                ),
                (
                    recipient = 3805104374,
                    hours = "Mo-Fr 08:00-12:00,14:00-20:00; Sa 10:00-13:00"
                ),
                (telegram = "@durov"),
                (
                    email = "hello@example.com",
                    subject = "Order",
                    hours = "Mo-Fr 09:00-17:00"
                ),
                (line = "@linedevelopers"),
            ],
        );

        /// Saturday 2026-03-07, noon in Paris: two of the four people with hours are away.
        pub(crate) fn moment() -> SystemTime {
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_772_881_200)
        }

        /// The panel as it is at a moment, as maud renders it.
        pub(crate) struct At(pub(crate) StaticPanel, pub(crate) SystemTime);

        impl Render for At {
            fn render_to(&self, buffer: &mut String) {
                self.0.render_at(self.1, buffer);
            }
        }

        pub(crate) static SAME: LazyLock<String> = LazyLock::new(|| {
            let mut html = String::new();
            TIMED.render_at(moment(), &mut html);
            html
        });

        #[inline(never)]
        pub(crate) fn with_macro() -> Markup {
            page(At(black_box(TIMED), black_box(moment())))
        }

        #[inline(never)]
        pub(crate) fn with_str() -> Markup {
            page(PreEscaped(black_box(SAME.as_str())))
        }

        page_benches!("hours_with_macro", "hours_with_str");
    }
}

/// A panel built at run time: six buttons in a `ContactPanel`, rendered into a reused
/// buffer, against the same six buttons rendered one after the other.
mod contact_panel {
    use super::*;
    use dm_button::state::AnyPlatform;
    use dm_button::{ContactPanel, Panel, Placement};

    fn buttons() -> Vec<DmButton<'static, AnyPlatform>> {
        [
            "whatsapp:+33 6 12 34 56 78",
            "x:3805104374",
            "telegram:@durov",
            "email:hello@example.com",
            "signal:+33 6 12 34 56 78",
            "line:@linedevelopers",
        ]
        .into_iter()
        .enumerate()
        .map(|(index, contact)| {
            let button = DmButton::to(contact.parse().unwrap());
            if index % 2 == 0 {
                button.name("Ana").role("Sales")
            } else {
                button
            }
        })
        .collect()
    }

    pub(crate) fn panel() -> Panel<'static> {
        buttons()
            .into_iter()
            .fold(
                ContactPanel::new()
                    .title("Talk to us")
                    .placement(Placement::Floating),
                ContactPanel::button,
            )
            .build()
            .unwrap()
    }

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn six_buttons_in_a_panel(bencher: Bencher<'_, '_>) {
        let panel = panel();
        let mut buffer = String::with_capacity(16 * 1024);
        bencher.bench_local(|| {
            buffer.clear();
            black_box(&panel).render_to(&mut buffer);
            black_box(&buffer);
        });
    }

    #[divan::bench(sample_count = 10000, sample_size = 100)]
    fn six_buttons_alone(bencher: Bencher<'_, '_>) {
        let buttons = buttons();
        let mut buffer = String::with_capacity(16 * 1024);
        bencher.bench_local(|| {
            buffer.clear();
            for button in black_box(&buttons) {
                button.render_to(&mut buffer);
            }
            black_box(&buffer);
        });
    }
}

/// A QR code at run time, against the QR crate's own encoding of the same link.
#[cfg(feature = "qr")]
mod qr {
    use super::*;
    use dm_button::PhoneNumber;

    fn button() -> DmButton<'static, dm_button::state::Chat<dm_button::state::WhatsApp>> {
        let number: PhoneNumber = "+33 6 12 34 56 78".parse().unwrap();
        DmButton::whatsapp(number).text(TEXT)
    }

    #[divan::bench(sample_count = 2000, sample_size = 10)]
    fn dm_button_qr_svg(bencher: Bencher<'_, '_>) {
        let button = button();
        bencher.bench_local(|| black_box(&button).qr_svg().unwrap().len());
    }

    #[divan::bench(sample_count = 2000, sample_size = 10)]
    fn qrcodegen_encode(bencher: Bencher<'_, '_>) {
        use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
        let link = button().href();
        bencher.bench_local(|| {
            let segments = [QrSegment::make_bytes(black_box(&link).as_bytes())];
            QrCode::encode_segments_advanced(
                &segments,
                QrCodeEcc::Medium,
                Version::MIN,
                Version::MAX,
                None,
                false,
            )
            .unwrap()
            .size()
        });
    }
}

/// A template function against the same button precomputed and inserted as a safe value, in
/// each engine that has one: the cost of building the button from the template's arguments
/// while the page renders.
#[cfg(all(feature = "minijinja", feature = "tera", feature = "handlebars"))]
mod templates {
    use super::*;

    /// The button both ways: `recipient` and `text` from the context.
    const PRECOMPUTED: StaticButton = dm_button!(recipient = 3805104374, text = "Hi & bye");
    const PAGE_FUNCTION: &str = r#"<p>{{ title }}</p>{{ dm_button(recipient=id, text=text) }}"#;
    const PAGE_VALUE: &str = r#"<p>{{ title }}</p>{{ button }}"#;

    pub(super) fn minijinja_env() -> minijinja::Environment<'static> {
        let mut env = minijinja::Environment::new();
        dm_button::minijinja::add_to_environment(&mut env);
        env.add_template("function.html", PAGE_FUNCTION).unwrap();
        env.add_template("value.html", PAGE_VALUE).unwrap();
        env
    }

    pub(super) fn minijinja_render(env: &minijinja::Environment<'_>, name: &str) -> String {
        env.get_template(name)
            .unwrap()
            .render(minijinja::context! {
                title => "Contact",
                id => "3805104374",
                text => "Hi & bye",
                button => minijinja::Value::from(PRECOMPUTED),
            })
            .unwrap()
    }

    /// The engine's own floor: a `dm_button` function that reads the same two arguments and
    /// returns the button made beforehand, doing none of the work. What a function costs
    /// beyond this is dm-button's.
    pub(super) fn minijinja_floor_env() -> minijinja::Environment<'static> {
        let mut env = minijinja::Environment::new();
        env.add_function("dm_button", |kwargs: minijinja::value::Kwargs| {
            let _: Option<minijinja::Value> = kwargs.get("recipient")?;
            let _: Option<minijinja::Value> = kwargs.get("text")?;
            Ok::<_, minijinja::Error>(minijinja::Value::from(PRECOMPUTED))
        });
        env.add_template("function.html", PAGE_FUNCTION).unwrap();
        env
    }

    pub(super) fn tera_engine() -> tera::Tera {
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html"]);
        dm_button::tera::register(&mut tera);
        tera.add_raw_template("function.html", PAGE_FUNCTION)
            .unwrap();
        tera.add_raw_template("value.html", PAGE_VALUE).unwrap();
        tera
    }

    /// Tera's floor, as [`minijinja_floor_env`].
    pub(super) fn tera_floor_engine() -> tera::Tera {
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.register_function("dm_button", |kwargs: tera::Kwargs, _: &tera::State<'_>| {
            let _ = kwargs.get::<tera::Value>("recipient")?;
            let _ = kwargs.get::<tera::Value>("text")?;
            Ok::<_, tera::Error>(tera::Value::from(PRECOMPUTED))
        });
        tera.add_raw_template("function.html", PAGE_FUNCTION)
            .unwrap();
        tera
    }

    pub(super) fn tera_render(tera: &tera::Tera, name: &str) -> String {
        let mut context = tera::Context::new();
        context.insert("title", &"Contact");
        context.insert("id", &"3805104374");
        context.insert("text", &"Hi & bye");
        context.insert_value("button", tera::Value::from(PRECOMPUTED));
        tera.render(name, &context).unwrap()
    }

    pub(super) fn handlebars_engine() -> handlebars::Handlebars<'static> {
        let mut handlebars = handlebars::Handlebars::new();
        dm_button::handlebars::register(&mut handlebars);
        handlebars
            .register_template_string(
                "function",
                "<p>{{title}}</p>{{dm_button recipient=id text=text}}",
            )
            .unwrap();
        handlebars
            .register_template_string("value", "<p>{{title}}</p>{{{button}}}")
            .unwrap();
        handlebars
    }

    /// Handlebars' floor, as [`minijinja_floor_env`].
    pub(super) fn handlebars_floor_engine() -> handlebars::Handlebars<'static> {
        let mut handlebars = handlebars::Handlebars::new();
        handlebars.register_helper(
            "dm_button",
            Box::new(
                |helper: &handlebars::Helper<'_>,
                 _: &handlebars::Handlebars<'_>,
                 _: &handlebars::Context,
                 _: &mut handlebars::RenderContext<'_, '_>,
                 out: &mut dyn handlebars::Output|
                 -> handlebars::HelperResult {
                    let _ = (helper.hash_get("recipient"), helper.hash_get("text"));
                    out.write(PRECOMPUTED.as_str())?;
                    Ok(())
                },
            ),
        );
        handlebars
            .register_template_string(
                "function",
                "<p>{{title}}</p>{{dm_button recipient=id text=text}}",
            )
            .unwrap();
        handlebars
    }

    pub(super) fn handlebars_render(handlebars: &handlebars::Handlebars<'_>, name: &str) -> String {
        handlebars
            .render(
                name,
                &serde_json::json!({
                    "title": "Contact",
                    "id": "3805104374",
                    "text": "Hi & bye",
                    "button": PRECOMPUTED.as_str(),
                }),
            )
            .unwrap()
    }

    /// One benchmark per engine and template: the engine built once, the page rendered per
    /// iteration.
    macro_rules! engine_benches {
        ($($bench:ident: $engine:ident, $render:ident, $template:literal;)+) => {$(
            #[divan::bench(sample_count = 5000, sample_size = 20)]
            fn $bench(bencher: Bencher<'_, '_>) {
                let engine = $engine();
                bencher.bench_local(|| $render(black_box(&engine), $template));
            }
        )+};
    }

    engine_benches! {
        minijinja_function: minijinja_env, minijinja_render, "function.html";
        minijinja_value: minijinja_env, minijinja_render, "value.html";
        minijinja_floor: minijinja_floor_env, minijinja_render, "function.html";
        tera_function: tera_engine, tera_render, "function.html";
        tera_value: tera_engine, tera_render, "value.html";
        tera_floor: tera_floor_engine, tera_render, "function.html";
        handlebars_helper: handlebars_engine, handlebars_render, "function";
        handlebars_value: handlebars_engine, handlebars_render, "value";
        handlebars_floor: handlebars_floor_engine, handlebars_render, "function";
    }
}
