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
    /// The first article colours; later articles get generated ones (see
    /// [`Theme::article`]).
    pub articles: [Rgba; 6],
    /// Generated colours for the articles after the palette.
    pub more_articles: Vec<Rgba>,
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
            articles: [
                Rgba::hex(0x2563eb),
                Rgba::hex(0x0f766e),
                Rgba::hex(0x7c3aed),
                Rgba::hex(0xbe123c),
                Rgba::hex(0x4d7c0f),
                Rgba::hex(0x0e7490),
            ],
            more_articles: Vec::new(),
        }
        .with_generated_colours(58, [0.52, 0.62, 0.44])
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
            articles: [
                Rgba::hex(0x60a5fa),
                Rgba::hex(0x2dd4bf),
                Rgba::hex(0xa78bfa),
                Rgba::hex(0xfb7185),
                Rgba::hex(0xa3e635),
                Rgba::hex(0x22d3ee),
            ],
            more_articles: Vec::new(),
        }
        .with_generated_colours(58, [0.74, 0.82, 0.66])
    }

    /// The print theme: a white page, black text, and lanes told apart by greys of clearly
    /// different darkness, so a black-and-white copy keeps every distinction; marks are
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
            articles: [
                Rgba::hex(0x000000),
                Rgba::hex(0x6e6e6e),
                Rgba::hex(0x363636),
                Rgba::hex(0x8f8f8f),
                Rgba::hex(0x1c1c1c),
                Rgba::hex(0x555555),
            ],
            more_articles: Vec::new(),
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

    /// The theme with `n` generated article colours after the palette: hues stepped by
    /// the golden angle in OKLCH at lightnesses that read well on the light background,
    /// each kept only when it is clearly different from every colour before it.
    fn with_generated_colours(mut self, n: usize, lightnesses: [f64; 3]) -> Self {
        let mut taken: Vec<Rgba> = self.articles.to_vec();
        let mut k = 0usize;
        let mut min_distance = 60;
        while self.more_articles.len() < n && min_distance > 0 {
            let hue = (20.0 + k as f64 * 137.507_764).rem_euclid(360.0);
            let lightness = lightnesses[k % 3];
            let c = oklch(lightness, 0.14, hue);
            k += 1;
            if taken.iter().all(|t| distance(*t, c) >= min_distance) {
                taken.push(c);
                self.more_articles.push(c);
            }
            if k.is_multiple_of(400) {
                min_distance -= 10;
            }
        }
        self
    }

    /// The colour of article number `index`: the palette first, then the generated
    /// colours, distinct for any realistic number of articles (cycled beyond that).
    pub fn article(&self, index: usize) -> Rgba {
        if let Some(c) = self.articles.get(index) {
            return *c;
        }
        let n = self.more_articles.len();
        if n == 0 {
            let m = self.articles.len();
            return self.articles.get(index % m).copied().unwrap_or(self.text);
        }
        self.more_articles
            .get((index - self.articles.len()) % n)
            .copied()
            .unwrap_or(self.text)
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

/// The summed per-channel difference of two colours.
fn distance(a: Rgba, b: Rgba) -> i32 {
    (i32::from(a.r) - i32::from(b.r)).abs()
        + (i32::from(a.g) - i32::from(b.g)).abs()
        + (i32::from(a.b) - i32::from(b.b)).abs()
}

/// An opaque sRGB colour from OKLCH (`l` 0..1, chroma `c`, hue in degrees), with the
/// chroma reduced until it fits in sRGB.
fn oklch(l: f64, c: f64, hue_deg: f64) -> Rgba {
    let h = hue_deg.to_radians();
    let mut chroma = c;
    loop {
        let (a, b) = (chroma * h.cos(), chroma * h.sin());
        let l_ = l + 0.396_337_777_4 * a + 0.215_803_757_3 * b;
        let m_ = l - 0.105_561_345_8 * a - 0.063_854_172_8 * b;
        let s_ = l - 0.089_484_177_5 * a - 1.291_485_548 * b;
        let (l3, m3, s3) = (l_.powi(3), m_.powi(3), s_.powi(3));
        let r = 4.076_741_662_1 * l3 - 3.307_711_591_3 * m3 + 0.230_969_929_2 * s3;
        let g = -1.268_438_004_6 * l3 + 2.609_757_401_1 * m3 - 0.341_319_396_5 * s3;
        let bl = -0.004_196_086_3 * l3 - 0.703_418_614_7 * m3 + 1.707_614_701 * s3;
        let inside = [r, g, bl].iter().all(|v| (-0.001..=1.001).contains(v));
        if inside || chroma <= 0.0 {
            let enc = |v: f64| {
                let v = v.clamp(0.0, 1.0);
                let s = if v <= 0.003_130_8 {
                    12.92 * v
                } else {
                    1.055 * v.powf(1.0 / 2.4) - 0.055
                };
                (s * 255.0).round().clamp(0.0, 255.0) as u8
            };
            return Rgba {
                r: enc(r),
                g: enc(g),
                b: enc(bl),
                a: 255,
            };
        }
        chroma -= 0.01;
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
    fn many_articles_get_distinct_colours() {
        let theme = Theme::light();
        assert_eq!(theme.article(0), theme.articles[0]);
        assert_eq!(theme.article(5), theme.articles[5]);
        let colours: Vec<Rgba> = (0..40).map(|i| theme.article(i)).collect();
        for (i, a) in colours.iter().enumerate() {
            for b in colours.iter().skip(i + 1) {
                let d = distance(*a, *b);
                assert!(d >= 35, "{a:?} and {b:?} are too close");
            }
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
            assert!(pair[1] - pair[0] >= 20.0, "{lumas:?}: two lanes look alike");
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
