//! `tempora extract`: the JSON Lines contract, the sample and seed articles, bad input.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/sample-harbor-bridge.txt"
);
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/seeds/000_4456bc1f3d567293.txt"
);

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

/// The record whose text, lower-cased, ends with `needle` (spans may or may not include a
/// leading preposition).
fn find<'a>(recs: &'a [Value], needle: &str) -> &'a Value {
    recs.iter()
        .find(|r| {
            r["text"]
                .as_str()
                .is_some_and(|t| t.to_lowercase().ends_with(&needle.to_lowercase()))
        })
        .unwrap_or_else(|| panic!("no record for {needle:?} in {recs:#?}"))
}

#[test]
fn sample_article_values() {
    let out = tempora(&["extract", SAMPLE]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    let expect = [
        ("Monday", "DATE", "2025-11-03"),
        ("August", "DATE", "2025-08"),
        ("September 12, 2025", "DATE", "2025-09-12"),
        // A distance from the previous time is a TimeML duration; its interval is the day
        // it reaches.
        ("Two days later", "DURATION", "P2D"),
        ("1968", "DATE", "1968"),
        ("2009", "DATE", "2009"),
        ("Last year", "DATE", "2024"),
        ("recent weeks", "DATE", "PAST_REF"),
        ("December 1", "DATE", "2025-12-01"),
        ("seven weeks", "DURATION", "P7W"),
        ("two months", "DURATION", "P2M"),
    ];
    for (text, ty, value) in expect {
        let r = find(&recs, text);
        assert_eq!(r["type"], ty, "{text}: {r}");
        assert_eq!(r["value"], value, "{text}: {r}");
    }
    let later = find(&recs, "Two days later");
    assert_eq!(later["anchor"], "previous");
    assert_eq!(later["begin"], "2025-09-14");
    assert_eq!(later["until"], "2025-09-15");
    assert_eq!(later["granularity"], "day");
    let monday = find(&recs, "Monday");
    assert_eq!(monday["anchor"], "publication");
    let august = find(&recs, "August");
    assert_eq!(august["begin"], "2025-08-01");
    assert_eq!(august["until"], "2025-09-01");
    assert_eq!(august["granularity"], "month");
    assert_eq!(recs[0]["publication"]["date"], "2025-11-04");
}

#[test]
fn every_record_keeps_the_schema_and_exact_offsets() {
    let out = tempora(&["extract", SAMPLE]);
    let text = std::fs::read_to_string(SAMPLE).expect("sample");
    let recs = records(&out);
    assert!(
        recs.len() >= 10,
        "the sample has at least 10 dated mentions, got {}",
        recs.len()
    );
    for r in &recs {
        for field in [
            "article",
            "start",
            "end",
            "text",
            "type",
            "value",
            "begin",
            "until",
            "granularity",
            "anchor",
            "sentence",
        ] {
            assert!(r.get(field).is_some(), "missing {field} in {r}");
        }
        let (s, e) = (
            r["start"].as_u64().expect("start") as usize,
            r["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(&text[s..e], r["text"].as_str().expect("text"));
        let (ss, se) = (
            r["sentence"]["start"].as_u64().expect("sentence start") as usize,
            r["sentence"]["end"].as_u64().expect("sentence end") as usize,
        );
        assert!(
            ss <= s && e <= se,
            "sentence must contain the expression: {r}"
        );
        assert_eq!(r["article"], SAMPLE);
        assert!(["DATE", "TIME", "DURATION", "SET"].contains(&r["type"].as_str().expect("type")));
        assert!(
            ["publication", "previous", "none"].contains(&r["anchor"].as_str().expect("anchor"))
        );
    }
}

fn shared_seed() -> Option<&'static str> {
    if Path::new(SEED).exists() {
        Some(SEED)
    } else {
        eprintln!("skipping: {SEED} is absent (the ../shared folder is not beside the project)");
        None
    }
}

#[test]
fn user_seed_finds_exactly_the_three_dated_mentions() {
    let Some(seed) = shared_seed() else { return };
    let out = tempora(&["extract", seed, "--dct", "2025-11-04"]);
    assert!(out.status.success());
    let recs = records(&out);
    let values: Vec<&str> = recs
        .iter()
        .map(|r| r["value"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        values,
        ["2025-11-03", "PAST_REF", "2025-08"],
        "records: {recs:#?}"
    );
    let recent = find(&recs, "recent months");
    let until = recent["until"].as_str().expect("PAST_REF has an interval");
    assert!(
        until == "2025-11-04" || until == "2025-11-05",
        "ends at the publication date: {recent}"
    );
    assert!(recent["begin"].as_str().is_some_and(|b| b < "2025-11-04"));
}

#[test]
fn seed_without_a_date_waits_for_one() {
    let Some(seed) = shared_seed() else { return };
    let out = tempora(&["extract", seed]);
    assert!(out.status.success());
    let recs = records(&out);
    assert_eq!(recs.len(), 3);
    for r in &recs {
        assert_eq!(r["begin"], Value::Null, "{r}");
        assert_eq!(r["awaits_publication_date"], true, "{r}");
    }
}

fn temp_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write fixture");
    p
}

#[test]
fn bad_files_each_get_one_message_and_the_rest_load() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let empty_dir = tempfile::tempdir().expect("tempdir");
    let bad = [
        d.join("missing.txt"),
        empty_dir.path().to_path_buf(),
        temp_file(d, "empty.txt", b""),
        temp_file(d, "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        temp_file(d, "zip.txt", b"PK\x03\x04\x14\0\0\0"),
        temp_file(d, "shape.json", b"[1, 2]"),
    ];
    for path in &bad {
        let p = path.to_str().expect("utf-8 path");
        let out = tempora(&["extract", p]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{p} alone must fail");
        assert!(err.contains(p), "message names the file: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }
    let mut args = vec!["extract", SAMPLE];
    args.extend(bad.iter().map(|p| p.to_str().expect("utf-8 path")));
    let out = tempora(&args);
    assert!(out.status.success(), "the good file still loads");
    assert!(!records(&out).is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    for path in &bad {
        let tag = format!("{}: ", path.display());
        assert_eq!(
            err.matches(&tag).count(),
            1,
            "one message per bad file: {err}"
        );
    }
}

#[test]
fn legacy_encoding_loads_with_a_note_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = temp_file(
        dir.path(),
        "latin1.txt",
        b"Published: 2025-11-04\n\nLe caf\xe9 a rouvert le 3 novembre 2025, en d\xe9cembre.",
    );
    let p = p.to_str().expect("utf-8 path");
    let out = tempora(&["extract", p]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(p) && err.contains("windows-1252"), "{err}");
}

#[test]
fn folders_are_read_and_publication_is_reported_per_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    temp_file(
        dir.path(),
        "a.txt",
        b"Published: 2025-11-04\n\nThe vote was held on September 12, 2025.",
    );
    temp_file(dir.path(), "notes.png", b"\x89PNG\r\n\x1a\n");
    let out = tempora(&["extract", dir.path().to_str().expect("path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    assert!(!recs.is_empty());
    assert_eq!(recs[0]["publication"]["date"], "2025-11-04");
    assert!(
        recs[0]["publication"]["source"]
            .as_str()
            .is_some_and(|s| s.contains("Published"))
    );
}

#[test]
fn malformed_dct_is_rejected_clearly() {
    let out = tempora(&["extract", SAMPLE, "--dct", "2025-13-45"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}
