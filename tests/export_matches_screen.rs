//! The exported image shows the timeline the window shows: for the same view, size, lanes
//! and filters, the on-screen scene and the exported scene hold the same events at the same
//! positions (the export's timeline sits under its title block, so its marks are moved down
//! by that block, nothing else).

use tempora::pipeline::Document;
use tempora::render::fixtures::{named, sample};
use tempora::render::furniture::{source_lines, timeline_box};
use tempora::render::{
    EventId, ImageOptions, ImageRequest, ImageSize, Layout, Rect, SceneInput, Theme, ThemeName,
    TimelineModel, build_scene, default_view, plot_x_range,
};
use tempora::temporal::{Granularity, TimexType};
use tempora::timeline::filter::Filters;

const WIDTH: u32 = 1600;
const HEIGHT: u32 = 900;

fn docs() -> Vec<Document> {
    let second = named(
        "second.txt",
        "Second story\n\nThe ferry stopped on 2025-10-20 and again in September 2025. \
         Talks ran from 2025-10-01 to 2025-10-15.",
        &[
            (
                "2025-10-20",
                "2025-10-20",
                Some(((2025, 10, 20), (2025, 10, 21))),
                Granularity::Day,
            ),
            (
                "September 2025",
                "2025-09",
                Some(((2025, 9, 1), (2025, 10, 1))),
                Granularity::Month,
            ),
            (
                "from 2025-10-01 to 2025-10-15",
                "2025-10-01/2025-10-15",
                Some(((2025, 10, 1), (2025, 10, 16))),
                Granularity::Day,
            ),
        ],
    );
    vec![sample(), second]
}

/// Every placed event of a scene: its id, label and clickable area.
type Placed = Vec<(EventId, String, Rect)>;

/// The events the window draws in a timeline panel of `width`×`height`, built as the
/// timeline widget builds it (with the app's cached, filtered model).
fn on_screen(docs: &[Document], layout: &Layout, width: f32, height: f32) -> Placed {
    let theme = Theme::light();
    let model = TimelineModel::new(docs, layout.grouping).filtered(docs, &layout.filters);
    let (left, right) = plot_x_range(width);
    let view = default_view(docs, WIDTH as f32).with_pixels(left, right);
    let scene = build_scene(&SceneInput {
        docs,
        view,
        width,
        height,
        selected: None,
        theme: &theme,
        export: false,
        generated: None,
        layout,
        model: Some(&model),
    });
    scene
        .targets()
        .map(|t| (t.id, t.label.clone(), t.hit))
        .collect()
}

/// The events of the exported image, moved back up by the title block.
fn exported(docs: &[Document], layout: &Layout, top: f32) -> Placed {
    let options = ImageOptions {
        size: ImageSize::Custom(WIDTH, HEIGHT),
        scale: 1,
        theme: ThemeName::Light,
        title: Some("Parity".into()),
        generated: None,
    };
    let request = ImageRequest {
        docs,
        view: Some(default_view(docs, WIDTH as f32)),
        selected: None,
        layout,
        options: &options,
    };
    let pages = request.pages(false).expect("the export scene");
    let first = pages.first().expect("a page");
    first
        .targets()
        .map(|t| {
            let mut hit = t.hit;
            hit.min.y -= top;
            hit.max.y -= top;
            (t.id, t.label.clone(), hit)
        })
        .collect()
}

fn assert_same(screen: &Placed, export: &Placed) {
    assert!(!screen.is_empty(), "nothing placed on screen");
    let ids = |p: &Placed| {
        p.iter()
            .map(|(id, l, _)| (*id, l.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(screen),
        ids(export),
        "the same events, in the same order"
    );
    for ((id, _, a), (_, _, b)) in screen.iter().zip(export) {
        let close = |u: f32, v: f32| (u - v).abs() < 0.01;
        assert!(
            close(a.min.x, b.min.x)
                && close(a.max.x, b.max.x)
                && close(a.min.y, b.min.y)
                && close(a.max.y, b.max.y),
            "{id:?}: on screen at {a:?}, exported at {b:?}"
        );
    }
}

fn check(layout: &Layout) {
    let docs = docs();
    let sources = source_lines(&docs, &layout.hidden_docs).len();
    let frame = timeline_box(HEIGHT as f32, sources);
    let screen = on_screen(&docs, layout, WIDTH as f32, frame.height);
    assert_same(&screen, &exported(&docs, layout, frame.top));
}

#[test]
fn the_exported_scene_holds_the_screens_events_at_the_same_places() {
    check(&Layout::default());
}

#[test]
fn with_filters_search_and_a_hidden_article_too() {
    let mut filters = Filters::default();
    filters.hidden_kinds = filters.hidden_kinds.with(TimexType::Duration);
    filters.only_days = true;
    check(&Layout {
        filters,
        ..Layout::default()
    });
    check(&Layout {
        search: Some("ferry".into()),
        ..Layout::default()
    });
    check(&Layout {
        hidden_docs: [0].into_iter().collect(),
        ..Layout::default()
    });
}
