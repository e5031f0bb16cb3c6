//! The backend-neutral scene: every shape and label of the timeline, in pixels, built by
//! one function ([`build_scene`]) and drawn by the egui, SVG and PNG backends.

use super::text::text_width;
use super::theme::{Rgba, Theme};
use crate::pipeline::Document;
use crate::temporal::{Granularity, Timex};
use crate::timeline::{self, Placed, TimeView, stack_labels, to_secs};

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

/// The earliest and latest instants of all events and publication dates, in seconds.
pub fn time_extent(docs: &[Document]) -> Option<(f64, f64)> {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for doc in docs {
        for event in &doc.events {
            match mark_of(&event.timex) {
                Some(Mark::Point(t)) => {
                    lo = lo.min(t);
                    hi = hi.max(t);
                }
                Some(Mark::Span(b, u)) => {
                    lo = lo.min(b);
                    hi = hi.max(u);
                }
                None => {}
            }
        }
        if let Some(t) = publication_secs(doc) {
            lo = lo.min(t);
            hi = hi.max(t);
        }
    }
    (lo <= hi).then_some((lo, hi))
}

/// A view of everything in `docs` for a scene `width` pixels wide.
pub fn fitted_view(docs: &[Document], width: f32) -> TimeView {
    let (left, right) = plot_x_range(width);
    // Without anything dated, show the year 2000 rather than depend on the clock.
    let fallback = TimeView::new(946_684_800.0, 978_307_200.0, left, right);
    time_extent(docs).map_or(fallback, |range| fallback.fit(range))
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
    color: Rgba,
    /// Marker left/right and label start, in pixels.
    marker_x0: f32,
    marker_x1: f32,
    label_x: f32,
    extent: (f64, f64),
}

/// Builds the scene for `input`. The same scene is drawn on screen and exported.
pub fn build_scene(input: &SceneInput<'_>) -> Scene {
    let theme = input.theme;
    let width = input.width.max(64.0);
    let height = input.height.max(64.0);
    let view = input.view;
    let (left, right) = (view.left_px() as f32, view.right_px() as f32);
    let mut items: Vec<Item> = Vec::new();
    let push = |items: &mut Vec<Item>, primitive: Primitive| {
        items.push(Item {
            primitive,
            target: None,
        });
    };

    push(
        &mut items,
        Primitive::Rect {
            rect: Rect::from_corners(0.0, 0.0, width, height),
            fill: theme.background,
            stroke: None,
            radius: 0.0,
        },
    );

    if input.docs.is_empty() {
        push(
            &mut items,
            Primitive::Text {
                pos: Pos::new(width / 2.0, height / 2.0),
                text: "No articles yet — open some with File > Open… or drop them here".to_string(),
                size: 15.0,
                color: theme.text_muted,
                anchor: TextAnchor::Middle,
            },
        );
        return Scene {
            width,
            height,
            background: theme.background,
            items,
            plot: Rect::from_corners(left, MARGIN_TOP, right, height - AXIS_BOTTOM),
            hidden: 0,
            unplaced: 0,
        };
    }

    // Header: legend (several articles) and publication labels.
    let several = input.docs.len() > 1;
    let mut y = MARGIN_TOP;
    if several {
        // One swatch and title per article, wrapped over at most three rows.
        let mut x = MARGIN_X;
        let mut rows = 1;
        for (i, doc) in input.docs.iter().enumerate() {
            let color = theme.article(i);
            let title = short(&doc.article.title, 40);
            let item_w = 15.0 + text_width(&title, SMALL_SIZE);
            if x > MARGIN_X && x + item_w > width - MARGIN_X {
                if rows == 3 {
                    push(
                        &mut items,
                        Primitive::Text {
                            pos: Pos::new(width - MARGIN_X, y + 11.0),
                            text: format!("+{} more", input.docs.len() - i),
                            size: SMALL_SIZE,
                            color: theme.text_muted,
                            anchor: TextAnchor::End,
                        },
                    );
                    break;
                }
                rows += 1;
                x = MARGIN_X;
                y += ROW;
            }
            push(
                &mut items,
                Primitive::Rect {
                    rect: Rect::from_corners(x, y + 6.0, x + 10.0, y + 16.0),
                    fill: color,
                    stroke: None,
                    radius: 2.0,
                },
            );
            push(
                &mut items,
                Primitive::Text {
                    pos: Pos::new(x + 15.0, y + 11.0),
                    text: title,
                    size: SMALL_SIZE,
                    color: theme.text,
                    anchor: TextAnchor::Start,
                },
            );
            x += item_w + 22.0;
        }
        y += ROW;
    }

    // Publication markers: labels stacked in up to two header rows.
    let publications: Vec<(f32, String)> = input
        .docs
        .iter()
        .filter_map(|doc| {
            let secs = publication_secs(doc)?;
            let date = doc.dct()?;
            let x = view.x_of(secs) as f32;
            (x >= left - 1.0 && x <= right + 1.0).then(|| {
                let text = if several {
                    format!(
                        "published {} · {}",
                        date.format("%Y-%m-%d"),
                        short(&doc.article.title, 24)
                    )
                } else {
                    format!("published {}", date.format("%Y-%m-%d"))
                };
                (x, text)
            })
        })
        .collect();
    let pub_extents: Vec<(f64, f64)> = publications
        .iter()
        .map(|(x, text)| {
            let x0 = pub_label_x(*x, text, right);
            (f64::from(x0), f64::from(x0 + text_width(text, SMALL_SIZE)))
        })
        .collect();
    let pub_lanes = stack_labels(&pub_extents, 8.0, 2);
    let pub_rows = pub_lanes
        .iter()
        .filter_map(|p| match p {
            Placed::Lane(l) => Some(l + 1),
            Placed::Hidden => None,
        })
        .max()
        .unwrap_or(0);
    let header_bottom = y + ROW * pub_rows as f32;

    let axis_y = height - AXIS_BOTTOM;
    let plot = Rect::from_corners(left, header_bottom + 4.0, right, axis_y - NOTE_ROW);

    // Grid.
    let tick_list = timeline::ticks(&view, TICK_SPACING_PX);
    for tick in &tick_list {
        let x = view.x_of(tick.secs) as f32;
        push(
            &mut items,
            Primitive::Line {
                from: Pos::new(x, header_bottom),
                to: Pos::new(x, axis_y),
                stroke: Stroke::new(
                    1.0,
                    if tick.major {
                        theme.grid_major
                    } else {
                        theme.grid
                    },
                ),
                dashed: false,
            },
        );
    }

    // Publication markers.
    for ((x, text), lane) in publications.iter().zip(&pub_lanes) {
        push(
            &mut items,
            Primitive::Line {
                from: Pos::new(*x, header_bottom - 2.0),
                to: Pos::new(*x, axis_y),
                stroke: Stroke::new(1.5, theme.published),
                dashed: true,
            },
        );
        if let Placed::Lane(lane) = lane {
            let row_y = y + ROW * *lane as f32 + ROW / 2.0;
            push(
                &mut items,
                Primitive::Circle {
                    center: Pos::new(*x, row_y),
                    radius: 3.5,
                    fill: theme.published,
                    stroke: None,
                },
            );
            push(
                &mut items,
                Primitive::Text {
                    pos: Pos::new(pub_label_x(*x, text, right), row_y),
                    text: text.clone(),
                    size: SMALL_SIZE,
                    color: theme.published,
                    anchor: TextAnchor::Start,
                },
            );
        }
    }

    // Events: place, stack, draw.
    let mut unplaced = 0usize;
    let mut candidates: Vec<Candidate> = Vec::new();
    for (d, doc) in input.docs.iter().enumerate() {
        let color = theme.article(d);
        for (e, event) in doc.events.iter().enumerate() {
            let Some(mark) = mark_of(&event.timex) else {
                unplaced += 1;
                continue;
            };
            // Cull before measuring: only events whose marker is in view are laid out.
            let visible = match mark {
                Mark::Point(t) => {
                    let x = view.x_of(t) as f32;
                    x + POINT_RADIUS >= left - 2.0 && x - POINT_RADIUS <= right + 2.0
                }
                Mark::Span(b, u) => view.x_of(u) as f32 >= left && view.x_of(b) as f32 <= right,
            };
            if !visible {
                continue;
            }
            let mut label = event.label.clone();
            let mut label_w = text_width(&label, LABEL_SIZE);
            let (marker_x0, marker_x1, label_x) = match mark {
                Mark::Point(t) => {
                    let x = view.x_of(t) as f32;
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
                    let (raw0, raw1) = (view.x_of(b) as f32, view.x_of(u) as f32);
                    if raw1 < left || raw0 > right {
                        continue;
                    }
                    let x0 = raw0.max(left - 4.0);
                    let x1 = raw1.min(right + 4.0).max(x0 + 3.0);
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
            if marker_x1 < left - 2.0 || marker_x0 > right + 2.0 {
                continue;
            }
            // Neither side had room: cut the label at the right edge.
            if label_x + label_w > right {
                label = fit_text(&label, (right - label_x).max(0.0), LABEL_SIZE);
                label_w = text_width(&label, LABEL_SIZE);
            }
            let start = marker_x0.min(label_x);
            let end = marker_x1.max(label_x + label_w);
            candidates.push(Candidate {
                id: EventId { doc: d, event: e },
                mark,
                label,
                color,
                marker_x0,
                marker_x1,
                label_x,
                extent: (f64::from(start), f64::from(end)),
            });
        }
    }
    let max_lanes = ((plot.height() / LANE).floor().max(1.0)) as usize;
    let extents: Vec<(f64, f64)> = candidates.iter().map(|c| c.extent).collect();
    let lanes = stack_labels(&extents, f64::from(LABEL_GAP), max_lanes);
    let mut hidden = 0usize;
    let mut selected_guide: Option<(f32, f32)> = None;
    // Unselected first, the selected event last so it is drawn on top.
    let mut placed: Vec<(&Candidate, usize)> = Vec::new();
    for (c, lane) in candidates.iter().zip(&lanes) {
        match lane {
            Placed::Lane(l) => placed.push((c, *l)),
            Placed::Hidden => hidden += 1,
        }
    }
    placed.sort_by_key(|(c, _)| Some(c.id) == input.selected);
    for (c, lane) in placed {
        let is_selected = Some(c.id) == input.selected;
        let cy = plot.min.y + LANE * lane as f32 + LANE / 2.0;
        let label_w = text_width(&c.label, LABEL_SIZE);
        let hit = Rect::from_corners(
            c.extent.0 as f32,
            cy - LANE / 2.0 + 1.0,
            c.extent.1 as f32,
            cy + LANE / 2.0 - 1.0,
        );
        let target = accessible_label(input.docs, c.id).map(|label| Target {
            id: c.id,
            label,
            hit,
        });
        let outline = if is_selected {
            Stroke::new(2.0, theme.selection)
        } else {
            Stroke::new(1.0, c.color)
        };
        // A backing behind the label keeps it readable over grid and marker lines; the
        // selected label gets the highlight colour.
        let inside_bar = matches!(c.mark, Mark::Span(..))
            && c.label_x >= c.marker_x0
            && c.label_x + label_w <= c.marker_x1;
        if !inside_bar {
            push(
                &mut items,
                Primitive::Rect {
                    rect: Rect::from_corners(
                        c.label_x - 3.0,
                        cy - 9.0,
                        c.label_x + label_w + 3.0,
                        cy + 9.0,
                    ),
                    fill: if is_selected {
                        theme.highlight
                    } else {
                        theme.background.with_alpha(215)
                    },
                    stroke: None,
                    radius: 3.0,
                },
            );
        }
        let marker = match c.mark {
            Mark::Point(_) => Primitive::Circle {
                center: Pos::new((c.marker_x0 + c.marker_x1) / 2.0, cy),
                radius: POINT_RADIUS,
                fill: if is_selected {
                    theme.selection
                } else {
                    c.color
                },
                stroke: Some(if is_selected {
                    Stroke::new(2.0, theme.text)
                } else {
                    Stroke::new(1.0, theme.background)
                }),
            },
            Mark::Span(..) => Primitive::Rect {
                rect: Rect::from_corners(
                    c.marker_x0,
                    cy - BAR_HEIGHT / 2.0,
                    c.marker_x1,
                    cy + BAR_HEIGHT / 2.0,
                ),
                fill: c.color.with_alpha(if is_selected { 90 } else { 46 }),
                stroke: Some(outline),
                radius: 3.0,
            },
        };
        items.push(Item {
            primitive: marker,
            target,
        });
        push(
            &mut items,
            Primitive::Text {
                pos: Pos::new(c.label_x, cy),
                text: c.label.clone(),
                size: LABEL_SIZE,
                color: theme.text,
                anchor: TextAnchor::Start,
            },
        );
        if is_selected {
            selected_guide = Some(((c.marker_x0 + c.marker_x1) / 2.0, cy));
        }
    }
    if let Some((x, cy)) = selected_guide {
        push(
            &mut items,
            Primitive::Line {
                from: Pos::new(x, cy + POINT_RADIUS + 2.0),
                to: Pos::new(x, axis_y),
                stroke: Stroke::new(1.0, theme.selection),
                dashed: true,
            },
        );
    }

    // Axis.
    push(
        &mut items,
        Primitive::Line {
            from: Pos::new(left, axis_y),
            to: Pos::new(right, axis_y),
            stroke: Stroke::new(1.0, theme.axis),
            dashed: false,
        },
    );
    for tick in &tick_list {
        let x = view.x_of(tick.secs) as f32;
        push(
            &mut items,
            Primitive::Line {
                from: Pos::new(x, axis_y),
                to: Pos::new(x, axis_y + if tick.major { 8.0 } else { 5.0 }),
                stroke: Stroke::new(1.0, theme.axis),
                dashed: false,
            },
        );
        // A label that would run off the right edge is left out (its tick stays).
        if x + 4.0 + text_width(&tick.label, SMALL_SIZE) > width - 2.0 {
            continue;
        }
        push(
            &mut items,
            Primitive::Text {
                pos: Pos::new(x + 4.0, axis_y + 14.0),
                text: tick.label.clone(),
                size: SMALL_SIZE,
                color: theme.text_muted,
                anchor: TextAnchor::Start,
            },
        );
        if let Some(context) = &tick.context
            && x + 4.0 + text_width(context, SMALL_SIZE) <= width - 2.0
        {
            push(
                &mut items,
                Primitive::Text {
                    pos: Pos::new(x + 4.0, axis_y + 32.0),
                    text: context.clone(),
                    size: SMALL_SIZE,
                    color: theme.text,
                    anchor: TextAnchor::Start,
                },
            );
        }
    }

    // Notes.
    let mut notes: Vec<String> = Vec::new();
    if candidates.is_empty() {
        notes.push("No dated events in view".to_string());
    }
    if hidden > 0 {
        notes.push(format!("+{hidden} more — zoom in to see them"));
    }
    let awaiting: usize = input.docs.iter().map(Document::awaiting_date).sum();
    if awaiting > 0 {
        notes.push(format!(
            "{awaiting} relative date{} for a publication date",
            if awaiting == 1 { " waits" } else { "s wait" }
        ));
    }
    if !notes.is_empty() {
        let text = notes.join("   ·   ");
        let w = text_width(&text, SMALL_SIZE);
        push(
            &mut items,
            Primitive::Rect {
                rect: Rect::from_corners(
                    right - w - 6.0,
                    axis_y - NOTE_ROW / 2.0 - 9.0,
                    right + 2.0,
                    axis_y - NOTE_ROW / 2.0 + 9.0,
                ),
                fill: theme.background.with_alpha(235),
                stroke: None,
                radius: 3.0,
            },
        );
        push(
            &mut items,
            Primitive::Text {
                pos: Pos::new(right, axis_y - NOTE_ROW / 2.0),
                text,
                size: SMALL_SIZE,
                color: theme.text_muted,
                anchor: TextAnchor::End,
            },
        );
    }

    Scene {
        width,
        height,
        background: theme.background,
        items,
        plot,
        hidden,
        unplaced,
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
