//! Merging one happening across articles: three articles report the same reopening; two
//! report different happenings on the same day.

use std::path::PathBuf;
use tempora::event::merge::{MergeOptions, merge};
use tempora::pipeline::Document;

fn load(dir: &str) -> Vec<Document> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/merge")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    tempora::cli::load_documents(&files, None).expect("fixtures load")
}

#[test]
fn three_reports_of_one_happening_become_one_item() {
    let docs = load("same-event");
    assert_eq!(docs.len(), 3);
    let merged = merge(&docs, &MergeOptions::default());
    let big: Vec<_> = merged.iter().filter(|m| m.sources.len() == 3).collect();
    assert_eq!(big.len(), 1, "{merged:?}");
    assert_eq!(big[0].sources_text().as_deref(), Some("3 sources"));
    // Newest publication first.
    let dates: Vec<_> = big[0].sources.iter().map(|s| docs[s.doc].dct()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
}

#[test]
fn different_happenings_on_one_day_stay_apart() {
    let docs = load("different-events");
    let merged = merge(&docs, &MergeOptions::default());
    assert!(merged.iter().all(|m| m.sources.len() == 1), "{merged:?}");
}

#[test]
fn merging_can_be_turned_off_and_a_source_split_off() {
    let docs = load("same-event");
    let off = MergeOptions {
        disabled: true,
        ..MergeOptions::default()
    };
    assert!(merge(&docs, &off).iter().all(|m| m.sources.len() == 1));
    let merged = merge(&docs, &MergeOptions::default());
    let group = merged
        .iter()
        .find(|m| m.sources.len() == 3)
        .expect("a merge");
    let mut split = MergeOptions::default();
    split.split.insert(group.sources[0]);
    let again = merge(&docs, &split);
    assert!(again.iter().any(|m| m.sources.len() == 2), "{again:?}");
    assert!(again.iter().any(|m| m.sources == vec![group.sources[0]]));
}
