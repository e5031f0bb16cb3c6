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

    /// The dark theme: light text and brighter marks on a near-black background.
    pub fn dark() -> Self {
        Self {
            background: Rgba::hex(0x1b1e24),
            text: Rgba::hex(0xe6e8ee),
            text_muted: Rgba::hex(0xa3a9b5),
            grid: Rgba::hex(0x2a2e36),
            grid_major: Rgba::hex(0x474d59),
            axis: Rgba::hex(0x8a919e),
            published: Rgba::hex(0xfb923c),
            selection: Rgba::hex(0xfbbf24),
            highlight: Rgba::hex(0x6b5a1e),
            warning: Rgba::hex(0xf59e0b),
            error: Rgba::hex(0xf87171),
            overlay: Rgba::hex(0x000000).with_alpha(170),
            articles: super::palette::DARK,
        }
    }

    /// The print theme: a white page, black text, and lanes told apart by greys of
    /// different darkness, so a black-and-white copy keeps the distinction; marks are
    /// outlines over pale fills to save ink.
    pub fn print() -> Self {
        Self {
            background: Rgba::hex(0xffffff),
            text: Rgba::hex(0x000000),
            text_muted: Rgba::hex(0x4a4a4a),
            grid: Rgba::hex(0xececec),
            grid_major: Rgba::hex(0xbdbdbd),
            axis: Rgba::hex(0x5c5c5c),
            published: Rgba::hex(0x262626),
            selection: Rgba::hex(0x000000),
            highlight: Rgba::hex(0xe3e3e3),
            warning: Rgba::hex(0x333333),
            error: Rgba::hex(0x000000),
            overlay: Rgba::hex(0x000000).with_alpha(120),
            articles: super::palette::PRINT,
        }
    }

    /// The theme called `name`.
    pub fn named(name: ThemeName) -> Self {
        match name {
            ThemeName::Light => Self::light(),
            ThemeName::Dark => Self::dark(),
            ThemeName::Print => Self::print(),
        }
    }

    /// True when text is light on a dark background.
    pub fn is_dark(&self) -> bool {
        luma(self.background) < 128.0
    }

    /// The colour of article (or lane) number `index`: twelve distinct colours, then
    /// lighter and darker shades of them (see [`super::palette::lane_colour`]).
    pub fn article(&self, index: usize) -> Rgba {
        super::palette::lane_colour(&self.articles, index)
    }

    /// The colour of a time expression of type `kind` (reading view, legends): four of the
    /// twelve base colours, far apart in hue — dates blue, times teal, durations violet,
    /// sets rose.
    pub fn expression(&self, kind: crate::temporal::TimexType) -> Rgba {
        use crate::temporal::TimexType;
        let index = match kind {
            TimexType::Date => 0,
            TimexType::Time => 1,
            TimexType::Duration => 2,
            TimexType::Set => 3,
        };
        self.articles[index]
    }

    /// The background behind a time expression of type `kind` in running text: its
    /// colour ([`Theme::expression`]) pale on a light theme, deep on a dark one.
    pub fn expression_background(&self, kind: crate::temporal::TimexType) -> Rgba {
        let amount = if self.is_dark() { -0.6 } else { 0.8 };
        super::palette::shade(self.expression(kind), amount)
    }
}

/// The themes an image or the window can be drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThemeName {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
    /// White, ink-saving, greys that survive a black-and-white copy.
    Print,
}

impl ThemeName {
    /// Every theme, in menu order.
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::Print];

    /// The theme named `name` (`light`, `dark` or `print`, any case).
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Self::Light),
            "dark" => Some(Self::Dark),
            "print" => Some(Self::Print),
            _ => None,
        }
    }

    /// Its name in lower case.
    pub fn name(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
            Self::Print => "print",
        }
    }
}

/// Perceived brightness of `c`, 0 to 255.
fn luma(c: Rgba) -> f64 {
    0.2126 * f64::from(c.r) + 0.7152 * f64::from(c.g) + 0.0722 * f64::from(c.b)
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
            assert!(luma(*a) < 190.0, "{a:?} is too light");
        }
    }

    #[test]
    fn dark_marks_stand_out_from_the_dark_background() {
        let theme = Theme::dark();
        assert!(theme.is_dark() && !Theme::light().is_dark() && !Theme::print().is_dark());
        for i in 0..30 {
            let c = theme.article(i);
            assert!(luma(c) - luma(theme.background) > 60.0, "{c:?} is too dark");
        }
        assert!(luma(theme.text) > 200.0);
    }

    #[test]
    fn print_uses_only_greys_of_distinct_darkness_on_white() {
        let theme = Theme::print();
        assert_eq!(theme.background, Rgba::hex(0xffffff));
        let mut lumas: Vec<f64> = theme.articles.iter().map(|c| luma(*c)).collect();
        for c in theme
            .articles
            .iter()
            .chain([&theme.text, &theme.published, &theme.axis])
        {
            assert!(c.r == c.g && c.g == c.b, "{c:?} is not a grey");
        }
        lumas.sort_by(f64::total_cmp);
        for pair in lumas.windows(2) {
            assert!(pair[1] - pair[0] >= 15.0, "{lumas:?}: two lanes look alike");
        }
    }

    #[test]
    fn theme_names_round_trip() {
        for name in ThemeName::ALL {
            assert_eq!(ThemeName::parse(name.name()), Some(name));
        }
        assert_eq!(ThemeName::parse("sepia"), None);
    }
}
