//! Image exports: the scene of a timeline, with or without its furniture, encoded as PNG,
//! SVG or PDF and written atomically.

use super::furniture::{Furniture, default_title, furnished_scene, source_lines, subtitle};
use super::scene::{EventId, Layout, Scene, SceneInput, build_scene, default_view, plot_x_range};
use super::svg::to_svg;
use super::theme::{Theme, ThemeName};
use super::{mark_of, svg_to_png};
use crate::pipeline::Document;
use crate::timeline::TimeView;
use std::path::{Path, PathBuf};

/// Smallest and largest exported image side, in pixels.
pub const IMAGE_SIDE_RANGE: std::ops::RangeInclusive<u32> = 64..=16_384;

/// Why an image could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The extension is none of `.pdf`, `.png` and `.svg`.
    #[error(
        "{}: unknown image type — the file name must end in .pdf, .png or .svg",
        crate::article::shown(path)
    )]
    UnknownFormat {
        /// The requested path.
        path: PathBuf,
    },
    /// The requested size is out of range.
    #[error("image size {width}x{height} is out of range (each side 64 to 16384 pixels)")]
    Size {
        /// Requested width.
        width: u32,
        /// Requested height.
        height: u32,
    },
    /// The generated SVG could not be parsed for rasterizing (a bug).
    #[error("cannot rasterize the timeline: {0}")]
    Svg(String),
    /// PNG encoding failed.
    #[error("cannot encode PNG: {0}")]
    Png(String),
    /// PDF conversion failed.
    #[error("cannot write PDF: {0}")]
    Pdf(String),
    /// The scale is out of range.
    #[error("scale {0} is out of range (1 to 4)")]
    Scale(u32),
    /// Writing the file failed.
    #[error("{}: cannot write: {source}", crate::article::shown(path))]
    Io {
        /// The output path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// The image formats [`export_file`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    /// PNG raster.
    Png,
    /// SVG vector.
    Svg,
    /// PDF vector, fonts embedded.
    Pdf,
}

impl ImageFormat {
    /// The format named by `path`'s extension (case-insensitive).
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(Self::Png),
            "svg" => Some(Self::Svg),
            "pdf" => Some(Self::Pdf),
            _ => None,
        }
    }
}

/// Builds the export scene of `docs` seen through `view` (or the [`default_view`] when
/// `None`) and encodes it as `format`.
pub fn export_bytes(
    docs: &[Document],
    view: Option<TimeView>,
    selected: Option<EventId>,
    format: ImageFormat,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ExportError> {
    let svg = export_svg(docs, view, selected, width, height)?;
    encode(svg, format, width, height)
}

/// The export scene of `docs` seen through `view` (or the [`default_view`] when `None`)
/// as an SVG document of `width`×`height` pixels: the cheap half of an export, which
/// needs the documents; [`encode`] and [`write_image`] do the rest without them.
pub fn export_svg(
    docs: &[Document],
    view: Option<TimeView>,
    selected: Option<EventId>,
    width: u32,
    height: u32,
) -> Result<String, ExportError> {
    export_svg_laid_out(docs, view, selected, width, height, &Layout::default())
}

/// [`export_svg`] with the lanes, filters and search of `layout`, as on screen.
pub fn export_svg_laid_out(
    docs: &[Document],
    view: Option<TimeView>,
    selected: Option<EventId>,
    width: u32,
    height: u32,
    layout: &Layout,
) -> Result<String, ExportError> {
    if !IMAGE_SIDE_RANGE.contains(&width) || !IMAGE_SIDE_RANGE.contains(&height) {
        return Err(ExportError::Size { width, height });
    }
    let (w, h) = (width as f32, height as f32);
    let (left, right) = plot_x_range(w);
    let view = view.map_or_else(|| default_view(docs, w), |v| v.with_pixels(left, right));
    let theme = Theme::light();
    let scene = build_scene(&SceneInput {
        docs,
        view,
        width: w,
        height: h,
        selected,
        theme: &theme,
        export: true,
        generated: Some(chrono::Local::now().date_naive()),
        layout,
        model: None,
    });
    Ok(to_svg(&scene))
}

/// The bytes of an image file in `format` for `svg` (from [`export_svg`]), rasterized at
/// `width`×`height` pixels for PNG.
pub fn encode(
    svg: String,
    format: ImageFormat,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ExportError> {
    match format {
        ImageFormat::Svg => Ok(svg.into_bytes()),
        ImageFormat::Png => svg_to_png(&svg, width, height),
        ImageFormat::Pdf => super::pdf::svgs_to_pdf(&[svg]),
    }
}

/// Encodes `svg` (from [`export_svg`]) as `format` and writes it to `path` atomically
/// ([`crate::fsio::write_atomic`]).
pub fn write_image(
    svg: String,
    format: ImageFormat,
    path: &Path,
    width: u32,
    height: u32,
) -> Result<(), ExportError> {
    write_bytes(path, &encode(svg, format, width, height)?)
}

/// Encodes `pages` (from [`ImageRequest::page_svgs`]) as `format`, PNG at `pixels`, and
/// writes them to `path` atomically.
pub fn write_pages(
    pages: Vec<String>,
    format: ImageFormat,
    path: &Path,
    pixels: (u32, u32),
) -> Result<(), ExportError> {
    write_bytes(path, &encode_pages(pages, format, pixels)?)
}

/// Writes `bytes` to `path` atomically ([`crate::fsio::write_atomic`]).
fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    crate::fsio::write_atomic(path, bytes).map_err(|e| ExportError::Io {
        path: e.path,
        source: e.source,
    })
}

/// Writes the timeline of `docs` in its [`default_view`] to `path` (PNG or SVG by
/// extension) at `width`×`height` pixels.
pub fn export_file(
    docs: &[Document],
    path: &Path,
    width: u32,
    height: u32,
) -> Result<(), ExportError> {
    export_view(docs, None, None, path, width, height)
}

/// Like [`export_file`], for a given view and selection (the app exports what it shows).
pub fn export_view(
    docs: &[Document],
    view: Option<TimeView>,
    selected: Option<EventId>,
    path: &Path,
    width: u32,
    height: u32,
) -> Result<(), ExportError> {
    let format = ImageFormat::from_path(path).ok_or_else(|| ExportError::UnknownFormat {
        path: path.to_path_buf(),
    })?;
    let svg = export_svg(docs, view, selected, width, height)?;
    write_image(svg, format, path, width, height)
}

/// The size of an exported image: a preset or custom pixels (at scale 1; 96 pixels an
/// inch, so the paper sizes are their landscape pages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImageSize {
    /// 1920×1080, a full-HD slide.
    #[default]
    FullHd,
    /// A4 landscape, 297 × 210 mm.
    A4,
    /// US Letter landscape, 11 × 8.5 in.
    Letter,
    /// Any width×height in pixels.
    Custom(u32, u32),
}

impl ImageSize {
    /// The presets, in menu order.
    pub const PRESETS: [Self; 3] = [Self::FullHd, Self::A4, Self::Letter];

    /// `1920x1080`, `a4`, `letter` or any `WxH`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let lower = s.trim().to_ascii_lowercase();
        match lower.as_str() {
            "a4" => return Ok(Self::A4),
            "letter" => return Ok(Self::Letter),
            "1920x1080" | "hd" | "fullhd" => return Ok(Self::FullHd),
            _ => {}
        }
        let bad = || format!("expected a4, letter or WxH such as 1920x1080, got {s:?}");
        let (w, h) = lower.split_once('x').ok_or_else(bad)?;
        let num = |v: &str| v.trim().parse::<u32>().map_err(|_| bad());
        Ok(Self::Custom(num(w)?, num(h)?))
    }

    /// Width and height in pixels at scale 1.
    pub fn pixels(self) -> (u32, u32) {
        match self {
            Self::FullHd => (1920, 1080),
            Self::A4 => (1123, 794),
            Self::Letter => (1056, 816),
            Self::Custom(w, h) => (w, h),
        }
    }

    /// The name shown in menus.
    pub fn name(self) -> String {
        match self {
            Self::FullHd => "1920×1080".into(),
            Self::A4 => "A4 landscape".into(),
            Self::Letter => "Letter landscape".into(),
            Self::Custom(w, h) => format!("{w}×{h}"),
        }
    }
}

/// Largest scale factor of an exported PNG.
pub const MAX_SCALE: u32 = 4;

/// How an exported image is drawn, besides the timeline's view and layout.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImageOptions {
    /// Size at scale 1.
    pub size: ImageSize,
    /// PNG pixels per image pixel, 1 to [`MAX_SCALE`] (SVG and PDF are vector).
    pub scale: u32,
    /// Colours.
    pub theme: ThemeName,
    /// The title; the [`default_title`] when `None`.
    pub title: Option<String>,
    /// The date named in the caption ("generated 2026-11-24"), if any.
    pub generated: Option<chrono::NaiveDate>,
}

/// What an image shows: the documents, view, selection and layout as on screen.
#[derive(Debug, Clone, Copy)]
pub struct ImageRequest<'a> {
    /// The articles.
    pub docs: &'a [Document],
    /// The view; the [`default_view`] when `None`.
    pub view: Option<TimeView>,
    /// The selected event.
    pub selected: Option<EventId>,
    /// Lanes, filters and search.
    pub layout: &'a Layout,
    /// Size, scale, theme and title.
    pub options: &'a ImageOptions,
}

impl ImageRequest<'_> {
    /// The scene's size, checked.
    fn size(&self) -> Result<(u32, u32), ExportError> {
        let (width, height) = self.options.size.pixels();
        if !IMAGE_SIDE_RANGE.contains(&width) || !IMAGE_SIDE_RANGE.contains(&height) {
            return Err(ExportError::Size { width, height });
        }
        let scale = self.options.scale.max(1);
        if scale > MAX_SCALE {
            return Err(ExportError::Scale(scale));
        }
        if width * scale > *IMAGE_SIDE_RANGE.end() || height * scale > *IMAGE_SIDE_RANGE.end() {
            return Err(ExportError::Size {
                width: width * scale,
                height: height * scale,
            });
        }
        Ok((width, height))
    }

    /// The furnished pages: the timeline with its furniture, then, when `paginate` and the
    /// sources do not fit under it, pages continuing the source list.
    pub fn pages(&self, paginate: bool) -> Result<Vec<Scene>, ExportError> {
        let (width, height) = self.size()?;
        let (w, h) = (width as f32, height as f32);
        let (left, right) = plot_x_range(w);
        let view = self.view.map_or_else(
            || default_view(self.docs, w),
            |v| v.with_pixels(left, right),
        );
        let theme = Theme::named(self.options.theme);
        let sources = source_lines(self.docs, &self.layout.hidden_docs);
        let furniture = Furniture {
            title: self
                .options
                .title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| default_title(self.docs)),
            subtitle: subtitle(
                &view,
                events_in_view(self.docs, &view, self.layout),
                self.layout,
            ),
            sources,
            continued: paginate,
        };
        let input = SceneInput {
            docs: self.docs,
            view,
            width: w,
            height: h,
            selected: self.selected,
            theme: &theme,
            export: true,
            generated: self.options.generated,
            layout: self.layout,
            model: None,
        };
        let (first, listed) = furnished_scene(&input, &furniture);
        let mut pages = Vec::new();
        if paginate && listed > 0 && listed < furniture.sources.len() {
            let rest = furniture.sources.get(listed..).unwrap_or_default();
            pages = super::furniture::continuation_pages(&first, &theme, &furniture.title, rest);
        }
        pages.insert(0, first);
        Ok(pages)
    }

    /// The first page as SVG.
    pub fn svg(&self) -> Result<String, ExportError> {
        let pages = self.pages(false)?;
        Ok(pages.first().map(to_svg).unwrap_or_default())
    }

    /// The pages `format` holds, as SVG: one for PNG and SVG, the timeline and the
    /// continued sources for PDF. The cheap half of an export, which needs the documents;
    /// [`encode_pages`] does the rest without them.
    pub fn page_svgs(&self, format: ImageFormat) -> Result<Vec<String>, ExportError> {
        let pages = self.pages(format == ImageFormat::Pdf)?;
        Ok(pages.iter().map(to_svg).collect())
    }

    /// PNG pixels: the size times the scale.
    pub fn pixels(&self) -> Result<(u32, u32), ExportError> {
        let (width, height) = self.size()?;
        let scale = self.options.scale.max(1);
        Ok((width * scale, height * scale))
    }

    /// The image as `format` bytes: PNG at the scale, SVG, or PDF with the sources
    /// paginated.
    pub fn bytes(&self, format: ImageFormat) -> Result<Vec<u8>, ExportError> {
        encode_pages(self.page_svgs(format)?, format, self.pixels()?)
    }

    /// Writes the image to `path` (format by extension) atomically.
    pub fn write(&self, path: &Path) -> Result<(), ExportError> {
        let format = ImageFormat::from_path(path).ok_or_else(|| ExportError::UnknownFormat {
            path: path.to_path_buf(),
        })?;
        write_bytes(path, &self.bytes(format)?)
    }
}

/// Encodes `pages` (from [`ImageRequest::page_svgs`]) as `format`: the first page as SVG, or
/// rasterized at `pixels` as PNG; every page as PDF.
pub fn encode_pages(
    mut pages: Vec<String>,
    format: ImageFormat,
    pixels: (u32, u32),
) -> Result<Vec<u8>, ExportError> {
    match format {
        ImageFormat::Pdf => super::pdf::svgs_to_pdf(&pages),
        _ if pages.is_empty() => Err(ExportError::Svg("no page to encode".into())),
        _ => encode(pages.swap_remove(0), format, pixels.0, pixels.1),
    }
}

/// How many placed events, not filtered out by `layout`, meet `view`.
fn events_in_view(docs: &[Document], view: &TimeView, layout: &Layout) -> usize {
    let needle = layout
        .search
        .as_deref()
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty());
    let (lo, hi) = (view.start_secs(), view.end_secs());
    docs.iter()
        .enumerate()
        .filter(|(i, _)| !layout.hidden_docs.contains(i))
        .flat_map(|(_, doc)| doc.events.iter().map(move |e| (doc, e)))
        .filter(|(doc, e)| {
            layout.filters.admits(&e.timex)
                && needle
                    .as_deref()
                    .is_none_or(|n| super::event_matches(doc, e, n))
        })
        .filter_map(|(_, e)| mark_of(&e.timex))
        .filter(|mark| match *mark {
            super::Mark::Point(t) => (lo..hi).contains(&t),
            super::Mark::Span(b, u) => b < hi && u > lo,
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::fixtures::{sample, svg_texts};

    fn request<'a>(
        docs: &'a [Document],
        layout: &'a Layout,
        options: &'a ImageOptions,
    ) -> ImageRequest<'a> {
        ImageRequest {
            docs,
            view: None,
            selected: None,
            layout,
            options,
        }
    }

    #[test]
    fn sizes_parse_presets_and_custom() {
        assert_eq!(ImageSize::parse("A4"), Ok(ImageSize::A4));
        assert_eq!(ImageSize::parse("letter"), Ok(ImageSize::Letter));
        assert_eq!(ImageSize::parse("1920x1080"), Ok(ImageSize::FullHd));
        assert_eq!(ImageSize::parse("800X600"), Ok(ImageSize::Custom(800, 600)));
        assert!(ImageSize::parse("big").is_err());
        assert_eq!(ImageSize::A4.pixels(), (1123, 794));
    }

    #[test]
    fn the_svg_has_title_subtitle_and_sources_as_text() {
        let docs = vec![sample()];
        let layout = Layout::default();
        let options = ImageOptions {
            size: ImageSize::Custom(1200, 700),
            title: Some("Bridge <brief> & more".into()),
            ..ImageOptions::default()
        };
        let svg = request(&docs, &layout, &options).svg().expect("svg");
        let texts = svg_texts(&svg);
        assert!(
            texts.iter().any(|t| t == "Bridge <brief> & more"),
            "{texts:?}"
        );
        assert!(texts.iter().any(|t| t.ends_with("· 3 events")), "{texts:?}");
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Bridge news — test.txt"))
        );
    }

    #[test]
    fn png_is_scaled_and_sizes_are_checked() {
        let docs = vec![sample()];
        let layout = Layout::default();
        let options = ImageOptions {
            size: ImageSize::Custom(600, 400),
            scale: 2,
            ..ImageOptions::default()
        };
        let png = request(&docs, &layout, &options)
            .bytes(ImageFormat::Png)
            .expect("png");
        let decoded = image::load_from_memory(&png).expect("decodes");
        assert_eq!((decoded.width(), decoded.height()), (1200, 800));
        let too_big = ImageOptions {
            size: ImageSize::Custom(8000, 400),
            scale: 3,
            ..ImageOptions::default()
        };
        assert!(matches!(
            request(&docs, &layout, &too_big).bytes(ImageFormat::Png),
            Err(ExportError::Size { .. })
        ));
        let bad_scale = ImageOptions {
            scale: 5,
            ..ImageOptions::default()
        };
        assert!(matches!(
            request(&docs, &layout, &bad_scale).svg(),
            Err(ExportError::Scale(5))
        ));
    }

    #[test]
    fn each_theme_paints_its_background() {
        let docs = vec![sample()];
        let layout = Layout::default();
        for name in ThemeName::ALL {
            let options = ImageOptions {
                size: ImageSize::Custom(600, 400),
                theme: name,
                ..ImageOptions::default()
            };
            let png = request(&docs, &layout, &options)
                .bytes(ImageFormat::Png)
                .expect("png");
            let img = image::load_from_memory(&png).expect("decodes").to_rgba8();
            let bg = Theme::named(name).background;
            assert_eq!(img.get_pixel(2, 2).0, [bg.r, bg.g, bg.b, 255], "{name:?}");
        }
    }
}
