//! Planning the lanes of one frame: which events of each lane are in view, which go to
//! the context band, how each lane packs into rows and badges, and where lanes sit under
//! the vertical scroll.

use super::cache::{Filtered, PlanKey};
use super::model::{Entry, Lane, TimelineModel};
use super::*;
use crate::timeline::band::{BandSlot, is_context, stack_band};
use crate::timeline::cluster::{PackItem, PackRules, Packed, pack, pack_crowded, row_capacity};
use crate::timeline::lanes::{Grouping, LaneBox, clamp_scroll, stack_lanes, visible_lanes};
use std::sync::{Arc, OnceLock};

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

/// One lane of a plan.
#[derive(Debug)]
pub(super) struct LanePlan {
    /// The lane: its index in the model.
    pub lane: usize,
    pub collapsed: bool,
    /// Entries (indices into the lane's entries) drawn in the lane, in view.
    pub shown: Vec<usize>,
    /// How they pack into rows and badges: worked out when the plan is made, or, for a lane
    /// too full to fit (see [`Crowding`]), when the lane first shows in the scroll window.
    packed: OnceLock<Packed>,
    crowding: Crowding,
    pub height: f32,
    /// Events of the lane in view, band items included.
    pub in_view: usize,
}

/// Whether a lane's items can all fit in its rows, told without packing them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Crowding {
    /// They may fit: the lane is packed with the plan, and its height follows.
    MayFit,
    /// More items than the rows can hold at all: every row fills and a badge row follows,
    /// so the lane's height is known and it is packed (with short label room) only when
    /// it shows.
    Overfull,
}

impl LanePlan {
    /// How the lane's items pack: packed now when it has not been yet.
    pub fn packed(&self, builder: &Builder<'_>, model: &TimelineModel, rows: usize) -> &Packed {
        self.packed
            .get_or_init(|| builder.pack_lane(self, model, rows))
    }

    /// The model's lane this plans.
    pub fn of<'m>(&self, model: &'m TimelineModel) -> Option<&'m Lane> {
        model.lanes().get(self.lane)
    }
}

/// Everything placed for one view, layout and panel: kept while they stay (see
/// [`super::cache`]); the scroll is applied per frame.
#[derive(Debug)]
pub(super) struct Plan {
    pub lanes: Vec<LanePlan>,
    /// Context items: plan lane number and entry index.
    pub band: Vec<(usize, usize)>,
    pub band_slots: Vec<BandSlot>,
    pub band_rows: usize,
    pub boxes: Vec<LaneBox>,
    pub total: f32,
    /// Height of the window showing the lanes (the lanes area without the band).
    pub area_h: f32,
    pub headers: bool,
    /// Item rows per lane.
    pub rows: usize,
}

impl Plan {
    /// The scroll offset of `layout` kept within the lanes.
    pub fn scroll(&self, layout: &Layout) -> f32 {
        clamp_scroll(
            f64::from(layout.scroll_y),
            f64::from(self.total),
            f64::from(self.area_h),
        ) as f32
    }
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

    /// Which entries pass the filters: [`Builder::passes`] asked once per filter state.
    pub(super) fn filtered(&self, model: &TimelineModel) -> Arc<Filtered> {
        model.cache.filtered(model, self.input.layout, |l, e| {
            model
                .lanes()
                .get(l)
                .and_then(|lane| lane.entries.get(e))
                .is_some_and(|entry| self.passes(entry.id))
        })
    }

    /// Counts the events (passing the filters) wholly before and after the view, with the
    /// first years of each side, by binary search.
    pub(super) fn count_outside(&mut self, filtered: &Filtered) {
        let (lo, hi) = (self.view.start_secs(), self.view.end_secs());
        let edges = &filtered.edges;
        self.earlier = edges.before(lo);
        self.later = edges.after(hi);
        self.earlier_years = edges.groups_before(lo, 4, year_of);
        self.later_years = edges.groups_after(hi, 4, year_of);
    }

    /// The colour of a lane's events and header.
    pub(super) fn lane_color(&self, lp: &LanePlan, model: &TimelineModel) -> Rgba {
        match model.grouping() {
            Grouping::Source => self.theme.article(lp.lane),
            _ => {
                let first = lp.of(model).and_then(|l| l.docs.first().copied());
                self.theme.article(first.unwrap_or(lp.lane))
            }
        }
    }

    /// Gathers the lanes' events in view and splits off the context items.
    fn gather(
        &self,
        model: &TimelineModel,
        filtered: &Filtered,
    ) -> (Vec<LanePlan>, Vec<(usize, usize)>) {
        let (lo, hi) = (self.view.start_secs(), self.view.end_secs());
        let span = hi - lo;
        let mut lanes = Vec::new();
        let mut band = Vec::new();
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
                if !filtered.passes(n, i) {
                    return;
                }
                let Some(entry) = lane.entries.get(i) else {
                    return;
                };
                in_view += 1;
                if matches!(entry.mark, Mark::Span(..)) && is_context(b, e, span) {
                    band.push((lane_no, i));
                } else {
                    shown.push(i);
                }
            });
            lanes.push(LanePlan {
                lane: n,
                collapsed: self.input.layout.collapsed.contains(&lane.key),
                shown,
                packed: OnceLock::new(),
                crowding: Crowding::MayFit,
                height: 0.0,
                in_view,
            });
        }
        (lanes, band)
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

    /// The plan of this frame for a lanes area `area_h` pixels tall (band included): the
    /// one kept from an earlier frame with the same view, area and layout, or a new one.
    pub(super) fn plan(&mut self, model: &TimelineModel, area_h: f32) -> Arc<Plan> {
        let filtered = self.filtered(model);
        self.count_outside(&filtered);
        let key = PlanKey::new(self.view, area_h, self.input.layout);
        if let Some(plan) = model.cache.plan(&key) {
            return plan;
        }
        let plan = Arc::new(self.make_plan(model, &filtered, area_h));
        model.cache.keep_plan(key, plan.clone());
        plan
    }

    /// Plans band rows, lane packing and heights for a lanes area `area_h` tall.
    fn make_plan(&self, model: &TimelineModel, filtered: &Filtered, area_h: f32) -> Plan {
        let (mut lanes, band) = self.gather(model, filtered);
        let extents: Vec<(f64, f64)> = band
            .iter()
            .map(|&(l, i)| {
                let entry = lanes
                    .get(l)
                    .and_then(|p| p.of(model))
                    .and_then(|lane| lane.entries.get(i));
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
        let capacity = rows.saturating_mul(self.row_capacity());
        for plan in &mut lanes {
            if plan.collapsed {
                plan.height = STRIP;
                continue;
            }
            if plan.shown.len() > capacity {
                plan.crowding = Crowding::Overfull;
                plan.height = head + LANE * rows as f32 + BADGE_ROW;
                continue;
            }
            let packed = plan.packed(self, model, rows);
            let badges = if packed.clusters.is_empty() {
                0.0
            } else {
                BADGE_ROW
            };
            plan.height = head + LANE * packed.rows_used.max(1) as f32 + badges;
        }
        let heights: Vec<f64> = lanes.iter().map(|l| f64::from(l.height)).collect();
        let (boxes, total) = stack_lanes(&heights, f64::from(LANE_GAP));
        Plan {
            lanes,
            band,
            band_slots,
            band_rows,
            boxes,
            total: total as f32,
            area_h,
            headers,
            rows,
        }
    }

    /// The most items one lane row can hold (see [`row_capacity`]): a marker is at least 3
    /// pixels wide (a bar) and starts at most a point's radius outside the plot.
    fn row_capacity(&self) -> usize {
        row_capacity(&self.pack_rules(1), 3.0, f64::from(POINT_RADIUS))
    }

    /// The packing rules of a lane with `rows` rows.
    fn pack_rules(&self, rows: usize) -> PackRules {
        PackRules {
            rows,
            gap: f64::from(LABEL_GAP),
            min_label: 70.0,
            shortest_label: 28.0,
            badge_w: f64::from(BADGE_W),
            left: f64::from(self.left),
            right: f64::from(self.right),
        }
    }

    /// Packs one lane's shown entries into `rows` rows and badges.
    fn pack_lane(&self, plan: &LanePlan, model: &TimelineModel, rows: usize) -> Packed {
        let Some(lane) = plan.of(model) else {
            return Packed::default();
        };
        let items: Vec<PackItem> = plan
            .shown
            .iter()
            .filter_map(|&i| lane.entries.get(i))
            .map(|e| {
                let (x0, x1) = self.marker_x(e);
                PackItem {
                    x0: f64::from(x0),
                    x1: f64::from(x1),
                    label_w: f64::from(e.label_w),
                }
            })
            .collect();
        let rules = self.pack_rules(rows);
        match plan.crowding {
            Crowding::MayFit => pack(&items, &rules),
            Crowding::Overfull => pack_crowded(&items, &rules),
        }
    }

    /// The lanes that show wholly inside the plan's window at `scroll`.
    pub(super) fn shown_lanes(plan: &Plan, scroll: f32) -> Vec<usize> {
        let scroll = f64::from(scroll);
        let area_h = f64::from(plan.area_h);
        let window = visible_lanes(&plan.boxes, scroll, area_h);
        window
            .filter(|&i| {
                plan.boxes
                    .get(i)
                    .is_some_and(|b| b.top >= scroll - 0.5 && b.bottom() <= scroll + area_h + 0.5)
            })
            .collect()
    }
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

    /// Two articles of `n` days each, a day apart, from 2025-01-01.
    fn crowded_docs(n: usize) -> Vec<crate::pipeline::Document> {
        (0..2)
            .map(|d| {
                let exprs: Vec<String> = (0..n).map(|i| format!("E{d}x{i:04}")).collect();
                let text: String = exprs.iter().map(|e| format!("It rose on {e}. ")).collect();
                let start = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
                let ymd = |k: i64| {
                    use chrono::Datelike;
                    let t = start + chrono::Duration::days(k);
                    (t.year(), t.month(), t.day())
                };
                let specs: Vec<crate::render::fixtures::Spec<'_>> = exprs
                    .iter()
                    .enumerate()
                    .map(|(i, e)| {
                        let k = i as i64;
                        (
                            e.as_str(),
                            "X",
                            Some((ymd(k), ymd(k + 1))),
                            Granularity::Day,
                        )
                    })
                    .collect();
                crate::render::fixtures::named(&format!("feeds/{d}.txt"), &text, &specs)
            })
            .collect()
    }

    #[test]
    fn a_kept_plan_draws_what_a_new_one_does() {
        use crate::render::{Layout, TimelineModel, fitted_view};
        let docs = crowded_docs(300);
        let model = TimelineModel::new(&docs, Layout::default().grouping);
        let view = fitted_view(&docs, 500.0);
        let scene = |layout: &Layout, model: Option<&TimelineModel>| {
            build_scene(&SceneInput {
                docs: &docs,
                view,
                width: 500.0,
                height: 400.0,
                selected: Some(EventId { doc: 1, event: 3 }),
                theme: &Theme::light(),
                export: false,
                generated: None,
                layout,
                model,
            })
        };
        let layout = Layout::default();
        let fresh = scene(&layout, None);
        assert!(
            !fresh.clusters.is_empty(),
            "300 days in 460 pixels overflow"
        );
        assert_eq!(scene(&layout, Some(&model)), fresh);
        assert_eq!(
            scene(&layout, Some(&model)),
            fresh,
            "drawn from the kept plan"
        );
        let scrolled = Layout {
            scroll_y: 30.0,
            ..Layout::default()
        };
        let kept = scene(&scrolled, Some(&model));
        assert_eq!(kept, scene(&scrolled, None));
        assert!(kept.scroll_y > 0.0 && kept.lanes_height == fresh.lanes_height);
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
