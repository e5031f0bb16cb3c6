//! The legend of shapes under the timeline: a point for a day, a bar for a span, a faded
//! bar for a vague span, a badge for a cluster, and the publication marker. Lane colours
//! are named by the lane headers and the article legend of the timeline itself.

use super::{MARGIN, text};
use crate::render::scene::{Item, Pos, Primitive, Rect, Stroke, TextAnchor};
use crate::render::text::text_width;
use crate::render::theme::Theme;

const SIZE: f32 = 12.0;
/// Space between one entry and the next.
const GAP: f32 = 22.0;

fn item(primitive: Primitive) -> Item {
    Item {
        primitive,
        target: None,
    }
}

/// Draws the legend row centred on `y`; entries that do not fit in `w` are left out.
pub(super) fn draw(items: &mut Vec<Item>, theme: &Theme, w: f32, y: f32) {
    let color = theme.article(0);
    let mut x = MARGIN;
    let entries: [(&str, f32); 5] = [
        ("a day", 12.0),
        ("a span", 30.0),
        ("a vague span", 30.0),
        ("a cluster of events", 28.0),
        ("publication date", 10.0),
    ];
    for (n, (label, glyph_w)) in entries.into_iter().enumerate() {
        let needed = glyph_w + 6.0 + text_width(label, SIZE);
        if x + needed > w - MARGIN {
            break;
        }
        let (x0, x1) = (x, x + glyph_w);
        let bar = Rect::from_corners(x0, y - 6.0, x1, y + 6.0);
        match n {
            0 => items.push(item(Primitive::Circle {
                center: Pos::new(x0 + 6.0, y),
                radius: 5.0,
                fill: color,
                stroke: Some(Stroke::new(1.0, theme.background)),
            })),
            1 => items.push(item(Primitive::Rect {
                rect: bar,
                fill: color.with_alpha(46),
                stroke: Some(Stroke::new(1.0, color)),
                radius: 3.0,
            })),
            2 => {
                for (i, alpha) in [10u8, 24, 46, 24, 10].into_iter().enumerate() {
                    let step = glyph_w / 5.0;
                    let l = x0 + step * i as f32;
                    items.push(item(Primitive::Rect {
                        rect: Rect::from_corners(l, y - 6.0, l + step, y + 6.0),
                        fill: color.with_alpha(alpha),
                        stroke: None,
                        radius: 0.0,
                    }));
                }
                for edge in [y - 6.0, y + 6.0] {
                    items.push(item(Primitive::Line {
                        from: Pos::new(x0, edge),
                        to: Pos::new(x1, edge),
                        stroke: Stroke::new(1.0, color.with_alpha(170)),
                        dashed: true,
                    }));
                }
            }
            3 => {
                items.push(item(Primitive::Rect {
                    rect: Rect::from_corners(x0, y - 8.0, x1, y + 8.0),
                    fill: color.with_alpha(40),
                    stroke: Some(Stroke::new(1.0, color)),
                    radius: 8.0,
                }));
                items.push(text(
                    Pos::new((x0 + x1) / 2.0, y),
                    "+3".to_string(),
                    11.0,
                    theme.text,
                    TextAnchor::Middle,
                ));
            }
            _ => {
                items.push(item(Primitive::Line {
                    from: Pos::new(x0 + 5.0, y - 9.0),
                    to: Pos::new(x0 + 5.0, y + 9.0),
                    stroke: Stroke::new(1.0, theme.published),
                    dashed: true,
                }));
                items.push(item(Primitive::Circle {
                    center: Pos::new(x0 + 5.0, y - 9.0),
                    radius: 3.0,
                    fill: theme.published,
                    stroke: None,
                }));
            }
        }
        items.push(text(
            Pos::new(x1 + 6.0, y),
            label.to_string(),
            SIZE,
            theme.text_muted,
            TextAnchor::Start,
        ));
        x += needed + GAP;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(w: f32) -> Vec<String> {
        let mut items = Vec::new();
        draw(&mut items, &Theme::light(), w, 20.0);
        items
            .into_iter()
            .filter_map(|i| match i.primitive {
                Primitive::Text { text, size, .. } if size == SIZE => Some(text),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_shape_is_named_when_there_is_room() {
        assert_eq!(
            labels(1200.0),
            [
                "a day",
                "a span",
                "a vague span",
                "a cluster of events",
                "publication date"
            ]
        );
        assert!(labels(200.0).len() < 5);
    }
}
