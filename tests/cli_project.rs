//! Command-line tests of projects: `project new`, and `extract` and `render` of a
//! `.tempora` file with its curation, lanes, filters and view.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};
use tempora::curation::{CorrectedDate, Edit, ExpressionKey};
use tempora::project;

const STORY: &str = "Council votes\n\nPublished: 2025-11-04\n\n\
    The council met on March 3, 2025. It voted back in August. \
    The bridge closed on 12 September 2025.\n";

fn tempora(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tempora"))
        .current_dir(dir)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .args(args)
        .output()
        .expect("run tempora")
}

fn ok(dir: &Path, args: &[&str]) -> Output {
    let out = tempora(dir, args);
    assert!(
        out.status.success(),
        "tempora {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

/// A folder with the story and a project made by `project new`, then curated: the first
/// event's date corrected and noted, the second hidden.
fn curated_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("story.txt"), STORY).expect("story");
    ok(
        dir.path(),
        &["project", "new", "-o", "case.tempora", "story.txt"],
    );
    let path = dir.path().join("case.tempora");
    let mut p = project::read(&path).expect("read");
    let doc = project::open(&path)
        .expect("open")
        .into_documents()
        .pop()
        .expect("doc");
    let key = |i| ExpressionKey::for_event(&doc, i).expect("event");
    let curation = &mut p.articles[0].curation;
    curation.edit(Edit::Date {
        key: key(0),
        date: Some(CorrectedDate::parse("2025-03-04").expect("date")),
    });
    curation.edit(Edit::Note {
        key: key(0),
        note: Some("minutes say the 4th".into()),
    });
    curation.edit(Edit::Hidden {
        key: key(1),
        hidden: true,
    });
    project::save(&path, &p).expect("save");
    dir
}

#[test]
fn project_new_writes_a_project_and_refuses_to_replace_one() {
    let dir = curated_project();
    let text = std::fs::read_to_string(dir.path().join("case.tempora")).expect("project");
    assert!(text.contains("\"path\": \"story.txt\""), "{text}");
    let again = tempora(
        dir.path(),
        &["project", "new", "-o", "case.tempora", "story.txt"],
    );
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already exists; give --force"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("case.tempora")).expect("kept"),
        text
    );
}

#[test]
fn extract_of_a_project_prints_the_curated_events() {
    let dir = curated_project();
    let plain = records(&ok(dir.path(), &["extract", "story.txt"]));
    let curated = records(&ok(dir.path(), &["extract", "case.tempora"]));
    assert_eq!(plain.len(), 3);
    assert_eq!(curated.len(), 2, "the hidden event is left out");
    let first = &curated[0];
    assert_eq!(first["value"], "2025-03-04");
    assert_eq!(first["begin"], "2025-03-04");
    assert_eq!(first["edited"], true);
    assert_eq!(first["note"], "minutes say the 4th");
    assert!(
        first["why"]
            .as_str()
            .is_some_and(|w| w.starts_with("edited by you: date corrected to 2025-03-04")),
        "{first}"
    );
    // Every field of the plain records is still there (the schema is a contract).
    for field in plain[0].as_object().expect("object").keys() {
        assert!(first.get(field).is_some(), "{field} missing");
    }
    assert!(curated[1].get("edited").is_none(), "{}", curated[1]);
    assert_eq!(curated[1]["value"], "2025-09-12");
}

#[test]
fn render_of_a_project_draws_its_curation_and_view() {
    let dir = curated_project();
    ok(dir.path(), &["render", "case.tempora", "-o", "curated.svg"]);
    ok(dir.path(), &["render", "story.txt", "-o", "plain.svg"]);
    let curated = std::fs::read_to_string(dir.path().join("curated.svg")).expect("svg");
    let plain = std::fs::read_to_string(dir.path().join("plain.svg")).expect("svg");
    assert!(
        plain.contains("voted back in August") || plain.contains("It voted"),
        "{plain}"
    );
    assert!(
        !curated.contains("It voted"),
        "the hidden event is not drawn"
    );
    // The saved view is used: a view over 2024 only shows none of the 2025 events.
    let path = dir.path().join("case.tempora");
    let mut p = project::read(&path).expect("read");
    let day = |y| {
        chrono::NaiveDate::from_ymd_opt(y, 1, 1)
            .expect("d")
            .and_hms_opt(0, 0, 0)
            .expect("t")
    };
    p.view = project::SavedView::new(day(2024), day(2025));
    project::save(&path, &p).expect("save");
    let out = ok(dir.path(), &["render", "case.tempora", "-o", "x.png"]);
    let png = std::fs::read(dir.path().join("x.png")).expect("png");
    assert!(png.starts_with(b"\x89PNG"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("from 1 article"));
    ok(dir.path(), &["render", "case.tempora", "-o", "view.svg"]);
    let view = std::fs::read_to_string(dir.path().join("view.svg")).expect("svg");
    assert!(
        view.contains("2024"),
        "the saved view's year is on the axis"
    );
    assert!(
        !view.contains("The bridge closed"),
        "events outside the view are not drawn"
    );
}

#[test]
fn a_corrupt_project_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("bad.tempora"), "{\"version\": 7}").expect("bad");
    let out = tempora(dir.path(), &["extract", "bad.tempora"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("version 7, written by a newer Tempora"),
        "{err}"
    );
}
