//! The buttons in template engines that escape what they print: askama (a real `.html`
//! template file), minijinja and Tera (auto-escaping on, through a `.html` name),
//! Handlebars, sailfish (a real `.stpl` file), markup.rs and hypertext. Each page is read
//! back with html5ever: one `<a>` per button, holding exactly the button's markup, the rest
//! of the page escaped once, nothing escaped twice.

use askama::Template;
use dm_button::{DmButton, RecipientId, StaticButton, dm_button};
use minijinja::{Environment, ErrorKind, Value, context};
use scraper::{Html, Selector};

const MAIN: StaticButton = dm_button!(recipient = 3805104374, style = "large", text = "Hi & <bye>");
const TITLE: &str = "Contact <us> & \"friends\"";

pub struct Member<'a> {
    pub name: &'a str,
    pub button: DmButton<'a>,
}

#[derive(Template)]
#[template(path = "contact.html")]
struct ContactPage<'a> {
    title: &'a str,
    main: StaticButton,
    team: Vec<Member<'a>>,
}

fn team() -> Vec<Member<'static>> {
    vec![
        Member {
            name: "Sales <EU>",
            button: DmButton::new(RecipientId::MIN).label("Ask \"Sales\" & co"),
        },
        Member {
            name: "Support",
            button: DmButton::new(RecipientId::MAX).text("a&b <c>"),
        },
    ]
}

/// Checks a rendered page: each button's markup appears once, as is, and parses into its own
/// `<a>`; the title is escaped once; no entity is escaped a second time.
fn check_page(html: &str, buttons: &[String]) {
    for button in buttons {
        assert_eq!(
            html.matches(button.as_str()).count(),
            1,
            "{button}\nin\n{html}"
        );
    }
    let document = Html::parse_document(html);
    let anchors: Vec<_> = document
        .select(&Selector::parse("a").unwrap())
        .map(|anchor| anchor.html())
        .collect();
    assert_eq!(anchors.len(), buttons.len(), "{html}");
    let heading = document
        .select(&Selector::parse("h1").unwrap())
        .next()
        .unwrap();
    assert_eq!(heading.text().collect::<String>(), TITLE);
    assert!(!html.contains("&amp;amp;") && !html.contains("&amp;lt;") && !html.contains("&amp;#"));
    assert!(
        !html.contains("&lt;a ") && !html.contains("&#60;a "),
        "{html}"
    );
    for (anchor, button) in anchors.iter().zip(buttons) {
        let reparsed = Html::parse_fragment(button);
        let expected = reparsed
            .select(&Selector::parse("a").unwrap())
            .next()
            .unwrap()
            .html();
        assert_eq!(anchor, &expected);
    }
}

#[test]
fn askama_renders_the_markup_in_an_html_template() {
    let page = ContactPage {
        title: TITLE,
        main: MAIN,
        team: team(),
    };
    let html = page.render().unwrap();
    let mut buttons = vec![MAIN.to_string()];
    buttons.extend(page.team.iter().map(|member| member.button.to_string()));
    check_page(&html, &buttons);
    // askama escaped the member's name itself.
    assert!(html.contains("<p>Sales &#60;EU&#62;: <a "), "{html}");
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    dm_button::minijinja::add_to_environment(&mut env);
    env.add_template("contact.html", include_str!("../templates/contact.html"))
        .unwrap();
    env
}

#[test]
fn minijinja_values_are_safe_in_an_auto_escaping_template() {
    let env = environment();
    let team = team();
    let html = env
        .get_template("contact.html")
        .unwrap()
        .render(context! {
            title => TITLE,
            main => Value::from(MAIN),
            team => team.iter().map(|member| context! {
                name => member.name,
                button => Value::from(&member.button),
            }).collect::<Vec<_>>(),
        })
        .unwrap();
    let mut buttons = vec![MAIN.to_string()];
    buttons.extend(team.iter().map(|member| member.button.to_string()));
    check_page(&html, &buttons);
    assert!(html.contains("<p>Sales &lt;EU&gt;: <a "), "{html}");
    // A plain string of the same markup is escaped: the trap the safe value avoids.
    let escaped = env
        .render_named_str("x.html", "{{ b }}", context! { b => MAIN.as_str() })
        .unwrap();
    assert!(escaped.starts_with("&lt;a "));
}

fn render(source: &str) -> Result<String, minijinja::Error> {
    environment().render_named_str("page.html", source, context! {
        user => context! { id => "3805104374", big => 3805104374_u64, name => "furni", none => () },
    })
}

#[test]
fn the_template_function_builds_what_the_macro_builds() {
    let cases: [(&str, StaticButton); 6] = [
        (
            r#"{{ dm_button(recipient="3805104374", text="Hi", style="large") }}"#,
            dm_button!(recipient = 3805104374, text = "Hi", style = "large"),
        ),
        (
            r#"{{ dm_button(recipient=user.big, screen_name=user.name, show_screen_name=false, lang="ar") }}"#,
            dm_button!(
                recipient = 3805104374,
                screen_name = "furni",
                show_screen_name = false,
                lang = "ar"
            ),
        ),
        (
            r#"{{ dm_button(recipient=user.id, widget=true, style="large", script=true, dnt=true, screen_name="@furni") }}"#,
            dm_button!(
                recipient = 3805104374,
                widget = true,
                style = "large",
                script = true,
                dnt = true,
                screen_name = "@furni"
            ),
        ),
        (
            r#"{{ dm_button(recipient=user.id, welcome_message_id=42, host="twitter.com", label="Ask <us>", new_tab=true, class="a b", id="contact") }}"#,
            dm_button!(
                recipient = 3805104374,
                welcome_message_id = 42,
                host = "twitter.com",
                label = "Ask <us>",
                new_tab = true,
                class = "a b",
                id = "contact"
            ),
        ),
        (
            r#"{{ dm_button(recipient=user.id, screen_name=user.none, text=user.missing) }}"#,
            dm_button!(recipient = 3805104374),
        ),
        (
            r#"{{ dm_button(recipient=user.id, style="icon", text="a & b # c") }}"#,
            dm_button!(recipient = 3805104374, style = "icon", text = "a & b # c"),
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(render(source).unwrap(), expected.as_str(), "{source}");
    }
}

#[test]
fn a_wrong_argument_is_a_template_error_that_names_it() {
    let cases = [
        (
            r#"{{ dm_button(recipient="@furni") }}"#,
            "invalid `recipient`: the recipient must be the numeric user ID, not the screen name `@furni`",
        ),
        (r#"{{ dm_button(recipient=0) }}"#, "invalid `recipient`:"),
        (r#"{{ dm_button(recipient=1.5) }}"#, "invalid `recipient`:"),
        (
            r#"{{ dm_button(recipient=[1]) }}"#,
            "invalid `recipient`: it takes a numeric ID",
        ),
        (
            r#"{{ dm_button(text="Hi") }}"#,
            "needs a recipient: add the key of the platform the button opens a conversation on, such as `recipient=3805104374`",
        ),
        (
            r#"{{ dm_button("3805104374") }}"#,
            r#"dm_button() takes keyword arguments only, named as the macro's keys: `dm_button(recipient="3805104374", text="Hello")`"#,
        ),
        (
            r#"{{ dm_panel("Talk to us") }}"#,
            r#"dm_panel() takes keyword arguments only, named as the macro's keys: `dm_panel(title="Talk to us", buttons=[{"whatsapp": "+33 6 12 34 56 78"}])`"#,
        ),
        (
            r#"{{ dm_button(recipient=1, stlye="large") }}"#,
            "unknown argument `stlye`: did you mean `style`?",
        ),
        (
            r#"{{ dm_button(recipient=1, color="red") }}"#,
            "unknown argument `color`: dm_button() takes a recipient key (`recipient` for X",
        ),
        (
            r#"{{ dm_button(recipient=1, style="huge") }}"#,
            "invalid `style`: unknown style `huge`",
        ),
        // An unknown argument is the error wherever it stands among the engine's arguments:
        // here after a wrong value, both in the call's order and in the names' order.
        (
            r#"{{ dm_button(lang="xx", recipient=1, stlye="large") }}"#,
            "unknown argument `stlye`: did you mean `style`?",
        ),
        (
            r#"{{ dm_panel(placement="nowhere", buttons=[{"recipient": 1}], tilte="Hi") }}"#,
            "unknown argument `tilte`: did you mean `title`?",
        ),
        (
            r#"{{ dm_button(recipient=1, lang="xx") }}"#,
            "invalid `lang`: no built-in label for the language `xx`",
        ),
        (
            r#"{{ dm_button(recipient=1, screen_name="a b") }}"#,
            "invalid `screen_name`:",
        ),
        (
            r#"{{ dm_button(recipient=1, class="1x") }}"#,
            "invalid `class`:",
        ),
        (
            r#"{{ dm_button(recipient=1, new_tab="yes") }}"#,
            "invalid `new_tab`: it takes `true` or `false`",
        ),
        (
            r#"{{ dm_button(recipient=1, script=true) }}"#,
            "invalid `script`: `script` loads X's widgets.js",
        ),
        (
            r#"{{ dm_button(recipient=1, dnt=true) }}"#,
            "invalid `dnt`:",
        ),
        (
            r#"{{ dm_button(recipient=1, show_screen_name=false) }}"#,
            "invalid `show_screen_name`: `show_screen_name` has no effect without `screen_name`",
        ),
        (
            r#"{{ dm_button(recipient=1, widget=true, style="icon") }}"#,
            "invalid `style`: X's widget has no `icon` style",
        ),
        (
            r#"{{ dm_button(recipient=1, text=5) }}"#,
            "invalid `text`: it takes a string",
        ),
        (
            r#"{{ dm_button(whatsapp="06 12 34 56 78") }}"#,
            "invalid `whatsapp`: the phone number `06 12 34 56 78` is in national form",
        ),
        (
            r#"{{ dm_button(instagram="nasa", text="Hi") }}"#,
            "invalid `text`: Instagram's link takes no prefilled message",
        ),
        (
            r#"{{ dm_button(email="a@example.com", screen_name="furni") }}"#,
            "invalid `screen_name`: `screen_name` is for X buttons only, and `email` makes this an email button",
        ),
        (
            r#"{{ dm_button(recipient=1, telegram="durov") }}"#,
            "invalid `telegram`: `recipient` and `telegram` each name a recipient",
        ),
    ];
    for (source, expected) in cases {
        let error = render(source).unwrap_err();
        assert_eq!(
            error.kind(),
            ErrorKind::InvalidOperation,
            "{source}: {error}"
        );
        let message = error.to_string();
        assert!(
            message.contains(expected),
            "{source}:\n{message}\nlacks: {expected}"
        );
    }
}

#[test]
fn every_platform_renders_as_the_macro_does() {
    use dm_button::dm_button;
    let cases = [
        (
            r#"{{ dm_button(whatsapp="+33 6 12 34 56 78", text="Bonjour") }}"#,
            dm_button!(whatsapp = "+33 6 12 34 56 78", text = "Bonjour"),
        ),
        (
            r#"{{ dm_button(telegram="@durov", style="large") }}"#,
            dm_button!(telegram = "@durov", style = "large"),
        ),
        (
            r#"{{ dm_button(messenger="nasa", lang="fr") }}"#,
            dm_button!(messenger = "nasa", lang = "fr"),
        ),
        (
            r#"{{ dm_button(instagram="nasa", style="icon") }}"#,
            dm_button!(instagram = "nasa", style = "icon"),
        ),
        (
            r#"{{ dm_button(email="hi@example.com", subject="Hi", text="a\nb") }}"#,
            dm_button!(email = "hi@example.com", subject = "Hi", text = "a\nb"),
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(render(source).unwrap(), expected.as_str(), "{source}");
    }
}

#[test]
fn the_messages_are_the_macros() {
    // The template function's message for a value is the value type's, which the macro
    // prints too, then its own `key = example` hint (the trybuild `.stderr` files hold the
    // macro's).
    let stderr = include_str!("ui/fail/recipient_zero.stderr");
    let macro_message = stderr.lines().next().unwrap().trim_start_matches("error: ");
    let error = render(r#"{{ dm_button(recipient="0") }}"#).unwrap_err();
    let message = error.to_string();
    let value_message = message
        .split_once("invalid `recipient`: ")
        .and_then(|(_, rest)| rest.rsplit_once(" (in page.html"))
        .map(|(message, _)| message)
        .unwrap_or_else(|| panic!("{message}"));
    assert!(
        macro_message.starts_with(&format!("{value_message}; for example `recipient = ")),
        "{macro_message}\n{message}"
    );
    let stderr = include_str!("ui/fail/script_without_widget.stderr");
    let macro_message = stderr.lines().next().unwrap().trim_start_matches("error: ");
    let error = render(r#"{{ dm_button(recipient=1, script=true) }}"#).unwrap_err();
    assert!(error.to_string().contains(macro_message), "{error}");
}

/// The page of the other engines, with the same shape as `contact.html`.
const TERA_PAGE: &str = r#"<!doctype html>
<html lang="en"><head><title>{{ title }}</title></head><body><h1>{{ title }}</h1><footer>
{{ main }}
{% for member in team %}<p>{{ member.name }}: {{ dm_button(recipient=member.id, label=member.label) }}</p>
{% endfor %}{{ dm_panel(title="Talk to us", buttons=[{"email": "hello@example.com", "name": "Ana <EU>"}]) }}
</footer></body></html>"#;

/// The team as JSON data, for the engines that read serde values (Tera, Handlebars): IDs as
/// a string and as a number.
fn json_team() -> serde_json::Value {
    serde_json::json!([
        { "name": "Sales <EU>", "id": "1", "label": "Ask \"Sales\" & co" },
        { "name": "Support", "id": 3805104374_u64, "label": "Help <me>" },
    ])
}

/// The buttons a page with [`MAIN`] and [`json_team`] shows, in order.
fn json_team_buttons() -> [String; 3] {
    [
        MAIN.to_string(),
        DmButton::new(RecipientId::MIN)
            .label("Ask \"Sales\" & co")
            .to_string(),
        DmButton::new(RecipientId::new(3805104374).unwrap())
            .label("Help <me>")
            .to_string(),
    ]
}

#[test]
fn tera_values_and_functions_are_markup_in_an_auto_escaping_template() {
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![".html"]);
    dm_button::tera::register(&mut tera);
    tera.add_raw_template("contact.html", TERA_PAGE).unwrap();
    let mut context = tera::Context::new();
    context.insert("title", TITLE);
    context.insert_value("main", tera::Value::from(MAIN));
    context.insert("team", &json_team());
    let html = tera.render("contact.html", &context).unwrap();
    let panel = dm_button::dm_panel!(
        title = "Talk to us",
        buttons = [(email = "hello@example.com", name = "Ana <EU>")],
    );
    let buttons = json_team_buttons();
    let (page, panel_html) = html.split_at(html.find("<aside").unwrap());
    check_page(&format!("{page}</footer></body></html>"), &buttons);
    assert!(panel_html.starts_with(panel.as_str()), "{panel_html}");
    assert!(html.contains("<p>Sales &lt;EU&gt;: <a "), "{html}");
    // Errors name the argument and carry the macro's message.
    tera.add_raw_template(
        "wrong.html",
        r#"{{ dm_button(recipient="1", style="huge") }}"#,
    )
    .unwrap();
    let error = format!(
        "{:?}",
        tera.render("wrong.html", &tera::Context::new())
            .unwrap_err()
    );
    assert!(
        error.contains("dm_button(): invalid `style`: unknown style `huge`"),
        "{error}"
    );
}

#[test]
fn handlebars_helpers_write_markup_and_triple_braces_insert_a_button() {
    let mut handlebars = handlebars::Handlebars::new();
    dm_button::handlebars::register(&mut handlebars);
    let template = r#"<!doctype html>
<html lang="en"><head><title>{{ title }}</title></head><body><h1>{{ title }}</h1><footer>
{{{ main }}}
{{#each team}}<p>{{ name }}: {{dm_button recipient=id label=label}}</p>
{{/each}}</footer></body></html>"#;
    let html = handlebars
        .render_template(
            template,
            &serde_json::json!({
                "title": TITLE,
                "main": MAIN.as_str(),
                "team": json_team(),
            }),
        )
        .unwrap();
    let buttons = json_team_buttons();
    check_page(&html, &buttons);
    assert!(html.contains("<p>Sales &lt;EU&gt;: <a "), "{html}");
    let error = handlebars
        .render_template(r#"{{dm_button recipent="1"}}"#, &())
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("unknown argument `recipent`: did you mean `recipient`?"),
        "{error}"
    );
    let error = handlebars
        .render_template(
            r#"{{dm_panel buttons=list}}"#,
            &serde_json::json!({ "list": "x" }),
        )
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("it takes a list of maps, one per button, not string"),
        "{error}"
    );
}

#[derive(sailfish::TemplateSimple)]
#[template(path = "contact.stpl")]
struct SailfishPage<'a> {
    title: &'a str,
    main: StaticButton,
    team: Vec<Member<'a>>,
}

/// The buttons of [`team`] and [`MAIN`], in the order a page shows them.
fn team_buttons() -> Vec<String> {
    let mut buttons = vec![MAIN.to_string()];
    buttons.extend(team().iter().map(|member| member.button.to_string()));
    buttons
}

#[test]
fn sailfish_escaping_tags_print_the_markup() {
    use sailfish::TemplateSimple;
    let page = SailfishPage {
        title: TITLE,
        main: MAIN,
        team: team(),
    };
    let html = page.render_once().unwrap();
    check_page(&html, &team_buttons());
    assert!(html.contains("<p>Sales &lt;EU&gt;: <a "), "{html}");
}

markup::define! {
    MarkupPage<'a>(title: &'a str, main: StaticButton, team: &'a [Member<'a>]) {
        @markup::doctype()
        html[lang = "en"] {
            head { title { @title } }
            body {
                h1 { @title }
                footer {
                    @main
                    @for member in team.iter() {
                        p { @member.name ": " @member.button }
                    }
                }
            }
        }
    }
}

#[test]
fn markup_rs_templates_print_the_markup() {
    let team = team();
    let html = MarkupPage {
        title: TITLE,
        main: MAIN,
        team: &team,
    }
    .to_string();
    check_page(&html, &team_buttons());
    assert!(html.contains("<p>Sales &lt;EU&gt;: <a "), "{html}");
}

#[test]
fn hypertext_templates_print_the_markup() {
    use hypertext::prelude::*;
    let team = team();
    let html = maud! {
        !DOCTYPE
        html lang="en" {
            head { title { (TITLE) } }
            body {
                h1 { (TITLE) }
                footer {
                    (MAIN)
                    @for member in &team {
                        p { (member.name) ": " (member.button) }
                    }
                }
            }
        }
    }
    .render()
    .into_inner();
    check_page(&html, &team_buttons());
    assert!(html.contains("<p>Sales &lt;EU&gt;: <a "), "{html}");
}

#[test]
fn the_panels_render_in_sailfish_markup_rs_and_hypertext() {
    let panel = dm_button::dm_panel!(
        title = "Talk <to> us",
        buttons = [
            (email = "hello@example.com", name = "Ana"),
            (telegram = "durov")
        ],
    );
    let built = dm_button::ContactPanel::new()
        .title("Talk <to> us")
        .button(DmButton::email("hello@example.com".parse().unwrap()).name("Ana"))
        .button(DmButton::telegram("durov".parse().unwrap()))
        .build()
        .unwrap();
    let mut buffer = sailfish::runtime::Buffer::new();
    sailfish::runtime::Render::render_escaped(&panel, &mut buffer).unwrap();
    sailfish::runtime::Render::render_escaped(&built, &mut buffer).unwrap();
    assert_eq!(buffer.into_string(), format!("{panel}{panel}"));
    let mut markup_out = String::new();
    markup::Render::render(&panel, &mut markup_out).unwrap();
    markup::Render::render(&built, &mut markup_out).unwrap();
    assert_eq!(markup_out, format!("{panel}{panel}"));
    use hypertext::prelude::*;
    let html = maud! { (panel) (built) }.render().into_inner();
    assert_eq!(html, format!("{panel}{panel}"));
}

#[derive(Template)]
#[template(source = "<p>{{ note }}</p>{{ button }}{{ panel }}", ext = "html")]
struct CountedPage<'a> {
    note: &'a str,
    button: &'a dm_button::CountedButton,
    panel: &'a dm_button::Panel<'a>,
}

/// The counted button and the counted panel are markup in every engine, as the others: the
/// same bytes as their `Display`, the note around them escaped once.
#[test]
fn counted_buttons_and_panels_are_markup_in_every_engine() {
    use hypertext::prelude::*;
    let mut routes = dm_button::ClickRoutes::new("/go").unwrap();
    let button = routes
        .button("sales", &DmButton::new(RecipientId::MIN).text("a&b <c>"))
        .unwrap();
    let panel = dm_button::ContactPanel::new()
        .title("Talk <to> us")
        .button(DmButton::email("hello@example.com".parse().unwrap()).name("Ana"))
        .build()
        .unwrap();
    let panel = routes.panel("team", panel).unwrap();
    let note = "<b>";
    let markup = format!("{button}{panel}");
    assert!(
        markup.contains(r#" href="/go/sales""#) && markup.contains(r#" href="/go/team-email""#)
    );

    let askama = CountedPage {
        note,
        button: &button,
        panel: &panel,
    }
    .render()
    .unwrap();
    let maud = maud::html! { p { (note) } (button) (panel) }.into_string();
    let source = "<p>{{ note }}</p>{{ button }}{{ panel }}";
    let mut env = Environment::new();
    env.add_template("counted.html", source).unwrap();
    let minijinja = env
        .get_template("counted.html")
        .unwrap()
        .render(context! { note, button => Value::from(&button), panel => Value::from(&panel) })
        .unwrap();
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![".html"]);
    tera.add_raw_template("counted.html", source).unwrap();
    let mut context = tera::Context::new();
    context.insert("note", &note);
    context.insert_value("button", tera::Value::from(&button));
    context.insert_value("panel", tera::Value::from(&panel));
    let tera = tera.render("counted.html", &context).unwrap();
    let mut sailfish = sailfish::runtime::Buffer::from("<p>");
    sailfish::runtime::Render::render_escaped(&note, &mut sailfish).unwrap();
    sailfish.push_str("</p>");
    sailfish::runtime::Render::render_escaped(&button, &mut sailfish).unwrap();
    sailfish::runtime::Render::render_escaped(&panel, &mut sailfish).unwrap();
    let mut markup_rs = String::from("<p>");
    markup::Render::render(&note, &mut markup_rs).unwrap();
    markup_rs.push_str("</p>");
    markup::Render::render(&button, &mut markup_rs).unwrap();
    markup::Render::render(&panel, &mut markup_rs).unwrap();
    let hypertext = maud! { p { (note) } (button) (panel) }
        .render()
        .into_inner();
    for (engine, html) in [
        ("askama", askama.replace("&#60;b&#62;", "&lt;b&gt;")),
        ("maud", maud),
        ("minijinja", minijinja),
        ("Tera", tera),
        ("sailfish", sailfish.into_string()),
        ("markup.rs", markup_rs),
        ("hypertext", hypertext),
    ] {
        assert_eq!(html, format!("<p>&lt;b&gt;</p>{markup}"), "{engine}");
    }
}
