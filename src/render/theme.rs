//! The one place colours are defined, for the screen, SVG and PNG alike.

/// An sRGB colour with straight (not premultiplied) alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgba {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
    /// Opacity, 255 = opaque.
    pub a: u8,
}

impl Rgba {
    /// An opaque colour from `0xRRGGBB`.
    pub const fn hex(rgb: u32) -> Self {
        Self {
            r: ((rgb >> 16) & 0xff) as u8,
            g: ((rgb >> 8) & 0xff) as u8,
            b: (rgb & 0xff) as u8,
            a: 255,
        }
    }

    /// The same colour with opacity `a`.
    pub const fn with_alpha(self, a: u8) -> Self {
        Self { a, ..self }
    }

    /// `#rrggbb` (alpha is written separately in SVG).
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// Opacity as a fraction in `0.0..=1.0`.
    pub fn opacity(self) -> f32 {
        f32::from(self.a) / 255.0
    }
}

/// The colours of the timeline and of the app around it.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Image / timeline background.
    pub background: Rgba,
    /// Main text.
    pub text: Rgba,
    /// Secondary text (axis labels, notes).
    pub text_muted: Rgba,
    /// Minor grid lines.
    pub grid: Rgba,
    /// Grid lines at year/month/day boundaries.
    pub grid_major: Rgba,
    /// The axis line and tick marks.
    pub axis: Rgba,
    /// The publication-date marker.
    pub published: Rgba,
    /// Outline and guide of the selected event.
    pub selection: Rgba,
    /// Background behind the selected label and the highlighted expression.
    pub highlight: Rgba,
    /// Warnings ("unknown — set it", load errors).
    pub warning: Rgba,
    /// Errors (files that failed to load).
    pub error: Rgba,
    /// The veil over the window while files are dragged onto it.
    pub overlay: Rgba,
    /// The twelve base colours of articles and lanes; later ones are shades of these (see
    /// [`Theme::article`]).
    pub articles: [Rgba; 12],
}

impl Theme {
    /// The light theme used on screen and in exports.
    pub fn light() -> Self {
        Self {
            background: Rgba::hex(0xfcfcfd),
            text: Rgba::hex(0x1f2430),
            text_muted: Rgba::hex(0x5d6472),
            grid: Rgba::hex(0xebedf2),
            grid_major: Rgba::hex(0xc9ced8),
            axis: Rgba::hex(0x7d8491),
            published: Rgba::hex(0xc2410c),
            selection: Rgba::hex(0xd97706),
            highlight: Rgba::hex(0xfde68a),
            warning: Rgba::hex(0xb45309),
            error: Rgba::hex(0xb91c1c),
            overlay: Rgba::hex(0x000000).with_alpha(140),
            articles: super::palette::LIGHT,
        }
    }

    /// The colour of article (or lane) number `index`: twelve distinct colours, then
    /// lighter and darker shades of them (see [`super::palette::lane_colour`]).
    pub fn article(&self, index: usize) -> Rgba {
        super::palette::lane_colour(&self.articles, index)
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::light()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_get_twelve_distinct_colours_then_readable_shades_of_them() {
        let theme = Theme::light();
        for i in 0..12 {
            assert_eq!(theme.article(i), theme.articles[i]);
        }
        let colours: Vec<Rgba> = (0..60).map(|i| theme.article(i)).collect();
        for (i, a) in colours.iter().enumerate() {
            assert!(
                !colours[..i].contains(a),
                "article {i} repeats an earlier colour"
            );
            // Readable on the light background: not too light.
            let luma = 0.2126 * f64::from(a.r) + 0.7152 * f64::from(a.g) + 0.0722 * f64::from(a.b);
            assert!(luma < 190.0, "{a:?} is too light");
        }
    }
}
