//! The screen backend: paints a [`Scene`] with an egui painter.

use super::scene::{Pos, Primitive, Rect, Scene, Stroke, TextAnchor};
use super::theme::Rgba;
use egui::{Align2, Color32, FontId, Painter, Shape, StrokeKind, Vec2};

/// The egui colour of `c`.
pub fn color(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c.r, c.g, c.b, c.a)
}

/// `p` in screen points, for a scene whose top-left corner is at `origin`.
pub fn to_screen(origin: egui::Pos2, p: Pos) -> egui::Pos2 {
    origin + Vec2::new(p.x, p.y)
}

/// `r` in screen points, for a scene whose top-left corner is at `origin`.
pub fn rect_to_screen(origin: egui::Pos2, r: Rect) -> egui::Rect {
    egui::Rect::from_min_max(to_screen(origin, r.min), to_screen(origin, r.max))
}

fn stroke(s: Option<Stroke>) -> egui::Stroke {
    s.map_or(egui::Stroke::NONE, |s| {
        egui::Stroke::new(s.width, color(s.color))
    })
}

/// Paints every primitive of `scene` with its top-left corner at `origin`.
pub fn paint(painter: &Painter, scene: &Scene, origin: egui::Pos2) {
    for item in &scene.items {
        match &item.primitive {
            Primitive::Rect {
                rect,
                fill,
                stroke: outline,
                radius,
            } => {
                painter.rect(
                    rect_to_screen(origin, *rect),
                    *radius,
                    color(*fill),
                    stroke(*outline),
                    StrokeKind::Inside,
                );
            }
            Primitive::Line {
                from,
                to,
                stroke: line,
                dashed,
            } => {
                let points = [to_screen(origin, *from), to_screen(origin, *to)];
                let s = stroke(Some(*line));
                if *dashed {
                    painter.extend(Shape::dashed_line(&points, s, 4.0, 3.0));
                } else {
                    painter.line_segment(points, s);
                }
            }
            Primitive::Circle {
                center,
                radius,
                fill,
                stroke: outline,
            } => {
                painter.circle(
                    to_screen(origin, *center),
                    *radius,
                    color(*fill),
                    stroke(*outline),
                );
            }
            Primitive::Text {
                pos,
                text,
                size,
                color: c,
                anchor,
            } => {
                let align = match anchor {
                    TextAnchor::Start => Align2::LEFT_CENTER,
                    TextAnchor::Middle => Align2::CENTER_CENTER,
                    TextAnchor::End => Align2::RIGHT_CENTER,
                };
                painter.text(
                    to_screen(origin, *pos),
                    align,
                    text,
                    FontId::proportional(*size),
                    color(*c),
                );
            }
        }
    }
}
