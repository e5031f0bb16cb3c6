//! Drawing a planned frame: lane headers, density strips, events, cluster badges and the
//! context band.

use super::lanes::{BADGE_ROW, BADGE_W, BAND_ROW, BAND_ROWS, HEAD, LanePlan, Plan};
use super::marks::Candidate;
use super::model::{Entry, Lane, TimelineModel};
use super::*;
use crate::render::text::fit_to_width;
use crate::timeline::cluster::Slot;
use crate::timeline::lanes::density;

/// A count as a badge shows it: "7", "999", "1.2k", "12k".
pub(super) fn compact(n: usize) -> String {
    match n {
        0..=999 => n.to_string(),
        1_000..=9_999 => format!("{:.1}k", n as f64 / 1_000.0),
        _ => format!("{}k", n / 1_000),
    }
}

impl Builder<'_> {
    /// The accessible label of event `id`, numbered with the model's counts.
    pub(super) fn target_label(&self, model: &TimelineModel, id: EventId) -> Option<String> {
        match model.events_before(id.doc) {
            Some(before) => numbered_label(self.input.docs, id, before),
            None => accessible_label(self.input.docs, id),
        }
    }

    /// Draws the lanes of `plan` that show in `area` and returns how many events of the
    /// drawn lanes are counted in badges.
    pub(super) fn draw_lanes(
        &mut self,
        plan: &Plan,
        model: &TimelineModel,
        scroll: f32,
        area: Rect,
        axis_y: f32,
    ) -> usize {
        let mut placed: Vec<(Candidate, f32)> = Vec::new();
        let mut hidden = 0;
        for li in Self::shown_lanes(plan, scroll) {
            let (Some(lp), Some(bx)) = (plan.lanes.get(li), plan.boxes.get(li)) else {
                continue;
            };
            let Some(lane) = lp.of(model) else {
                continue;
            };
            let color = self.lane_color(lp, model);
            let top = area.min.y + (bx.top as f32 - scroll);
            if plan.headers {
                self.lane_header(lp, lane, color, top);
            }
            if lp.collapsed {
                self.density_strip(lp, lane, color, top);
                continue;
            }
            let rows_top = top + if plan.headers { HEAD } else { 0.0 };
            let packed = lp.packed(self, model, plan.rows);
            for (slot, &i) in packed.slots.iter().zip(&lp.shown) {
                let (
                    Slot::Row {
                        row,
                        label_x,
                        label_w,
                    },
                    Some(entry),
                ) = (slot, lane.entries.get(i))
                else {
                    continue;
                };
                let c = self.candidate(entry, color, *label_x as f32, *label_w as f32);
                placed.push((c, rows_top + LANE * *row as f32 + LANE / 2.0));
            }
            let badge_y = rows_top + LANE * packed.rows_used.max(1) as f32 + BADGE_ROW / 2.0;
            for cluster in &packed.clusters {
                hidden += cluster.members.len();
                let members: Vec<&Entry> = cluster
                    .members
                    .iter()
                    .filter_map(|&m| lp.shown.get(m).and_then(|&i| lane.entries.get(i)))
                    .collect();
                let rect = Rect::from_corners(
                    cluster.x0 as f32,
                    badge_y - 8.0,
                    cluster.x1 as f32,
                    badge_y + 8.0,
                );
                self.badge(rect, &members, color);
            }
        }
        self.draw_placed(placed, model, area, axis_y);
        hidden
    }

    /// The layout of a placed entry with its label cut to the granted width.
    fn candidate(&self, entry: &Entry, color: Rgba, label_x: f32, label_w: f32) -> Candidate {
        let (marker_x0, marker_x1) = self.marker_x(entry);
        let full = self
            .input
            .docs
            .get(entry.id.doc)
            .and_then(|d| d.events.get(entry.id.event))
            .map_or("", |e| e.label.as_str());
        let label = if label_w <= 0.0 {
            String::new()
        } else if entry.label_w <= label_w {
            full.to_string()
        } else {
            fit_to_width(full, label_w, LABEL_SIZE)
        };
        let label_w = label_w.min(entry.label_w);
        let end = if label.is_empty() {
            marker_x1
        } else {
            marker_x1.max(label_x + label_w)
        };
        Candidate {
            id: entry.id,
            mark: entry.mark,
            label,
            label_w,
            color,
            marker_x0,
            marker_x1,
            label_x,
            extent: (f64::from(marker_x0.min(label_x)), f64::from(end)),
            vague: entry.vague,
            matched: self.needle.is_some(),
        }
    }

    /// Draws the placed events, the selected one last with its highlight and guide.
    fn draw_placed(
        &mut self,
        mut placed: Vec<(Candidate, f32)>,
        model: &TimelineModel,
        area: Rect,
        axis_y: f32,
    ) {
        let selected = self.input.selected;
        if let Some((c, _)) = placed.iter().find(|(c, _)| Some(c.id) == selected)
            && matches!(c.mark, Mark::Span(..))
        {
            let band = Rect::from_corners(
                c.marker_x0.max(self.left),
                area.min.y,
                c.marker_x1.min(self.right),
                axis_y,
            );
            self.push(Primitive::Rect {
                rect: band,
                fill: self.theme.highlight.with_alpha(110),
                stroke: None,
                radius: 0.0,
            });
        }
        placed.sort_by_key(|(c, _)| Some(c.id) == selected);
        let mut guide: Option<(f32, f32)> = None;
        for (c, cy) in &placed {
            let is_selected = Some(c.id) == selected;
            self.event(c, model, *cy, is_selected);
            if is_selected && let Mark::Point(_) = c.mark {
                guide = Some(((c.marker_x0 + c.marker_x1) / 2.0, *cy));
            }
        }
        if let Some((x, cy)) = guide {
            self.push(Primitive::Line {
                from: Pos::new(x, cy + POINT_RADIUS + 4.0),
                to: Pos::new(x, axis_y),
                stroke: Stroke::new(1.0, self.theme.selection.with_alpha(200)),
                dashed: false,
            });
            self.push(Primitive::Circle {
                center: Pos::new(x, cy),
                radius: POINT_RADIUS + 3.5,
                fill: self.theme.selection.with_alpha(0),
                stroke: Some(Stroke::new(2.0, self.theme.selection)),
            });
        }
    }

    /// A count badge standing for `members`; clicking it zooms to them or lists them.
    fn badge(&mut self, rect: Rect, members: &[&Entry], color: Rgba) {
        let begin = members
            .iter()
            .map(|e| e.begin)
            .fold(f64::INFINITY, f64::min);
        let end = members
            .iter()
            .map(|e| e.end)
            .fold(f64::NEG_INFINITY, f64::max);
        self.push(Primitive::Rect {
            rect,
            fill: color.with_alpha(40),
            stroke: Some(Stroke::new(1.0, color)),
            radius: 8.0,
        });
        self.push(Primitive::Text {
            pos: rect.center(),
            text: format!("+{}", compact(members.len())),
            size: 11.0,
            color: self.theme.text,
            anchor: TextAnchor::Middle,
        });
        let mut ids: Vec<(f64, EventId)> = members.iter().map(|e| (e.begin, e.id)).collect();
        ids.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        self.clusters.push(ClusterHit {
            rect,
            members: ids.into_iter().map(|(_, id)| id).collect(),
            begin,
            end,
        });
    }

    /// A lane's header strip: collapse toggle, colour, name and count.
    fn lane_header(&mut self, lp: &LanePlan, lane: &Lane, color: Rgba, top: f32) {
        let rect = Rect::from_corners(self.left, top, self.right, top + HEAD);
        self.push(Primitive::Rect {
            rect,
            fill: color.with_alpha(if lp.collapsed { 14 } else { 22 }),
            stroke: None,
            radius: 2.0,
        });
        let cy = top + HEAD / 2.0;
        let toggle = Rect::from_corners(self.left, top, self.left + 16.0, top + HEAD);
        self.push(Primitive::Text {
            pos: Pos::new(self.left + 8.0, cy),
            text: if lp.collapsed { "+" } else { "−" }.to_string(),
            size: SMALL_SIZE,
            color: self.theme.text_muted,
            anchor: TextAnchor::Middle,
        });
        self.push(Primitive::Rect {
            rect: Rect::from_corners(self.left + 18.0, cy - 4.5, self.left + 27.0, cy + 4.5),
            fill: color,
            stroke: None,
            radius: 2.0,
        });
        let total = lane.entries.len();
        let text = format!(
            "{} · {} of {} event{} in view",
            short(&lane.name, 60),
            lp.in_view,
            total,
            if total == 1 { "" } else { "s" }
        );
        let text = fit_to_width(&text, (self.right - self.left - 40.0).max(0.0), SMALL_SIZE);
        let w = text_width(&text, SMALL_SIZE);
        self.push(Primitive::Rect {
            rect: Rect::from_corners(
                self.left + 30.0,
                top + 1.0,
                self.left + 34.0 + w,
                top + HEAD - 1.0,
            ),
            fill: self
                .theme
                .background
                .with_alpha(if lp.collapsed { 200 } else { 0 }),
            stroke: None,
            radius: 2.0,
        });
        self.push(Primitive::Text {
            pos: Pos::new(self.left + 32.0, cy),
            text,
            size: SMALL_SIZE,
            color: self.theme.text,
            anchor: TextAnchor::Start,
        });
        self.lanes.push(LaneHit {
            header: rect,
            toggle,
            key: lane.key.clone(),
            name: lane.name.clone(),
            docs: lane.docs.clone(),
            collapsed: lp.collapsed,
        });
    }

    /// A collapsed lane's density strip: one shaded bin per 3 pixels with events in view.
    fn density_strip(&mut self, lp: &LanePlan, lane: &Lane, color: Rgba, top: f32) {
        const BIN: f64 = 3.0;
        let xs = lp
            .shown
            .iter()
            .filter_map(|&i| lane.entries.get(i))
            .map(|e| {
                let (x0, x1) = self.marker_x(e);
                f64::from((x0 + x1) / 2.0)
            });
        let left = f64::from(self.left);
        let bins = density(xs, left, f64::from(self.right), BIN);
        let max = bins.iter().copied().max().unwrap_or(0).max(1);
        for (k, &count) in bins.iter().enumerate() {
            if count == 0 {
                continue;
            }
            let x = (left + BIN * k as f64) as f32;
            let alpha = 60.0 + 195.0 * f64::from(count) / f64::from(max);
            self.push(Primitive::Rect {
                rect: Rect::from_corners(x, top + 3.0, x + BIN as f32, top + HEAD - 3.0),
                fill: color.with_alpha(alpha.min(255.0) as u8),
                stroke: None,
                radius: 0.0,
            });
        }
    }

    /// The context band: long spans as thin labelled bars in rows above `bottom`, the
    /// widest nearest the axis; those that do not fit are counted in one badge.
    pub(super) fn draw_band(&mut self, plan: &Plan, model: &TimelineModel, bottom: f32) {
        let mut overflow: Vec<&Entry> = Vec::new();
        for (slot, &(l, i)) in plan.band_slots.iter().zip(&plan.band) {
            let Some(lp) = plan.lanes.get(l) else {
                continue;
            };
            let Some(entry) = lp.of(model).and_then(|lane| lane.entries.get(i)) else {
                continue;
            };
            let Some(row) = slot.row else {
                overflow.push(entry);
                continue;
            };
            let cy = bottom - BAND_ROW * (row as f32 + 0.5);
            let color = self.lane_color(lp, model);
            self.band_bar(entry, model, color, (slot.x0 as f32, slot.x1 as f32), cy);
        }
        if !overflow.is_empty() {
            let cy = bottom - BAND_ROW * (BAND_ROWS as f32 + 0.5);
            let rect = Rect::from_corners(self.left, cy - 7.0, self.left + BADGE_W, cy + 7.0);
            self.badge(rect, &overflow, self.theme.axis);
        }
    }

    /// One context bar with its label inside, clickable.
    fn band_bar(
        &mut self,
        entry: &Entry,
        model: &TimelineModel,
        color: Rgba,
        (x0, x1): (f32, f32),
        cy: f32,
    ) {
        let rect = Rect::from_corners(x0, cy - 5.5, x1.max(x0 + 2.0), cy + 5.5);
        let target = self.target_label(model, entry.id).map(|label| Target {
            id: entry.id,
            label,
            hit: rect,
        });
        let is_selected = self.input.selected == Some(entry.id);
        self.items.push(Item {
            primitive: Primitive::Rect {
                rect,
                fill: color.with_alpha(if entry.vague { 26 } else { 48 }),
                stroke: Some(if is_selected {
                    Stroke::new(2.0, self.theme.selection)
                } else {
                    Stroke::new(1.0, color.with_alpha(150))
                }),
                radius: 5.5,
            },
            target,
        });
        let full = self
            .input
            .docs
            .get(entry.id.doc)
            .and_then(|d| d.events.get(entry.id.event))
            .map_or("", |e| e.label.as_str());
        let room = rect.width() - 10.0;
        if room >= 28.0 {
            self.push(Primitive::Text {
                pos: Pos::new(rect.min.x + 5.0, cy),
                text: fit_to_width(full, room, 10.5),
                size: 10.5,
                color: self.theme.text,
                anchor: TextAnchor::Start,
            });
        }
    }
}
