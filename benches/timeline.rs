//! The timeline widget's frame, head-less: 100,000 events in 50 lanes laid out, turned into
//! shapes and text, painted through egui and tessellated, at three zoom levels (everything,
//! one year, one week). The model is built once, as the window keeps it between frames.
//! Each zoom level is measured twice: repainting the same view (the lanes' layout is
//! reused) and zooming (every frame is a new view, laid out from scratch). Times are the
//! benchmark thread's CPU time (one core), so other work on the machine does not count.

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tempora::pipeline::Document;
use tempora::render::egui_backend;
use tempora::render::fixtures::{Spec, named};
use tempora::render::{
    Layout, SceneInput, Theme, TimelineModel, build_scene, fitted_view, plot_x_range,
};
use tempora::temporal::Granularity;
use tempora::timeline::{DAY_SECS, TimeView};

const LANES: usize = 50;
const PER_LANE: usize = 2_000;
const WIDTH: f32 = 1_400.0;
const HEIGHT: f32 = 800.0;

type Ymd = (i32, u32, u32);

fn ymd(d: chrono::NaiveDate) -> Ymd {
    use chrono::Datelike;
    (d.year(), d.month(), d.day())
}

/// One lane's article: 2,000 events over ten years, mostly days, some months and years.
fn article(lane: usize) -> Document {
    let start = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or_default();
    let mut text = String::new();
    let mut events: Vec<(String, String, Ymd, Ymd, Granularity)> = Vec::new();
    for i in 0..PER_LANE {
        let expr = format!("D{lane:02}x{i:04}");
        text.push_str(&format!(
            "The committee {expr} reviewed the budget in detail. "
        ));
        let day = start + chrono::Duration::days(((i * 37 + lane * 11) % 3_650) as i64);
        let (until, granularity) = match i % 100 {
            0 => (day + chrono::Duration::days(365), Granularity::Year),
            1..=9 => (day + chrono::Duration::days(30), Granularity::Month),
            _ => (day + chrono::Duration::days(1), Granularity::Day),
        };
        events.push((expr, "X".into(), ymd(day), ymd(until), granularity));
    }
    let specs: Vec<Spec<'_>> = events
        .iter()
        .map(|(e, v, b, u, g)| (e.as_str(), v.as_str(), Some((*b, *u)), *g))
        .collect();
    named(&format!("feeds/lane{lane:02}.txt"), &text, &specs)
}

fn frame(c: &mut Criterion<ThreadCpu>) {
    let docs: Vec<Document> = (0..LANES).map(article).collect();
    let layout = Layout::default();
    let model = TimelineModel::new(&docs, layout.grouping);
    let theme = Theme::light();
    let all = fitted_view(&docs, WIDTH);
    let (left, right) = plot_x_range(WIDTH);
    let mid = (all.start_secs() + all.end_secs()) / 2.0;
    let around = |span: f64| TimeView::new(mid - span / 2.0, mid + span / 2.0, left, right);
    let ctx = egui::Context::default();
    // One whole frame of the widget: scene, egui shapes and text, tessellation.
    let run = |view: TimeView| {
        let output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let scene = build_scene(&SceneInput {
                docs: &docs,
                view,
                width: WIDTH,
                height: HEIGHT,
                selected: None,
                theme: &theme,
                export: false,
                generated: None,
                layout: &layout,
                model: Some(&model),
            });
            egui_backend::paint(ui.painter(), &scene, egui::Pos2::ZERO);
        });
        let mut output = output;
        let shapes = std::mem::take(&mut output.shapes);
        let meshes = ctx.tessellate(shapes, output.pixels_per_point);
        // Font atlas updates would go to the GPU; there is none here.
        output.drop_without_applying_deltas();
        black_box(meshes.len())
    };
    for (name, view) in [
        ("all", all),
        ("one year", around(365.0 * DAY_SECS)),
        ("one week", around(7.0 * DAY_SECS)),
    ] {
        // A repaint with nothing moved (hover, selection, a lanes scroll): the layout of
        // the view is reused.
        c.bench_function(
            &format!("timeline frame, 100k events in 50 lanes, {name}"),
            |b| b.iter(|| run(view)),
        );
        // Zooming: every frame shows a new view (by turns a hair wider and narrower), so
        // every frame lays the lanes out anew.
        let other = view.zoom_at((left + right) / 2.0, 1.001);
        let mut flip = false;
        c.bench_function(
            &format!("timeline frame, 100k events in 50 lanes, {name}, zooming"),
            |b| {
                b.iter(|| {
                    flip = !flip;
                    run(if flip { other } else { view })
                })
            },
        );
    }
}

/// The benchmark thread's CPU time: "on one core", whatever else the machine runs.
struct ThreadCpu;

/// The benchmark thread's CPU time so far.
#[cfg(unix)]
fn thread_cpu() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to write into.
    if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } != 0 {
        return Duration::ZERO;
    }
    Duration::new(
        u64::try_from(t.tv_sec).unwrap_or(0),
        u32::try_from(t.tv_nsec).unwrap_or(0),
    )
}

/// Without a thread clock, the wall clock since the first call stands in.
#[cfg(not(unix))]
fn thread_cpu() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

impl Measurement for ThreadCpu {
    type Intermediate = Duration;
    type Value = Duration;

    fn start(&self) -> Duration {
        thread_cpu()
    }
    fn end(&self, start: Duration) -> Duration {
        thread_cpu().saturating_sub(start)
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        // Nanoseconds, shown as wall time is.
        static WALL: WallTime = WallTime;
        WALL.formatter()
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = frame
}
criterion_main!(benches);
