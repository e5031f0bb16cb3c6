//! What turning a filter on costs at collection scale: the timeline model copied through
//! the filters (100,000 events in 50 lanes, as in the frame benchmark), and the filter
//! predicate over every expression (what the event list and the status counts run).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tempora::pipeline::Document;
use tempora::render::TimelineModel;
use tempora::render::fixtures::{Spec, named};
use tempora::temporal::Granularity;
use tempora::timeline::filter::{DateRange, Filters};
use tempora::timeline::lanes::Grouping;

const LANES: usize = 50;
const PER_LANE: usize = 2_000;

/// One lane's article: 2,000 events over ten years, mostly days, some months and years.
fn article(lane: usize) -> Document {
    use chrono::Datelike;
    let start = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or_default();
    let ymd = |d: chrono::NaiveDate| (d.year(), d.month(), d.day());
    let mut text = String::new();
    let mut events = Vec::new();
    for i in 0..PER_LANE {
        let expr = format!("F{lane:02}x{i:04}");
        text.push_str(&format!("The council {expr} met again. "));
        let day = start + chrono::Duration::days(((i * 37 + lane * 11) % 3_650) as i64);
        let (days, granularity) = match i % 100 {
            0 => (365, Granularity::Year),
            1..=9 => (30, Granularity::Month),
            _ => (1, Granularity::Day),
        };
        let until = day + chrono::Duration::days(days);
        events.push((expr, ymd(day), ymd(until), granularity));
    }
    let specs: Vec<Spec<'_>> = events
        .iter()
        .map(|(e, b, u, g)| (e.as_str(), "X", Some((*b, *u)), *g))
        .collect();
    named(&format!("feeds/lane{lane:02}.txt"), &text, &specs)
}

fn filters(c: &mut Criterion) {
    let docs: Vec<Document> = (0..LANES).map(article).collect();
    let model = TimelineModel::new(&docs, Grouping::Article);
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let cases = [
        (
            "only events with a day",
            Filters {
                only_days: true,
                ..Filters::default()
            },
        ),
        (
            "a one-year range",
            Filters {
                range: Some(DateRange::new(day(2020, 1, 1), day(2020, 12, 31))),
                ..Filters::default()
            },
        ),
    ];
    for (name, f) in cases {
        c.bench_function(&format!("filtered model, 100k events, {name}"), |b| {
            b.iter(|| black_box(model.filtered(&docs, &f)))
        });
        c.bench_function(&format!("filter predicate, 100k events, {name}"), |b| {
            b.iter(|| {
                docs.iter()
                    .flat_map(|d| &d.events)
                    .filter(|e| f.admits(&e.timex))
                    .count()
            })
        });
    }
}

criterion_group!(benches, filters);
criterion_main!(benches);
