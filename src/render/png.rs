//! The PNG backend: the SVG rendered with resvg, with the bundled fonts.

use super::ExportError;
use super::text::FONT_FAMILY;
use resvg::{tiny_skia, usvg};

/// Renders `svg` to a pixmap of `width`×`height` pixels, scaled to fit.
fn rasterize(svg: &str, width: u32, height: u32) -> Result<tiny_skia::Pixmap, ExportError> {
    let mut options = usvg::Options {
        font_family: FONT_FAMILY.to_string(),
        ..usvg::Options::default()
    };
    let db = options.fontdb_mut();
    db.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    db.load_font_data(epaint_default_fonts::HACK_REGULAR.to_vec());
    db.set_sans_serif_family(FONT_FAMILY);
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Svg(e.to_string()))?;
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(ExportError::Size { width, height })?;
    let size = tree.size();
    let transform = tiny_skia::Transform::from_scale(
        width as f32 / size.width().max(1.0),
        height as f32 / size.height().max(1.0),
    );
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    Ok(pixmap)
}

/// Renders `svg` to straight-alpha RGBA bytes (4 per pixel, row by row), e.g. for a window
/// icon.
pub fn svg_to_rgba(svg: &str, width: u32, height: u32) -> Result<Vec<u8>, ExportError> {
    let pixmap = rasterize(svg, width, height)?;
    Ok(pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect())
}

/// Renders `svg` to PNG bytes of `width`×`height` pixels. Text uses the fonts bundled with
/// egui, so no system font is needed.
pub fn svg_to_png(svg: &str, width: u32, height: u32) -> Result<Vec<u8>, ExportError> {
    let pixmap = rasterize(svg, width, height)?;
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Png(e.to_string()))
}
