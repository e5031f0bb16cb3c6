//! The SVG backend: a string writer over the scene.

use super::scene::{Primitive, Scene, TextAnchor};
use super::text::FONT_FAMILY;
use super::theme::Rgba;
use std::fmt::Write;
use std::sync::OnceLock;

/// The family name the embedded font is declared under in the SVG.
pub const EMBEDDED_FAMILY: &str = "TemporaUI";

/// `bytes` in standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let digit = |shift: u32| char::from(ALPHABET[((n >> shift) & 63) as usize]);
        out.push(digit(18));
        out.push(digit(12));
        out.push(if chunk.len() > 1 { digit(6) } else { '=' });
        out.push(if chunk.len() > 2 { digit(0) } else { '=' });
    }
    out
}

/// The `<style>` that embeds the bundled font (the one labels are measured with), so
/// viewers without it lay text out as intended.
fn font_style() -> &'static str {
    static STYLE: OnceLock<String> = OnceLock::new();
    STYLE.get_or_init(|| {
        format!(
            "<style>@font-face{{font-family:'{EMBEDDED_FAMILY}';src:url(data:font/ttf;base64,{}) format('truetype');}}</style>",
            base64(epaint_default_fonts::UBUNTU_LIGHT)
        )
    })
}

/// Escapes `text` for XML character data and attribute values.
pub fn escape(text: &str) -> String {
    crate::text::escape_xml(text)
}

fn paint(attr: &str, color: Rgba) -> String {
    if color.a == 255 {
        format!(r#" {attr}="{}""#, color.to_hex())
    } else {
        format!(
            r#" {attr}="{}" {attr}-opacity="{:.3}""#,
            color.to_hex(),
            color.opacity()
        )
    }
}

fn stroke_attrs(stroke: Option<super::scene::Stroke>) -> String {
    match stroke {
        Some(s) => format!(
            r#"{} stroke-width="{:.2}""#,
            paint("stroke", s.color),
            s.width
        ),
        None => String::new(),
    }
}

/// Writes `scene` as a standalone SVG document.
pub fn to_svg(scene: &Scene) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail; `let _` keeps clippy quiet about the Result.
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{EMBEDDED_FAMILY}, {FONT_FAMILY}, sans-serif">"#,
        w = scene.width,
        h = scene.height
    );
    out.push_str(font_style());
    out.push('\n');
    for item in &scene.items {
        if let Some(target) = &item.target {
            let _ = writeln!(
                out,
                r#"<g data-event="{}-{}"><title>{}</title>"#,
                target.id.doc,
                target.id.event,
                escape(&target.label)
            );
        }
        match &item.primitive {
            Primitive::Rect {
                rect,
                fill,
                stroke,
                radius,
            } => {
                let _ = writeln!(
                    out,
                    r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" rx="{:.1}"{}{}/>"#,
                    rect.min.x,
                    rect.min.y,
                    rect.width(),
                    rect.height(),
                    radius,
                    paint("fill", *fill),
                    stroke_attrs(*stroke)
                );
            }
            Primitive::Line {
                from,
                to,
                stroke,
                dashed,
            } => {
                let dash = if *dashed {
                    r#" stroke-dasharray="4 3""#
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    r#"<line x1="{:.2}" y1="{:.2}" x2="{:.2}" y2="{:.2}"{}{}/>"#,
                    from.x,
                    from.y,
                    to.x,
                    to.y,
                    stroke_attrs(Some(*stroke)),
                    dash
                );
            }
            Primitive::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                let _ = writeln!(
                    out,
                    r#"<circle cx="{:.2}" cy="{:.2}" r="{:.2}"{}{}/>"#,
                    center.x,
                    center.y,
                    radius,
                    paint("fill", *fill),
                    stroke_attrs(*stroke)
                );
            }
            Primitive::Text {
                pos,
                text,
                size,
                color,
                anchor,
            } => {
                let anchor = match anchor {
                    TextAnchor::Start => "start",
                    TextAnchor::Middle => "middle",
                    TextAnchor::End => "end",
                };
                // `pos.y` is the middle of the line; the baseline sits ~0.35 em below it.
                let _ = writeln!(
                    out,
                    r#"<text x="{:.2}" y="{:.2}" font-size="{:.1}" text-anchor="{anchor}"{} xml:space="preserve">{}</text>"#,
                    pos.x,
                    pos.y + size * 0.36,
                    size,
                    paint("fill", *color),
                    escape(text)
                );
            }
        }
        if item.target.is_some() {
            out.push_str("</g>\n");
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            escape(r#"<b>"Tom" & 'Jerry'</b>"#),
            "&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c"), "abc");
    }

    #[test]
    fn base64_matches_the_rfc_vectors() {
        for (raw, enc) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(raw.as_bytes()), enc);
        }
    }

    #[test]
    fn the_svg_embeds_the_measured_font_and_names_it_first() {
        let scene = super::super::scene::Scene {
            width: 100.0,
            height: 50.0,
            background: super::super::theme::Theme::light().background,
            items: Vec::new(),
            plot: super::super::scene::Rect::default(),
            hidden: 0,
            unplaced: 0,
            earlier: 0,
            later: 0,
            show_all_hits: Vec::new(),
            message: None,
            clusters: Vec::new(),
            lanes: Vec::new(),
            lanes_height: 0.0,
            lanes_viewport: 0.0,
            scroll_y: 0.0,
            legend: Vec::new(),
        };
        let svg = to_svg(&scene);
        assert!(svg.contains(r#"font-family="TemporaUI, Ubuntu, sans-serif""#));
        let font = base64(epaint_default_fonts::UBUNTU_LIGHT);
        assert!(svg.contains(&format!("src:url(data:font/ttf;base64,{font})")));
    }
}
