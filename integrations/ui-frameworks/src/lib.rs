//! dm-button in the Rust UI frameworks, rendered on the server by each framework's own
//! renderer: the documented way to put a button and a contact panel in a component, for
//! Leptos 0.8, Dioxus 0.7 and Yew 0.23, each tested in `tests/`.
//!
//! A button is markup, escaped where it was made ([`StaticButton::as_str`],
//! [`DmButton::to_html`](dm_button::DmButton::to_html), [`StaticPanel`]'s `to_string`).
//! Each framework takes such markup through its one door for trusted HTML, on a wrapper
//! element of your own:
//!
//! | framework | the door | the trap |
//! |---|---|---|
//! | Leptos | `<div inner_html=BUTTON.as_str()/>` | `InertElement` wants one root: X's widget with `script = true` is two |
//! | Dioxus | `div { dangerous_inner_html: BUTTON.as_str() }` | `"{BUTTON}"` in `rsx!` is text: it shows the markup, escaped |
//! | Yew | `Html::from_html_unchecked(BUTTON.as_str().into())` | `Html::from(BUTTON.as_str())` is text too |
//!
//! The wrapper gives hydration one root to find, whatever the markup holds. A `<script>`
//! inserted as inner HTML never runs: X's widget loader (`script = true`) belongs in the
//! page shell, not in a component; the buttons need no script at all.
//!
//! Why no `leptos`, `dioxus` or `yew` feature in dm-button: a feature is a semver promise,
//! and these frameworks change their view types with each minor version (Leptos 0.6 → 0.7
//! → 0.8 rewrote them twice). The doors above are stable across those versions, and the
//! markup is the same bytes the other integrations print.

use dm_button::{StaticButton, StaticPanel, dm_button, dm_panel};

/// The button every example shows.
pub const BUTTON: StaticButton =
    dm_button!(whatsapp = "+33 6 12 34 56 78", text = "Hello & welcome");

/// The panel every example shows.
pub const PANEL: StaticPanel = dm_panel!(
    title = "Talk <to> us",
    buttons = [
        (whatsapp = "+33 6 12 34 56 78", name = "Ana", role = "Sales"),
        (email = "hello@example.com", subject = "Order"),
    ],
);

/// Leptos 0.8: `inner_html` on a wrapper element.
pub mod leptos_ssr {
    use leptos::prelude::*;

    use super::{BUTTON, PANEL};

    /// A footer with the button and the panel, each in a wrapper of its own.
    #[component]
    pub fn Contact(
        /// A heading, which Leptos escapes as it escapes any text.
        heading: &'static str,
    ) -> impl IntoView {
        view! {
            <footer>
                <h2>{heading}</h2>
                <div class="contact-button" inner_html=BUTTON.as_str()></div>
                <div class="contact-panel" inner_html=PANEL.to_string()></div>
            </footer>
        }
    }

    /// The component rendered by Leptos's own server renderer.
    pub fn render(heading: &'static str) -> String {
        let owner = Owner::new();
        owner.with(|| view! { <Contact heading=heading/> }.to_html())
    }
}

/// Dioxus 0.7: `dangerous_inner_html` on a wrapper element.
pub mod dioxus_ssr {
    use dioxus::prelude::*;

    use super::{BUTTON, PANEL};

    /// The heading the component shows; Dioxus escapes it as it escapes any text.
    pub const HEADING: &str = "Contact <us>";

    /// A footer with the button and the panel, each in a wrapper of its own.
    #[component]
    pub fn Contact() -> Element {
        rsx! {
            footer {
                h2 { "{HEADING}" }
                div { class: "contact-button", dangerous_inner_html: BUTTON.as_str() }
                div { class: "contact-panel", dangerous_inner_html: PANEL.to_string() }
            }
        }
    }

    /// The trap: the button in a text node, which Dioxus escapes.
    #[component]
    pub fn Escaped() -> Element {
        rsx! { p { "{BUTTON}" } }
    }

    /// A component rendered by dioxus-ssr, Dioxus's own server renderer.
    pub fn render(component: fn() -> Element) -> String {
        let mut dom = VirtualDom::new(component);
        dom.rebuild_in_place();
        ::dioxus_ssr::render(&dom)
    }
}

/// Yew 0.23: `Html::from_html_unchecked` inside a wrapper element.
pub mod yew_ssr {
    use yew::prelude::*;

    use super::{BUTTON, PANEL};

    /// The component's properties.
    #[derive(Properties, PartialEq)]
    pub struct ContactProps {
        /// A heading, which Yew escapes as it escapes any text.
        pub heading: AttrValue,
    }

    /// A footer with the button and the panel, each in a wrapper of its own.
    #[function_component]
    pub fn Contact(props: &ContactProps) -> Html {
        html! {
            <footer>
                <h2>{ props.heading.clone() }</h2>
                <div class="contact-button">{ Html::from_html_unchecked(BUTTON.as_str().into()) }</div>
                <div class="contact-panel">{ Html::from_html_unchecked(PANEL.to_string().into()) }</div>
            </footer>
        }
    }

    /// The trap: the button as a string, which Yew escapes.
    #[function_component]
    pub fn Escaped() -> Html {
        html! { <p>{ BUTTON.as_str() }</p> }
    }

    /// The component rendered by Yew's own server renderer, with hydration markers or
    /// without.
    pub async fn render(heading: &'static str, hydratable: bool) -> String {
        yew::ServerRenderer::<Contact>::with_props(move || ContactProps {
            heading: heading.into(),
        })
        .hydratable(hydratable)
        .render()
        .await
    }

    /// The trap, rendered.
    pub async fn render_escaped() -> String {
        yew::ServerRenderer::<Escaped>::new()
            .hydratable(false)
            .render()
            .await
    }
}
