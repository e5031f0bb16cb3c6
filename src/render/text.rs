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

/// `text` cut with an ellipsis to at most `max_w` pixels at `size_px`, measured in one pass
/// over its characters.
pub fn fit_to_width(text: &str, max_w: f32, size_px: f32) -> String {
    let Some(face) = face() else {
        let keep = (max_w / (size_px * 0.55)).floor().max(0.0) as usize;
        return cut_chars(text, keep);
    };
    let units = f32::from(face.units_per_em().max(1));
    let advance = |c: char| {
        face.glyph_index(c)
            .and_then(|g| face.glyph_hor_advance(g))
            .map_or(units * 0.55, f32::from)
            / units
            * size_px
    };
    let ellipsis = advance('…');
    if ellipsis > max_w {
        return if text_width(text, size_px) <= max_w {
            text.to_string()
        } else {
            String::new()
        };
    }
    let mut used = 0.0;
    let mut cut_at: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let w = advance(c);
        if cut_at.is_none() && used + w + ellipsis > max_w {
            cut_at = Some(i);
        }
        used += w;
        if used > max_w {
            let end = cut_at.unwrap_or(i);
            return format!("{}…", text.get(..end).unwrap_or("").trim_end());
        }
    }
    text.to_string()
}

fn cut_chars(text: &str, keep: usize) -> String {
    if text.chars().count() <= keep {
        return text.to_string();
    }
    let mut s: String = text.chars().take(keep.saturating_sub(1)).collect();
    s.push('…');
    s
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

    #[test]
    fn fitting_cuts_with_an_ellipsis_and_stays_inside() {
        let text = "The council met on Monday to vote on the harbor bridge repairs";
        assert_eq!(fit_to_width(text, 1_000.0, 13.0), text);
        assert_eq!(fit_to_width(text, 3.0, 13.0), "");
        for max in [10.0, 40.0, 120.0, 300.0] {
            let cut = fit_to_width(text, max, 13.0);
            assert!(cut.is_empty() || cut.ends_with('…'), "{cut}");
            assert!(text_width(&cut, 13.0) <= max + 0.01, "{cut} at {max}");
        }
    }
}
