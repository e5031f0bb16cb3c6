//! The backend-neutral scene: every shape and label of the timeline, in pixels, built by
//! one function ([`build_scene`]) and drawn by the egui, SVG and PNG backends.

use super::text::text_width;
use super::theme::{Rgba, Theme};
use crate::pipeline::Document;
use crate::temporal::{Granularity, Modifier, Timex, TimexValue};
use crate::timeline::{self, Placed, TimeView, core_range, stack_labels, to_secs};
use chrono::NaiveDate;

/// A point in scene pixels (origin top-left, y down).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Pos {
    /// Horizontal position.
    pub x: f32,
    /// Vertical position.
    pub y: f32,
}

impl Pos {
    /// The point `(x, y)`.
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }
}

/// An axis-aligned rectangle in scene pixels.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    /// Top-left corner.
    pub min: Pos,
    /// Bottom-right corner.
    pub max: Pos,
}

impl Rect {
    /// The rectangle between `(x0, y0)` and `(x1, y1)`, in any order.
    pub fn from_corners(x0: f32, y0: f32, x1: f32, y1: f32) -> Self {
        Self {
            min: Pos::new(x0.min(x1), y0.min(y1)),
            max: Pos::new(x0.max(x1), y0.max(y1)),
        }
    }

    /// Width.
    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    /// Height.
    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    /// The centre point.
    pub fn center(&self) -> Pos {
        Pos::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// True when `p` is inside (edges included).
    pub fn contains(&self, p: Pos) -> bool {
        (self.min.x..=self.max.x).contains(&p.x) && (self.min.y..=self.max.y).contains(&p.y)
    }
}

/// A line style.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Line width in pixels.
    pub width: f32,
    /// Line colour.
    pub color: Rgba,
}

impl Stroke {
    /// A stroke of `width` in `color`.
    pub const fn new(width: f32, color: Rgba) -> Self {
        Self { width, color }
    }
}

/// Which point of a text its position names, horizontally. Vertically the position is
/// always the middle of the text line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextAnchor {
    /// The position is the left end of the text.
    Start,
    /// The position is the middle of the text.
    Middle,
    /// The position is the right end of the text.
    End,
}

/// One drawing primitive.
#[derive(Debug, Clone, PartialEq)]
pub enum Primitive {
    /// A filled, optionally outlined, optionally rounded rectangle.
    Rect {
        /// Where.
        rect: Rect,
        /// Fill colour.
        fill: Rgba,
        /// Outline.
        stroke: Option<Stroke>,
        /// Corner radius.
        radius: f32,
    },
    /// A straight line.
    Line {
        /// Start.
        from: Pos,
        /// End.
        to: Pos,
        /// Style.
        stroke: Stroke,
        /// Drawn dashed.
        dashed: bool,
    },
    /// A filled, optionally outlined circle.
    Circle {
        /// Centre.
        center: Pos,
        /// Radius.
        radius: f32,
        /// Fill colour.
        fill: Rgba,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// One line of text in [`super::text::FONT_FAMILY`].
    Text {
        /// Anchor point (see [`TextAnchor`]); `y` is the middle of the line.
        pos: Pos,
        /// The text.
        text: String,
        /// Font size in pixels.
        size: f32,
        /// Colour.
        color: Rgba,
        /// Horizontal anchoring.
        anchor: TextAnchor,
    },
}

/// Which event: the index of its document and its index among that document's events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventId {
    /// Index into the documents.
    pub doc: usize,
    /// Index into `Document::events`.
    pub event: usize,
}

/// What clicking a primitive selects.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// The event.
    pub id: EventId,
    /// A unique accessible label ("event 3: Monday — 2025-11-03").
    pub label: String,
    /// The clickable area: the marker and its label.
    pub hit: Rect,
}

/// A primitive, and the event it selects when it is clickable.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// What to draw.
    pub primitive: Primitive,
    /// The event it stands for, for the one marker primitive of each placed event.
    pub target: Option<Target>,
}

/// Everything drawn for one timeline, in back-to-front order.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Width in pixels.
    pub width: f32,
    /// Height in pixels.
    pub height: f32,
    /// Background colour.
    pub background: Rgba,
    /// Primitives, back to front.
    pub items: Vec<Item>,
    /// The lane area (between the header and the axis).
    pub plot: Rect,
    /// Events in view that did not fit in the lanes.
    pub hidden: usize,
    /// Events with no place on a timeline (durations, sets, or waiting for a date).
    pub unplaced: usize,
    /// Events before the visible range.
    pub earlier: usize,
    /// Events after the visible range.
    pub later: usize,
    /// The edge indicators ("« 2 earlier events …"): clicking one shows everything.
    pub show_all_hits: Vec<Rect>,
    /// The message shown in the middle when nothing can be drawn ("No dated events yet…").
    pub message: Option<String>,
}

impl Scene {
    /// The clickable targets, in drawing order.
    pub fn targets(&self) -> impl Iterator<Item = &Target> {
        self.items.iter().filter_map(|i| i.target.as_ref())
    }

    /// The topmost target at `p`.
    pub fn target_at(&self, p: Pos) -> Option<&Target> {
        self.targets().filter(|t| t.hit.contains(p)).last()
    }
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
const LABEL_GAP: f32 = 14.0;
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

/// The pixel range of the time axis for a scene `width` pixels wide.
pub fn plot_x_range(width: f32) -> (f64, f64) {
    (
        f64::from(MARGIN_X),
        f64::from((width - MARGIN_X).max(MARGIN_X + 1.0)),
    )
}

/// How an event sits on the timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mark {
    /// A day or finer (at most a day and a half long): a point at this instant (seconds).
    Point(f64),
    /// A week or coarser, or several days: a bar over `[begin, until)` (seconds).
    Span(f64, f64),
}

/// Where `timex` goes on the timeline, if anywhere.
pub fn mark_of(timex: &Timex) -> Option<Mark> {
    let interval = timex.interval.as_ref()?;
    let begin = to_secs(interval.begin());
    let until = to_secs(interval.until());
    // A day or finer is a point, unless it covers several days ("the weekend").
    let short = until - begin <= 1.5 * timeline::DAY_SECS;
    Some(if interval.granularity() >= Granularity::Day && short {
        Mark::Point((begin + until) / 2.0)
    } else {
        Mark::Span(begin, until)
    })
}

/// The time range `(begin, end)` in seconds of every placeable event.
fn event_ranges(docs: &[Document]) -> Vec<(f64, f64)> {
    docs.iter()
        .flat_map(|doc| doc.events.iter())
        .filter_map(|event| match mark_of(&event.timex)? {
            Mark::Point(t) => Some((t, t)),
            Mark::Span(b, u) => Some((b, u)),
        })
        .collect()
}

/// The publication instants of `docs`, in seconds.
fn publication_pins(docs: &[Document]) -> Vec<f64> {
    docs.iter().filter_map(publication_secs).collect()
}

/// The earliest and latest instants of all events and publication dates, in seconds.
pub fn time_extent(docs: &[Document]) -> Option<(f64, f64)> {
    core_range(&event_ranges(docs), &publication_pins(docs), 1.0)
}

/// The view when nothing can be placed: about four months around the first publication
/// date, or around `today` when no article has one.
fn empty_view(docs: &[Document], width: f32, today: NaiveDate) -> TimeView {
    let (left, right) = plot_x_range(width);
    let centre = publication_pins(docs)
        .first()
        .copied()
        .or_else(|| today.and_hms_opt(12, 0, 0).map(to_secs))
        .unwrap_or(0.0);
    TimeView::new(
        centre - EMPTY_SPAN_SECS / 2.0,
        centre + EMPTY_SPAN_SECS / 2.0,
        left,
        right,
    )
}

/// Today's date on the local clock.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A view of everything in `docs` (every event and publication date) for a scene `width`
/// pixels wide: what "Fit all" shows.
pub fn fitted_view(docs: &[Document], width: f32) -> TimeView {
    fitted_view_on(docs, width, today())
}

/// [`fitted_view`] with `today` as the centre when nothing can be placed.
pub fn fitted_view_on(docs: &[Document], width: f32, today: NaiveDate) -> TimeView {
    let base = empty_view(docs, width, today);
    if event_ranges(docs).is_empty() {
        return base;
    }
    time_extent(docs).map_or(base, |range| base.fit(range))
}

/// The default view of `docs` for a scene `width` pixels wide, on screen and in exports:
/// fitted to the dense core (the smallest range holding [`CORE_SHARE`] of the placeable
/// events, plus every publication date); the outliers are shown by edge indicators.
pub fn default_view(docs: &[Document], width: f32) -> TimeView {
    default_view_on(docs, width, today())
}

/// [`default_view`] with `today` as the centre when nothing can be placed.
pub fn default_view_on(docs: &[Document], width: f32, today: NaiveDate) -> TimeView {
    let base = empty_view(docs, width, today);
    let ranges = event_ranges(docs);
    if ranges.is_empty() {
        return base;
    }
    core_range(&ranges, &publication_pins(docs), CORE_SHARE).map_or(base, |range| base.fit(range))
}

/// The publication instant (midnight) of `doc`.
fn publication_secs(doc: &Document) -> Option<f64> {
    doc.dct().and_then(|d| d.and_hms_opt(0, 0, 0)).map(to_secs)
}

/// The unique accessible label of an event: its number (1-based, across all documents),
/// its expression and its value, e.g. "event 3: Monday — 2025-11-03".
pub fn accessible_label(docs: &[Document], id: EventId) -> Option<String> {
    let doc = docs.get(id.doc)?;
    let event = doc.events.get(id.event)?;
    let before: usize = docs.iter().take(id.doc).map(|d| d.events.len()).sum();
    Some(format!(
        "event {}: {} — {}",
        before + id.event + 1,
        doc.slice(event.timex.span),
        event.timex.value
    ))
}

/// A placeable event and its layout before stacking.
struct Candidate {
    id: EventId,
    mark: Mark,
    label: String,
    label_w: f32,
    color: Rgba,
    /// Marker left/right and label start, in pixels.
    marker_x0: f32,
    marker_x1: f32,
    label_x: f32,
    extent: (f64, f64),
    /// A vague time (PAST_REF, "about", "early …"): drawn with faded ends.
    vague: bool,
}

/// True when `timex` is vague: a PAST_REF/PRESENT_REF/FUTURE_REF range, or approximate
/// (modifier APPROX, START, MID or END). Vague bars are drawn with faded, dashed ends.
pub fn is_vague(timex: &Timex) -> bool {
    let reference = match &timex.value {
        TimexValue::Ref(_) => true,
        TimexValue::Text(v) => ["PAST_REF", "PRESENT_REF", "FUTURE_REF"]
            .iter()
            .any(|r| v.starts_with(r)),
        _ => false,
    };
    reference
        || matches!(
            timex.modifier,
            Some(Modifier::Approx | Modifier::Start | Modifier::Mid | Modifier::End)
        )
}

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
    let (candidates, unplaced) = b.candidates();
    let hidden = b.events(&candidates, plot, axis_y);
    b.axis(&ticks, axis_y);

    let awaiting: usize = input.docs.iter().map(Document::awaiting_date).sum();
    let placeable = event_ranges(input.docs).len();
    if placeable == 0 {
        let text = match (awaiting, input.export) {
            (0, _) => "No dated events in these articles".to_string(),
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
        if candidates.is_empty() && placeable > 0 {
            notes.push("No dated events in view".to_string());
        }
        if hidden > 0 {
            notes.push(format!("+{hidden} more — zoom in to see them"));
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
    message: Option<String>,
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
            message: None,
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
            message: self.message,
        }
    }

    fn several(&self) -> bool {
        self.input.docs.len() > 1
    }

    /// The articles the legend lists: all of them on screen, in exports only those with
    /// placed events.
    fn legend_docs(&self) -> Vec<usize> {
        self.input
            .docs
            .iter()
            .enumerate()
            .filter(|(_, doc)| {
                !self.input.export || doc.events.iter().any(|e| mark_of(&e.timex).is_some())
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The edge indicators for events out of view ("« 2 earlier events (1968, 2009)"),
    /// on the notes line above the axis; clicking one on screen shows everything. Returns
    /// the x where the left indicator ends (`left` when there is none) and where the right
    /// one starts (`right` when there is none).
    fn edge_indicators(&mut self, axis_y: f32) -> (f32, f32) {
        let cy = axis_y - NOTE_ROW / 2.0;
        let mut left_end = self.left;
        let mut right_start = self.right;
        let sides = [
            (self.earlier, std::mem::take(&mut self.earlier_years), true),
            (self.later, std::mem::take(&mut self.later_years), false),
        ];
        for (count, years, is_left) in sides {
            if count == 0 {
                continue;
            }
            let text = edge_text(count, &years, is_left);
            let w = text_width(&text, SMALL_SIZE);
            let (x0, x1) = if is_left {
                (self.left, self.left + w + 12.0)
            } else {
                (self.right - w - 12.0, self.right)
            };
            if is_left {
                left_end = x1;
            } else {
                right_start = x0;
            }
            let rect = Rect::from_corners(x0, cy - 10.0, x1, cy + 10.0);
            self.push(Primitive::Rect {
                rect,
                fill: self.theme.background,
                stroke: Some(Stroke::new(1.0, self.theme.grid_major)),
                radius: 4.0,
            });
            self.push(Primitive::Text {
                pos: Pos::new(x0 + 6.0, cy),
                text,
                size: SMALL_SIZE,
                color: self.theme.text,
                anchor: TextAnchor::Start,
            });
            self.show_all_hits.push(rect);
        }
        (left_end, right_start)
    }

    /// The export caption at the bottom: "Tempora · 16 events from 1 article · generated …".
    fn caption(&mut self, placed: usize) {
        let articles = self.legend_docs().len();
        let mut text = format!(
            "Tempora · {placed} event{} from {articles} article{}",
            if placed == 1 { "" } else { "s" },
            if articles == 1 { "" } else { "s" }
        );
        if let Some(date) = self.input.generated {
            text.push_str(&format!(" · generated {}", date.format("%Y-%m-%d")));
        }
        self.push(Primitive::Text {
            pos: Pos::new(self.width - MARGIN_X, self.height - FOOTER / 2.0 - 2.0),
            text,
            size: 11.0,
            color: self.theme.text_muted,
            anchor: TextAnchor::End,
        });
    }

    /// One swatch and title per article (when there are several), wrapped over at most
    /// three rows. Returns the y below the legend.
    fn legend(&mut self) -> f32 {
        let mut y = MARGIN_TOP;
        if !self.several() {
            return y;
        }
        let docs = self.input.docs;
        let listed = self.legend_docs();
        if listed.is_empty() {
            return y;
        }
        let mut x = MARGIN_X;
        let mut rows = 1;
        for (n, &i) in listed.iter().enumerate() {
            let Some(doc) = docs.get(i) else {
                continue;
            };
            let color = self.theme.article(i);
            let title = short(&doc.article.title, 40);
            let item_w = 15.0 + text_width(&title, SMALL_SIZE);
            let last = n + 1 == listed.len();
            // On the last row, keep room for the "+N more" that follows.
            let reserve = if rows == 3 && !last {
                22.0 + text_width(&format!("+{} more", listed.len() - n), SMALL_SIZE)
            } else {
                0.0
            };
            if x > MARGIN_X && x + item_w + reserve > self.width - MARGIN_X {
                if rows == 3 {
                    self.push(Primitive::Text {
                        pos: Pos::new(x, y + 11.0),
                        text: format!("+{} more", listed.len() - n),
                        size: SMALL_SIZE,
                        color: self.theme.text_muted,
                        anchor: TextAnchor::Start,
                    });
                    break;
                }
                rows += 1;
                x = MARGIN_X;
                y += ROW;
            }
            self.push(Primitive::Rect {
                rect: Rect::from_corners(x, y + 6.0, x + 10.0, y + 16.0),
                fill: color,
                stroke: None,
                radius: 2.0,
            });
            self.push(Primitive::Text {
                pos: Pos::new(x + 15.0, y + 11.0),
                text: title,
                size: SMALL_SIZE,
                color: self.theme.text,
                anchor: TextAnchor::Start,
            });
            x += item_w + 22.0;
        }
        y + ROW
    }

    /// The publication dates in view, grouped (same date, or within a few pixels: one
    /// label such as "published 2025-11-04 (3 articles)"), with the group labels stacked in
    /// three rows at most.
    fn layout_publications(&self) -> Vec<PublicationMark> {
        let several = self.several();
        let listed = self.legend_docs();
        let mut marks: Vec<(f32, NaiveDate, &str)> = self
            .input
            .docs
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.input.export || listed.contains(i))
            .filter_map(|(_, doc)| {
                let secs = publication_secs(doc)?;
                let date = doc.dct()?;
                let x = self.view.x_of(secs) as f32;
                (x >= self.left - 1.0 && x <= self.right + 1.0).then_some((
                    x,
                    date,
                    doc.article.title.as_str(),
                ))
            })
            .collect();
        marks.sort_by(|a, b| a.0.total_cmp(&b.0));
        // Marks closer than a few pixels share one label; when the labels do not all fit
        // in the rows, wider groups are tried.
        let mut best: Vec<PublicationMark> = Vec::new();
        for group_px in [6.0, 16.0, 40.0, 100.0, 250.0, f32::INFINITY] {
            let layout = self.publication_groups(&marks, group_px, several);
            let all_fit = layout.iter().all(|m| matches!(m.lane, Placed::Lane(_)));
            best = layout;
            if all_fit {
                break;
            }
        }
        best
    }

    /// Publication marks (sorted by x) grouped when closer than `group_px`, labelled and
    /// stacked.
    fn publication_groups(
        &self,
        marks: &[(f32, NaiveDate, &str)],
        group_px: f32,
        several: bool,
    ) -> Vec<PublicationMark> {
        let mut groups: Vec<Vec<(f32, NaiveDate, &str)>> = Vec::new();
        for &mark in marks {
            match groups.last_mut() {
                Some(g) if g.last().is_some_and(|l| mark.0 - l.0 < group_px) => g.push(mark),
                _ => groups.push(vec![mark]),
            }
        }
        let labelled: Vec<(Vec<f32>, f32, String)> = groups
            .into_iter()
            .filter_map(|g| {
                let (first, last) = (g.first()?, g.last()?);
                let xs: Vec<f32> = g.iter().map(|m| m.0).collect();
                let text = if g.len() == 1 {
                    if several {
                        format!(
                            "published {} · {}",
                            first.1.format("%Y-%m-%d"),
                            short(first.2, 24)
                        )
                    } else {
                        format!("published {}", first.1.format("%Y-%m-%d"))
                    }
                } else if first.1 == last.1 {
                    format!(
                        "published {} ({} articles)",
                        first.1.format("%Y-%m-%d"),
                        g.len()
                    )
                } else {
                    let end = if chrono::Datelike::year(&first.1) == chrono::Datelike::year(&last.1)
                    {
                        last.1.format("%m-%d").to_string()
                    } else {
                        last.1.format("%Y-%m-%d").to_string()
                    };
                    format!(
                        "published {} – {end} ({} articles)",
                        first.1.format("%Y-%m-%d"),
                        g.len()
                    )
                };
                Some((xs, first.0, text))
            })
            .collect();
        let extents: Vec<(f64, f64)> = labelled
            .iter()
            .map(|(_, x, text)| {
                let x0 = pub_label_x(*x, text, self.right);
                (f64::from(x0), f64::from(x0 + text_width(text, SMALL_SIZE)))
            })
            .collect();
        let lanes = stack_labels(&extents, 8.0, 3);
        labelled
            .into_iter()
            .zip(lanes)
            .map(|((xs, x, text), lane)| PublicationMark { xs, x, text, lane })
            .collect()
    }

    /// Vertical grid lines at the ticks.
    fn grid(&mut self, ticks: &[timeline::Tick], top: f32, axis_y: f32) {
        for tick in ticks {
            let x = self.view.x_of(tick.secs) as f32;
            let color = if tick.major {
                self.theme.grid_major
            } else {
                self.theme.grid
            };
            self.push(Primitive::Line {
                from: Pos::new(x, top),
                to: Pos::new(x, axis_y),
                stroke: Stroke::new(1.0, color),
                dashed: false,
            });
        }
    }

    /// The dashed publication markers and their labels (rows start at `rows_top`).
    fn publications(
        &mut self,
        marks: &[PublicationMark],
        rows_top: f32,
        header_bottom: f32,
        axis_y: f32,
    ) {
        for mark in marks {
            // Thin and light, behind the events.
            for &x in &mark.xs {
                self.push(Primitive::Line {
                    from: Pos::new(x, header_bottom - 2.0),
                    to: Pos::new(x, axis_y),
                    stroke: Stroke::new(1.0, self.theme.published.with_alpha(120)),
                    dashed: true,
                });
            }
            if let Placed::Lane(lane) = mark.lane {
                let row_y = rows_top + ROW * lane as f32 + ROW / 2.0;
                self.push(Primitive::Circle {
                    center: Pos::new(mark.x, row_y),
                    radius: 3.5,
                    fill: self.theme.published,
                    stroke: None,
                });
                self.push(Primitive::Text {
                    pos: Pos::new(pub_label_x(mark.x, &mark.text, self.right), row_y),
                    text: mark.text.clone(),
                    size: SMALL_SIZE,
                    color: self.theme.published,
                    anchor: TextAnchor::Start,
                });
            }
        }
    }

    /// Every event in view with its marker and label laid out on one line (before
    /// stacking), the number of events with no place on a timeline and the number out of
    /// view.
    fn candidates(&mut self) -> (Vec<Candidate>, usize) {
        let mut unplaced = 0usize;
        let mut candidates: Vec<Candidate> = Vec::new();
        for (d, doc) in self.input.docs.iter().enumerate() {
            let color = self.theme.article(d);
            for (e, event) in doc.events.iter().enumerate() {
                let Some(mark) = mark_of(&event.timex) else {
                    unplaced += 1;
                    continue;
                };
                let id = EventId { doc: d, event: e };
                match self.candidate(id, mark, &event.label, color) {
                    Some(mut c) => {
                        c.vague = is_vague(&event.timex);
                        candidates.push(c);
                    }
                    None => {
                        let (lo, hi) = match mark {
                            Mark::Point(t) => (t, t),
                            Mark::Span(b, u) => (b, u),
                        };
                        if self.view.x_of(hi) < f64::from(self.left) {
                            self.earlier += 1;
                            self.earlier_years.push(year_of(lo));
                        } else {
                            self.later += 1;
                            self.later_years.push(year_of(lo));
                        }
                    }
                }
            }
        }
        (candidates, unplaced)
    }

    /// The layout of one event, or `None` when it is out of view.
    fn candidate(&self, id: EventId, mark: Mark, label: &str, color: Rgba) -> Option<Candidate> {
        let (left, right) = (self.left, self.right);
        // Cull before measuring: only events whose marker is in view are laid out.
        let visible = match mark {
            Mark::Point(t) => {
                let x = self.view.x_of(t) as f32;
                x + POINT_RADIUS >= left - 2.0 && x - POINT_RADIUS <= right + 2.0
            }
            Mark::Span(b, u) => {
                self.view.x_of(u) as f32 >= left && self.view.x_of(b) as f32 <= right
            }
        };
        if !visible {
            return None;
        }
        let mut label = label.to_string();
        let mut label_w = text_width(&label, LABEL_SIZE);
        let (marker_x0, marker_x1, label_x) = match mark {
            Mark::Point(t) => {
                let x = self.view.x_of(t) as f32;
                let after = x + POINT_RADIUS + 5.0;
                let before = x - POINT_RADIUS - 5.0 - label_w;
                // Near the right edge the label goes to the left of the point.
                let label_x = if after + label_w > right && before >= left {
                    before
                } else {
                    after
                };
                (x - POINT_RADIUS, x + POINT_RADIUS, label_x)
            }
            Mark::Span(b, u) => {
                let x0 = (self.view.x_of(b) as f32).max(left - 4.0);
                let x1 = (self.view.x_of(u) as f32).min(right + 4.0).max(x0 + 3.0);
                // Inside the bar when it fits there, else after it, else before it.
                let inside = x0.max(left) + 6.0;
                let after = x1 + 5.0;
                let before = x0 - 5.0 - label_w;
                let label_x = if inside + label_w + 6.0 <= x1.min(right) {
                    inside
                } else if after + label_w <= right {
                    after
                } else if before >= left {
                    before
                } else if after + 60.0 <= right {
                    after // cut at the right edge below
                } else {
                    inside.min(right - label_w).max(left)
                };
                (x0, x1, label_x)
            }
        };
        // Neither side had room: cut the label at the right edge.
        if label_x + label_w > right {
            label = fit_text(&label, (right - label_x).max(0.0), LABEL_SIZE);
            label_w = text_width(&label, LABEL_SIZE);
        }
        let start = marker_x0.min(label_x);
        let end = marker_x1.max(label_x + label_w);
        Some(Candidate {
            id,
            mark,
            label,
            label_w,
            color,
            marker_x0,
            marker_x1,
            label_x,
            extent: (f64::from(start), f64::from(end)),
            vague: false,
        })
    }

    /// Stacks the candidates into the lanes of `plot` and draws them, the selected one last
    /// with a guide down to the axis. Returns how many did not fit.
    fn events(&mut self, candidates: &[Candidate], plot: Rect, axis_y: f32) -> usize {
        let max_lanes = ((plot.height() / LANE).floor().max(1.0)) as usize;
        let extents: Vec<(f64, f64)> = candidates.iter().map(|c| c.extent).collect();
        let lanes = stack_labels(&extents, f64::from(LABEL_GAP), max_lanes);
        let mut hidden = 0usize;
        let mut placed: Vec<(&Candidate, usize)> = Vec::new();
        for (c, lane) in candidates.iter().zip(&lanes) {
            match lane {
                Placed::Lane(l) => placed.push((c, *l)),
                Placed::Hidden => {
                    hidden += 1;
                    // Events without room still show where they are: a dot on the axis.
                    self.push(Primitive::Circle {
                        center: Pos::new((c.marker_x0 + c.marker_x1) / 2.0, axis_y - 4.0),
                        radius: 2.5,
                        fill: c.color.with_alpha(170),
                        stroke: None,
                    });
                }
            }
        }
        let selected = self.input.selected;
        // A selected span is shown by a translucent band over its whole interval, behind
        // every event.
        if let Some((c, _)) = placed.iter().find(|(c, _)| Some(c.id) == selected)
            && matches!(c.mark, Mark::Span(..))
        {
            let band = Rect::from_corners(
                c.marker_x0.max(self.left),
                plot.min.y,
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
        // Unselected first, the selected event last so it is drawn on top.
        placed.sort_by_key(|(c, _)| Some(c.id) == selected);
        let mut guide: Option<(f32, f32)> = None;
        for (c, lane) in placed {
            let cy = plot.min.y + LANE * lane as f32 + LANE / 2.0;
            let is_selected = Some(c.id) == selected;
            self.event(c, cy, is_selected);
            if is_selected && let Mark::Point(_) = c.mark {
                guide = Some(((c.marker_x0 + c.marker_x1) / 2.0, cy));
            }
        }
        // A selected point gets a ring and a thin solid guide down to the axis (never the
        // dashed publication style).
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
        hidden
    }

    /// One event in the lane centred on `cy`: label backing, clickable marker, label.
    fn event(&mut self, c: &Candidate, cy: f32, is_selected: bool) {
        let theme = self.theme;
        let hit = Rect::from_corners(
            c.extent.0 as f32,
            cy - LANE / 2.0 + 1.0,
            c.extent.1 as f32,
            cy + LANE / 2.0 - 1.0,
        );
        let target = accessible_label(self.input.docs, c.id).map(|label| Target {
            id: c.id,
            label,
            hit,
        });
        // A backing behind the label keeps it readable over grid and marker lines; the
        // selected label gets the highlight colour.
        let inside_bar = matches!(c.mark, Mark::Span(..))
            && c.label_x >= c.marker_x0
            && c.label_x + c.label_w <= c.marker_x1;
        if !inside_bar {
            self.push(Primitive::Rect {
                rect: Rect::from_corners(
                    c.label_x - 3.0,
                    cy - 9.0,
                    c.label_x + c.label_w + 3.0,
                    cy + 9.0,
                ),
                fill: if is_selected {
                    theme.highlight
                } else {
                    theme.background.with_alpha(215)
                },
                stroke: None,
                radius: 3.0,
            });
        }
        let marker = match c.mark {
            Mark::Point(_) => Primitive::Circle {
                center: Pos::new((c.marker_x0 + c.marker_x1) / 2.0, cy),
                radius: POINT_RADIUS,
                fill: if is_selected {
                    theme.selection
                } else if c.vague {
                    c.color.with_alpha(110)
                } else {
                    c.color
                },
                stroke: Some(if is_selected {
                    Stroke::new(2.0, theme.text)
                } else if c.vague {
                    Stroke::new(1.0, c.color)
                } else {
                    Stroke::new(1.0, theme.background)
                }),
            },
            Mark::Span(..) if c.vague => self.vague_bar(c, cy, is_selected),
            Mark::Span(..) => Primitive::Rect {
                rect: Rect::from_corners(
                    c.marker_x0,
                    cy - BAR_HEIGHT / 2.0,
                    c.marker_x1,
                    cy + BAR_HEIGHT / 2.0,
                ),
                fill: c.color.with_alpha(if is_selected { 90 } else { 46 }),
                stroke: Some(if is_selected {
                    Stroke::new(2.0, theme.selection)
                } else {
                    Stroke::new(1.0, c.color)
                }),
                radius: 3.0,
            },
        };
        self.items.push(Item {
            primitive: marker,
            target,
        });
        self.push(Primitive::Text {
            pos: Pos::new(c.label_x, cy),
            text: c.label.clone(),
            size: LABEL_SIZE,
            color: theme.text,
            anchor: TextAnchor::Start,
        });
    }

    /// A vague bar: faded ends stepping towards full opacity, a dashed outline and a solid
    /// core. Pushes the decoration and returns the core, the clickable marker.
    fn vague_bar(&mut self, c: &Candidate, cy: f32, is_selected: bool) -> Primitive {
        const STEPS: usize = 4;
        let (x0, x1) = (c.marker_x0, c.marker_x1);
        let (top, bottom) = (cy - BAR_HEIGHT / 2.0, cy + BAR_HEIGHT / 2.0);
        let fade = ((x1 - x0) * 0.25).min(48.0);
        let core_alpha: u8 = if is_selected { 90 } else { 46 };
        if fade >= 4.0 {
            for i in 0..STEPS {
                let alpha = (f32::from(core_alpha) * (i as f32 + 0.5) / STEPS as f32) as u8;
                let a = fade * i as f32 / STEPS as f32;
                let b = fade * (i + 1) as f32 / STEPS as f32;
                for (l, r) in [(x0 + a, x0 + b), (x1 - b, x1 - a)] {
                    self.push(Primitive::Rect {
                        rect: Rect::from_corners(l, top, r, bottom),
                        fill: c.color.with_alpha(alpha),
                        stroke: None,
                        radius: 0.0,
                    });
                }
            }
        }
        for y in [top, bottom] {
            self.push(Primitive::Line {
                from: Pos::new(x0, y),
                to: Pos::new(x1, y),
                stroke: Stroke::new(1.0, c.color.with_alpha(170)),
                dashed: true,
            });
        }
        let fade = if fade >= 4.0 { fade } else { 0.0 };
        Primitive::Rect {
            rect: Rect::from_corners(x0 + fade, top, (x1 - fade).max(x0 + fade + 1.0), bottom),
            fill: c.color.with_alpha(core_alpha),
            stroke: is_selected.then(|| Stroke::new(2.0, self.theme.selection)),
            radius: 0.0,
        }
    }

    /// The axis line, tick marks, tick labels and context labels (year, month, day).
    fn axis(&mut self, ticks: &[timeline::Tick], axis_y: f32) {
        self.push(Primitive::Line {
            from: Pos::new(self.left, axis_y),
            to: Pos::new(self.right, axis_y),
            stroke: Stroke::new(1.0, self.theme.axis),
            dashed: false,
        });
        for tick in ticks {
            let x = self.view.x_of(tick.secs) as f32;
            self.push(Primitive::Line {
                from: Pos::new(x, axis_y),
                to: Pos::new(x, axis_y + if tick.major { 8.0 } else { 5.0 }),
                stroke: Stroke::new(1.0, self.theme.axis),
                dashed: false,
            });
            // Labels are centred on their tick; near an edge one is shifted inwards by up
            // to half its width (so it still touches its tick) or else left out.
            let Some(x_mid) = self.edge_clamped(x, &tick.label) else {
                continue;
            };
            self.push(Primitive::Text {
                pos: Pos::new(x_mid, axis_y + 14.0),
                text: tick.label.clone(),
                size: SMALL_SIZE,
                color: self.theme.text_muted,
                anchor: TextAnchor::Middle,
            });
            if let Some(context) = &tick.context
                && let Some(x_mid) = self.edge_clamped(x, context)
            {
                self.push(Primitive::Text {
                    pos: Pos::new(x_mid, axis_y + 32.0),
                    text: context.clone(),
                    size: SMALL_SIZE,
                    color: self.theme.text,
                    anchor: TextAnchor::Middle,
                });
            }
        }
    }

    /// The middle of an axis label for the tick at `x`: `x` itself, shifted inwards by at
    /// most half the label's width to stay inside the image, or `None` when it cannot.
    fn edge_clamped(&self, x: f32, text: &str) -> Option<f32> {
        let half = text_width(text, SMALL_SIZE) / 2.0;
        let lo = 2.0 + half;
        let hi = self.width - 2.0 - half;
        if lo > hi {
            return None;
        }
        let mid = x.clamp(lo, hi);
        ((mid - x).abs() <= half).then_some(mid)
    }

    /// One line of notes, right-aligned above the axis, on a backing.
    fn notes(&mut self, notes: &[String], axis_y: f32, left: f32, right: f32) {
        if notes.is_empty() {
            return;
        }
        let right = if right < self.right {
            right - 10.0
        } else {
            right
        };
        let left = if left > self.left { left + 10.0 } else { left };
        // Between the edge indicators, cut to fit.
        let text = fit_text(
            &notes.join("   ·   "),
            (right - left - 8.0).max(0.0),
            SMALL_SIZE,
        );
        if text == "…" {
            return;
        }
        let w = text_width(&text, SMALL_SIZE);
        let cy = axis_y - NOTE_ROW / 2.0;
        self.push(Primitive::Rect {
            rect: Rect::from_corners(right - w - 6.0, cy - 9.0, right + 2.0, cy + 9.0),
            fill: self.theme.background.with_alpha(235),
            stroke: None,
            radius: 3.0,
        });
        self.push(Primitive::Text {
            pos: Pos::new(right, cy),
            text,
            size: SMALL_SIZE,
            color: self.theme.text_muted,
            anchor: TextAnchor::End,
        });
    }
}

/// Left end of a publication label at marker `x`: right of the marker, or left of it near
/// the right edge.
fn pub_label_x(x: f32, text: &str, right: f32) -> f32 {
    let w = text_width(text, SMALL_SIZE);
    if x + 8.0 + w > right {
        x - 8.0 - w
    } else {
        x + 8.0
    }
}

/// The calendar year of instant `secs`.
fn year_of(secs: f64) -> i32 {
    use chrono::Datelike;
    timeline::from_secs(secs).map_or(0, |t| t.year())
}

/// "« 2 earlier events (1968, 2009)" or "3 later events (2030, 2031, …) »".
fn edge_text(count: usize, years: &[i32], earlier: bool) -> String {
    let mut years: Vec<i32> = years.to_vec();
    years.sort_unstable();
    years.dedup();
    let mut list: Vec<String> = years.iter().take(3).map(i32::to_string).collect();
    if years.len() > 3 {
        list.push("…".to_string());
    }
    let noun = if count == 1 { "event" } else { "events" };
    if earlier {
        format!("« {count} earlier {noun} ({})", list.join(", "))
    } else {
        format!("{count} later {noun} ({}) »", list.join(", "))
    }
}

/// `text`, cut with an ellipsis to at most `max_w` pixels at `size`.
fn fit_text(text: &str, max_w: f32, size: f32) -> String {
    if text_width(text, size) <= max_w {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if text_width(&out, size) + text_width("…", size) > max_w {
            out.pop();
            break;
        }
    }
    let trimmed = out.trim_end();
    format!("{trimmed}…")
}

/// `text` cut to at most `max` characters with an ellipsis.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}
