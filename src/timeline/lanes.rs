//! Lanes: how the articles are grouped into horizontal lanes, how tall each lane is, which
//! lanes a vertical scroll position shows, and the density strip of a collapsed lane.

/// How events are grouped into lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Grouping {
    /// One lane per article.
    #[default]
    Article,
    /// One lane per source: the site or the folder the article came from.
    Source,
    /// One shared lane.
    None,
}

impl Grouping {
    /// The grouping named `name` (`article`, `source` or `none`).
    pub fn parse(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().as_str() {
            "article" => Some(Self::Article),
            "source" => Some(Self::Source),
            "none" | "single" => Some(Self::None),
            _ => None,
        }
    }

    /// The word the toolbar shows.
    pub fn name(self) -> &'static str {
        match self {
            Self::Article => "per article",
            Self::Source => "per source",
            Self::None => "single lane",
        }
    }
}

/// A lane's place in the lanes area (y grows downwards from the top of the area).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LaneBox {
    /// Top edge.
    pub top: f64,
    /// Height.
    pub height: f64,
}

impl LaneBox {
    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }
}

/// Stacks lanes of the given `heights` from y = 0 down, `gap` apart. Returns the boxes and
/// the total height.
pub fn stack_lanes(heights: &[f64], gap: f64) -> (Vec<LaneBox>, f64) {
    let mut y = 0.0;
    let mut boxes = Vec::with_capacity(heights.len());
    for &height in heights {
        boxes.push(LaneBox { top: y, height });
        y += height + gap;
    }
    (boxes, (y - gap).max(0.0))
}

/// The scroll offset kept within `0..=total - viewport`.
pub fn clamp_scroll(scroll: f64, total: f64, viewport: f64) -> f64 {
    let max = (total - viewport).max(0.0);
    if scroll.is_finite() {
        scroll.clamp(0.0, max)
    } else {
        0.0
    }
}

/// The lanes that show, wholly or partly, in the window `[scroll, scroll + viewport]`,
/// found by binary search over the boxes (which are sorted by `top`).
pub fn visible_lanes(boxes: &[LaneBox], scroll: f64, viewport: f64) -> std::ops::Range<usize> {
    let from = boxes.partition_point(|b| b.bottom() <= scroll);
    let to = boxes.partition_point(|b| b.top < scroll + viewport);
    from..to.max(from)
}

/// A density strip: how many of `xs` (pixels) fall in each `bin_px`-wide bin of
/// `[left, right)`.
pub fn density(xs: impl IntoIterator<Item = f64>, left: f64, right: f64, bin_px: f64) -> Vec<u32> {
    let bins = ((right - left) / bin_px.max(1.0)).ceil().max(0.0) as usize;
    let mut out = vec![0u32; bins];
    for x in xs {
        if x < left || x >= right || !x.is_finite() {
            continue;
        }
        let b = ((x - left) / bin_px.max(1.0)) as usize;
        if let Some(slot) = out.get_mut(b) {
            *slot += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_stack_downwards() {
        let (boxes, total) = stack_lanes(&[60.0, 8.0, 20.0], 2.0);
        assert_eq!(
            boxes[0],
            LaneBox {
                top: 0.0,
                height: 60.0
            }
        );
        assert_eq!(
            boxes[1],
            LaneBox {
                top: 62.0,
                height: 8.0
            }
        );
        assert_eq!(
            boxes[2],
            LaneBox {
                top: 72.0,
                height: 20.0
            }
        );
        assert_eq!(total, 92.0);
    }

    #[test]
    fn scrolling_shows_the_lanes_in_the_window() {
        let (boxes, total) = stack_lanes(&[20.0; 100], 2.0);
        assert_eq!(visible_lanes(&boxes, 0.0, 50.0), 0..3);
        assert_eq!(visible_lanes(&boxes, 220.0, 44.0), 10..12);
        assert_eq!(clamp_scroll(1e9, total, 100.0), total - 100.0);
        assert_eq!(clamp_scroll(-5.0, total, 100.0), 0.0);
        assert_eq!(clamp_scroll(5.0, 10.0, 100.0), 0.0);
    }

    #[test]
    fn density_counts_per_bin() {
        assert_eq!(
            density([0.0, 1.0, 5.0, 9.9, 10.0], 0.0, 10.0, 4.0),
            vec![2, 1, 1]
        );
    }

    #[test]
    fn groupings_parse() {
        assert_eq!(Grouping::parse("Source"), Some(Grouping::Source));
        assert_eq!(Grouping::parse("none"), Some(Grouping::None));
        assert_eq!(Grouping::parse("x"), None);
    }
}
