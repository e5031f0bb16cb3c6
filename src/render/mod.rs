//! One backend-neutral scene of the timeline ([`Scene`], built by [`build_scene`]), drawn
//! on screen (egui painter, feature `gui`), to SVG ([`to_svg`]) and to PNG (the SVG through
//! resvg, [`svg_to_png`]).

#[cfg(feature = "gui")]
pub mod egui_backend;
mod png;
mod scene;
mod svg;
pub mod text;
pub mod theme;

pub use png::svg_to_png;
pub use scene::{
    EventId, Item, LABEL_SIZE, Mark, Pos, Primitive, Rect, Scene, SceneInput, Stroke, Target,
    TextAnchor, accessible_label, build_scene, fitted_view, mark_of, plot_x_range, time_extent,
};
pub use svg::{escape, to_svg};
pub use theme::{Rgba, Theme};

use crate::pipeline::Document;
use crate::timeline::TimeView;
use std::path::{Path, PathBuf};

/// Smallest and largest exported image side, in pixels.
pub const IMAGE_SIDE_RANGE: std::ops::RangeInclusive<u32> = 64..=16_384;

/// Why an image could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The extension is neither `.png` nor `.svg`.
    #[error("{path}: unknown image type — the file name must end in .png or .svg")]
    UnknownFormat {
        /// The requested path.
        path: PathBuf,
    },
    /// The requested size is out of range.
    #[error("image size {width}×{height} is out of range (each side 64 to 16384 pixels)")]
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
    /// Writing the file failed.
    #[error("{path}: cannot write: {source}")]
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
}

impl ImageFormat {
    /// The format named by `path`'s extension (case-insensitive).
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(Self::Png),
            "svg" => Some(Self::Svg),
            _ => None,
        }
    }
}

/// Builds the scene of `docs` seen through `view` (or fitted to everything when `None`)
/// and encodes it as `format`.
pub fn export_bytes(
    docs: &[Document],
    view: Option<TimeView>,
    selected: Option<EventId>,
    format: ImageFormat,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ExportError> {
    if !IMAGE_SIDE_RANGE.contains(&width) || !IMAGE_SIDE_RANGE.contains(&height) {
        return Err(ExportError::Size { width, height });
    }
    let (w, h) = (width as f32, height as f32);
    let (left, right) = plot_x_range(w);
    let view = view.map_or_else(|| fitted_view(docs, w), |v| v.with_pixels(left, right));
    let theme = Theme::light();
    let scene = build_scene(&SceneInput {
        docs,
        view,
        width: w,
        height: h,
        selected,
        theme: &theme,
    });
    let svg = to_svg(&scene);
    match format {
        ImageFormat::Svg => Ok(svg.into_bytes()),
        ImageFormat::Png => svg_to_png(&svg, width, height),
    }
}

/// Writes the timeline of `docs`, fitted to all events, to `path` (PNG or SVG by
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
    let bytes = export_bytes(docs, view, selected, format, width, height)?;
    std::fs::write(path, bytes).map_err(|source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    })
}
