//! Article text and titles are data, never markup: a hostile article (`</text><script>…`,
//! `&`, quotes, control characters, right-to-left marks, in its text and its title)
//! exports as inert, escaped text in SVG, PDF and every data format. One test per format,
//! each reading the output back with a real parser.

mod common;

use serde_json::Value;
use tempora::export::{DataFormat, Shown, data_bytes};
use tempora::pipeline::Document;
use tempora::render::fixtures::{named, svg_texts};
use tempora::render::{ImageFormat, ImageOptions, ImageRequest, ImageSize, Layout, ThemeName};
use tempora::temporal::Granularity;

const TEXT: &str = "Heading\n\n\
    On Monday\u{7} the \u{202e}mayor\u{202c} said \"</TEXT>]]>\" & 'left' \
    </text><script>alert(1)</script>,\nthen\r\nreturned =SUM(A1).";
const TITLE: &str = "</text><script>alert(2)</script> & \"t\" \u{202e}rtl\u{202c}\u{1b}[31m";
/// The title as it must read after export: the control character gone, the rest intact.
const TITLE_READ: &str = "</text><script>alert(2)</script> & \"t\" \u{202e}rtl\u{202c}[31m";

fn hostile() -> Vec<Document> {
    let mut doc = named(
        "hostile <b>&amp;.txt",
        TEXT,
        &[(
            "Monday",
            "2025-11-03",
            Some(((2025, 11, 3), (2025, 11, 4))),
            Granularity::Day,
        )],
    );
    doc.article.title = TITLE.into();
    vec![doc]
}

fn data(format: DataFormat) -> String {
    let docs = hostile();
    let bytes = data_bytes(&Shown::all(&docs), format).expect("export");
    String::from_utf8(bytes).expect("UTF-8")
}

fn image(format: ImageFormat) -> Vec<u8> {
    let docs = hostile();
    let layout = Layout::default();
    let options = ImageOptions {
        size: ImageSize::Custom(1200, 700),
        scale: 1,
        theme: ThemeName::Light,
        title: None,
        generated: None,
    };
    ImageRequest {
        docs: &docs,
        view: None,
        selected: None,
        layout: &layout,
        options: &options,
    }
    .bytes(format)
    .expect("export")
}

/// No raw control character other than a line break or tab.
fn no_controls(text: &str, what: &str) {
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')),
        "{what} holds a raw control character"
    );
}

/// Every string value anywhere in `value`.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

#[test]
fn svg_keeps_the_hostile_title_and_text_as_text() {
    let svg = String::from_utf8(image(ImageFormat::Svg)).expect("UTF-8");
    // Well-formed XML (svg_texts parses it) with no element the article smuggled in.
    let texts = svg_texts(&svg);
    assert!(!svg.contains("<script"), "a script element");
    assert!(!svg.to_lowercase().contains("<b>"), "a b element");
    no_controls(&svg, "the SVG");
    assert!(
        texts.iter().any(|t| t.contains(TITLE_READ)),
        "the title is one text, whole: {texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("hostile <b>&amp;.txt")));
}

#[test]
fn pdf_shows_the_hostile_title_as_text_and_runs_nothing() {
    let pdf = image(ImageFormat::Pdf);
    let raw = String::from_utf8_lossy(&pdf);
    for key in [
        "/JavaScript",
        "/JS",
        "/OpenAction",
        "/AA",
        "/Launch",
        "/URI",
    ] {
        assert!(!raw.contains(key), "the PDF holds {key}");
    }
    let pages = common::pdf::pdf_pages(&pdf);
    let shown: String = pages.concat();
    // What precedes the right-to-left override reads as typed (after it, the glyphs run
    // right to left, as the mark asks).
    let head: String = "</text><script>alert(2)</script> & \"t\""
        .split_whitespace()
        .collect();
    assert!(shown.contains(&head), "{shown}");
}

#[test]
fn json_lines_carry_the_hostile_text_as_json_strings() {
    let out = data(DataFormat::Jsonl);
    no_controls(&out.replace('\n', ""), "the JSON Lines");
    let mut found = Vec::new();
    for line in out.lines() {
        let v: Value = serde_json::from_str(line).expect("each line is JSON");
        strings(&v, &mut found);
    }
    // The label quotes the sentence, markup and quotes included, as plain JSON text.
    assert!(
        found.iter().any(|s| s.contains("\"</TEXT>]]>\" & 'left'")),
        "{found:?}"
    );
}

#[test]
fn the_json_document_carries_the_hostile_title_as_a_json_string() {
    let out = data(DataFormat::Json);
    no_controls(&out.replace('\n', ""), "the JSON");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    let mut found = Vec::new();
    strings(&v, &mut found);
    assert!(
        found
            .iter()
            .any(|s| s == TITLE || s == TITLE_READ || s.contains("</text><script>alert(2)")),
        "{found:?}"
    );
}

#[test]
fn csv_cells_hold_the_hostile_text_and_no_formula() {
    let out = data(DataFormat::Csv);
    let body = out.strip_prefix('\u{feff}').expect("a byte-order mark");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let width = reader.headers().expect("a header").len();
    let mut rows = 0;
    for row in reader.records() {
        let row = row.expect("a well-formed row");
        assert_eq!(row.len(), width);
        for cell in row.iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "formula: {cell:?}");
            no_controls(&cell.replace(['\n', '\r'], ""), "a cell");
        }
        assert!(
            row.iter()
                .any(|c| c.contains("</text><script>alert(1)</script>"))
        );
        rows += 1;
    }
    assert_eq!(rows, 1);
}

#[test]
fn timelinejs_escapes_markup_in_its_html_fields() {
    let out = data(DataFormat::TimelineJs);
    no_controls(&out.replace('\n', ""), "the TimelineJS JSON");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    let mut found = Vec::new();
    strings(&v, &mut found);
    // TimelineJS puts headline and text into the page as HTML.
    for s in &found {
        assert!(!s.contains("<script"), "raw markup reaches TimelineJS: {s}");
        assert!(!s.contains("</text>"), "raw markup reaches TimelineJS: {s}");
    }
    assert!(
        found.iter().any(|s| s.contains("&lt;script&gt;")),
        "{found:?}"
    );
}

#[test]
fn timeml_escapes_the_hostile_text_and_reads_back_the_same() {
    let out = data(DataFormat::TimeMl);
    no_controls(&out.replace(['\n', '\r'], ""), "the TimeML");
    assert!(!out.contains("<script"));
    let doc = tempora::article::timeml::parse(&out).expect("valid TimeML");
    assert!(doc.text.contains("</text><script>alert(1)</script>"));
    assert!(doc.text.contains("\"</TEXT>]]>\" & 'left'"));
    if let Some(title) = doc.title {
        assert!(
            title.contains("</text><script>alert(2)</script> & \"t\""),
            "{title}"
        );
    }
}
