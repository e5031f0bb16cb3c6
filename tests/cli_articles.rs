//! `tempora extract --articles`: one record per article, even one with no time expression or
//! no story text; with `--expressions` the two kinds of record carry a `"kind"` field.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn tempora(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tempora"))
        .args(args)
        .output()
        .expect("run tempora")
}

fn records(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// A page built by script: metadata and a title, no story text.
const SCRIPT_PAGE: &str = r#"<!doctype html><html><head><title>Dam opens | Daily</title>
<meta property="article:published_time" content="2024-03-14T21:10:00-04:00">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-15T01:10:00Z"}</script>
</head><body><div id="root"></div><script src="/app.js?2016-09-30"></script></body></html>"#;

const STORY: &str =
    "Dam opens\nPublished: 2025-11-04\n\nThe dam opened on Monday after two years of work.\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path.display().to_string()
}

#[test]
fn a_page_with_metadata_but_no_story_text_gives_an_article_record_with_its_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = write(dir.path(), "script-built.html", SCRIPT_PAGE);
    let out = tempora(&["extract", "--articles", &page]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 1, "{recs:#?}");
    let r = &recs[0];
    assert_eq!(r["title"], "Dam opens | Daily");
    assert_eq!(r["format"], "html");
    assert_eq!(r["encoding"], "UTF-8");
    // The UTC timestamp is read in the page's own time zone: the evening of March 14.
    assert_eq!(r["publication"]["date"], "2024-03-14");
    assert_eq!(r["expressions"], 0);
    assert_eq!(r["text_chars"], 0);
    assert!(
        r["notes"]
            .as_array()
            .is_some_and(|n| n.iter().any(|n| n == "no article text found")),
        "{r:#}"
    );
    assert!(
        r.get("kind").is_none(),
        "kind only when both kinds are printed"
    );
}

#[test]
fn articles_and_expressions_together_carry_their_kind() {
    let dir = tempfile::tempdir().expect("tempdir");
    let story = write(dir.path(), "story.txt", STORY);
    let out = tempora(&["extract", "--articles", "--expressions", &story]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    let kinds: Vec<&str> = recs.iter().filter_map(|r| r["kind"].as_str()).collect();
    assert_eq!(kinds.len(), recs.len(), "every record has a kind");
    assert_eq!(kinds.first(), Some(&"article"));
    assert!(
        kinds.iter().skip(1).all(|k| *k == "expression"),
        "{kinds:?}"
    );
    assert_eq!(recs[0]["expressions"], recs.len() - 1);
    assert_eq!(recs[0]["publication"]["date"], "2025-11-04");
    // Without --articles the expression records keep their schema, without a kind.
    let plain = records(&tempora(&["extract", &story]));
    assert!(!plain.is_empty());
    assert!(plain.iter().all(|r| r.get("kind").is_none()));
}
