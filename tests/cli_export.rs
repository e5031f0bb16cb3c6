//! Command-line tests of the exports: `extract --format json|csv|timelinejs|timeml` and
//! `render` with `--title`, `--theme`, `--size`, `--scale` and `.pdf` output, each also fed a
//! hostile article whose text and title must come out as inert text.

mod common;

use common::pdf::pdf_pages;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = "assets/sample-harbor-bridge.txt";

/// An article that tries to break out of every format.
const HOSTILE: &str = "</text><script>alert(1)</script> & \"quotes\" \u{202e}rtl\u{202c}\n\n\
    Published: 2025-11-04\n\n\
    The council met on Monday\u{7} and said \"</TEXT>]]>\" & =SUM(A1) left.\n";

fn tempora(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_tempora"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .args(args)
        .output()
        .expect("run tempora");
    assert!(
        output.status.success(),
        "tempora {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn hostile_file(dir: &Path) -> PathBuf {
    let path = dir.join("hostile.txt");
    std::fs::write(&path, HOSTILE).expect("write");
    path
}

/// The JSON Lines records of the sample (the default format).
fn jsonl_count(file: &str) -> usize {
    String::from_utf8_lossy(&tempora(&["extract", file]).stdout)
        .lines()
        .count()
}

#[test]
fn jsonl_stays_the_default_and_byte_identical() {
    let default = tempora(&["extract", SAMPLE]).stdout;
    let explicit = tempora(&["extract", "--format", "jsonl", SAMPLE]).stdout;
    assert_eq!(default, explicit);
    assert!(!default.is_empty());
}

#[test]
fn csv_has_a_bom_a_header_and_one_row_per_expression() {
    let out = tempora(&["extract", "--format", "csv", SAMPLE]).stdout;
    let body = out.strip_prefix("\u{feff}".as_bytes()).expect("UTF-8 BOM");
    let mut reader = csv::Reader::from_reader(body);
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        header,
        [
            "article",
            "publication date",
            "expression",
            "type",
            "value",
            "begin",
            "until",
            "granularity",
            "label",
            "trigger",
            "sentence",
            "note",
            "edited"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), jsonl_count(SAMPLE));
    assert!(rows.iter().any(|r| r.get(2) == Some("Monday")));
}

#[test]
fn json_is_one_versioned_document() {
    let out = tempora(&["extract", "--format", "json", SAMPLE]).stdout;
    let v: Value = serde_json::from_slice(&out).expect("one JSON document");
    assert_eq!(v["format"], "tempora-timeline");
    assert_eq!(v["version"], 1);
    assert_eq!(
        v["events"].as_array().map(Vec::len),
        Some(jsonl_count(SAMPLE))
    );
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(1));
    assert!(v["lanes"].is_array() && v["curation"].is_object());
}

#[test]
fn timelinejs_follows_its_documented_schema() {
    let out = tempora(&["extract", "--format", "timelinejs", SAMPLE]).stdout;
    let v: Value = serde_json::from_slice(&out).expect("JSON");
    assert!(v["title"]["text"]["headline"].is_string());
    let events = v["events"].as_array().expect("events");
    assert!(events.len() > 5);
    for e in events {
        let start = &e["start_date"];
        assert!(start["year"].is_i64(), "{e}");
        for part in ["month", "day"] {
            assert!(start.get(part).is_none_or(Value::is_u64), "{e}");
        }
        if let Some(end) = e.get("end_date") {
            assert!(end["year"].as_i64() >= start["year"].as_i64(), "{e}");
        }
        assert!(e["text"]["headline"].is_string() && e["text"]["text"].is_string());
        assert!(e["group"].is_string());
    }
}

#[test]
fn timeml_works_for_any_input() {
    let out = tempora(&["extract", "--format", "timeml", SAMPLE]).stdout;
    let xml = String::from_utf8(out).expect("utf8");
    let doc = tempora::article::timeml::parse(&xml).expect("valid TimeML");
    assert!(xml.contains("<TIMEX3 tid=\"t1\""));
    assert!(doc.dct.is_some());
}

#[test]
fn a_hostile_article_is_inert_in_every_data_format() {
    let dir = tempfile::tempdir().expect("dir");
    let file = hostile_file(dir.path());
    let file = file.to_str().expect("utf8 path");
    for format in ["jsonl", "json", "timelinejs"] {
        let out = tempora(&["extract", "--format", format, file]).stdout;
        let text = String::from_utf8(out).expect("utf8");
        // Parses as JSON (every line for JSON Lines), and carries no raw control character.
        for chunk in if format == "jsonl" {
            text.lines().collect::<Vec<_>>()
        } else {
            vec![text.as_str()]
        } {
            serde_json::from_str::<Value>(chunk).expect("valid JSON");
        }
        assert!(!text.contains('\u{7}'), "{format}");
        if format == "timelinejs" {
            // TimelineJS renders its text as HTML: markup must arrive escaped.
            assert!(
                !text.contains("<script>") && !text.contains("</TEXT>"),
                "{text}"
            );
        }
    }
    let csv_out = tempora(&["extract", "--format", "csv", file]).stdout;
    let body = csv_out.strip_prefix("\u{feff}".as_bytes()).expect("BOM");
    for row in csv::Reader::from_reader(body).records() {
        let row = row.expect("a well-formed row");
        for cell in row.iter() {
            assert!(!cell.starts_with(['=', '+', '@']), "formula in {cell:?}");
            assert!(!cell.contains('\u{7}'));
        }
    }
    let xml =
        String::from_utf8(tempora(&["extract", "--format", "timeml", file]).stdout).expect("utf8");
    assert!(!xml.contains("<script>"));
    tempora::article::timeml::parse(&xml).expect("still valid TimeML");
}

#[test]
fn render_takes_title_theme_size_and_scale() {
    let dir = tempfile::tempdir().expect("dir");
    let png = dir.path().join("t.png");
    let png_s = png.to_str().expect("utf8");
    for theme in ["light", "dark", "print"] {
        tempora(&[
            "render", SAMPLE, "-o", png_s, "--size", "a4", "--scale", "2", "--theme", theme,
        ]);
        let image = image::open(&png).expect("PNG").to_rgba8();
        assert_eq!(image.dimensions(), (2246, 1588), "{theme}");
        let corner = image.get_pixel(1, 1).0;
        let dark = u32::from(corner[0]) + u32::from(corner[1]) + u32::from(corner[2]) < 300;
        assert_eq!(dark, theme == "dark", "{theme}: background {corner:?}");
    }
    let svg = dir.path().join("t.svg");
    tempora(&[
        "render",
        SAMPLE,
        "-o",
        svg.to_str().expect("utf8"),
        "--size",
        "1920x1080",
        "--title",
        "Brief: <bridge> & \"repairs\"",
    ]);
    let texts = tempora::render::fixtures::svg_texts(&std::fs::read_to_string(&svg).expect("svg"));
    assert!(
        texts.iter().any(|t| t == "Brief: <bridge> & \"repairs\""),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("from ") && t.contains(" events"))
    );
    assert!(texts.iter().any(|t| t == "a vague span"));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("sample-harbor-bridge.txt · published 2025-11-04"))
    );
}

#[test]
fn render_refuses_a_scale_or_theme_out_of_range() {
    for bad in [["--scale", "5"], ["--theme", "sepia"], ["--size", "huge"]] {
        let output = Command::new(env!("CARGO_BIN_EXE_tempora"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["render", SAMPLE, "-o", "/nonexistent/x.png"])
            .args(bad)
            .output()
            .expect("run tempora");
        assert!(!output.status.success(), "{bad:?} accepted");
    }
}

#[test]
fn pdf_is_vector_with_selectable_text_and_paginated_sources() {
    let dir = tempfile::tempdir().expect("dir");
    let pdf_path = dir.path().join("t.pdf");
    let pdf_s = pdf_path.to_str().expect("utf8");
    tempora(&[
        "render",
        SAMPLE,
        "-o",
        pdf_s,
        "--size",
        "a4",
        "--title",
        "Harbor brief",
    ]);
    let pdf = std::fs::read(&pdf_path).expect("pdf");
    assert!(pdf.starts_with(b"%PDF"));
    let pages = pdf_pages(&pdf);
    assert_eq!(pages.len(), 1);
    assert!(pages[0].contains("Harborbrief"), "{}", pages[0]);
    assert!(pages[0].contains("avaguespan"));

    // Sixty articles: the sources continue on a second page.
    let many = dir.path().join("many");
    std::fs::create_dir(&many).expect("dir");
    for n in 0..60 {
        std::fs::write(
            many.join(format!("story{n:02}.txt")),
            format!("Story number {n}\n\nPublished: 2025-11-04\n\nThe vote was on Monday.\n"),
        )
        .expect("write");
    }
    tempora(&[
        "render",
        many.to_str().expect("utf8"),
        "-o",
        pdf_s,
        "--size",
        "letter",
    ]);
    let pages = pdf_pages(&std::fs::read(&pdf_path).expect("pdf"));
    assert!(pages.len() >= 2, "{} pages", pages.len());
    assert!(pages[0].contains("continuedonthenextpage"));
    let all: String = pages.concat();
    for n in 0..60 {
        assert!(
            all.contains(&format!("story{n:02}.txt")),
            "story {n} missing"
        );
    }
}

#[test]
fn a_hostile_article_is_inert_in_svg_and_pdf() {
    let dir = tempfile::tempdir().expect("dir");
    let file = hostile_file(dir.path());
    let file = file.to_str().expect("utf8");
    let svg = dir.path().join("h.svg");
    tempora(&["render", file, "-o", svg.to_str().expect("utf8")]);
    let text = std::fs::read_to_string(&svg).expect("svg");
    assert!(!text.contains("<script>"));
    let texts = tempora::render::fixtures::svg_texts(&text);
    assert!(
        texts.iter().any(|t| t.contains("</text><script>")),
        "{texts:?}"
    );
    let pdf = dir.path().join("h.pdf");
    tempora(&["render", file, "-o", pdf.to_str().expect("utf8")]);
    let pages = pdf_pages(&std::fs::read(&pdf).expect("pdf"));
    assert!(pages.concat().contains("<script>alert(1)</script>&"));
}
