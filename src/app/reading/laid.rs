//! The reading view's text laid out: one galley per block, with its place in the column
//! and where each event's expression is in it. Built once per article, revision, search
//! and width, then only the blocks in sight are painted.

use super::pieces::{self, Look, Marks};
use crate::pipeline::Document;
use crate::render::Theme;
use crate::render::egui_backend::color;
use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, Galley};
use std::ops::Range;
use std::sync::Arc;

/// Size of the running text, in points.
pub const BODY_SIZE: f32 = 15.0;

/// Space between two blocks, in points.
const BLOCK_GAP: f32 = 4.0;

/// What the layout depends on; a new key lays it out again.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    /// The article's index.
    pub doc: usize,
    /// The app's document revision.
    pub revision: u64,
    /// The search text in force.
    pub search: Option<String>,
    /// The wrap width, in whole points.
    pub width: i32,
}

/// One event's expression within a block: its index in the article and its characters
/// in the block's galley.
#[derive(Debug, Clone)]
pub struct Target {
    /// The event's index in its document.
    pub event: usize,
    /// First character (in the block's text).
    pub first: usize,
    /// One past the last character.
    pub end: usize,
}

/// One laid-out block.
pub struct Block {
    /// Bytes of the article's text.
    pub range: Range<usize>,
    /// Its text, laid out and wrapped.
    pub galley: Arc<Galley>,
    /// Its top, from the top of the column.
    pub top: f32,
    /// The expressions in it.
    pub targets: Vec<Target>,
}

/// The whole article laid out.
pub struct Laid {
    /// What it was laid out for.
    pub key: Key,
    /// The blocks, top to bottom.
    pub blocks: Vec<Block>,
    /// The column's height.
    pub height: f32,
}

impl Laid {
    /// Lays out `doc` for `key` in `theme`'s colours.
    pub fn new(key: Key, doc: &Document, theme: &Theme, ctx: &egui::Context) -> Self {
        let text = doc.article.text.as_str();
        let marks = Marks {
            expressions: doc
                .events
                .iter()
                .map(|e| (e.timex.span, e.timex.timex_type))
                .collect(),
            triggers: doc
                .events
                .iter()
                .filter_map(|e| e.trigger.map(|t| t.span))
                .collect(),
            found: key
                .search
                .as_deref()
                .map(|n| pieces::find_all(text, n))
                .unwrap_or_default(),
        }
        .sorted();
        let width = key.width as f32;
        let mut top = 0.0;
        let mut blocks = Vec::new();
        for range in pieces::blocks(text) {
            let job = block_job(text, &range, &marks, theme, width);
            let galley = ctx.fonts_mut(|f| f.layout_job(job));
            let targets = targets(doc, &range);
            let height = galley.size().y;
            blocks.push(Block {
                range,
                galley,
                top,
                targets,
            });
            top += height + BLOCK_GAP;
        }
        Self {
            key,
            blocks,
            height: top,
        }
    }

    /// The block holding byte `at` (the last one when `at` is past the text).
    pub fn block_at(&self, at: usize) -> Option<&Block> {
        let index = self.blocks.partition_point(|b| b.range.end <= at);
        self.blocks.get(index)
    }

    /// The index of the first block reaching below `y` (column coordinates).
    pub fn first_below(&self, y: f32) -> usize {
        self.blocks
            .partition_point(|b| b.top + b.galley.size().y < y)
    }
}

impl Block {
    /// The rectangle of characters `first..end`, relative to the block's top left: the
    /// part on the first row when they wrap.
    pub fn chars_rect(&self, first: usize, end: usize) -> egui::Rect {
        let a = self.galley.pos_from_cursor(egui::text::CCursor::new(first));
        let b = self.galley.pos_from_cursor(egui::text::CCursor::new(end));
        if (a.min.y - b.min.y).abs() < 1.0 {
            egui::Rect::from_min_max(a.min, b.max)
        } else {
            let row_end = self
                .galley
                .rows
                .iter()
                .find(|r| r.rect().top() >= a.min.y - 1.0)
                .map_or(a.max.x, |r| r.rect().right());
            egui::Rect::from_min_max(a.min, egui::pos2(row_end, a.max.y))
        }
    }
}

/// The events whose expressions start in `range`, with their characters in the block.
fn targets(doc: &Document, range: &Range<usize>) -> Vec<Target> {
    let text = doc.article.text.as_str();
    let first = doc
        .events
        .partition_point(|e| e.timex.span.start < range.start);
    let chars_to = |byte: usize| {
        text.get(range.start..byte.min(range.end))
            .map_or(0, |s| s.chars().count())
    };
    doc.events
        .get(first..)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .take_while(|(_, e)| e.timex.span.start < range.end)
        .map(|(i, e)| Target {
            event: first + i,
            first: chars_to(e.timex.span.start),
            end: chars_to(e.timex.span.end),
        })
        .filter(|t| t.end > t.first)
        .collect()
}

/// The block's text with each piece's look.
fn block_job(
    text: &str,
    range: &Range<usize>,
    marks: &Marks,
    theme: &Theme,
    width: f32,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    for piece in pieces::pieces(text, range, marks) {
        let Some(s) = text.get(piece.range.clone()) else {
            continue;
        };
        job.append(s, 0.0, format_of(piece.look, theme));
    }
    job
}

/// The text format of a piece that looks like `look`.
fn format_of(look: Look, theme: &Theme) -> TextFormat {
    let mut format = TextFormat {
        font_id: FontId::proportional(BODY_SIZE),
        color: color(theme.text),
        line_height: Some(BODY_SIZE * 1.35),
        ..Default::default()
    };
    if let Some(kind) = look.expression {
        format.background = color(theme.expression_background(kind));
        format.color = color(theme.expression(kind));
    }
    if look.found {
        format.background = color(theme.highlight);
    }
    if look.trigger {
        format.underline = egui::Stroke::new(1.5, color(theme.text));
    }
    format
}
