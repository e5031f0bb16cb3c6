//! The context band: long or vague spans leave the lanes for a thin band above the axis.
//!
//! What is "long" follows the zoom: an item is a context item when it covers at least
//! [`BAND_SHARE`] of the visible time span, so "last year" is a lane item at a decade scale
//! and a band item at a week scale.

/// Share of the visible span from which an item goes to the context band.
pub const BAND_SHARE: f64 = 0.6;

/// True when an item over `[begin, until]` (seconds) belongs in the context band of a view
/// showing `view_span_secs`.
pub fn is_context(begin: f64, until: f64, view_span_secs: f64) -> bool {
    let len = until - begin;
    len.is_finite() && view_span_secs > 0.0 && len >= BAND_SHARE * view_span_secs
}

/// One context item after stacking: its row in the band, or none when the band is full.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandSlot {
    /// The item's index in the input.
    pub index: usize,
    /// Its row (0 is the row nearest the axis), or `None` when it did not fit.
    pub row: Option<usize>,
    /// Left and right pixel of its bar, clipped to the plot.
    pub x0: f64,
    /// See `x0`.
    pub x1: f64,
}

/// Stacks context bars (`(x0, x1)` pixel extents, already clipped to the plot) into at most
/// `rows` rows, the longest first so that the widest context sits nearest the axis. Bars in
/// one row never overlap (they keep `gap_px` apart).
pub fn stack_band(extents: &[(f64, f64)], gap_px: f64, rows: usize) -> Vec<BandSlot> {
    let mut order: Vec<usize> = (0..extents.len()).collect();
    let width = |i: usize| extents.get(i).map_or(0.0, |e| e.1 - e.0);
    order.sort_by(|&a, &b| width(b).total_cmp(&width(a)).then(a.cmp(&b)));
    let mut taken: Vec<Vec<(f64, f64)>> = vec![Vec::new(); rows];
    let mut slots: Vec<BandSlot> = Vec::with_capacity(extents.len());
    for i in order {
        let Some(&(x0, x1)) = extents.get(i) else {
            continue;
        };
        let free = |row: &Vec<(f64, f64)>| {
            row.iter()
                .all(|&(a, b)| x1 + gap_px <= a || b + gap_px <= x0)
        };
        let row = taken.iter().position(free);
        if let Some(r) = row
            && let Some(list) = taken.get_mut(r)
        {
            list.push((x0, x1));
        }
        slots.push(BandSlot {
            index: i,
            row,
            x0,
            x1,
        });
    }
    slots.sort_by_key(|s| s.index);
    slots
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::DAY_SECS;

    #[test]
    fn a_year_is_context_at_week_zoom_and_a_lane_item_at_decade_zoom() {
        let year = 365.0 * DAY_SECS;
        assert!(is_context(0.0, year, 7.0 * DAY_SECS));
        assert!(!is_context(0.0, year, 10.0 * year));
        assert!(!is_context(0.0, DAY_SECS, 7.0 * DAY_SECS));
        assert!(!is_context(0.0, f64::INFINITY, DAY_SECS));
    }

    #[test]
    fn band_rows_never_overlap_and_the_widest_is_nearest_the_axis() {
        let slots = stack_band(
            &[(0.0, 100.0), (0.0, 900.0), (50.0, 300.0), (400.0, 500.0)],
            4.0,
            2,
        );
        assert_eq!(slots.len(), 4);
        assert_eq!(slots[1].row, Some(0));
        assert_eq!(slots[2].row, Some(1));
        // (0, 100) overlaps the two wider bars: no room.
        assert_eq!(slots[0].row, None);
        assert_eq!(slots[3].row, Some(1));
    }
}
