//! Where a panel sits on the page: [`Placement`] and [`Side`].

use crate::options::named::named_values;

named_values! {
    /// Where the panel is: in the page's flow, as a card, or floating in a corner of the
    /// window, as a bubble that opens onto the channels.
    ///
    /// ```
    /// use dm_button_core::Placement;
    ///
    /// assert_eq!("floating".parse::<Placement>()?, Placement::Floating);
    /// assert_eq!(Placement::default().as_str(), "inline");
    /// assert!("floting".parse::<Placement>().unwrap_err().to_string().contains("did you mean `floating`?"));
    /// # Ok::<(), dm_button_core::PlacementError>(())
    /// ```
    Placement, PlacementError, "placement", "placements" {
        /// In the page's flow, where it is written: a card whose title opens it.
        #[default]
        Inline = "inline",
        /// Fixed in a corner of the window, above the page: a round bubble.
        Floating = "floating",
    }
}

named_values! {
    /// The corner a floating panel sits in, for a page written left to right: on a
    /// right-to-left page (`dir="rtl"`), the sides are mirrored, as the reader expects.
    ///
    /// ```
    /// use dm_button_core::Side;
    ///
    /// assert_eq!("left".parse::<Side>()?, Side::Left);
    /// assert_eq!(Side::default(), Side::Right);
    /// # Ok::<(), dm_button_core::SideError>(())
    /// ```
    Side, SideError, "side", "sides" {
        /// The bottom right corner (bottom left on a right-to-left page).
        #[default]
        Right = "right",
        /// The bottom left corner (bottom right on a right-to-left page).
        Left = "left",
    }
}
