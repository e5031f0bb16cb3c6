//! The drawing primitives and the scene they make up.

use crate::render::theme::Rgba;

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
    /// The cluster badges: each stands for events that did not fit in their lane.
    pub clusters: Vec<ClusterHit>,
    /// The lane headers drawn.
    pub lanes: Vec<LaneHit>,
    /// Height of all the lanes together, and of the window showing them (the lanes scroll
    /// when the first is larger).
    pub lanes_height: f32,
    /// See `lanes_height`.
    pub lanes_viewport: f32,
    /// The vertical scroll offset used, within `0..=lanes_height - lanes_viewport`.
    pub scroll_y: f32,
    /// The legend entries drawn (none in exports).
    pub legend: Vec<LegendHit>,
}

/// A cluster badge: its place and the events it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterHit {
    /// The badge.
    pub rect: Rect,
    /// Its events, in time order.
    pub members: Vec<EventId>,
    /// The earliest begin and the latest end of its events, in seconds.
    pub begin: f64,
    /// See `begin`.
    pub end: f64,
}

/// A legend entry: clicking it hides its article, Alt+click shows the article alone.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendHit {
    /// The swatch and the title.
    pub rect: Rect,
    /// The article (index into the documents).
    pub doc: usize,
}

/// A lane header: clicking it hides or shows the lane's articles; its toggle collapses it.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneHit {
    /// The whole header strip.
    pub header: Rect,
    /// The collapse toggle at its left end.
    pub toggle: Rect,
    /// The lane's key (see [`super::model::Lane::key`]).
    pub key: String,
    /// The lane's name.
    pub name: String,
    /// The articles in the lane.
    pub docs: Vec<usize>,
    /// Drawn collapsed.
    pub collapsed: bool,
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
