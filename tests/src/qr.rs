//! QR codes read back from the SVG the crate writes: the path's rectangles drawn into a
//! bitmap, which a real decoder (`rqrr`, quirc's algorithm) finds and decodes, as a phone's
//! camera would.

/// What a decoder reads in a code.
#[derive(Debug)]
pub struct Decoded {
    /// The text.
    pub content: String,
    /// The error correction level, as the format bits write it: 0 is M, 1 L, 2 H, 3 Q.
    pub ecc_level: u16,
    /// The modules a side, quiet zone included (the `viewBox`).
    pub side: usize,
    /// Whether the quiet zone, four modules wide, is light all round.
    pub quiet_zone_light: bool,
}

/// The dark modules of the SVG's one path, as `(side, modules)`, `modules[y * side + x]`.
/// Panics (failing the test) on anything but the crate's own form: `viewBox="0 0 N N"`, one
/// `<path d="...">` of `M{x} {y}h{run}v1h-{run}z` rectangles.
pub fn modules(svg: &str) -> (usize, Vec<bool>) {
    let view_box = svg
        .split_once(r#"viewBox="0 0 "#)
        .and_then(|(_, rest)| rest.split_once('"'))
        .expect("a viewBox")
        .0;
    let (width, height) = view_box.split_once(' ').expect("two numbers");
    assert_eq!(width, height, "a square code");
    let side: usize = width.parse().expect("a side");
    assert_eq!(svg.matches("<path").count(), 1, "one path");
    let d = svg
        .split_once(r#"<path d=""#)
        .and_then(|(_, rest)| rest.split_once('"'))
        .expect("the path's d")
        .0;
    let mut modules = vec![false; side * side];
    for rectangle in d.split('z').filter(|part| !part.is_empty()) {
        let rest = rectangle.strip_prefix('M').expect("M x y");
        let (x, rest) = rest.split_once(' ').expect("x y");
        let (y, rest) = rest.split_once('h').expect("h run");
        let (run, rest) = rest.split_once("v1h-").expect("v1h-run");
        assert_eq!(run, rest, "a rectangle closes on itself: {rectangle}");
        let (x, y, run): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
        for dx in 0..run {
            modules[y * side + x + dx] = true;
        }
    }
    (side, modules)
}

/// Decodes the code an SVG draws, drawn at `scale` pixels a module, dark on white.
pub fn decode(svg: &str) -> Decoded {
    let (side, modules) = modules(svg);
    let quiet = 4;
    let quiet_zone_light = (0..side).all(|y| {
        (0..side).all(|x| {
            let inside = x >= quiet && y >= quiet && x < side - quiet && y < side - quiet;
            inside || !modules[y * side + x]
        })
    });
    let scale = 4;
    let pixels = side * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| {
        if modules[(y / scale) * side + x / scale] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    let (meta, content) = grids[0].decode().expect("the code decodes");
    Decoded {
        content,
        ecc_level: meta.ecc_level,
        side,
        quiet_zone_light,
    }
}

/// Decodes the one QR code in a greyscale picture (`pixels[y * width + x]`, 0 black), as a
/// phone's camera would read the screen.
pub fn decode_picture(width: usize, height: usize, pixels: &[u8]) -> String {
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found in the picture");
    grids[0].decode().expect("the code decodes").1
}
