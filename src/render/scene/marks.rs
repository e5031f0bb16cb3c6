//! Drawing one placed event: its marker (point, bar or vague bar), label and backing.

use super::*;

/// A placed event, laid out: what [`Builder::event`] draws.
pub(super) struct Candidate {
    pub id: EventId,
    pub mark: Mark,
    pub label: String,
    pub label_w: f32,
    pub color: Rgba,
    /// Marker left/right and label start, in pixels.
    pub marker_x0: f32,
    pub marker_x1: f32,
    pub label_x: f32,
    /// Left and right of marker and label together.
    pub extent: (f64, f64),
    /// A vague time (PAST_REF, "about", "early …"): drawn with faded ends.
    pub vague: bool,
    /// A search match: its label is highlighted.
    pub matched: bool,
}

impl Builder<'_> {
    pub(super) fn event(
        &mut self,
        c: &Candidate,
        model: &super::model::TimelineModel,
        cy: f32,
        is_selected: bool,
    ) {
        let theme = self.theme;
        let hit = Rect::from_corners(
            c.extent.0 as f32,
            cy - LANE / 2.0 + 1.0,
            c.extent.1 as f32,
            cy + LANE / 2.0 - 1.0,
        );
        let target = self.target_label(model, c.id).map(|label| Target {
            id: c.id,
            label,
            hit,
        });
        // A backing behind the label keeps it readable over grid and marker lines; the
        // selected label gets the highlight colour.
        let inside_bar = matches!(c.mark, Mark::Span(..))
            && c.label_x >= c.marker_x0
            && c.label_x + c.label_w <= c.marker_x1;
        if !inside_bar && !c.label.is_empty() {
            self.push(Primitive::Rect {
                rect: Rect::from_corners(
                    c.label_x - 3.0,
                    cy - 9.0,
                    c.label_x + c.label_w + 3.0,
                    cy + 9.0,
                ),
                fill: if is_selected || c.matched {
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
        if !c.label.is_empty() {
            self.push(Primitive::Text {
                pos: Pos::new(c.label_x, cy),
                text: c.label.clone(),
                size: LABEL_SIZE,
                color: theme.text,
                anchor: TextAnchor::Start,
            });
        }
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
}
