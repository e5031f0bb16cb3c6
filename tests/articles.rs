//! Golden tests for reading real-world article files: one fixture per format, encoding and
//! publication-date rule (fixtures are our own writing, in `tests/fixtures/articles`).

use std::path::PathBuf;
use tempora::article::{self, ArticleFormat, SuggestionReason};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/articles"
    ))
    .join(name)
}

/// (file, expected publication date or "", expected provenance text or "", expected title)
const CASCADE: &[(&str, &str, &str, &str)] = &[
    (
        "html-jsonld.html",
        "2025-06-10",
        "JSON-LD datePublished",
        "Library reopens after flood",
    ),
    (
        "html-meta.html",
        "2024-09-18",
        "HTML metadata article:published_time",
        "Council backs tram plan",
    ),
    (
        "html-itemprop.html",
        "2023-10-02",
        "HTML metadata itemprop=datePublished",
        "Harvest festival draws record crowd",
    ),
    (
        "html-time.html",
        "2022-01-15",
        "HTML metadata <time datetime>",
        "Storm closes coastal road",
    ),
    (
        "html-latin1.html",
        "2021-07-14",
        "HTML metadata dc.date",
        "Fête du village",
    ),
    (
        "text-published.txt",
        "2025-02-20",
        "“Published:” header, line 2",
        "Water rates to rise in spring",
    ),
    (
        "text-date-header.txt",
        "2024-03-07",
        "“Date:” header, line 1",
        "Ferry timetable changes",
    ),
    (
        "text-dateline.txt",
        "2023-08-14",
        "dateline, line 3",
        "Port strike ends after nine days",
    ),
    (
        "2019-05-30-school-budget.txt",
        "2019-05-30",
        "date in the file name",
        "School budget passes",
    ),
    (
        "scraper-single.json",
        "2024-04-11",
        "JSON field “date_publish”",
        "Museum buys rare map",
    ),
    (
        "notes.md",
        "2025-05-01",
        "“Posted:” header, line 1",
        "Park renovation begins",
    ),
    (
        "cp1252.txt",
        "2025-03-01",
        "“Published:” header, line 1",
        "Le café du marché a rouvert le lundi 3 mars 2025 après deux semaines de travaux. The café reopened on Monday.",
    ),
    ("unknown-date.txt", "", "", "Bakery marks anniversary"),
];

#[test]
fn publication_date_cascade_one_fixture_per_rule() {
    for (file, date, source, title) in CASCADE {
        let a = article::load(&fixture(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let got_date = a
            .publication
            .as_ref()
            .map(|p| p.date.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let got_source = a
            .publication
            .as_ref()
            .map(|p| p.source.to_string())
            .unwrap_or_default();
        assert_eq!(
            (got_date.as_str(), got_source.as_str()),
            (*date, *source),
            "{file}"
        );
        assert_eq!(a.title, *title, "{file}");
    }
}

#[test]
fn html_keeps_the_story_and_drops_the_page_furniture() {
    let a = article::load(&fixture("html-jsonld.html")).expect("loads");
    assert_eq!(a.format, ArticleFormat::Html);
    assert!(a.text.contains("opened its doors again on Monday"));
    assert!(a.text.contains("every Thursday through the summer"));
    for furniture in [
        "Subscribe",
        "Sunday sale",
        "display: block",
        "Privacy",
        "Posted 2 hours ago",
        "Sports",
    ] {
        assert!(
            !a.text.contains(furniture),
            "{furniture:?} leaked into {:?}",
            a.text
        );
    }
}

#[test]
fn encodings_are_decoded_and_named() {
    let cases = [
        ("utf8-bom.txt", "UTF-8"),
        ("utf16le.txt", "UTF-16LE"),
        ("utf16be.txt", "UTF-16BE"),
        ("cp1252.txt", "windows-1252"),
        ("html-latin1.html", "windows-1252"),
    ];
    for (file, encoding) in cases {
        let a = article::load(&fixture(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(a.encoding, encoding, "{file}");
        assert!(
            !a.text.contains('\u{feff}') && !a.text.contains('\u{fffd}'),
            "{file}: {:?}",
            a.text
        );
    }
    let a = article::load(&fixture("utf16le.txt")).expect("loads");
    assert!(a.text.contains("“a triumph”"));
    let a = article::load(&fixture("html-latin1.html")).expect("loads");
    assert!(a.text.contains("annulé en 2020"));
}

#[test]
fn json_arrays_and_lines_hold_several_articles() {
    let all = article::load_file(&fixture("scraper-array.json")).expect("loads");
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].title, "Bridge tolls frozen");
    assert_eq!(
        all[1]
            .publication
            .as_ref()
            .map(|p| p.source.to_string())
            .as_deref(),
        Some("date in the article URL")
    );
    let feed = article::load_file(&fixture("scraper-feed.jsonl")).expect("loads");
    assert_eq!(feed.len(), 2);
    assert!(feed[1].publication.is_none(), "2025-13-45 is not a date");
    assert!(feed[1].notes.iter().any(|n| n.contains("2025-13-45")));
}

#[test]
fn unknown_dates_offer_guesses_but_never_use_them() {
    let a = article::load(&fixture("unknown-date.txt")).expect("loads");
    assert!(a.publication.is_none());
    assert!(
        a.suggestions
            .iter()
            .any(|s| s.reason == SuggestionReason::FileModified)
    );
}

#[test]
fn a_whole_folder_loads_every_supported_file() {
    let results = article::load_many(&[fixture("")]);
    let ok = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(
        ok, 20,
        "18 files, two of them with two articles: {results:#?}"
    );
}

#[test]
fn huge_files_are_refused_with_the_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("huge.txt");
    let f = std::fs::File::create(&p).expect("create");
    f.set_len(200 * 1024 * 1024).expect("sparse 200 MB file");
    let msg = article::load(&p).expect_err("too large").to_string();
    assert!(
        msg.contains("huge.txt") && msg.contains("too large"),
        "{msg}"
    );
}

#[test]
fn a_ten_megabyte_line_without_a_sentence_end_loads_in_linear_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("one-line.txt");
    let line =
        "the council met again and talked about the bridge plans ".repeat(10 * 1024 * 1024 / 57);
    std::fs::write(&p, format!("{line} on Monday")).expect("write");
    let a = article::load(&p).expect("loads");
    let doc = tempora::pipeline::Document::new(a);
    assert!(doc.sentences.len() > 1000, "cut into bounded sentences");
    assert_eq!(
        doc.events.len(),
        1,
        "the one weekday at the end is still found"
    );
}
