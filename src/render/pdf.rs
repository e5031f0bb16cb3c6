//! The PDF backend: each page's SVG converted to vector PDF by `svg2pdf`, with the bundled
//! font embedded (subset) and the text kept as selectable text.

use super::ExportError;
use super::text::FONT_FAMILY;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref};
use std::collections::HashMap;
use svg2pdf::usvg;

/// PDF points per SVG pixel (72 points and 96 pixels to the inch).
const POINTS_PER_PIXEL: f32 = 0.75;

/// The parsing options: the bundled fonts only, so every machine writes the same PDF.
fn options() -> usvg::Options<'static> {
    let mut options = usvg::Options {
        font_family: FONT_FAMILY.to_string(),
        ..usvg::Options::default()
    };
    let db = options.fontdb_mut();
    db.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    db.load_font_data(epaint_default_fonts::HACK_REGULAR.to_vec());
    db.set_sans_serif_family(FONT_FAMILY);
    options
}

/// A PDF with one page per SVG of `pages`, each page the size of its SVG.
pub fn svgs_to_pdf(pages: &[String]) -> Result<Vec<u8>, ExportError> {
    let options = options();
    let mut alloc = Ref::new(1);
    let catalog_id = alloc.bump();
    let tree_id = alloc.bump();
    let mut pdf = Pdf::new();
    let mut page_ids = Vec::with_capacity(pages.len());
    for (n, svg) in pages.iter().enumerate() {
        let tree =
            usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Svg(e.to_string()))?;
        let size = tree.size();
        let (w, h) = (
            size.width() * POINTS_PER_PIXEL,
            size.height() * POINTS_PER_PIXEL,
        );
        let (chunk, svg_ref) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| ExportError::Pdf(e.to_string()))?;
        let mut map = HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
        let svg_id = *map
            .get(&svg_ref)
            .ok_or_else(|| ExportError::Pdf("the converted page lost its drawing".into()))?;
        let page_id = alloc.bump();
        let content_id = alloc.bump();
        let name = format!("P{n}");
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, w, h));
        page.parent(tree_id);
        page.contents(content_id);
        page.resources()
            .x_objects()
            .pair(Name(name.as_bytes()), svg_id);
        page.finish();
        let mut content = Content::new();
        content
            .transform([w, 0.0, 0.0, h, 0.0, 0.0])
            .x_object(Name(name.as_bytes()));
        pdf.stream(content_id, &content.finish());
        pdf.extend(&chunk);
        page_ids.push(page_id);
    }
    pdf.catalog(catalog_id).pages(tree_id);
    pdf.pages(tree_id)
        .count(i32::try_from(page_ids.len()).unwrap_or(i32::MAX))
        .kids(page_ids);
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page count in a PDF's page tree, read from its `/Count` entry.
    pub fn page_count(pdf: &[u8]) -> Option<usize> {
        let text = String::from_utf8_lossy(pdf);
        let at = text.find("/Type /Pages")?;
        let rest = text.get(at..)?;
        let count = rest.get(rest.find("/Count")? + 6..)?;
        count
            .split(|c: char| !c.is_ascii_digit() && c != ' ')
            .next()?
            .trim()
            .parse()
            .ok()
    }

    #[test]
    fn pages_become_a_pdf_with_embedded_text() {
        let svg = |t: &str| {
            format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" font-family="Ubuntu"><text x="10" y="50" font-size="20">{t}</text></svg>"#
            )
        };
        let pdf = svgs_to_pdf(&[svg("Page one"), svg("Page two")]).expect("pdf");
        assert!(pdf.starts_with(b"%PDF"));
        assert_eq!(page_count(&pdf), Some(2));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/FontFile2"), "the font is embedded");
        assert!(text.contains("/ToUnicode"), "the text is selectable");
        assert!(text.contains("/MediaBox [0 0 300 150]"));
    }
}
