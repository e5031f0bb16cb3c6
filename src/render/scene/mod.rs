//! The backend-neutral scene: every shape and label of the timeline, in pixels, built by
//! one function ([`build_scene`]) and drawn by the egui, SVG and PNG backends.

mod cache;
mod draw;
mod header;
mod lanes;
mod marks;
pub mod model;
mod primitives;
mod views;

pub use model::TimelineModel;
pub use primitives::*;
pub use views::*;

use super::text::text_width;
use super::theme::{Rgba, Theme};
use crate::pipeline::Document;
use crate::timeline::lanes::Grouping;
use crate::timeline::{self, Placed, TimeView, stack_labels};
use chrono::NaiveDate;
use header::{short, year_of};
use lanes::BAND_ROW;
use std::collections::BTreeSet;

/// How the timeline is laid out and filtered, beyond the view: grouping into lanes,
/// collapsed lanes, hidden articles, the search and the vertical scroll.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// How events are grouped into lanes.
    pub grouping: Grouping,
    /// Keys of the collapsed lanes.
    pub collapsed: BTreeSet<String>,
    /// Articles (indices into the documents) whose events are hidden.
    pub hidden_docs: BTreeSet<usize>,
    /// Only events whose label, expression or sentence contain this (any case) are shown.
    pub search: Option<String>,
    /// Vertical scroll of the lanes area, in pixels.
    pub scroll_y: f32,
    /// Types, precision, date range: events these refuse are left out.
    pub filters: crate::timeline::filter::Filters,
}

/// What the scene is built from.
#[derive(Debug, Clone, Copy)]
pub struct SceneInput<'a> {
    /// The articles.
    pub docs: &'a [Document],
    /// Visible time range and its pixel range (see [`plot_x_range`]).
    pub view: TimeView,
    /// Width in pixels.
    pub width: f32,
    /// Height in pixels.
    pub height: f32,
    /// The selected event, drawn highlighted.
    pub selected: Option<EventId>,
    /// Colours.
    pub theme: &'a Theme,
    /// Drawn for an image file rather than the screen: no interaction hints, a legend of
    /// the articles with placed events only, and a caption at the bottom.
    pub export: bool,
    /// The date named in the export caption ("generated 2026-11-24"), if any.
    pub generated: Option<NaiveDate>,
    /// Lanes, filters, search and scroll.
    pub layout: &'a Layout,
    /// The model of `docs` under `layout.grouping` (holding only what `layout.filters`
    /// admit), when the caller keeps one; built for this scene otherwise.
    pub model: Option<&'a TimelineModel>,
}

/// Font size of event labels.
pub const LABEL_SIZE: f32 = 13.0;
const SMALL_SIZE: f32 = 12.0;
const MARGIN_X: f32 = 18.0;
const MARGIN_TOP: f32 = 10.0;
const ROW: f32 = 22.0;
const LANE: f32 = 22.0;
const AXIS_BOTTOM: f32 = 46.0;
const POINT_RADIUS: f32 = 5.0;
const BAR_HEIGHT: f32 = 16.0;
const LABEL_GAP: f32 = 10.0;
/// Height of the notes line above the axis.
const NOTE_ROW: f32 = 24.0;
const TICK_SPACING_PX: f64 = 84.0;
/// Height of the caption line under the axis in exports.
const FOOTER: f32 = 20.0;
/// Share of the placeable events the default view is fitted to (the rest are outliers,
/// shown by edge indicators).
pub const CORE_SHARE: f64 = 0.8;
/// The span shown when nothing can be placed: about four months.
const EMPTY_SPAN_SECS: f64 = 120.0 * timeline::DAY_SECS;
/// Builds the scene for `input`. The same scene is drawn on screen and exported.
pub fn build_scene(input: &SceneInput<'_>) -> Scene {
    let mut b = Builder::new(input);
    b.push(Primitive::Rect {
        rect: Rect::from_corners(0.0, 0.0, b.width, b.height),
        fill: b.theme.background,
        stroke: None,
        radius: 0.0,
    });
    let footer = if input.export { FOOTER } else { 0.0 };
    let axis_y = b.height - AXIS_BOTTOM - footer;
    if input.docs.is_empty() {
        b.push(Primitive::Text {
            pos: Pos::new(b.width / 2.0, b.height / 2.0),
            text: if input.export {
                "No articles".to_string()
            } else {
                "No articles yet — open some with File > Open… or drop them here".to_string()
            },
            size: 15.0,
            color: b.theme.text_muted,
            anchor: TextAnchor::Middle,
        });
        let plot = Rect::from_corners(b.left, MARGIN_TOP, b.right, axis_y);
        return b.finish(plot, 0, 0);
    }

    // Header: the legend, then the publication labels stacked in up to three rows.
    let legend_bottom = b.legend();
    let publications = b.layout_publications();
    let pub_rows = publications
        .iter()
        .filter_map(|p| match p.lane {
            Placed::Lane(l) => Some(l + 1),
            Placed::Hidden => None,
        })
        .max()
        .unwrap_or(0);
    let header_bottom = legend_bottom + ROW * pub_rows as f32;
    let plot = Rect::from_corners(b.left, header_bottom + 4.0, b.right, axis_y - NOTE_ROW);

    let ticks = timeline::ticks(&b.view, TICK_SPACING_PX);
    b.grid(&ticks, header_bottom, axis_y);
    b.publications(&publications, legend_bottom, header_bottom, axis_y);
    let built;
    let model = match input.model {
        Some(m) if m.is_for(input.docs, input.layout.grouping) => m,
        _ => {
            let full = TimelineModel::new(input.docs, input.layout.grouping);
            built = if input.layout.filters.is_empty() {
                full
            } else {
                full.filtered(input.docs, &input.layout.filters)
            };
            &built
        }
    };
    let unplaced = model.unplaced;
    let lanes_h = plot.height().max(LANE);
    let plan = b.plan(model, lanes_h);
    let scroll = plan.scroll(input.layout);
    let band_h = BAND_ROW * plan.band_rows as f32;
    let area = Rect::from_corners(plot.min.x, plot.min.y, plot.max.x, plot.max.y - band_h);
    let hidden = b.draw_lanes(&plan, model, scroll, area, axis_y)
        + plan.band_slots.iter().filter(|s| s.row.is_none()).count();
    b.draw_band(&plan, model, plot.max.y);
    b.lanes_height = plan.total;
    b.lanes_viewport = area.height();
    b.scroll_y = scroll;
    let in_view: usize = plan.lanes.iter().map(|l| l.in_view).sum();
    b.axis(&ticks, axis_y);

    let awaiting = model.awaiting;
    let placeable = model.placeable();
    if placeable == 0 {
        let text = match (awaiting, input.export) {
            (0, _) => match input.docs.len() {
                0 => "No dated events in these articles".to_string(),
                1 => "1 article, no dated events".to_string(),
                n => format!("{n} articles, no dated events"),
            },
            (_, true) => "No dated events yet".to_string(),
            (1, false) => {
                "No dated events yet — set a publication date to place the relative one".to_string()
            }
            (n, false) => format!(
                "No dated events yet — set a publication date to place the {n} relative ones"
            ),
        };
        b.message = Some(text.clone());
        b.push(Primitive::Text {
            pos: plot.center(),
            text,
            size: 15.0,
            color: b.theme.text_muted,
            anchor: TextAnchor::Middle,
        });
    }
    let (left_edge, right_edge) = b.edge_indicators(axis_y);

    let mut notes: Vec<String> = Vec::new();
    if !input.export {
        if in_view == 0 && placeable > 0 {
            notes.push(
                if b.needle.is_some() || !input.layout.hidden_docs.is_empty() {
                    "No matching events in view".to_string()
                } else {
                    "No dated events in view".to_string()
                },
            );
        }
        if awaiting > 0 && placeable > 0 {
            notes.push(format!(
                "{awaiting} relative date{} for a publication date",
                if awaiting == 1 { " waits" } else { "s wait" }
            ));
        }
    }
    b.notes(&notes, axis_y, left_edge, right_edge);
    if input.export {
        b.caption(placeable);
    }
    b.finish(plot, hidden, unplaced)
}

/// A publication marker in view and where its label went.
struct PublicationMark {
    /// The marker of every article in the group.
    xs: Vec<f32>,
    /// Where the label hangs.
    x: f32,
    text: String,
    lane: Placed,
}

/// The scene under construction: the input, the pixel frame and the primitives so far.
struct Builder<'a> {
    input: &'a SceneInput<'a>,
    theme: &'a Theme,
    view: TimeView,
    width: f32,
    height: f32,
    left: f32,
    right: f32,
    items: Vec<Item>,
    earlier: usize,
    later: usize,
    earlier_years: Vec<i32>,
    later_years: Vec<i32>,
    show_all_hits: Vec<Rect>,
    legend_hits: Vec<LegendHit>,
    message: Option<String>,
    /// The search in lower case, when there is one.
    needle: Option<String>,
    clusters: Vec<ClusterHit>,
    lanes: Vec<LaneHit>,
    lanes_height: f32,
    lanes_viewport: f32,
    scroll_y: f32,
}

impl<'a> Builder<'a> {
    fn new(input: &'a SceneInput<'a>) -> Self {
        let view = input.view;
        Self {
            input,
            theme: input.theme,
            view,
            width: input.width.max(64.0),
            height: input.height.max(64.0),
            left: view.left_px() as f32,
            right: view.right_px() as f32,
            items: Vec::new(),
            earlier: 0,
            later: 0,
            earlier_years: Vec::new(),
            later_years: Vec::new(),
            show_all_hits: Vec::new(),
            legend_hits: Vec::new(),
            message: None,
            needle: input
                .layout
                .search
                .as_deref()
                .map(|s| s.trim().to_lowercase())
                .filter(|s| !s.is_empty()),
            clusters: Vec::new(),
            lanes: Vec::new(),
            lanes_height: 0.0,
            lanes_viewport: 0.0,
            scroll_y: 0.0,
        }
    }

    fn push(&mut self, primitive: Primitive) {
        self.items.push(Item {
            primitive,
            target: None,
        });
    }

    fn finish(self, plot: Rect, hidden: usize, unplaced: usize) -> Scene {
        Scene {
            width: self.width,
            height: self.height,
            background: self.theme.background,
            items: self.items,
            plot,
            hidden,
            unplaced,
            earlier: self.earlier,
            later: self.later,
            show_all_hits: self.show_all_hits,
            legend: self.legend_hits,
            message: self.message,
            clusters: self.clusters,
            lanes: self.lanes,
            lanes_height: self.lanes_height,
            lanes_viewport: self.lanes_viewport,
            scroll_y: self.scroll_y,
        }
    }

    fn several(&self) -> bool {
        self.input.docs.len()
            - self
                .input
                .layout
                .hidden_docs
                .len()
                .min(self.input.docs.len())
            > 1
    }

    /// The articles the legend lists: all of them on screen, in exports only those with
    /// placed events.
    fn legend_docs(&self) -> Vec<usize> {
        self.input
            .docs
            .iter()
            .enumerate()
            .filter(|(i, doc)| {
                !self.input.layout.hidden_docs.contains(i)
                    && (!self.input.export
                        || doc.events.iter().any(|e| mark_of(&e.timex).is_some()))
            })
            .map(|(i, _)| i)
            .collect()
    }
}
