//! Command-line tests of `tempora render`: PNG and SVG written without a window.

use std::path::Path;
use std::process::Command;

const SAMPLE: &str = "assets/sample-harbor-bridge.txt";

fn tempora() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tempora"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    // No display: rendering must not need one.
    cmd.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    cmd
}

fn render(out: &Path, extra: &[&str]) -> std::process::Output {
    let output = tempora()
        .arg("render")
        .arg(SAMPLE)
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .expect("run tempora");
    assert!(
        output.status.success(),
        "tempora render failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

#[test]
fn render_writes_a_png_of_the_requested_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("timeline.png");
    render(&out, &["--width", "800", "--height", "400"]);
    let image = image::open(&out).expect("a decodable PNG").to_rgba8();
    assert_eq!(image.dimensions(), (800, 400));
    let background = image.get_pixel(1, 1).0;
    let drawn = image.pixels().filter(|p| p.0 != background).count();
    assert!(drawn > 2_000, "only {drawn} non-background pixels");
}

/// Labels of the sample's events that have a place on the timeline, from `tempora extract`.
fn placeable_labels() -> Vec<String> {
    let output = tempora()
        .arg("extract")
        .arg(SAMPLE)
        .output()
        .expect("run tempora extract");
    assert!(output.status.success());
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|v| !v["begin"].is_null())
        .filter_map(|v| v["label"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn render_writes_an_svg_with_every_event_label() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("timeline.svg");
    render(&out, &[]);
    let svg = std::fs::read_to_string(&out).expect("read SVG");
    assert!(svg.starts_with("<svg"));
    let texts = tempora::render::fixtures::svg_texts(&svg);
    assert!(
        texts.iter().any(|t| t == "published 2025-11-04"),
        "no publication marker in {texts:?}"
    );
    // The default view fits the dense core: every event is labelled or counted by an edge
    // indicator ("« 2 earlier events (1968, 2009)").
    let labels = placeable_labels();
    let missing = labels.iter().filter(|l| !texts.contains(l)).count();
    let at_edges: usize = texts
        .iter()
        .filter(|t| t.contains("earlier event") || t.contains("later event"))
        .filter_map(|t| t.split_whitespace().find_map(|w| w.parse::<usize>().ok()))
        .sum();
    assert_eq!(missing, at_edges, "texts: {texts:?}");
    assert!(
        missing * 2 < labels.len(),
        "most events are labelled: {texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("zoom in")),
        "no screen hints in exports: {texts:?}"
    );
}

#[test]
fn render_refuses_an_unknown_image_type() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("timeline.jpg");
    let output = tempora()
        .arg("render")
        .arg(SAMPLE)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run tempora");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(".png or .svg"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn render_with_a_dct_works_for_an_undated_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("undated.txt");
    std::fs::write(&article, "Council vote\n\nThe council voted on Monday.\n").expect("write");
    let out = dir.path().join("undated.svg");
    let output = tempora()
        .arg("render")
        .arg(&article)
        .arg("--dct")
        .arg("2025-11-04")
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run tempora");
    assert!(output.status.success());
    let svg = std::fs::read_to_string(&out).expect("read SVG");
    assert!(
        tempora::render::fixtures::svg_texts(&svg)
            .iter()
            .any(|t| t == "published 2025-11-04")
    );
}
