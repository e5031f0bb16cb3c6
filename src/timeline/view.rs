//! The time↔x scale.

use super::DAY_SECS;

/// Shortest visible time span: one minute.
pub const MIN_SPAN_SECS: f64 = 60.0;
/// Longest visible time span: about ten thousand years.
pub const MAX_SPAN_SECS: f64 = 10_000.0 * 365.25 * DAY_SECS;

/// A linear map from a visible time range `[start_secs, end_secs]` to a pixel range
/// `[left_px, right_px]`. Operations return a new view; the caller decides when to store it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeView {
    start_secs: f64,
    end_secs: f64,
    left_px: f64,
    right_px: f64,
}

impl TimeView {
    /// A view showing `[start_secs, end_secs]` over the pixels `[left_px, right_px]`. Degenerate
    /// or non-finite input is repaired (a span of at least [`MIN_SPAN_SECS`], at least one pixel).
    pub fn new(start_secs: f64, end_secs: f64, left_px: f64, right_px: f64) -> Self {
        let left_px = if left_px.is_finite() { left_px } else { 0.0 };
        let right_px = if right_px.is_finite() && right_px > left_px + 1.0 {
            right_px
        } else {
            left_px + 1.0
        };
        let (start, end) = if start_secs.is_finite() && end_secs.is_finite() {
            (start_secs.min(end_secs), start_secs.max(end_secs))
        } else {
            (0.0, DAY_SECS)
        };
        let span = (end - start).clamp(MIN_SPAN_SECS, MAX_SPAN_SECS);
        let mid = (start + end) / 2.0;
        Self {
            start_secs: mid - span / 2.0,
            end_secs: mid + span / 2.0,
            left_px,
            right_px,
        }
    }

    /// First visible instant, in seconds.
    pub fn start_secs(&self) -> f64 {
        self.start_secs
    }

    /// Last visible instant, in seconds.
    pub fn end_secs(&self) -> f64 {
        self.end_secs
    }

    /// Left edge of the pixel range.
    pub fn left_px(&self) -> f64 {
        self.left_px
    }

    /// Right edge of the pixel range.
    pub fn right_px(&self) -> f64 {
        self.right_px
    }

    /// Width of the pixel range.
    pub fn width_px(&self) -> f64 {
        self.right_px - self.left_px
    }

    /// Seconds per pixel.
    pub fn secs_per_px(&self) -> f64 {
        (self.end_secs - self.start_secs) / self.width_px()
    }

    /// The x of instant `secs`.
    pub fn x_of(&self, secs: f64) -> f64 {
        self.left_px + (secs - self.start_secs) / self.secs_per_px()
    }

    /// The instant at pixel `x`.
    pub fn secs_at(&self, x: f64) -> f64 {
        self.start_secs + (x - self.left_px) * self.secs_per_px()
    }

    /// True when `secs` is inside the visible range.
    pub fn contains(&self, secs: f64) -> bool {
        (self.start_secs..=self.end_secs).contains(&secs)
    }

    /// The same time range over another pixel range (the widget was resized).
    #[must_use]
    pub fn with_pixels(self, left_px: f64, right_px: f64) -> Self {
        Self::new(self.start_secs, self.end_secs, left_px, right_px)
    }

    /// The view after dragging the content `dx_px` pixels to the right.
    #[must_use]
    pub fn pan(self, dx_px: f64) -> Self {
        if !dx_px.is_finite() {
            return self;
        }
        let shift = dx_px * self.secs_per_px();
        Self::new(
            self.start_secs - shift,
            self.end_secs - shift,
            self.left_px,
            self.right_px,
        )
    }

    /// The view zoomed by `factor` (> 1 zooms in) around pixel `x`: the instant under `x`
    /// stays under `x`. The span is kept within [`MIN_SPAN_SECS`]..=[`MAX_SPAN_SECS`].
    #[must_use]
    pub fn zoom_at(self, x: f64, factor: f64) -> Self {
        if !factor.is_finite() || factor <= 0.0 || !x.is_finite() {
            return self;
        }
        let span = self.end_secs - self.start_secs;
        let new_span = (span / factor).clamp(MIN_SPAN_SECS, MAX_SPAN_SECS);
        let anchor = self.secs_at(x);
        let frac = (x - self.left_px) / self.width_px();
        let start = anchor - frac * new_span;
        Self {
            start_secs: start,
            end_secs: start + new_span,
            ..self
        }
    }

    /// A view showing `[start_secs, end_secs]` with a 4 % margin on each side; a range shorter
    /// than a day is widened to a day around its middle.
    #[must_use]
    pub fn fit(self, (start_secs, end_secs): (f64, f64)) -> Self {
        if !start_secs.is_finite() || !end_secs.is_finite() {
            return self;
        }
        let (lo, hi) = (start_secs.min(end_secs), start_secs.max(end_secs));
        let (lo, hi) = if hi - lo < DAY_SECS {
            let mid = (lo + hi) / 2.0;
            (mid - DAY_SECS / 2.0, mid + DAY_SECS / 2.0)
        } else {
            (lo, hi)
        };
        let pad = (hi - lo) * 0.04;
        Self::new(lo - pad, hi + pad, self.left_px, self.right_px)
    }

    /// The view moved (not zoomed) so that `secs` is in the middle, if it is not visible.
    #[must_use]
    pub fn reveal(self, secs: f64) -> Self {
        if self.contains(secs) || !secs.is_finite() {
            return self;
        }
        let half = (self.end_secs - self.start_secs) / 2.0;
        Self::new(secs - half, secs + half, self.left_px, self.right_px)
    }
}

/// The smallest range that holds at least `share` (0..=1) of `items` (each `(begin, end)`
/// in seconds, chosen by their middles) and every one of `pins` (publication dates). `None`
/// when there is nothing finite to show. With `share` = 1 this is the whole extent.
pub fn core_range(items: &[(f64, f64)], pins: &[f64], share: f64) -> Option<(f64, f64)> {
    let mut items: Vec<(f64, f64)> = items
        .iter()
        .filter(|(b, e)| b.is_finite() && e.is_finite())
        .map(|&(b, e)| (b.min(e), b.max(e)))
        .collect();
    items.sort_by(|a, b| (a.0 + a.1).total_cmp(&(b.0 + b.1)));
    let n = items.len();
    let mut best: Option<(f64, f64)> = None;
    if n > 0 {
        let share = if share.is_finite() {
            share.clamp(0.0, 1.0)
        } else {
            1.0
        };
        let k = ((share * n as f64).ceil() as usize).clamp(1, n);
        best = tightest_window(&items, k);
    }
    for &pin in pins.iter().filter(|p| p.is_finite()) {
        best = Some(best.map_or((pin, pin), |(lo, hi)| (lo.min(pin), hi.max(pin))));
    }
    best
}

/// The smallest `(lo, hi)` over every run of `k` consecutive `items`, where `lo` is the
/// least begin and `hi` the greatest end of the run. Linear time: the begins and ends of
/// the sliding run are kept in monotonic queues of indices.
fn tightest_window(items: &[(f64, f64)], k: usize) -> Option<(f64, f64)> {
    use std::collections::VecDeque;
    let mut mins: VecDeque<usize> = VecDeque::new();
    let mut maxs: VecDeque<usize> = VecDeque::new();
    let mut best: Option<(f64, f64)> = None;
    for (i, &(b, e)) in items.iter().enumerate() {
        while mins.back().is_some_and(|&j| items[j].0 >= b) {
            mins.pop_back();
        }
        mins.push_back(i);
        while maxs.back().is_some_and(|&j| items[j].1 <= e) {
            maxs.pop_back();
        }
        maxs.push_back(i);
        if i + 1 < k {
            continue;
        }
        let first = i + 1 - k;
        while mins.front().is_some_and(|&j| j < first) {
            mins.pop_front();
        }
        while maxs.front().is_some_and(|&j| j < first) {
            maxs.pop_front();
        }
        let (Some(&lo), Some(&hi)) = (mins.front(), maxs.front()) else {
            continue;
        };
        let (lo, hi) = (items[lo].0, items[hi].1);
        if best.is_none_or(|(bl, bh)| hi - lo < bh - bl) {
            best = Some((lo, hi));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn tightest_window_matches_the_obvious_quadratic_scan(
            raw in proptest::collection::vec((-1e6f64..1e6, 0.0f64..1e5), 1..60),
            k_seed in 0usize..60,
        ) {
            let items: Vec<(f64, f64)> = raw.iter().map(|&(b, w)| (b, b + w)).collect();
            let k = k_seed % items.len() + 1;
            let mut naive: Option<(f64, f64)> = None;
            for window in items.windows(k) {
                let lo = window.iter().map(|w| w.0).fold(f64::INFINITY, f64::min);
                let hi = window.iter().map(|w| w.1).fold(f64::NEG_INFINITY, f64::max);
                if naive.is_none_or(|(bl, bh)| hi - lo < bh - bl) {
                    naive = Some((lo, hi));
                }
            }
            prop_assert_eq!(tightest_window(&items, k), naive);
        }
    }

    #[test]
    fn core_range_leaves_out_far_outliers_but_keeps_pins() {
        let year = 365.25 * DAY_SECS;
        let base = 56.0 * year;
        let mut items: Vec<(f64, f64)> = (0..15)
            .map(|i| {
                let t = base + f64::from(i) * 3.0 * DAY_SECS;
                (t, t + DAY_SECS)
            })
            .collect();
        items.push((-2.0 * year, -2.0 * year + DAY_SECS)); // 1968
        items.push((39.0 * year, 39.0 * year + DAY_SECS)); // 2009
        let (lo, hi) = core_range(&items, &[base + 10.0 * DAY_SECS], 0.8).expect("range");
        assert!(lo >= base && hi <= base + 60.0 * DAY_SECS, "{lo}..{hi}");
        // A publication date far away is still included.
        let (lo2, _) = core_range(&items, &[base - year], 0.8).expect("range");
        assert!((lo2 - (base - year)).abs() < 1.0);
        // Share 1 is everything.
        let (all_lo, all_hi) = core_range(&items, &[], 1.0).expect("range");
        assert!(all_lo < 0.0 && all_hi > base);
        assert_eq!(core_range(&[], &[], 0.8), None);
        assert_eq!(core_range(&[], &[5.0], 0.8), Some((5.0, 5.0)));
    }

    fn view() -> TimeView {
        TimeView::new(1_000.0 * DAY_SECS, 1_100.0 * DAY_SECS, 50.0, 1_050.0)
    }

    #[test]
    fn time_and_x_round_trip() {
        let v = view();
        for x in [50.0, 123.5, 700.0, 1_050.0, -40.0] {
            let back = v.x_of(v.secs_at(x));
            assert!((back - x).abs() < 1e-6, "{x} -> {back}");
        }
        assert!((v.x_of(v.start_secs()) - 50.0).abs() < 1e-9);
        assert!((v.x_of(v.end_secs()) - 1_050.0).abs() < 1e-9);
    }

    #[test]
    fn zoom_keeps_the_instant_under_the_cursor() {
        let v = view();
        for (x, factor) in [(300.0, 2.0), (900.0, 0.5), (50.0, 10.0), (777.0, 1.1)] {
            let before = v.secs_at(x);
            let z = v.zoom_at(x, factor);
            assert!((z.secs_at(x) - before).abs() < 1e-3, "x={x} f={factor}");
            let ratio = (v.end_secs() - v.start_secs()) / (z.end_secs() - z.start_secs());
            assert!((ratio - factor).abs() < 1e-9);
        }
    }

    #[test]
    fn zoom_is_clamped() {
        let deep = (0..100).fold(view(), |v, _| v.zoom_at(500.0, 10.0));
        assert!((deep.end_secs() - deep.start_secs() - MIN_SPAN_SECS).abs() < 1e-6);
        let wide = (0..100).fold(view(), |v, _| v.zoom_at(500.0, 0.1));
        assert!(wide.end_secs() - wide.start_secs() <= MAX_SPAN_SECS);
        assert_eq!(view().zoom_at(500.0, f64::NAN), view());
    }

    #[test]
    fn pan_moves_content_with_the_mouse() {
        let v = view();
        let t = v.secs_at(400.0);
        let p = v.pan(100.0);
        assert!((p.x_of(t) - 500.0).abs() < 1e-6);
    }

    #[test]
    fn fit_shows_the_whole_range_with_margin() {
        let v = view().fit((0.0, 10.0 * DAY_SECS));
        assert!(v.x_of(0.0) > v.left_px());
        assert!(v.x_of(10.0 * DAY_SECS) < v.right_px());
        let tiny = view().fit((5.0, 5.0));
        assert!(tiny.end_secs() - tiny.start_secs() >= DAY_SECS);
    }

    #[test]
    fn reveal_centres_an_off_screen_instant() {
        let v = view();
        let far = 5_000.0 * DAY_SECS;
        let r = v.reveal(far);
        assert!(r.contains(far));
        assert_eq!(v.reveal(v.secs_at(500.0)), v);
    }

    #[test]
    fn degenerate_input_is_repaired() {
        let v = TimeView::new(f64::NAN, 3.0, 10.0, 10.0);
        assert!(v.width_px() >= 1.0);
        assert!(v.end_secs() - v.start_secs() >= MIN_SPAN_SECS);
    }
}
