//! The furniture of an exported image around the timeline: a title and subtitle above it,
//! a legend of the shapes below it, and a footer listing the sources. All of it is part of
//! the scene, so SVG keeps it as `<text>` and PDF as selectable text.

mod footer;
mod legend;
mod title;

pub use footer::{SOURCE_LINE, continuation_pages, source_lines};
pub use title::{default_title, subtitle};

use super::scene::{Item, Pos, Primitive, Rect, Scene, SceneInput, TextAnchor, build_scene};
use super::text::text_width;

/// Left and right margin of the furniture, as the timeline's.
const MARGIN: f32 = 18.0;
/// Height of the title block (title and subtitle).
pub const TITLE_BLOCK: f32 = 62.0;
/// Height of the legend row.
pub const LEGEND_ROW: f32 = 30.0;
/// Images smaller than this (either side) get the bare timeline, without furniture.
pub const MIN_FURNISHED: (f32, f32) = (480.0, 320.0);
/// The timeline keeps at least this share of the height; the footer gives way first.
const MIN_TIMELINE_SHARE: f32 = 0.55;

/// What the furniture says.
#[derive(Debug, Clone, PartialEq)]
pub struct Furniture {
    /// The title.
    pub title: String,
    /// The line under it: dates, event count, filters.
    pub subtitle: String,
    /// One line per source, in order.
    pub sources: Vec<String>,
    /// Sources that do not fit continue on the next page (PDF) rather than being counted
    /// ("and N more").
    pub continued: bool,
}

/// Where the timeline sits in a furnished image: below the title block, above the legend
/// and the footer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimelineBox {
    /// Its top edge, in image pixels.
    pub top: f32,
    /// Its height, in image pixels.
    pub height: f32,
    /// How many sources the footer under it lists.
    pub listed: usize,
}

/// The timeline's box in a furnished image `h` pixels high that names `sources` sources.
/// The on-screen scene of the box's size is what the image shows, moved down by its top.
pub fn timeline_box(h: f32, sources: usize) -> TimelineBox {
    let spare = h * (1.0 - MIN_TIMELINE_SHARE) - TITLE_BLOCK - LEGEND_ROW - footer::PADDING;
    let fits = (spare / SOURCE_LINE).floor().max(1.0) as usize;
    let listed = footer::listed(sources, fits);
    let footer_h = footer::height(sources, listed);
    TimelineBox {
        top: TITLE_BLOCK,
        height: h - TITLE_BLOCK - LEGEND_ROW - footer_h,
        listed,
    }
}

/// The scene of `input` with `furniture` around it: `input.height` is the whole image; the
/// timeline is built in what the furniture leaves. Too small an image gets the timeline
/// alone. Returns the scene and how many sources its footer lists.
pub fn furnished_scene(input: &SceneInput<'_>, furniture: &Furniture) -> (Scene, usize) {
    let (w, h) = (input.width, input.height);
    if w < MIN_FURNISHED.0 || h < MIN_FURNISHED.1 {
        return (build_scene(input), 0);
    }
    let TimelineBox {
        height: timeline_h,
        listed,
        ..
    } = timeline_box(h, furniture.sources.len());
    let mut inner = build_scene(&SceneInput {
        height: timeline_h,
        ..*input
    });
    let theme = input.theme;
    let mut items = vec![Item {
        primitive: Primitive::Rect {
            rect: Rect::from_corners(0.0, 0.0, w, h),
            fill: theme.background,
            stroke: None,
            radius: 0.0,
        },
        target: None,
    }];
    title::draw(&mut items, theme, w, furniture);
    items.extend(
        std::mem::take(&mut inner.items)
            .into_iter()
            .map(|i| shifted(i, TITLE_BLOCK)),
    );
    let legend_y = TITLE_BLOCK + timeline_h + LEGEND_ROW / 2.0;
    legend::draw(&mut items, theme, w, legend_y);
    footer::draw(
        &mut items,
        theme,
        w,
        TITLE_BLOCK + timeline_h + LEGEND_ROW,
        &furniture.sources,
        listed,
        furniture.continued,
    );
    let scene = Scene {
        height: h,
        items,
        plot: shifted_rect(inner.plot, TITLE_BLOCK),
        ..inner
    };
    (scene, listed)
}

/// `item` moved down by `dy`.
fn shifted(mut item: Item, dy: f32) -> Item {
    let down = |p: Pos| Pos::new(p.x, p.y + dy);
    item.primitive = match item.primitive {
        Primitive::Rect {
            rect,
            fill,
            stroke,
            radius,
        } => Primitive::Rect {
            rect: shifted_rect(rect, dy),
            fill,
            stroke,
            radius,
        },
        Primitive::Line {
            from,
            to,
            stroke,
            dashed,
        } => Primitive::Line {
            from: down(from),
            to: down(to),
            stroke,
            dashed,
        },
        Primitive::Circle {
            center,
            radius,
            fill,
            stroke,
        } => Primitive::Circle {
            center: down(center),
            radius,
            fill,
            stroke,
        },
        Primitive::Text {
            pos,
            text,
            size,
            color,
            anchor,
        } => Primitive::Text {
            pos: down(pos),
            text,
            size,
            color,
            anchor,
        },
    };
    if let Some(target) = item.target.as_mut() {
        target.hit = shifted_rect(target.hit, dy);
    }
    item
}

fn shifted_rect(r: Rect, dy: f32) -> Rect {
    Rect::from_corners(r.min.x, r.min.y + dy, r.max.x, r.max.y + dy)
}

/// `text` cut with an ellipsis to fit `max_w` pixels at `size`.
fn fit(text: &str, size: f32, max_w: f32) -> String {
    if text_width(text, size) <= max_w {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    // Binary search for the longest prefix that fits with the ellipsis.
    let (mut lo, mut hi) = (0usize, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars.iter().take(mid).chain(['…'].iter()).collect();
        if text_width(&candidate, size) <= max_w {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let mut out: String = chars
        .iter()
        .take(lo)
        .collect::<String>()
        .trim_end()
        .to_string();
    out.push('…');
    out
}

/// A text primitive.
fn text(pos: Pos, text: String, size: f32, color: super::theme::Rgba, anchor: TextAnchor) -> Item {
    Item {
        primitive: Primitive::Text {
            pos,
            text,
            size,
            color,
            anchor,
        },
        target: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::fixtures::sample;
    use crate::render::{Layout, Theme, default_view};

    fn input<'a>(
        docs: &'a [crate::pipeline::Document],
        theme: &'a Theme,
        layout: &'a Layout,
        w: f32,
        h: f32,
    ) -> SceneInput<'a> {
        SceneInput {
            docs,
            view: default_view(docs, w),
            width: w,
            height: h,
            selected: None,
            theme,
            export: true,
            generated: None,
            layout,
            model: None,
        }
    }

    fn texts(scene: &Scene) -> Vec<(String, Pos)> {
        scene
            .items
            .iter()
            .filter_map(|i| match &i.primitive {
                Primitive::Text { text, pos, .. } => Some((text.clone(), *pos)),
                _ => None,
            })
            .collect()
    }

    fn furniture(sources: usize) -> Furniture {
        Furniture {
            title: "Harbor Bridge".into(),
            subtitle: "from 1 Aug 2025 to 30 Nov 2025 · 3 events".into(),
            sources: (1..=sources)
                .map(|n| format!("Source number {n}"))
                .collect(),
            continued: false,
        }
    }

    #[test]
    fn title_legend_and_footer_surround_the_timeline() {
        let docs = vec![sample()];
        let (theme, layout) = (Theme::light(), Layout::default());
        let (scene, listed) =
            furnished_scene(&input(&docs, &theme, &layout, 1200.0, 700.0), &furniture(2));
        assert_eq!(listed, 2);
        let t = texts(&scene);
        let y = |s: &str| t.iter().find(|(x, _)| x == s).map(|(_, p)| p.y);
        let title = y("Harbor Bridge").expect("title");
        let published = y("published 2025-11-04").expect("timeline text");
        let legend = y("a vague span").expect("legend");
        let source = y("Source number 2").expect("footer");
        assert!(title < published && published < legend && legend < source);
        assert!(source < 700.0);
        assert_eq!(scene.height, 700.0);
    }

    #[test]
    fn a_long_source_list_is_cut_with_a_count() {
        let docs = vec![sample()];
        let (theme, layout) = (Theme::light(), Layout::default());
        let (scene, listed) = furnished_scene(
            &input(&docs, &theme, &layout, 1200.0, 700.0),
            &furniture(400),
        );
        assert!(listed < 400 && listed > 3, "{listed}");
        let t = texts(&scene);
        let more = format!("and {} more", 400 - listed);
        assert!(t.iter().any(|(s, _)| s == &more), "{more} missing");
        // The timeline keeps most of the height.
        assert!(scene.plot.height() > 700.0 * 0.3);
    }

    #[test]
    fn a_small_image_is_the_bare_timeline() {
        let docs = vec![sample()];
        let (theme, layout) = (Theme::light(), Layout::default());
        let (scene, listed) =
            furnished_scene(&input(&docs, &theme, &layout, 320.0, 200.0), &furniture(2));
        assert_eq!(listed, 0);
        assert!(!texts(&scene).iter().any(|(s, _)| s == "Harbor Bridge"));
    }

    #[test]
    fn long_text_is_fitted_with_an_ellipsis() {
        let long = "word ".repeat(100);
        let cut = fit(&long, 12.0, 200.0);
        assert!(cut.ends_with('…'));
        assert!(text_width(&cut, 12.0) <= 200.0);
        assert_eq!(fit("short", 12.0, 200.0), "short");
    }
}
