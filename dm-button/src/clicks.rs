//! Clicks counted without a script: routes on the application's own site that a button's
//! `href` points at, which report the click and answer `303 See Other` to the platform's
//! link.
//!
//! [`ClickRoutes`] holds the routes under one prefix (`/contact`): each
//! [`ClickRoutes::button`] call takes a button, records its link under a slug (`sales`) and
//! gives back the button's markup with `href="/contact/sales"`; [`ClickRoutes::panel`] does
//! the same for each button of a contact panel. The route's handler asks
//! [`ClickRoutes::answer`] for the request's path: a [`ClickAnswer`] that is a 303 to the
//! recorded link with the [`Click`] to report (its slug and platform, and nothing about the
//! visitor: no cookie, no address, no query string), or a 404 for any other path. The
//! redirect goes only to the links the application recorded: a path is looked up, never
//! read as a destination, so the route cannot be made an open redirect.
//!
//! With the feature `http`, `dm_button::http::click` makes the `http::Response` (axum,
//! hyper). Elsewhere, copy [`ClickAnswer`]'s status, headers and body into the framework's
//! response, as for the stylesheet.
//!
//! ```
//! use dm_button::{ClickRoutes, DmButton, PhoneNumber, Platform};
//!
//! let mut routes = ClickRoutes::new("/contact")?;
//! let number: PhoneNumber = "+33 6 12 34 56 78".parse()?;
//! let sales = routes.button("sales", &DmButton::whatsapp(number).text("Bonjour"))?;
//! assert!(sales.as_str().contains(r#" href="/contact/sales""#));
//!
//! // In the route's handler, with the request's path (not its query string):
//! let answer = routes.answer("/contact/sales");
//! assert_eq!(answer.status(), 303);
//! assert_eq!(answer.location(), Some("https://wa.me/33612345678?text=Bonjour"));
//! let click = answer.click().unwrap();
//! assert_eq!((click.slug, click.platform), ("sales", Platform::WhatsApp));
//!
//! assert_eq!(routes.answer("/contact/nobody").status(), 404);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeMap;
use std::fmt;

use dm_button_core::{ButtonSpec, Look, Platform};

use crate::state::Mode;
use crate::{DmButton, Panel};

/// The longest prefix, in bytes.
const PREFIX_MAX_LEN: usize = 128;
/// The longest slug, in bytes.
const SLUG_MAX_LEN: usize = 64;

/// The counting routes of an application's buttons, under one path prefix.
///
/// ```
/// let routes = dm_button::ClickRoutes::new("/go")?;
/// assert_eq!(routes.prefix(), "/go");
/// assert_eq!(routes.answer("/go/sales").status(), 404); // nothing recorded yet
/// # Ok::<(), dm_button::ClickRouteError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClickRoutes {
    prefix: String,
    routes: BTreeMap<String, Route>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Route {
    link: String,
    platform: Platform,
}

impl ClickRoutes {
    /// Routes under `prefix`: a path of one or more segments, each of letters, digits,
    /// `-`, `_`, `.` and `~` (and none `.` or `..`), starting with `/`, without a trailing
    /// one; at most 128 bytes.
    ///
    /// # Errors
    ///
    /// [`ClickRouteError::Prefix`] for any other prefix.
    ///
    /// ```
    /// use dm_button::{ClickRouteError, ClickRoutes};
    ///
    /// assert!(ClickRoutes::new("/contact/go").is_ok());
    /// assert!(matches!(ClickRoutes::new("go"), Err(ClickRouteError::Prefix { .. })));
    /// assert!(matches!(ClickRoutes::new("/go/"), Err(ClickRouteError::Prefix { .. })));
    /// ```
    pub fn new(prefix: &str) -> Result<Self, ClickRouteError> {
        let refused = |reason| {
            Err(ClickRouteError::Prefix {
                prefix: prefix.to_owned(),
                reason,
            })
        };
        let Some(path) = prefix.strip_prefix('/') else {
            return refused("it must start with `/`");
        };
        if prefix.len() > PREFIX_MAX_LEN {
            return refused("it is longer than 128 bytes");
        }
        for segment in path.split('/') {
            if segment.is_empty() {
                return refused("it has an empty segment (`//`, or `/` at the end)");
            }
            if segment == "." || segment == ".." {
                return refused("it has a `.` or `..` segment");
            }
            if !segment.bytes().all(is_path_byte) {
                return refused("its segments take letters, digits, `-`, `_`, `.` and `~` only");
            }
        }
        Ok(Self {
            prefix: prefix.to_owned(),
            routes: BTreeMap::new(),
        })
    }

    /// The prefix the routes are under.
    ///
    /// ```
    /// assert_eq!(dm_button::ClickRoutes::new("/go")?.prefix(), "/go");
    /// # Ok::<(), dm_button::ClickRouteError>(())
    /// ```
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The slugs that have a route, in byte order: to set up a counter per route.
    ///
    /// ```
    /// use dm_button::{ClickRoutes, ContactPanel, DmButton, RecipientId};
    ///
    /// let mut routes = ClickRoutes::new("/go")?;
    /// routes.button("x", &DmButton::new(RecipientId::MIN))?;
    /// let panel = ContactPanel::new().button(DmButton::new(RecipientId::MAX)).build()?;
    /// routes.panel("help", panel)?;
    /// assert_eq!(routes.slugs().collect::<Vec<_>>(), ["help-x", "x"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn slugs(&self) -> impl Iterator<Item = &str> {
        self.routes.keys().map(String::as_str)
    }

    /// Records `button`'s link under `slug` (1 to 64 of `a-z`, `0-9` and `-`) and gives back
    /// the button's markup with its `href` at the route, `{prefix}/{slug}`: the same bytes
    /// as the button's otherwise. The button is not kept; build it with the options the
    /// page shows.
    ///
    /// # Errors
    ///
    /// [`ClickRouteError::Slug`] for a slug outside the rule, [`ClickRouteError::Taken`]
    /// when the slug has a route already, [`ClickRouteError::Widget`] for X's widget markup,
    /// whose script reads the link from the `href`, and [`ClickRouteError::Link`] for a link
    /// a `Location` header cannot carry (none that dm-button writes).
    ///
    /// ```
    /// use dm_button::{ClickRouteError, ClickRoutes, DmButton, RecipientId};
    ///
    /// let mut routes = ClickRoutes::new("/go")?;
    /// let button = DmButton::new(RecipientId::MIN).text("Hi");
    /// let counted = routes.button("x", &button)?;
    /// assert_eq!(
    ///     counted.as_str(),
    ///     button.to_html().replace(&button.href().replace('&', "&amp;"), "/go/x")
    /// );
    /// assert!(matches!(routes.button("x", &button), Err(ClickRouteError::Taken { .. })));
    /// assert!(matches!(routes.button("Sales!", &button), Err(ClickRouteError::Slug { .. })));
    /// # Ok::<(), ClickRouteError>(())
    /// ```
    pub fn button<M: Mode>(
        &mut self,
        slug: &str,
        button: &DmButton<'_, M>,
    ) -> Result<CountedButton, ClickRouteError> {
        let spec = button.spec();
        let route = Route::to(&spec)?;
        check_slug(slug)?;
        self.check_free(slug)?;
        let path = self.path(slug);
        let html = ButtonSpec {
            route: Some(&path),
            ..spec
        }
        .to_html();
        self.routes.insert(slug.to_owned(), route);
        Ok(CountedButton { html })
    }

    /// Records the link of each of `panel`'s buttons under a slug of its own and gives back
    /// the panel with each button's `href` at its route: the same bytes as the panel's
    /// otherwise, opening hours included.
    ///
    /// A button's slug is `slug`, `-` and its platform (`contact-whatsapp`); a second button
    /// on the same platform gets `-2` after it (`contact-whatsapp-2`), a third `-3`, in the
    /// panel's order. The QR codes keep the platform's own link: a phone that scans one goes
    /// to the app directly, and that visit is not counted. A [`StaticPanel`](crate::StaticPanel)
    /// is text fixed at compile time: build the panel with
    /// [`ContactPanel`](crate::ContactPanel) to count its clicks.
    ///
    /// # Errors
    ///
    /// As [`button`](Self::button), for `slug` and for each button's slug; nothing is
    /// recorded when any of them is refused.
    ///
    /// ```
    /// use dm_button::{ClickRoutes, ContactPanel, DmButton, EmailAddress, PhoneNumber, Platform};
    ///
    /// let (ana, ben): (PhoneNumber, PhoneNumber) = ("+33 6 12 34 56 78".parse()?, "+33 6 98 76 54 32".parse()?);
    /// let address: EmailAddress = "hello@example.com".parse()?;
    /// let panel = ContactPanel::new()
    ///     .button(DmButton::whatsapp(ana).name("Ana"))
    ///     .button(DmButton::whatsapp(ben).name("Ben"))
    ///     .button(DmButton::email(address))
    ///     .build()?;
    ///
    /// let mut routes = ClickRoutes::new("/go")?;
    /// let counted = routes.panel("contact", panel.clone())?;
    /// let html = counted.to_html();
    /// for path in ["/go/contact-whatsapp", "/go/contact-whatsapp-2", "/go/contact-email"] {
    ///     assert!(html.contains(&format!(r#" href="{path}""#)));
    ///     assert_eq!(routes.answer(path).status(), 303);
    /// }
    /// assert_eq!(routes.answer("/go/contact-whatsapp-2").location(), Some("https://wa.me/33698765432"));
    /// assert_eq!(routes.answer("/go/contact-email").click().unwrap().platform, Platform::Email);
    /// assert_eq!(
    ///     html.replace(r#" href="/go/contact-whatsapp""#, r#" href="https://wa.me/33612345678""#)
    ///         .replace(r#" href="/go/contact-whatsapp-2""#, r#" href="https://wa.me/33698765432""#)
    ///         .replace(r#" href="/go/contact-email""#, r#" href="mailto:hello@example.com""#),
    ///     panel.to_html(),
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn panel<'a>(
        &mut self,
        slug: &str,
        panel: Panel<'a>,
    ) -> Result<Panel<'a>, ClickRouteError> {
        check_slug(slug)?;
        let mut added: Vec<(String, Route)> = Vec::new();
        for spec in panel.buttons() {
            let route = Route::to(&spec)?;
            let before = added
                .iter()
                .filter(|(_, other)| other.platform == route.platform)
                .count();
            let mut entry_slug = format!("{slug}-{}", route.platform.as_str());
            if before > 0 {
                entry_slug = format!("{entry_slug}-{}", before + 1);
            }
            check_slug(&entry_slug)?;
            self.check_free(&entry_slug)?;
            added.push((entry_slug, route));
        }
        let paths = added.iter().map(|(slug, _)| self.path(slug)).collect();
        self.routes.extend(added);
        Ok(panel.counted(paths))
    }

    /// `Taken` when `slug` has a route already.
    fn check_free(&self, slug: &str) -> Result<(), ClickRouteError> {
        if self.routes.contains_key(slug) {
            return Err(ClickRouteError::Taken {
                slug: slug.to_owned(),
            });
        }
        Ok(())
    }

    /// The route's path: `{prefix}/{slug}`.
    fn path(&self, slug: &str) -> String {
        format!("{}/{slug}", self.prefix)
    }

    /// The answer to a request for `path` (the request's path alone, without its query
    /// string): a 303 to the link recorded under the slug `path` names, or a 404.
    ///
    /// ```
    /// use dm_button::{ClickRoutes, DmButton, RecipientId};
    ///
    /// let mut routes = ClickRoutes::new("/go")?;
    /// routes.button("x", &DmButton::new(RecipientId::MIN))?;
    /// assert_eq!(routes.answer("/go/x").status(), 303);
    /// for elsewhere in ["/go", "/go/", "/go/x/", "/go/x?to=https://evil.example", "/gox", "/go/../x"] {
    ///     assert_eq!(routes.answer(elsewhere).status(), 404, "{elsewhere}");
    /// }
    /// # Ok::<(), dm_button::ClickRouteError>(())
    /// ```
    pub fn answer(&self, path: &str) -> ClickAnswer<'_> {
        let route = path
            .strip_prefix(self.prefix.as_str())
            .and_then(|rest| rest.strip_prefix('/'))
            .and_then(|slug| self.routes.get_key_value(slug));
        ClickAnswer {
            route: route.map(|(slug, route)| (slug.as_str(), route)),
        }
    }
}

impl Route {
    /// The route to `button`'s link.
    fn to(button: &ButtonSpec<'_>) -> Result<Self, ClickRouteError> {
        if matches!(button.look, Look::Widget { .. }) {
            return Err(ClickRouteError::Widget);
        }
        let link = button.link.to_url();
        // Percent-encoded by its writer; checked so that a `Location` header carries it.
        if !link.bytes().all(|byte| byte.is_ascii_graphic()) {
            return Err(ClickRouteError::Link { link });
        }
        Ok(Self {
            link,
            platform: button.link.platform(),
        })
    }
}

/// `Slug` unless `slug` is 1 to 64 of `a-z`, `0-9` and `-`.
fn check_slug(slug: &str) -> Result<(), ClickRouteError> {
    let valid = !slug.is_empty()
        && slug.len() <= SLUG_MAX_LEN
        && slug
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-');
    if valid {
        Ok(())
    } else {
        Err(ClickRouteError::Slug {
            slug: slug.to_owned(),
        })
    }
}

fn is_path_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~')
}

/// A button whose `href` is its counting route: its markup, escaped where it was made.
///
/// It renders as the other buttons do: `Display`, `as_str()`, and as markup in every
/// template engine the crate supports (see [In templates](crate#in-templates)).
///
/// ```
/// use dm_button::{ClickRoutes, DmButton, RecipientId};
///
/// let mut routes = ClickRoutes::new("/go")?;
/// let counted = routes.button("x", &DmButton::new(RecipientId::MIN))?;
/// assert_eq!(counted.to_string(), counted.as_str());
/// # Ok::<(), dm_button::ClickRouteError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedButton {
    html: String,
}

impl CountedButton {
    /// The markup.
    ///
    /// ```
    /// use dm_button::{ClickRoutes, DmButton, RecipientId};
    ///
    /// let mut routes = ClickRoutes::new("/go")?;
    /// let counted = routes.button("x", &DmButton::new(RecipientId::MIN))?;
    /// assert!(counted.as_str().starts_with(r#"<a class="dm-button dm-button--compact dm-button--x" href="/go/x""#));
    /// # Ok::<(), dm_button::ClickRouteError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.html
    }
}

impl fmt::Display for CountedButton {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.html)
    }
}

impl AsRef<str> for CountedButton {
    fn as_ref(&self) -> &str {
        &self.html
    }
}

/// A click to report: which route, to which platform. Nothing about the visitor.
///
/// ```
/// use dm_button::{ClickRoutes, DmButton, Platform, RecipientId};
///
/// let mut routes = ClickRoutes::new("/go")?;
/// routes.button("x", &DmButton::new(RecipientId::MIN))?;
/// let click = routes.answer("/go/x").click().unwrap();
/// assert_eq!((click.slug, click.platform), ("x", Platform::X));
/// # Ok::<(), dm_button::ClickRouteError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Click<'a> {
    /// The route's slug, as given to [`ClickRoutes::button`].
    pub slug: &'a str,
    /// The platform of the link it redirects to.
    pub platform: Platform,
}

/// The answer to a request on the counting routes: `303 See Other` to the recorded link,
/// with the click to report, or `404 Not Found`.
///
/// The headers of a 303: `Location`, and `Cache-Control: no-store`, so that every click
/// reaches the server; of a 404, `Content-Type: text/plain; charset=utf-8` and a short body.
///
/// ```
/// use dm_button::{ClickRoutes, DmButton, RecipientId};
///
/// let mut routes = ClickRoutes::new("/go")?;
/// routes.button("x", &DmButton::new(RecipientId::MIN))?;
/// let answer = routes.answer("/go/x");
/// assert_eq!(answer.headers(), [
///     ("location", "https://x.com/messages/compose?recipient_id=1"),
///     ("cache-control", "no-store"),
/// ]);
/// assert_eq!(answer.body(), "");
/// let missing = routes.answer("/go/y");
/// assert_eq!(missing.headers(), [
///     ("content-type", "text/plain; charset=utf-8"),
///     ("cache-control", "no-store"),
/// ]);
/// assert_eq!(missing.body(), "No contact link at this address.\n");
/// # Ok::<(), dm_button::ClickRouteError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClickAnswer<'a> {
    route: Option<(&'a str, &'a Route)>,
}

impl<'a> ClickAnswer<'a> {
    /// `303`, or `404` when the path names no route.
    ///
    /// ```
    /// assert_eq!(dm_button::ClickRoutes::new("/go")?.answer("/go/x").status(), 404);
    /// # Ok::<(), dm_button::ClickRouteError>(())
    /// ```
    pub fn status(&self) -> u16 {
        if self.route.is_some() { 303 } else { 404 }
    }

    /// The link to redirect to, for a 303.
    ///
    /// ```
    /// assert_eq!(dm_button::ClickRoutes::new("/go")?.answer("/go/x").location(), None);
    /// # Ok::<(), dm_button::ClickRouteError>(())
    /// ```
    pub fn location(&self) -> Option<&'a str> {
        self.route.map(|(_, route)| route.link.as_str())
    }

    /// The click to report, for a 303.
    ///
    /// ```
    /// assert_eq!(dm_button::ClickRoutes::new("/go")?.answer("/go/x").click(), None);
    /// # Ok::<(), dm_button::ClickRouteError>(())
    /// ```
    pub fn click(&self) -> Option<Click<'a>> {
        self.route.map(|(slug, route)| Click {
            slug,
            platform: route.platform,
        })
    }

    /// The response's headers, by their lowercase names.
    ///
    /// ```
    /// let routes = dm_button::ClickRoutes::new("/go")?;
    /// assert!(routes.answer("/go/x").headers().contains(&("cache-control", "no-store")));
    /// # Ok::<(), dm_button::ClickRouteError>(())
    /// ```
    pub fn headers(&self) -> [(&'static str, &'a str); 2] {
        match self.location() {
            Some(link) => [("location", link), ("cache-control", "no-store")],
            None => [
                ("content-type", "text/plain; charset=utf-8"),
                ("cache-control", "no-store"),
            ],
        }
    }

    /// The body: nothing for a 303, a line for a 404.
    ///
    /// ```
    /// let routes = dm_button::ClickRoutes::new("/go")?;
    /// assert!(routes.answer("/go/x").body().starts_with("No contact link"));
    /// # Ok::<(), dm_button::ClickRouteError>(())
    /// ```
    pub fn body(&self) -> &'static str {
        if self.route.is_some() {
            ""
        } else {
            "No contact link at this address.\n"
        }
    }
}

/// Why a counting route was refused.
///
/// ```
/// let error = dm_button::ClickRoutes::new("go").unwrap_err();
/// assert_eq!(error.to_string(), "the click routes' prefix `go` is not a path: it must start with `/`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClickRouteError {
    /// The prefix is not a path of plain segments.
    #[non_exhaustive]
    Prefix {
        /// The prefix given.
        prefix: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The slug is not 1 to 64 of `a-z`, `0-9` and `-`.
    #[non_exhaustive]
    Slug {
        /// The slug given.
        slug: String,
    },
    /// The slug has a route already.
    #[non_exhaustive]
    Taken {
        /// The slug given.
        slug: String,
    },
    /// X's widget markup (`script = true`): X's script reads the link from the `href`.
    Widget,
    /// The link holds a byte a `Location` header cannot carry (every link dm-button writes
    /// is percent-encoded ASCII; this is a guard, not an expected case).
    #[non_exhaustive]
    Link {
        /// The link.
        link: String,
    },
}

impl fmt::Display for ClickRouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Prefix { prefix, reason } => {
                write!(f, "the click routes' prefix `{prefix}` is not a path: {reason}")
            }
            Self::Slug { slug } => write!(
                f,
                "the route name `{slug}` takes 1 to 64 lowercase letters, digits and `-`"
            ),
            Self::Taken { slug } => write!(f, "the route name `{slug}` is taken: name each button's route once"),
            Self::Link { link } => write!(
                f,
                "the link `{link}` holds a character a redirect cannot carry"
            ),
            Self::Widget => f.write_str(
                "X's widget markup cannot be counted: X's script reads the link from the button's `href`; use the static markup",
            ),
        }
    }
}

impl std::error::Error for ClickRouteError {}
