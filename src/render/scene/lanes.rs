//! Planning the lanes of one frame: which events of each lane are in view, which go to
//! the context band, how each lane packs into rows and badges, and where lanes sit under
//! the vertical scroll.

use super::model::{Entry, Lane, TimelineModel};
use super::*;
use crate::timeline::band::{BandSlot, is_context, stack_band};
use crate::timeline::cluster::{PackItem, PackRules, Packed, pack};
use crate::timeline::lanes::{Grouping, LaneBox, clamp_scroll, stack_lanes, visible_lanes};

/// Height of a lane header strip.
pub(super) const HEAD: f32 = 17.0;
/// Height of the row of cluster badges.
pub(super) const BADGE_ROW: f32 = 20.0;
/// Height of a collapsed lane (its header with the density strip).
pub(super) const STRIP: f32 = 17.0;
/// Space between lanes.
pub(super) const LANE_GAP: f32 = 3.0;
/// Height of one context band row.
pub(super) const BAND_ROW: f32 = 15.0;
/// Rows of the context band.
pub(super) const BAND_ROWS: usize = 3;
/// Width of a cluster badge.
pub(super) const BADGE_W: f32 = 40.0;

/// One lane of this frame.
pub(super) struct LanePlan<'m> {
    pub lane: &'m Lane,
    pub color: Rgba,
    pub collapsed: bool,
    /// Entries (indices into `lane.entries`) drawn in the lane, in view.
    pub shown: Vec<usize>,
    pub packed: Packed,
    pub height: f32,
    /// Events of the lane in view, band items included.
    pub in_view: usize,
}

/// Everything placed in one frame.
pub(super) struct Plan<'m> {
    pub lanes: Vec<LanePlan<'m>>,
    /// Context items: lane number and entry index.
    pub band: Vec<(usize, usize)>,
    pub band_slots: Vec<BandSlot>,
    pub band_rows: usize,
    pub boxes: Vec<LaneBox>,
    pub total: f32,
    pub scroll: f32,
    pub headers: bool,
}

impl<'a> Builder<'a> {
    /// True when the event passes the search and article filters.
    pub(super) fn passes(&self, id: EventId) -> bool {
        let layout = self.input.layout;
        if layout.hidden_docs.contains(&id.doc) {
            return false;
        }
        match &self.needle {
            None => true,
            Some(needle) => self.matches(id, needle),
        }
    }

    /// True when the event's label, expression or sentence contains `needle` (lower case).
    pub(super) fn matches(&self, id: EventId, needle: &str) -> bool {
        let Some(doc) = self.input.docs.get(id.doc) else {
            return false;
        };
        let Some(event) = doc.events.get(id.event) else {
            return false;
        };
        event_matches(doc, event, needle)
    }

    /// The colour of a lane's events and header.
    fn lane_color(&self, n: usize, lane: &Lane, model: &TimelineModel) -> Rgba {
        match model.grouping() {
            Grouping::Source => self.theme.article(n),
            _ => self.theme.article(lane.docs.first().copied().unwrap_or(n)),
        }
    }

    /// Gathers the lanes' events in view, splits off the context items and counts what is
    /// out of view on each side.
    pub(super) fn gather<'m>(
        &mut self,
        model: &'m TimelineModel,
    ) -> (Vec<LanePlan<'m>>, Vec<(usize, usize)>) {
        let (lo, hi) = (self.view.start_secs(), self.view.end_secs());
        let span = hi - lo;
        let mut lanes = Vec::new();
        let mut band = Vec::new();
        let mut earlier: Vec<f64> = Vec::new();
        let mut later: Vec<f64> = Vec::new();
        for (n, lane) in model.lanes().iter().enumerate() {
            if lane
                .docs
                .iter()
                .all(|d| self.input.layout.hidden_docs.contains(d))
            {
                continue;
            }
            let mut shown = Vec::new();
            let mut in_view = 0;
            let lane_no = lanes.len();
            lane.visit(lo, hi, |i, b, e| {
                let Some(entry) = lane.entries.get(i) else {
                    return;
                };
                if !self.passes(entry.id) {
                    return;
                }
                in_view += 1;
                if matches!(entry.mark, Mark::Span(..)) && is_context(b, e, span) {
                    band.push((lane_no, i));
                } else {
                    shown.push(i);
                }
            });
            self.outside(lane, lo, hi, &mut earlier, &mut later);
            lanes.push(LanePlan {
                lane,
                color: self.lane_color(n, lane, model),
                collapsed: self.input.layout.collapsed.contains(&lane.key),
                shown,
                packed: Packed::default(),
                height: 0.0,
                in_view,
            });
        }
        self.earlier = earlier.len();
        self.later = later.len();
        self.earlier_years = first_years(&mut earlier);
        self.later_years = first_years(&mut later);
        (lanes, band)
    }

    /// Collects the begins of the lane's events (passing the filters) wholly before `lo`
    /// and wholly after `hi`.
    fn outside(&self, lane: &Lane, lo: f64, hi: f64, earlier: &mut Vec<f64>, later: &mut Vec<f64>) {
        lane.visit(f64::NEG_INFINITY, lo, |i, b, e| {
            if e < lo && lane.entries.get(i).is_some_and(|en| self.passes(en.id)) {
                earlier.push(b);
            }
        });
        lane.visit(hi, f64::INFINITY, |i, b, _| {
            if b > hi && lane.entries.get(i).is_some_and(|en| self.passes(en.id)) {
                later.push(b);
            }
        });
    }

    /// The pixel extent of an entry's marker.
    pub(super) fn marker_x(&self, entry: &Entry) -> (f32, f32) {
        match entry.mark {
            Mark::Point(t) => {
                let x = self.view.x_of(t) as f32;
                (x - POINT_RADIUS, x + POINT_RADIUS)
            }
            Mark::Span(b, u) => {
                let x0 = (self.view.x_of(b) as f32).max(self.left - 4.0);
                let x1 = (self.view.x_of(u) as f32)
                    .min(self.right + 4.0)
                    .max(x0 + 3.0);
                (x0, x1)
            }
        }
    }

    /// Plans the frame: band rows, lane packing and heights, and the scroll window of
    /// `area_h` pixels (the lanes area with no band).
    pub(super) fn plan<'m>(&mut self, model: &'m TimelineModel, area_h: f32) -> Plan<'m> {
        let (mut lanes, band) = self.gather(model);
        let extents: Vec<(f64, f64)> = band
            .iter()
            .map(|&(l, i)| {
                let entry = lanes.get(l).and_then(|p| p.lane.entries.get(i));
                let (x0, x1) = entry.map_or((0.0, 0.0), |e| self.marker_x(e));
                (f64::from(x0.max(self.left)), f64::from(x1.min(self.right)))
            })
            .collect();
        let band_slots = stack_band(&extents, 4.0, BAND_ROWS);
        let band_rows = band_slots
            .iter()
            .filter_map(|s| s.row.map(|r| r + 1))
            .max()
            .unwrap_or(0)
            + usize::from(band_slots.iter().any(|s| s.row.is_none()));
        let band_rows = band_rows.min(BAND_ROWS + 1);
        let area_h = area_h - BAND_ROW * band_rows as f32;
        let headers = lanes.len() > 1;
        let open = lanes.iter().filter(|l| !l.collapsed).count().max(1);
        let head = if headers { HEAD } else { 0.0 };
        let per_lane = (area_h / open as f32 - head - BADGE_ROW) / LANE;
        let rows = if headers {
            (per_lane.floor() as usize).clamp(1, 10)
        } else {
            (((area_h - BADGE_ROW) / LANE).floor() as usize).max(1)
        };
        for plan in &mut lanes {
            if plan.collapsed {
                plan.height = STRIP;
                continue;
            }
            plan.packed = self.pack_lane(plan, rows);
            let badges = if plan.packed.clusters.is_empty() {
                0.0
            } else {
                BADGE_ROW
            };
            plan.height = head + LANE * plan.packed.rows_used.max(1) as f32 + badges;
        }
        let heights: Vec<f64> = lanes.iter().map(|l| f64::from(l.height)).collect();
        let (boxes, total) = stack_lanes(&heights, f64::from(LANE_GAP));
        let scroll = clamp_scroll(
            f64::from(self.input.layout.scroll_y),
            total,
            f64::from(area_h),
        );
        Plan {
            lanes,
            band,
            band_slots,
            band_rows,
            boxes,
            total: total as f32,
            scroll: scroll as f32,
            headers,
        }
    }

    /// Packs one lane's shown entries into `rows` rows and badges.
    fn pack_lane(&self, plan: &LanePlan<'_>, rows: usize) -> Packed {
        let items: Vec<PackItem> = plan
            .shown
            .iter()
            .filter_map(|&i| plan.lane.entries.get(i))
            .map(|e| {
                let (x0, x1) = self.marker_x(e);
                PackItem {
                    x0: f64::from(x0),
                    x1: f64::from(x1),
                    label_w: f64::from(e.label_w),
                }
            })
            .collect();
        let rules = PackRules {
            rows,
            gap: f64::from(LABEL_GAP),
            min_label: 70.0,
            shortest_label: 28.0,
            badge_w: f64::from(BADGE_W),
            left: f64::from(self.left),
            right: f64::from(self.right),
        };
        pack(&items, &rules)
    }

    /// The lanes that show wholly inside a window `area_h` tall at the plan's scroll.
    pub(super) fn shown_lanes(plan: &Plan<'_>, area_h: f32) -> Vec<usize> {
        let scroll = f64::from(plan.scroll);
        let window = visible_lanes(&plan.boxes, scroll, f64::from(area_h));
        window
            .filter(|&i| {
                plan.boxes.get(i).is_some_and(|b| {
                    b.top >= scroll - 0.5 && b.bottom() <= scroll + f64::from(area_h) + 0.5
                })
            })
            .collect()
    }
}

/// Up to three distinct calendar years of the earliest of `begins` (sorted here), and a
/// fourth when there are more (so the edge text knows to add "…").
fn first_years(begins: &mut [f64]) -> Vec<i32> {
    begins.sort_by(f64::total_cmp);
    let mut years: Vec<i32> = Vec::new();
    for &b in begins.iter() {
        let y = year_of(b);
        if years.last() != Some(&y) {
            years.push(y);
            if years.len() > 3 {
                break;
            }
        }
    }
    years
}

#[cfg(test)]
mod tests {
    use crate::render::fixtures::document;
    use crate::render::{EventId, Layout, SceneInput, Theme, build_scene, plot_x_range};
    use crate::temporal::Granularity;
    use crate::timeline::{DAY_SECS, TimeView, to_secs};

    fn scene_with_span(days: f64) -> crate::render::Scene {
        let doc = document(
            "Budget\n\nThe budget for this year grew. The vote was on Monday.",
            &[
                (
                    "this year",
                    "2025",
                    Some(((2025, 1, 1), (2026, 1, 1))),
                    Granularity::Year,
                ),
                (
                    "Monday",
                    "2025-06-16",
                    Some(((2025, 6, 16), (2025, 6, 17))),
                    Granularity::Day,
                ),
            ],
        );
        let docs = vec![doc];
        let mid = chrono::NaiveDate::from_ymd_opt(2025, 6, 16)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .map_or(0.0, to_secs);
        let (left, right) = plot_x_range(1000.0);
        let view = TimeView::new(
            mid - days * DAY_SECS / 2.0,
            mid + days * DAY_SECS / 2.0,
            left,
            right,
        );
        build_scene(&SceneInput {
            docs: &docs,
            view,
            width: 1000.0,
            height: 500.0,
            selected: None,
            theme: &Theme::light(),
            export: false,
            generated: None,
            layout: &Layout::default(),
            model: None,
        })
    }

    fn year_hit(scene: &crate::render::Scene) -> crate::render::Rect {
        scene
            .targets()
            .find(|t| t.id == EventId { doc: 0, event: 0 })
            .map(|t| t.hit)
            .unwrap_or_default()
    }

    #[test]
    fn a_long_span_is_in_the_band_at_week_zoom_and_in_a_lane_at_decade_zoom() {
        let week = scene_with_span(7.0);
        let hit = year_hit(&week);
        assert!(
            hit.height() > 0.0 && hit.height() < 12.0,
            "band bar: {hit:?}"
        );
        assert!(
            hit.min.y >= week.plot.max.y - 3.0 * 15.0,
            "below the lanes: {hit:?}"
        );
        let decade = scene_with_span(3_650.0);
        let hit = year_hit(&decade);
        assert!(hit.height() > 15.0, "lane item: {hit:?}");
        assert!(hit.max.y <= decade.plot.max.y, "{hit:?}");
    }
}
