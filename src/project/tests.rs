//! Saving and opening projects: every field round-trips; corrupt, newer and changed files.

use super::*;
use crate::curation::{CorrectedDate, Edit, ExpressionKey};
use crate::temporal::TimexType;
use crate::timeline::filter::{DateRange, Filters, KindSet};
use crate::timeline::lanes::Grouping;
use chrono::NaiveDate;

const STORY: &str = "Council votes\n\nThe council met on March 3, 2025. It voted back in August.\n";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("day")
}

/// A folder with `a.txt` (the story) and `b.txt`, and a project over both with every
/// field set.
fn fixture() -> (tempfile::TempDir, Project) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.txt"), STORY).expect("a");
    std::fs::write(dir.path().join("b.txt"), "It ended on 4 May 2024.\n").expect("b");
    let doc = crate::pipeline::Document::new(
        crate::article::load(&dir.path().join("a.txt")).expect("load"),
    );
    let key = |i| ExpressionKey::for_event(&doc, i).expect("event");
    let mut curation = Curation::default();
    for edit in [
        Edit::Date {
            key: key(0),
            date: Some(CorrectedDate::parse("2025-W10").expect("date")),
        },
        Edit::Label {
            key: key(0),
            label: Some("Council meets".into()),
        },
        Edit::Note {
            key: key(0),
            note: Some("see the minutes".into()),
        },
        Edit::Hidden {
            key: key(1),
            hidden: true,
        },
        Edit::Publication {
            date: Some(day(2025, 11, 4)),
        },
    ] {
        curation.edit(edit);
    }
    let layout = Layout {
        grouping: Grouping::Source,
        collapsed: ["lane one".to_string()].into(),
        hidden_docs: [1].into(),
        search: Some("council".into()),
        scroll_y: 42.0,
        filters: Filters {
            hidden_kinds: KindSet::default().with(TimexType::Duration),
            hide_vague: true,
            hide_coarse: true,
            range: Some(DateRange::new(day(2025, 1, 1), day(2025, 12, 31))),
            only_days: true,
        },
    };
    let project = Project {
        articles: vec![
            ProjectArticle::new(dir.path().join("a.txt"), None, curation).expect("a"),
            ProjectArticle::new(dir.path().join("b.txt"), None, Curation::default()).expect("b"),
        ],
        layout,
        view: SavedView::new(
            day(2025, 1, 1).and_hms_opt(0, 0, 0).expect("t"),
            day(2026, 1, 1).and_hms_opt(12, 0, 0).expect("t"),
        ),
    };
    (dir, project)
}

#[test]
fn every_field_round_trips() {
    let (dir, project) = fixture();
    let path = dir.path().join("case.tempora");
    save(&path, &project).expect("save");
    assert_eq!(read(&path).expect("read"), project);
    let text = std::fs::read_to_string(&path).expect("text");
    assert!(text.starts_with("{\n  \"version\": 1,"), "{text}");
    assert!(text.contains("\"path\": \"a.txt\""), "relative: {text}");
    assert!(text.contains("\"date\": \"2025-W10\""), "{text}");
    // Saved again, byte for byte the same (stable under diff).
    save(&path, &read(&path).expect("read")).expect("save again");
    assert_eq!(std::fs::read_to_string(&path).expect("text"), text);
}

#[test]
fn opening_applies_the_curation() {
    let (dir, project) = fixture();
    let path = dir.path().join("case.tempora");
    save(&path, &project).expect("save");
    let opened = open(&path).expect("open");
    assert!(opened.notes().is_empty(), "{:?}", opened.notes());
    let docs: Vec<_> = opened.documents().collect();
    assert_eq!(docs.len(), 2);
    let a = docs[0];
    assert_eq!(a.dct(), Some(day(2025, 11, 4)));
    assert_eq!(a.events[0].timex.value.to_string(), "2025-W10");
    assert_eq!(&*a.events[0].label, "Council meets");
    assert_eq!(a.events[0].note(), Some("see the minutes"));
    assert!(a.events[1].is_hidden());
    assert_eq!(opened.project(), project);
}

#[test]
fn a_corrupt_project_is_an_error_and_is_not_overwritten() {
    let (dir, project) = fixture();
    let path = dir.path().join("case.tempora");
    for (bad, says) in [
        (
            "{\"version\": 1, \"articles\": [",
            "not a valid Tempora project (EOF",
        ),
        ("{\"articles\": []}", "it has no \"version\""),
        ("{\"version\": 1, \"articles\": 3}", "invalid type"),
        (
            "{\"version\": 0, \"articles\": []}",
            "there is no project version 0",
        ),
    ] {
        std::fs::write(&path, bad).expect("fixture");
        let err = open(&path).expect_err(bad).to_string();
        assert!(err.contains(says), "{bad}: {err}");
        let err = save(&path, &project).expect_err("refused").to_string();
        assert!(err.contains("not overwritten"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).expect("kept"), bad);
    }
}

#[test]
fn a_newer_project_is_an_error_and_is_not_overwritten() {
    let (dir, project) = fixture();
    let path = dir.path().join("case.tempora");
    let newer = "{\"version\": 2, \"articles\": [], \"something\": \"new\"}";
    std::fs::write(&path, newer).expect("fixture");
    let err = open(&path).expect_err("newer").to_string();
    assert!(
        err.contains("version 2, written by a newer Tempora (this one reads version 1)"),
        "{err}"
    );
    assert!(save(&path, &project).is_err());
    assert_eq!(std::fs::read_to_string(&path).expect("kept"), newer);
}

#[test]
fn a_changed_article_keeps_the_edits_that_match_and_notes_the_others() {
    let (dir, project) = fixture();
    let path = dir.path().join("case.tempora");
    save(&path, &project).expect("save");
    std::fs::write(
        dir.path().join("a.txt"),
        "Council votes\n\nUpdated. The council met on March 3, 2025. It voted in the spring.\n",
    )
    .expect("change");
    let opened = open(&path).expect("open");
    let notes = opened.notes();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(
        notes[0]
            .ends_with("changed since the project was saved; re-read, 1 edit(s) no longer match"),
        "{notes:?}"
    );
    assert!(
        notes[1].contains(
            "“August” at byte 66 is no longer in the article: its edits (hidden) were dropped"
        ),
        "{notes:?}"
    );
    let a = opened.documents().next().expect("a");
    let moved = a
        .events
        .iter()
        .find(|e| e.timex.value.to_string() == "2025-W10")
        .expect("the corrected date followed its expression");
    assert_eq!(moved.note(), Some("see the minutes"));
    assert!(!a.events.iter().any(|e| e.is_hidden()));
    // The project as it stands has the new hash and the moved key.
    let now = opened.project();
    assert_ne!(now.articles[0].hash, project.articles[0].hash);
    assert_eq!(now.articles[0].curation.events()[0].key.start, 43);
}

#[test]
fn a_missing_article_is_an_entry_and_the_rest_opens() {
    let (dir, project) = fixture();
    let path = dir.path().join("case.tempora");
    save(&path, &project).expect("save");
    std::fs::remove_file(dir.path().join("a.txt")).expect("delete");
    let opened = open(&path).expect("open");
    assert!(matches!(opened.articles[0].state, ArticleState::Missing));
    assert!(opened.notes()[0].ends_with("a.txt: moved or deleted: locate it"));
    assert_eq!(opened.documents().count(), 1);
    // b.txt was hidden as article 1; among the documents read it is number 0.
    assert_eq!(opened.layout_of_documents().hidden_docs, [0].into());
    // Saved again, the missing article and its curation are kept.
    assert_eq!(opened.project(), project);
}

#[test]
fn a_project_is_made_from_open_documents() {
    let (dir, saved) = fixture();
    let path = dir.path().join("case.tempora");
    save(&path, &saved).expect("save");
    let opened = open(&path).expect("open");
    let docs: Vec<_> = opened.documents().collect();
    let curations: Vec<_> = opened.articles.iter().map(|a| &a.entry.curation).collect();
    let (start, end) = saved.view.expect("view").secs();
    let view = TimeView::new(start, end, 0.0, 1000.0);
    let made = Project::of_documents(
        docs.into_iter().zip(curations),
        saved.layout.clone(),
        Some(&view),
    )
    .expect("made");
    assert_eq!(made, saved);
}
