//! Fitting places around the museum into the Directions page's sketch map:
//! plain geometry, tested natively; the page draws what this works out.

use crate::content::FromMuseum;

/// The drawing's width, in SVG units; its height follows the places.
pub const WIDTH: f64 = 360.0;
const MAX_HEIGHT: f64 = 300.0;
/// Room for labels around the outermost places.
const MARGIN: f64 = 44.0;

/// Places fitted into the drawing, north up and east right, metres square.
#[derive(Debug, PartialEq)]
pub struct Sketch {
    /// SVG units per metre.
    pub scale: f64,
    pub height: f64,
    /// Where the museum is.
    pub origin: (f64, f64),
    /// Where each place is, in the order given.
    pub places: Vec<(f64, f64)>,
}

/// Fits `places` (and the museum, at their origin) into the drawing.
pub fn fit(places: &[FromMuseum]) -> Sketch {
    let offsets: Vec<(f64, f64)> = places.iter().map(|p| (p.east, p.south)).collect();
    let (min_x, max_x) = min_max(offsets.iter().map(|o| o.0));
    let (min_y, max_y) = min_max(offsets.iter().map(|o| o.1));
    // The tighter of the two directions decides, so a metre is as long either way.
    let scale = ((WIDTH - 2.0 * MARGIN) / (max_x - min_x).max(1.0))
        .min((MAX_HEIGHT - 2.0 * MARGIN) / (max_y - min_y).max(1.0));
    let place = |(x, y): (f64, f64)| (MARGIN + (x - min_x) * scale, MARGIN + (y - min_y) * scale);
    Sketch {
        scale,
        height: ((max_y - min_y) * scale + 2.0 * MARGIN).round(),
        origin: place((0.0, 0.0)),
        places: offsets.into_iter().map(place).collect(),
    }
}

/// The range of `values`, always including 0: the museum is on the map too.
fn min_max(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((0.0, 0.0), |(lo, hi), v| (lo.min(v), hi.max(v)))
}
