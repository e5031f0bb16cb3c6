//! The export windows and the theme menu driven through egui_kittest: File → Export image…
//! (settings, live preview, file written in the background), File → Export data…, and
//! View → Theme.

#![cfg(feature = "gui")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use tempora::app::command::Command;
use tempora::app::{TemporaApp, ThemeChoice, load_documents};
use tempora::timeline::filter::Filters;

fn harness() -> Harness<'static, TemporaApp> {
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/sample-harbor-bridge.txt");
    let mut app = TemporaApp::new(None);
    app.add_loaded(load_documents(&[sample], None));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, app: &mut TemporaApp| app.ui(ui), app);
    harness.run();
    harness
}

fn menu(harness: &mut Harness<'static, TemporaApp>, top: &str, entry: &str) {
    harness.get_by_label(top).click();
    harness.run();
    harness.get_by_label_contains(entry).click();
    harness.run();
}

/// Runs frames until `path` exists and no export is running (at most ten seconds).
fn wait_for(harness: &mut Harness<'static, TemporaApp>, path: &Path) {
    let started = std::time::Instant::now();
    while (!path.exists() || harness.state().exports_running() > 0)
        && started.elapsed().as_secs() < 10
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run();
    }
}

#[test]
fn the_image_window_previews_and_exports_a_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    menu(&mut harness, "File", "Export image…");
    harness.get_by_label("Preview of the exported image");
    harness.get_by_label("PDF").click();
    harness.get_by_label("dark").click();
    harness.run();
    let target = dir.path().join("brief.pdf");
    harness.state_mut().set_export_path(&target);
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    wait_for(&mut harness, &target);
    let bytes = std::fs::read(&target).expect("the PDF is written");
    assert!(bytes.starts_with(b"%PDF"));
    assert!(!harness.state().export_window_open(), "the window closes");
    // Written atomically: nothing but the PDF is left in the folder.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("brief.pdf")]);
    assert!(
        harness
            .state()
            .status()
            .is_some_and(|s| s.starts_with("Exported")),
        "{:?}",
        harness.state().status()
    );
}

#[test]
fn the_data_window_writes_csv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    menu(&mut harness, "File", "Export data…");
    harness.get_by_label("CSV").click();
    harness.run();
    let target = dir.path().join("events.csv");
    harness.state_mut().set_export_path(&target);
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    let bytes = std::fs::read(&target).expect("the CSV is written");
    assert!(bytes.starts_with("\u{feff}article,publication date,".as_bytes()));
    let rows = String::from_utf8_lossy(&bytes).lines().count();
    let events: usize = harness
        .state()
        .documents()
        .iter()
        .map(|d| d.events.len())
        .sum();
    assert!(
        rows > events,
        "a header and a row per event (sentences may wrap lines)"
    );
}

#[test]
fn the_data_window_exports_only_what_the_filters_and_search_leave() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    let total: usize = harness
        .state()
        .documents()
        .iter()
        .map(|d| d.events.len())
        .sum();
    let only_days = Filters {
        only_days: true,
        ..Filters::default()
    };
    harness.state_mut().command(Command::SetFilters(only_days));
    harness.run();
    menu(&mut harness, "File", "Export data…");
    harness.get_by_label("JSON Lines").click();
    harness.run();
    let target = dir.path().join("events.jsonl");
    harness.state_mut().set_export_path(&target);
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    let text = std::fs::read_to_string(&target).expect("the JSON Lines are written");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert!(
        !lines.is_empty() && lines.len() < total,
        "{} of {total}",
        lines.len()
    );
    let finer = ["day", "partofday", "hour", "minute", "second"];
    for line in &lines {
        let g = line["granularity"].as_str().unwrap_or_default();
        assert!(finer.contains(&g), "{line}");
    }
}

#[test]
fn view_theme_switches_the_window_between_light_and_dark() {
    let mut harness = harness();
    assert!(!harness.state().theme().is_dark());
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Theme").hover();
    harness.run();
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(harness.state().theme_choice(), ThemeChoice::Dark);
    assert!(harness.state().theme().is_dark());
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    harness.state_mut().set_theme_choice(ThemeChoice::Light);
    harness.run();
    assert!(!harness.state().theme().is_dark());
}
