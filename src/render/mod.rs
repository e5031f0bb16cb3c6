//! One backend-neutral scene of the timeline ([`Scene`], built by [`build_scene`]), drawn
//! on screen (egui painter, feature `gui`), to SVG ([`to_svg`]) and to PNG (the SVG through
//! resvg, [`svg_to_png`]).

#[cfg(feature = "gui")]
pub mod egui_backend;
pub mod furniture;
mod image;
pub mod palette;
mod pdf;
mod png;
mod scene;
mod svg;
pub mod text;
pub mod theme;

pub use furniture::default_title;
pub use image::*;
pub use png::{svg_to_png, svg_to_rgba};
pub use scene::{
    ClusterHit, EventId, Item, LABEL_SIZE, LaneHit, Layout, Mark, Pos, Primitive, Rect, Scene,
    SceneInput, Stroke, Target, TextAnchor, TimelineModel, accessible_label, build_scene,
    default_view, default_view_on, event_matches, fitted_view, fitted_view_on, is_vague, mark_of,
    plot_x_range, time_extent,
};
pub use svg::{escape, to_svg};
pub use theme::{Rgba, Theme, ThemeName};

#[cfg(test)]
use crate::pipeline::Document;
#[cfg(test)]
use std::path::Path;

#[doc(hidden)]
pub mod fixtures {
    //! Hand-built documents for tests (unit and integration) that must not depend on the
    //! temporal engine. Not part of the API: they panic on bad input.

    use crate::article::{Article, ArticleFormat, DateSource, Publication};
    use crate::event::Event;
    use crate::pipeline::Document;
    use crate::temporal::{Anchor, Granularity, Interval, Timex, TimexType, TimexValue, Why};
    use crate::text::Span;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .expect("valid date")
    }

    /// A document whose events are `(expression, value, begin, until, granularity)`; an
    /// expression must occur in `text`.
    /// `(expression, value, [begin, until) as (y, m, d) pairs, granularity)`.
    pub type Spec<'a> = (
        &'a str,
        &'a str,
        Option<((i32, u32, u32), (i32, u32, u32))>,
        Granularity,
    );

    pub fn document(text: &str, events: &[Spec<'_>]) -> Document {
        named("test.txt", text, events)
    }

    /// [`document`] read from a file called `path`.
    pub fn named(path: &str, text: &str, events: &[Spec<'_>]) -> Document {
        let mut article = Article::from_text(path, text.to_string(), ArticleFormat::Text);
        article.publication = Some(Publication {
            date: NaiveDate::from_ymd_opt(2025, 11, 4).expect("valid"),
            source: DateSource::User,
        });
        let mut doc = Document::new(article);
        // Only the hand-built events, whatever the engine found.
        doc.events.clear();
        for (expr, value, range, granularity) in events {
            let start = text.find(expr).expect("expression in text");
            let timex = Timex {
                span: Span::new(start, start + expr.len()),
                timex_type: TimexType::Date,
                value: TimexValue::new(*value),
                modifier: None,
                interval: range.and_then(|(b, u)| {
                    Interval::new(day(b.0, b.1, b.2), day(u.0, u.1, u.2), *granularity)
                }),
                anchor: Anchor::Publication,
                awaits_publication_date: range.is_none(),
                why: Why {
                    rule: "test".into(),
                    detail: "hand-built".into(),
                    tense: None,
                },
                freq: None,
            };
            let event = Event::new(&doc.article.text, &doc.sentences, timex);
            doc.events.push(event);
        }
        doc
    }

    /// Three events: a day, a month and one waiting for a date.
    pub fn sample() -> Document {
        document(
            "Bridge news\n\nThe bridge reopened on Monday after repairs. \
             The trouble began in August with a crack. \
             The <council> & \"mayor\" met on Friday. A vote follows next week.",
            &[
                (
                    "Monday",
                    "2025-11-03",
                    Some(((2025, 11, 3), (2025, 11, 4))),
                    Granularity::Day,
                ),
                (
                    "August",
                    "2025-08",
                    Some(((2025, 8, 1), (2025, 9, 1))),
                    Granularity::Month,
                ),
                ("next week", "XXXX-WXX", None, Granularity::Week),
                (
                    "Friday",
                    "2025-11-07",
                    Some(((2025, 11, 7), (2025, 11, 8))),
                    Granularity::Day,
                ),
            ],
        )
    }

    /// The content of every `<text>` element; panics when the SVG is not well-formed XML.
    pub fn svg_texts(svg: &str) -> Vec<String> {
        use quick_xml::events::Event as X;
        let mut reader = quick_xml::Reader::from_str(svg);
        let mut texts = Vec::new();
        let mut current: Option<String> = None;
        let mut depth = 0usize;
        loop {
            match reader.read_event().expect("well-formed XML") {
                X::Eof => break,
                X::Start(e) => {
                    depth += 1;
                    if e.name().as_ref() == "text" {
                        current = Some(String::new());
                    }
                }
                X::End(e) => {
                    depth = depth.saturating_sub(1);
                    if e.name().as_ref() == "text" {
                        texts.extend(current.take());
                    }
                }
                X::Text(t) => {
                    if let Some(c) = current.as_mut() {
                        c.push_str(&t);
                    }
                }
                X::GeneralRef(r) => {
                    let resolved = quick_xml::escape::unescape(&format!("&{};", &*r))
                        .expect("known entity")
                        .into_owned();
                    if let Some(c) = current.as_mut() {
                        c.push_str(&resolved);
                    }
                }
                _ => {}
            }
        }
        assert_eq!(depth, 0, "unbalanced elements");
        texts
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{sample, svg_texts};
    use super::*;

    fn scene_of(docs: &[Document], selected: Option<EventId>) -> Scene {
        scene_at(docs, selected, 1000.0)
    }

    /// The on-screen scene of `docs`, fitted, `width` points wide and 500 high.
    fn scene_at(docs: &[Document], selected: Option<EventId>, width: f32) -> Scene {
        let theme = Theme::light();
        build_scene(&SceneInput {
            docs,
            view: fitted_view(docs, width),
            width,
            height: 500.0,
            selected,
            theme: &theme,
            export: false,
            generated: None,
            layout: &Layout::default(),
            model: None,
        })
    }

    #[test]
    fn one_clickable_primitive_per_placeable_event() {
        let docs = vec![sample()];
        let scene = scene_of(&docs, None);
        let targets: Vec<&Target> = scene.targets().collect();
        assert_eq!(targets.len(), 3);
        assert_eq!(scene.unplaced, 1);
        assert_eq!(scene.hidden, 0);
        let labels: Vec<&str> = targets.iter().map(|t| t.label.as_str()).collect();
        assert!(labels.contains(&"event 1: Monday — 2025-11-03"));
        assert!(labels.contains(&"event 2: August — 2025-08"));
        // A day is a point, a month a bar.
        for item in &scene.items {
            if let Some(t) = &item.target {
                match (&item.primitive, t.id.event) {
                    (Primitive::Circle { .. }, 0 | 3) | (Primitive::Rect { .. }, 1) => {}
                    other => panic!("unexpected marker {other:?}"),
                }
            }
        }
    }

    #[test]
    fn days_are_points_and_longer_spans_are_bars() {
        let doc = fixtures::document(
            "Crews worked through the weekend. It reopened on Monday. Repairs took all of 2024.",
            &[
                (
                    "the weekend",
                    "2025-W44-WE",
                    Some(((2025, 11, 1), (2025, 11, 3))),
                    crate::temporal::Granularity::Day,
                ),
                (
                    "Monday",
                    "2025-11-03",
                    Some(((2025, 11, 3), (2025, 11, 4))),
                    crate::temporal::Granularity::Day,
                ),
                (
                    "2024",
                    "2024",
                    Some(((2024, 1, 1), (2025, 1, 1))),
                    crate::temporal::Granularity::Year,
                ),
            ],
        );
        let marks: Vec<Option<Mark>> = doc.events.iter().map(|e| mark_of(&e.timex)).collect();
        assert!(matches!(marks.first(), Some(Some(Mark::Span(..)))));
        assert!(matches!(marks.get(1), Some(Some(Mark::Point(_)))));
        assert!(matches!(marks.get(2), Some(Some(Mark::Span(..)))));
    }

    #[test]
    fn the_selected_event_is_drawn_last_and_highlighted() {
        let docs = vec![sample()];
        let selected = EventId { doc: 0, event: 0 };
        let scene = scene_of(&docs, Some(selected));
        let last = scene.targets().last().expect("targets");
        assert_eq!(last.id, selected);
        let theme = Theme::light();
        assert!(scene.items.iter().any(|i| matches!(
            i.primitive,
            Primitive::Rect { fill, .. } if fill == theme.highlight
        )));
    }

    #[test]
    fn selection_has_its_own_style_not_the_publication_one() {
        let docs = vec![sample()];
        let theme = Theme::light();
        // A point: a ring and a solid guide.
        let point = scene_of(&docs, Some(EventId { doc: 0, event: 0 }));
        assert!(point.items.iter().any(|i| matches!(
            i.primitive,
            Primitive::Circle { stroke: Some(s), .. } if s.color == theme.selection
        )));
        for scene in [&point, &scene_of(&docs, Some(EventId { doc: 0, event: 1 }))] {
            assert!(!scene.items.iter().any(|i| matches!(
                i.primitive,
                Primitive::Line { stroke, dashed: true, .. }
                    if stroke.color.with_alpha(255) == theme.selection
            )));
        }
        // A span: a translucent band over its interval, down to the axis.
        let span = scene_of(&docs, Some(EventId { doc: 0, event: 1 }));
        assert!(span.items.iter().any(|i| matches!(
            i.primitive,
            Primitive::Rect { fill, rect, .. }
                if fill == theme.highlight.with_alpha(110) && rect.height() > 100.0
        )));
    }

    #[test]
    fn publication_dates_are_grouped_thin_and_all_labelled() {
        let docs: Vec<Document> = (0..3).map(|_| sample()).collect();
        let scene = scene_of(&docs, None);
        assert!(scene.items.iter().any(|i| matches!(
            &i.primitive,
            Primitive::Text { text, .. } if text == "published 2025-11-04 (3 articles)"
        )));
        let theme = Theme::light();
        let lines: Vec<&Primitive> = scene
            .items
            .iter()
            .map(|i| &i.primitive)
            .filter(|p| {
                matches!(p, Primitive::Line { stroke, dashed: true, .. }
                if stroke.color.with_alpha(255) == theme.published)
            })
            .collect();
        assert_eq!(lines.len(), 3);
        assert!(
            lines
                .iter()
                .all(|p| matches!(p, Primitive::Line { stroke, .. }
            if stroke.width <= 1.0 && stroke.color.a < 255))
        );
    }

    #[test]
    fn vague_ranges_are_drawn_with_faded_dashed_ends() {
        use crate::temporal::{Granularity, Modifier};
        let mut doc = fixtures::document(
            "Lately it rained. It was about August. It was in March.",
            &[
                (
                    "Lately",
                    "PAST_REF",
                    Some(((2025, 9, 1), (2025, 11, 4))),
                    Granularity::Month,
                ),
                (
                    "about August",
                    "2025-08",
                    Some(((2025, 8, 1), (2025, 9, 1))),
                    Granularity::Month,
                ),
                (
                    "March",
                    "2025-03",
                    Some(((2025, 3, 1), (2025, 4, 1))),
                    Granularity::Month,
                ),
            ],
        );
        if let Some(e) = doc.events.get_mut(1) {
            e.timex.modifier = Some(Modifier::Approx);
        }
        assert!(is_vague(&doc.events[0].timex) && is_vague(&doc.events[1].timex));
        assert!(!is_vague(&doc.events[2].timex));
        let docs = vec![doc];
        let scene = scene_of(&docs, None);
        let theme = Theme::light();
        let colour = theme.article(0);
        let dashed = scene
            .items
            .iter()
            .filter(|i| {
                matches!(i.primitive, Primitive::Line { stroke, dashed: true, .. }
                if stroke.color.with_alpha(255) == colour)
            })
            .count();
        assert_eq!(dashed, 4, "two dashed edges per vague bar");
        // The firm bar keeps its solid outline; the vague ones have none.
        let outlined: Vec<usize> = scene
            .items
            .iter()
            .filter_map(|i| match (&i.primitive, &i.target) {
                (
                    Primitive::Rect {
                        stroke: Some(_), ..
                    },
                    Some(t),
                ) => Some(t.id.event),
                _ => None,
            })
            .collect();
        assert_eq!(outlined, vec![2]);
    }

    #[test]
    fn axis_labels_are_centred_on_their_ticks_and_stay_inside() {
        let docs = vec![sample()];
        let theme = Theme::light();
        let (left, right) = plot_x_range(1000.0);
        let start = crate::timeline::to_secs(
            chrono::NaiveDate::from_ymd_opt(2025, 11, 3)
                .and_then(|d| d.and_hms_opt(0, 20, 0))
                .expect("date"),
        );
        // Hours (the last tick sits at the axis end) and years.
        for span in [9.0 * 3_600.0 - 1_200.0, 20.0 * 365.25 * 86_400.0] {
            let view = crate::timeline::TimeView::new(start, start + span, left, right);
            let scene = build_scene(&SceneInput {
                docs: &docs,
                view,
                width: 1000.0,
                height: 500.0,
                selected: None,
                theme: &theme,
                export: false,
                generated: None,
                layout: &Layout::default(),
                model: None,
            });
            let axis_y = 500.0 - 46.0;
            let ticks = crate::timeline::ticks(&view, 84.0);
            let labels: Vec<(f32, &str)> = scene
                .items
                .iter()
                .filter_map(|i| match &i.primitive {
                    Primitive::Text {
                        pos, text, anchor, ..
                    } if pos.y > axis_y => {
                        assert_eq!(*anchor, TextAnchor::Middle);
                        let half = super::text::text_width(text, 12.0) / 2.0;
                        assert!(
                            pos.x - half >= 0.0 && pos.x + half <= 1000.0,
                            "{text} clipped"
                        );
                        Some((pos.x, text.as_str()))
                    }
                    _ => None,
                })
                .collect();
            assert!(!labels.is_empty());
            // Away from the edges a label's middle is its tick.
            for tick in &ticks {
                let x = view.x_of(tick.secs) as f32;
                if x > 100.0 && x < 900.0 {
                    assert!(
                        labels
                            .iter()
                            .any(|(lx, t)| *t == tick.label && (lx - x).abs() < 0.01),
                        "{} not centred at {x}",
                        tick.label
                    );
                }
            }
        }
    }

    #[test]
    fn many_publication_dates_are_all_accounted_for_in_labels() {
        let docs: Vec<Document> = (0..20u32)
            .map(|i| {
                let mut d = sample();
                d.article.title = format!("Article number {i}");
                d.article.publication = Some(crate::article::Publication {
                    date: chrono::NaiveDate::from_ymd_opt(2025, 1 + i % 12, 1 + i).expect("date"),
                    source: crate::article::DateSource::User,
                });
                d
            })
            .collect();
        let theme = Theme::light();
        let scene = build_scene(&SceneInput {
            docs: &docs,
            view: fitted_view(&docs, 700.0),
            width: 700.0,
            height: 500.0,
            selected: None,
            theme: &theme,
            export: false,
            generated: None,
            layout: &Layout::default(),
            model: None,
        });
        let labelled: usize = scene
            .items
            .iter()
            .filter_map(|i| match &i.primitive {
                Primitive::Text { text, .. } if text.starts_with("published") => Some(
                    text.rsplit_once('(')
                        .and_then(|(_, n)| n.split(' ').next()?.parse::<usize>().ok())
                        .unwrap_or(1),
                ),
                _ => None,
            })
            .sum();
        assert_eq!(labelled, 20, "every publication date is in some label");
    }

    #[test]
    fn no_documents_draw_a_hint_and_nothing_clickable() {
        let scene = scene_of(&[], None);
        assert_eq!(scene.targets().count(), 0);
        assert!(scene.items.iter().any(|i| matches!(
            &i.primitive,
            Primitive::Text { text, .. } if text.starts_with("No articles yet")
        )));
    }

    #[test]
    fn events_out_of_view_are_culled_not_hidden() {
        let docs = vec![sample()];
        let theme = Theme::light();
        // November 2025 only: the August bar is out of view.
        let nov = crate::timeline::to_secs(
            chrono::NaiveDate::from_ymd_opt(2025, 11, 1)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .expect("date"),
        );
        let (left, right) = plot_x_range(1000.0);
        let view = crate::timeline::TimeView::new(nov, nov + 30.0 * 86_400.0, left, right);
        let scene = build_scene(&SceneInput {
            docs: &docs,
            view,
            width: 1000.0,
            height: 500.0,
            selected: None,
            theme: &theme,
            export: false,
            generated: None,
            layout: &Layout::default(),
            model: None,
        });
        let ids: Vec<usize> = scene.targets().map(|t| t.id.event).collect();
        assert!(!ids.contains(&1), "August is out of view: {ids:?}");
        assert!(ids.contains(&0) && ids.contains(&3));
        assert_eq!(scene.hidden, 0);
        assert!(scene.items.iter().any(|i| matches!(
            &i.primitive,
            Primitive::Text { text, .. } if text == "« 1 earlier event (2025)"
        )));
        assert_eq!((scene.earlier, scene.later), (1, 0));
        assert_eq!(scene.show_all_hits.len(), 1);
    }

    /// A document with 15 events in Oct–Nov 2025 and two outliers (1968, 2009).
    fn with_outliers() -> Document {
        let mut text = String::from("In 1968 and in 2009 it began.");
        let mut specs: Vec<fixtures::Spec<'static>> = vec![
            (
                "1968",
                "1968",
                Some(((1968, 1, 1), (1969, 1, 1))),
                crate::temporal::Granularity::Year,
            ),
            (
                "2009",
                "2009",
                Some(((2009, 1, 1), (2010, 1, 1))),
                crate::temporal::Granularity::Year,
            ),
        ];
        let days: [&'static str; 15] = [
            "d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10", "d11", "d12",
            "d13", "d14", "d15",
        ];
        for (i, d) in days.iter().enumerate() {
            text.push_str(&format!(" Then {d}."));
            let day = 10 + i as u32;
            specs.push((
                d,
                "2025-10-XX",
                Some(((2025, 10, day), (2025, 10, day + 1))),
                crate::temporal::Granularity::Day,
            ));
        }
        fixtures::document(&text, &specs)
    }

    #[test]
    fn the_default_view_fits_the_core_and_shows_outliers_at_the_edge() {
        let docs = vec![with_outliers()];
        let view = default_view(&docs, 1000.0);
        let span_days = (view.end_secs() - view.start_secs()) / 86_400.0;
        assert!(span_days < 60.0, "core view spans {span_days} days");
        let all = fitted_view(&docs, 1000.0);
        assert!(all.end_secs() - all.start_secs() > 50.0 * 365.0 * 86_400.0);
        let theme = Theme::light();
        let scene = build_scene(&SceneInput {
            docs: &docs,
            view,
            width: 1000.0,
            height: 500.0,
            selected: None,
            theme: &theme,
            export: false,
            generated: None,
            layout: &Layout::default(),
            model: None,
        });
        assert_eq!((scene.earlier, scene.later), (2, 0));
        assert_eq!(scene.targets().count(), 15);
        assert!(scene.items.iter().any(|i| matches!(
            &i.primitive,
            Primitive::Text { text, .. } if text == "« 2 earlier events (1968, 2009)"
        )));
    }

    #[test]
    fn with_nothing_placeable_the_view_centres_on_today_and_says_why() {
        let mut doc = fixtures::document(
            "It happened on Monday.",
            &[(
                "Monday",
                "XXXX-WXX-1",
                None,
                crate::temporal::Granularity::Day,
            )],
        );
        doc.article.publication = None;
        let docs = vec![doc];
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
        let view = default_view_on(&docs, 1000.0, today);
        let mid = crate::timeline::from_secs((view.start_secs() + view.end_secs()) / 2.0)
            .expect("in range");
        assert_eq!(mid.date(), today);
        let span_days = (view.end_secs() - view.start_secs()) / 86_400.0;
        assert!((60.0..=200.0).contains(&span_days), "{span_days}");
        assert_eq!(fitted_view_on(&docs, 1000.0, today), view);
        let theme = Theme::light();
        let scene = build_scene(&SceneInput {
            docs: &docs,
            view,
            width: 1000.0,
            height: 500.0,
            selected: None,
            theme: &theme,
            export: false,
            generated: None,
            layout: &Layout::default(),
            model: None,
        });
        assert!(scene.items.iter().any(|i| matches!(
            &i.primitive,
            Primitive::Text { text, anchor: TextAnchor::Middle, .. }
                if text.starts_with("No dated events yet — set a publication date")
        )));
    }

    #[test]
    fn exports_have_no_screen_hints_and_a_legend_of_placed_articles_only() {
        let crowded = fixtures::document(
            "a b c d e f g h i j",
            &["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
                .iter()
                .map(|e| {
                    (
                        *e,
                        "2025-11-03",
                        Some(((2025, 11, 3), (2025, 11, 4))),
                        crate::temporal::Granularity::Day,
                    )
                })
                .collect::<Vec<_>>(),
        );
        let mut empty = fixtures::document(
            "Nothing here on Monday.",
            &[(
                "Monday",
                "XXXX-WXX-1",
                None,
                crate::temporal::Granularity::Day,
            )],
        );
        empty.article.title = "Empty article".into();
        let docs = vec![crowded, empty];
        let svg = String::from_utf8(
            export_bytes(&docs, None, None, ImageFormat::Svg, 800, 300).expect("svg"),
        )
        .expect("utf8");
        let texts = svg_texts(&svg);
        assert!(!texts.iter().any(|t| t.contains("zoom in")), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("waits for")), "{texts:?}");
        assert!(
            !texts.iter().any(|t| t.contains("Empty article")),
            "{texts:?}"
        );
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Tempora · 10 events from 1 article"))
        );
    }

    #[test]
    fn an_article_without_dated_events_is_counted_not_dropped() {
        use crate::article::{Article, ArticleFormat};
        let doc = Document::new(Article::from_text(
            "quiet.txt",
            "Nothing dated happens here at all.".to_string(),
            ArticleFormat::Text,
        ));
        let svg = String::from_utf8(
            export_bytes(&[doc], None, None, ImageFormat::Svg, 800, 300).expect("svg"),
        )
        .expect("utf8");
        let texts = svg_texts(&svg);
        assert!(
            texts.iter().any(|t| t == "1 article, no dated events"),
            "{texts:?}"
        );
    }

    #[test]
    fn a_crowded_legend_ends_with_a_count_that_overlaps_no_title() {
        let docs: Vec<Document> = (0..20)
            .map(|i| {
                let mut d = fixtures::document(
                    "It happened on Monday.",
                    &[(
                        "Monday",
                        "2025-11-03",
                        Some(((2025, 11, 3), (2025, 11, 4))),
                        crate::temporal::Granularity::Day,
                    )],
                );
                d.article.title = format!("A rather long title {}", "x".repeat(i * 7 % 19));
                d
            })
            .collect();
        for width in (500..1400).step_by(23) {
            let width = width as f32;
            let scene = scene_at(&docs, None, width);
            // Legend texts sit in the top rows, left-anchored titles and the "+N more" count.
            let legend: Vec<(f32, f32, f32)> = scene
                .items
                .iter()
                .filter_map(|i| match &i.primitive {
                    Primitive::Text {
                        pos,
                        text,
                        size,
                        anchor,
                        ..
                    } if text.starts_with("A rather") || text.ends_with(" more") => {
                        let w = text::text_width(text, *size);
                        let left = match anchor {
                            TextAnchor::Start => pos.x,
                            TextAnchor::Middle => pos.x - w / 2.0,
                            TextAnchor::End => pos.x - w,
                        };
                        Some((pos.y, left, left + w))
                    }
                    _ => None,
                })
                .collect();
            assert!(legend.iter().any(|_| true));
            for (n, a) in legend.iter().enumerate() {
                for b in legend.iter().skip(n + 1) {
                    let same_row = (a.0 - b.0).abs() < 1.0;
                    assert!(
                        !same_row || a.2 <= b.1 || b.2 <= a.1,
                        "overlap: {a:?} {b:?}"
                    );
                }
            }
            // Every article is accounted for: a title or the "+N more" count.
            let mut titles = 0;
            let mut more = 0;
            for item in &scene.items {
                if let Primitive::Text { text, .. } = &item.primitive {
                    if text.starts_with("A rather") {
                        titles += 1;
                    } else if let Some(n) =
                        text.strip_prefix('+').and_then(|t| t.strip_suffix(" more"))
                    {
                        more += n.parse::<usize>().expect("a count");
                    }
                }
            }
            assert_eq!(titles + more, docs.len(), "width {width}");
        }
    }

    #[test]
    fn publication_date_is_marked() {
        let docs = vec![sample()];
        let scene = scene_of(&docs, None);
        assert!(scene.items.iter().any(|i| matches!(
            &i.primitive,
            Primitive::Text { text, .. } if text == "published 2025-11-04"
        )));
    }

    #[test]
    fn labels_in_the_same_lane_do_not_overlap() {
        let many: Vec<(String, String)> = (1..=28)
            .map(|d| (format!("Day{d:02}"), format!("2025-11-{d:02}")))
            .collect();
        let text: String = many
            .iter()
            .map(|(e, _)| format!("Something long happened on {e} in the city centre. "))
            .collect();
        let events: Vec<_> = many
            .iter()
            .enumerate()
            .map(|(i, (e, v))| {
                let d = i as u32 + 1;
                (
                    e.as_str(),
                    v.as_str(),
                    Some(((2025, 11, d), (2025, 11, d + 1))),
                    crate::temporal::Granularity::Day,
                )
            })
            .collect();
        let docs = vec![fixtures::document(&text, &events)];
        let scene = scene_of(&docs, None);
        let hits: Vec<Rect> = scene.targets().map(|t| t.hit).collect();
        assert_eq!(hits.len() + scene.hidden, 28);
        for (i, a) in hits.iter().enumerate() {
            for b in hits.iter().skip(i + 1) {
                let disjoint = a.max.x <= b.min.x
                    || b.max.x <= a.min.x
                    || a.max.y <= b.min.y
                    || b.max.y <= a.min.y;
                assert!(disjoint, "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn svg_escapes_text_and_parses() {
        let docs = vec![sample()];
        let svg = to_svg(&scene_of(&docs, Some(EventId { doc: 0, event: 0 })));
        assert!(!svg.contains("<council>"));
        let texts = svg_texts(&svg);
        assert!(
            // However the label is trimmed, the markup characters come back intact.
            texts
                .iter()
                .any(|t| t.contains("<council> & \"mayor\" met")),
            "{texts:?}"
        );
        assert!(texts.iter().any(|t| t == "published 2025-11-04"));
        assert!(texts.iter().any(|t| t.contains("published 2025-11-04")));
    }

    #[test]
    fn png_has_the_requested_size() {
        let docs = vec![sample()];
        let bytes =
            export_bytes(&docs, None, None, ImageFormat::Png, 320, 200).expect("png export");
        assert_eq!(bytes.get(..8), Some(&b"\x89PNG\r\n\x1a\n"[..]));
        assert!(matches!(
            export_bytes(&docs, None, None, ImageFormat::Png, 0, 200),
            Err(ExportError::Size { .. })
        ));
    }

    /// The exported SVG of a fixed document, pinned: a change to layout or styling shows up
    /// as a reviewable diff (`cargo insta review`).
    #[test]
    fn svg_export_snapshot() {
        let docs = vec![sample()];
        let theme = Theme::light();
        let scene = build_scene(&SceneInput {
            docs: &docs,
            view: default_view(&docs, 1000.0),
            width: 1000.0,
            height: 500.0,
            selected: Some(EventId { doc: 0, event: 0 }),
            theme: &theme,
            export: true,
            generated: None,
            layout: &Layout::default(),
            model: None,
        });
        let svg = to_svg(&scene);
        // The embedded font is half a megabyte of base64: pinned by its own test, left out
        // of the snapshot.
        let svg = match (svg.find("base64,"), svg.find(") format(")) {
            (Some(a), Some(b)) if a < b => format!("{}base64,[font]{}", &svg[..a], &svg[b..]),
            _ => svg,
        };
        insta::assert_snapshot!("sample_svg", svg);
    }

    #[test]
    fn the_icon_rasterizes() {
        let rgba = svg_to_rgba(include_str!("../../assets/icon.svg"), 64, 64).expect("icon");
        assert_eq!(rgba.len(), 64 * 64 * 4);
        let opaque = rgba.chunks(4).filter(|p| p.get(3) == Some(&255)).count();
        assert!(opaque > 64 * 64 / 2);
    }

    #[test]
    fn export_refuses_unknown_extensions() {
        let err = export_file(&[sample()], Path::new("out.jpg"), 400, 300)
            .expect_err("jpg is not supported");
        assert!(err.to_string().contains(".png or .svg"));
    }
}
#[cfg(test)]
mod look {
    #[test]
    #[ignore = "writes scene.png in the temp dir for a human to look at"]
    fn write_preview() {
        let docs = vec![super::fixtures::sample()];
        let bytes = super::export_bytes(
            &docs,
            None,
            Some(super::EventId { doc: 0, event: 1 }),
            super::ImageFormat::Png,
            1000,
            420,
        )
        .expect("png");
        std::fs::write(std::env::temp_dir().join("scene.png"), bytes).expect("write");
        let icon =
            super::svg_to_png(include_str!("../../assets/icon.svg"), 256, 256).expect("icon");
        std::fs::write(std::env::temp_dir().join("icon.png"), icon).expect("write");
    }
}
