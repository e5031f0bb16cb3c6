//! The footer listing the sources: title, site or file, publication date and where it came
//! from. A list longer than the room is cut with "and N more".

use super::{MARGIN, fit, text};
use crate::pipeline::Document;
use crate::render::scene::{Item, Pos, Primitive, Rect, Scene, TextAnchor};
use crate::render::theme::Theme;

/// Height of one source line.
pub const SOURCE_LINE: f32 = 16.0;
/// Space above and below the lines.
pub const PADDING: f32 = 14.0;
const SIZE: f32 = 11.0;

/// One line per article: "Title — file · published 2025-11-04 (“Published:” header,
/// line 2)", or "date unknown".
pub fn source_lines(docs: &[Document], hidden: &std::collections::BTreeSet<usize>) -> Vec<String> {
    docs.iter()
        .enumerate()
        .filter(|(i, _)| !hidden.contains(i))
        .map(|(_, doc)| {
            let a = &doc.article;
            let date = match &a.publication {
                Some(p) => format!("published {} ({})", p.date.format("%Y-%m-%d"), p.source),
                None => "publication date unknown".to_string(),
            };
            format!("{} — {} · {date}", a.title.trim(), a.display_name())
        })
        .collect()
}

/// How many of `total` sources `lines` lines list: all when they fit, else one line fewer
/// (the last line counts the rest).
pub(super) fn listed(total: usize, lines: usize) -> usize {
    if total <= lines {
        total
    } else {
        lines.saturating_sub(1)
    }
}

/// Height of a footer listing `listed` of `total` sources.
pub(super) fn height(total: usize, listed: usize) -> f32 {
    let lines = listed + usize::from(listed < total);
    if lines == 0 {
        0.0
    } else {
        PADDING + SOURCE_LINE * lines as f32
    }
}

/// Draws "Sources" lines from `top`: the first `listed` of `sources`, then "and N more".
pub(super) fn draw(
    items: &mut Vec<Item>,
    theme: &Theme,
    w: f32,
    top: f32,
    sources: &[String],
    listed: usize,
    continued: bool,
) {
    let max_w = w - 2.0 * MARGIN;
    let mut y = top + PADDING / 2.0 + SOURCE_LINE / 2.0;
    for line in sources.iter().take(listed) {
        items.push(text(
            Pos::new(MARGIN, y),
            fit(line, SIZE, max_w),
            SIZE,
            theme.text_muted,
            TextAnchor::Start,
        ));
        y += SOURCE_LINE;
    }
    if listed < sources.len() {
        items.push(text(
            Pos::new(MARGIN, y),
            if continued {
                format!(
                    "continued on the next page ({} more)",
                    sources.len() - listed
                )
            } else {
                format!("and {} more", sources.len() - listed)
            },
            SIZE,
            theme.text_muted,
            TextAnchor::Start,
        ));
    }
}

/// Pages of the same size as `first` listing `rest` of the sources under the heading
/// "TITLE — sources (continued)".
pub fn continuation_pages(
    first: &Scene,
    theme: &Theme,
    title: &str,
    rest: &[String],
) -> Vec<Scene> {
    let (w, h) = (first.width, first.height);
    let top = 56.0;
    let per_page = (((h - top - PADDING) / SOURCE_LINE).floor() as usize).max(1);
    rest.chunks(per_page)
        .map(|chunk| {
            let mut items = vec![Item {
                primitive: Primitive::Rect {
                    rect: Rect::from_corners(0.0, 0.0, w, h),
                    fill: theme.background,
                    stroke: None,
                    radius: 0.0,
                },
                target: None,
            }];
            items.push(text(
                Pos::new(MARGIN, 26.0),
                fit(
                    &format!("{title} — sources (continued)"),
                    16.0,
                    w - 2.0 * MARGIN,
                ),
                16.0,
                theme.text,
                TextAnchor::Start,
            ));
            draw(&mut items, theme, w, top, chunk, chunk.len(), false);
            Scene {
                items,
                ..first.clone()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::fixtures::sample;

    #[test]
    fn a_source_names_title_file_and_dated_provenance() {
        let docs = vec![sample()];
        let lines = source_lines(&docs, &Default::default());
        assert_eq!(
            lines,
            ["Bridge news — test.txt · published 2025-11-04 (set by you)"]
        );
        assert!(source_lines(&docs, &[0].into_iter().collect()).is_empty());
    }

    #[test]
    fn the_last_line_counts_what_does_not_fit() {
        assert_eq!(listed(3, 5), 3);
        assert_eq!(listed(10, 5), 4);
        assert_eq!(height(10, 4), PADDING + 5.0 * SOURCE_LINE);
        assert_eq!(height(0, 0), 0.0);
    }

    #[test]
    fn continuation_pages_hold_every_remaining_source_once() {
        let docs = vec![sample()];
        let theme = Theme::light();
        let first = crate::render::build_scene(&crate::render::SceneInput {
            docs: &docs,
            view: crate::render::default_view(&docs, 800.0),
            width: 800.0,
            height: 400.0,
            selected: None,
            theme: &theme,
            export: true,
            generated: None,
            layout: &Default::default(),
            model: None,
        });
        let rest: Vec<String> = (0..50).map(|n| format!("source {n}")).collect();
        let pages = continuation_pages(&first, &theme, "T", &rest);
        assert!(pages.len() >= 2);
        let listed: Vec<String> = pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match &i.primitive {
                Primitive::Text { text, .. } if text.starts_with("source ") => Some(text.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(listed, rest);
    }
}
