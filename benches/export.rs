//! Image exports at 1920×1080 of 1,000 events in ten lanes (days, months and a few years
//! over two years), with the title, legend and sources: the whole export from documents
//! to file bytes, as the export window and `tempora render` do it. Targets (issue 16):
//! PNG < 0.3 s, SVG < 0.05 s, PDF < 0.5 s. Times are wall-clock: other work on the
//! machine counts.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tempora::pipeline::Document;
use tempora::render::fixtures::{Spec, named};
use tempora::render::{ImageFormat, ImageOptions, ImageRequest, ImageSize, Layout, ThemeName};
use tempora::temporal::Granularity;

const LANES: usize = 10;
const PER_LANE: usize = 100;

type Ymd = (i32, u32, u32);

fn ymd(d: chrono::NaiveDate) -> Ymd {
    use chrono::Datelike;
    (d.year(), d.month(), d.day())
}

/// One lane's article: a hundred events over two years, mostly days.
fn article(lane: usize) -> Document {
    let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let mut text = format!("Lane {lane} report\n\n");
    let mut events: Vec<(String, Ymd, Ymd, Granularity)> = Vec::new();
    for i in 0..PER_LANE {
        let expr = format!("E{lane:02}x{i:03}");
        text.push_str(&format!("The board {expr} met about the harbour works. "));
        let day = start + chrono::Duration::days(((i * 7 + lane * 13) % 730) as i64);
        let (until, granularity) = match i % 50 {
            0 => (day + chrono::Duration::days(365), Granularity::Year),
            1..=5 => (day + chrono::Duration::days(30), Granularity::Month),
            _ => (day + chrono::Duration::days(1), Granularity::Day),
        };
        events.push((expr, ymd(day), ymd(until), granularity));
    }
    let specs: Vec<Spec<'_>> = events
        .iter()
        .map(|(e, b, u, g)| (e.as_str(), "X", Some((*b, *u)), *g))
        .collect();
    named(&format!("reports/lane{lane:02}.txt"), &text, &specs)
}

fn exports(c: &mut Criterion) {
    let docs: Vec<Document> = (0..LANES).map(article).collect();
    assert_eq!(docs.iter().map(|d| d.events.len()).sum::<usize>(), 1_000);
    let layout = Layout::default();
    let options = ImageOptions {
        size: ImageSize::FullHd,
        scale: 1,
        theme: ThemeName::Light,
        title: None,
        generated: None,
    };
    let request = ImageRequest {
        docs: &docs,
        view: None,
        selected: None,
        layout: &layout,
        options: &options,
    };
    let mut group = c.benchmark_group("export_1000_events_1920x1080");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    for (name, format) in [
        ("svg", ImageFormat::Svg),
        ("png", ImageFormat::Png),
        ("pdf", ImageFormat::Pdf),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| black_box(request.bytes(black_box(format)).expect("export")))
        });
    }
    group.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
