//! Text measurement from the bundled font, so every backend lays labels out the same way.

use std::sync::OnceLock;
use ttf_parser::Face;

/// The font family the scene's text is drawn in (egui's default proportional font).
pub const FONT_FAMILY: &str = "Ubuntu";

fn face() -> Option<&'static Face<'static>> {
    static FACE: OnceLock<Option<Face<'static>>> = OnceLock::new();
    FACE.get_or_init(|| Face::parse(epaint_default_fonts::UBUNTU_LIGHT, 0).ok())
        .as_ref()
}

/// Width in pixels of `text` drawn at `size_px` in [`FONT_FAMILY`]. Characters the font
/// lacks count as an average-width glyph.
pub fn text_width(text: &str, size_px: f32) -> f32 {
    let Some(face) = face() else {
        return text.chars().count() as f32 * size_px * 0.55;
    };
    let units = f32::from(face.units_per_em().max(1));
    let fallback = units * 0.55;
    let total: f32 = text
        .chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(fallback, f32::from)
        })
        .sum();
    total / units * size_px
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_text_and_size() {
        let a = text_width("Harbor", 13.0);
        assert!(a > 20.0 && a < 80.0, "{a}");
        assert!(text_width("Harbor Bridge", 13.0) > a);
        assert!((text_width("Harbor", 26.0) - 2.0 * a).abs() < 0.01);
        assert_eq!(text_width("", 13.0), 0.0);
    }
}
