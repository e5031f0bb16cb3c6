//! Hostile input: each test builds one bad input in a temporary folder, runs the real binary
//! on it beside a good article, and checks the exit code, the one-line message, that the good
//! article's events are still printed, and that the run ends within a generous bound.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Generous for a loaded CI machine; the real times are well under a second.
const BOUND: Duration = Duration::from_secs(10);

const GOOD: &str = "Published: 2025-11-04\n\nThe harbor bridge reopened to traffic on Monday.\n";

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs tempora with `args` in `dir`, killing it (and failing) past [`BOUND`].
fn tempora(dir: &Path, args: &[&str]) -> Run {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tempora"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tempora");
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > BOUND {
            let _ = child.kill();
            let _ = child.wait();
            panic!("tempora {args:?} took over {BOUND:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        stdout: reader.join().expect("stdout thread"),
        stderr: err_reader.join().expect("stderr thread"),
    }
}

/// A temporary folder holding `good.txt`.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("good.txt"), GOOD).expect("write good file");
    dir
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write input");
    p
}

/// The good article was read and its event printed.
fn assert_good(run: &Run) {
    assert!(
        run.stdout
            .lines()
            .any(|l| l.contains("\"article\":\"good.txt\"") && l.contains("\"text\":\"Monday\"")),
        "the good file's event is missing:\n{}\n{}",
        run.stdout,
        run.stderr
    );
}

/// Exactly one stderr line mentions `name`, and it contains `needle`.
fn assert_one_line(run: &Run, name: &str, needle: &str) {
    let lines: Vec<&str> = run.stderr.lines().filter(|l| l.contains(name)).collect();
    assert_eq!(lines.len(), 1, "one line about {name}: {}", run.stderr);
    assert!(
        lines[0].contains(needle),
        "{:?} should say {needle:?}",
        lines[0]
    );
}

fn extract(dir: &Path, inputs: &[&str]) -> Run {
    let mut args = vec!["extract"];
    args.extend_from_slice(inputs);
    args.push("good.txt");
    tempora(dir, &args)
}

fn nested(open: &str, close: &str, n: usize) -> String {
    format!(
        "<html><body>{}It rained on Friday.{}</body></html>",
        open.repeat(n),
        close.repeat(n)
    )
}

#[test]
fn deep_nesting_cannot_abort_the_process() {
    let dir = folder();
    write(
        dir.path(),
        "deep.html",
        nested("<span>", "</span>", 100_000),
    );
    let run = extract(dir.path(), &["deep.html"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert_one_line(
        &run,
        "deep.html",
        "99872 elements nested deeper than 128 levels",
    );
    assert!(
        run.stdout.contains("\"text\":\"Friday\""),
        "the deep text is read"
    );
}

#[test]
fn deep_nesting_in_a_folder_batch_cannot_abort_it() {
    let dir = folder();
    std::fs::create_dir(dir.path().join("batch")).expect("mkdir");
    write(
        &dir.path().join("batch"),
        "deep.html",
        nested("<span>", "</span>", 40_000),
    );
    write(
        &dir.path().join("batch"),
        "other.txt",
        "Rain fell on Sunday.",
    );
    let run = extract(dir.path(), &["batch"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert!(run.stdout.contains("Sunday"));
}

#[test]
fn deep_divs_and_unclosed_tables_are_fast() {
    let dir = folder();
    write(dir.path(), "divs.html", nested("<div>", "</div>", 20_000));
    write(
        dir.path(),
        "tables.html",
        nested("<table><tr><td>", "", 50_000),
    );
    let run = extract(dir.path(), &["divs.html", "tables.html"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert_eq!(run.stdout.matches("\"text\":\"Friday\"").count(), 2);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let dir = folder();
    let made = Command::new("mkfifo")
        .arg(dir.path().join("x.txt"))
        .status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let run = extract(dir.path(), &["x.txt"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert_one_line(&run, "x.txt", "x.txt: not a regular file (a FIFO)");
}

#[cfg(unix)]
#[test]
fn devices_are_refused_even_behind_a_symlink() {
    let dir = folder();
    for (name, target) in [("zero.txt", "/dev/zero"), ("random.txt", "/dev/urandom")] {
        std::os::unix::fs::symlink(target, dir.path().join(name)).expect("symlink");
    }
    let run = extract(dir.path(), &["zero.txt", "random.txt"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert_one_line(&run, "zero.txt", "not a regular file (a device)");
    assert_one_line(&run, "random.txt", "not a regular file (a device)");
}

#[test]
fn one_byte_over_the_limit_is_too_large_and_says_so_exactly() {
    let dir = folder();
    let f = std::fs::File::create(dir.path().join("big.txt")).expect("create");
    f.set_len(64 * 1024 * 1024 + 1).expect("sparse file");
    let run = extract(dir.path(), &["big.txt"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert_one_line(
        &run,
        "big.txt",
        "too large (64.00 MiB, 67,108,865 bytes; the limit is 64 MiB)",
    );
}

#[test]
fn punctuation_runs_are_read_in_bounded_memory() {
    let dir = folder();
    write(dir.path(), "dashes.txt", "-".repeat(2_000_000));
    write(dir.path(), "parens.txt", "(".repeat(1_000_000));
    let run = extract(dir.path(), &["dashes.txt", "parens.txt"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert!(!run.stderr.contains("dashes.txt"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_walked_once() {
    let dir = folder();
    let d = dir.path().join("tree");
    std::fs::create_dir_all(d.join("a/b")).expect("mkdir");
    write(&d.join("a/b"), "story.txt", "Rain fell on Sunday.");
    std::os::unix::fs::symlink(d.join("a"), d.join("a/b/up")).expect("loop");
    std::os::unix::fs::symlink(&d, d.join("a/root")).expect("loop");
    let run = extract(dir.path(), &["tree"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert_eq!(
        run.stdout.matches("\"text\":\"Sunday\"").count(),
        1,
        "{}",
        run.stdout
    );
}

const GOLD: &str = r#"<?xml version="1.0" ?>
<TimeML><DOCID>g</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">02/27/1998</TIMEX3></DCT>
<TEXT>The talks ended on <TIMEX3 tid="t1" type="DATE" value="1998-02-23">Monday</TIMEX3>.</TEXT></TimeML>"#;

#[cfg(unix)]
#[test]
fn eval_scores_each_gold_file_once_and_lists_the_bad_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = dir.path().join("gold");
    std::fs::create_dir(&gold).expect("mkdir");
    write(&gold, "good.tml", GOLD);
    write(&gold, "broken.tml", "<TimeML><TEXT>unclosed");
    std::os::unix::fs::symlink(&gold, gold.join("loop")).expect("loop");
    let run = tempora(dir.path(), &["eval", "--gold", "gold"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("over 1 documents"), "{}", run.stdout);
    assert_one_line(&run, "broken.tml", "broken.tml: not valid TimeML");
    let run = tempora(
        dir.path(),
        &["eval", "--gold", "gold", "--min-strict", "NaN"],
    );
    assert_eq!(run.code, Some(2), "a NaN bar is refused: {}", run.stderr);
    assert!(run.stderr.contains("not a number") || run.stderr.contains("between 0 and 1"));
}

#[test]
fn a_bad_json_line_skips_only_that_line() {
    let dir = folder();
    write(
        dir.path(),
        "feed.jsonl",
        "{\"text\":\"Rain fell on Sunday.\"}\n{\"text\": oops}\n{\"text\":\"Snow fell on Tuesday.\"}\n",
    );
    let run = extract(dir.path(), &["feed.jsonl"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert!(run.stdout.contains("Sunday") && run.stdout.contains("Tuesday"));
    assert_one_line(&run, "feed.jsonl", "line 2: not valid JSON");
}

#[test]
fn impossible_timestamps_are_refused_and_flagged() {
    let dir = folder();
    write(
        dir.path(),
        "page.json",
        r#"{"text":"The vote was held on Monday.","published":"2025-11-04T25:00:00Z"}"#,
    );
    write(
        dir.path(),
        "late.json",
        r#"{"text":"The vote was held on Monday.","date":"9999-12-31T99:99"}"#,
    );
    let run = extract(dir.path(), &["page.json", "late.json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert_one_line(&run, "page.json", "which is not a real date; ignored");
    assert_one_line(&run, "late.json", "which is not a real date; ignored");
    for line in run.stdout.lines().filter(|l| l.contains(".json\"")) {
        assert!(line.contains("\"confidence\":null"), "{line}");
    }
}

#[test]
fn year_zero_is_no_publication_date() {
    let dir = folder();
    let run = tempora(dir.path(), &["extract", "--dct", "0000-01-01", "good.txt"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("between 1 and 9999"), "{}", run.stderr);
}

#[test]
fn a_lone_surrogate_is_reported_where_it_is() {
    let dir = folder();
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        "It rained on Friday. "
            .repeat(10)
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let at = bytes.len();
    bytes.extend(0xDC00u16.to_le_bytes());
    write(dir.path(), "wide.txt", bytes);
    let run = extract(dir.path(), &["wide.txt"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert_one_line(&run, "wide.txt", &format!("at byte offset {at}"));
}

#[test]
fn file_names_are_escaped_in_messages() {
    let dir = folder();
    write(dir.path(), "evil\n\u{1b}[2Jname.txt", "  \n");
    let run = extract(dir.path(), &["evil\n\u{1b}[2Jname.txt"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
    assert_one_line(
        &run,
        "name.txt",
        "evil\\n\\u{1b}[2Jname.txt: the file is empty",
    );
}

#[test]
fn a_mostly_utf8_file_stays_utf8_with_a_note() {
    let dir = folder();
    let mut bytes = "Le café a rouvert le lundi. ".repeat(8).into_bytes();
    let at = bytes.len();
    bytes.extend_from_slice(b"Prix: \xa3 5.");
    write(dir.path(), "mixed.txt", bytes);
    let run = extract(dir.path(), &["mixed.txt"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert_one_line(
        &run,
        "mixed.txt",
        &format!("the first at byte offset {}", at + 6),
    );
}

#[test]
fn a_utf16_timeml_file_is_read_by_both_extract_formats() {
    let dir = folder();
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(GOLD.encode_utf16().flat_map(u16::to_le_bytes));
    write(dir.path(), "wide.tml", bytes);
    let run = tempora(dir.path(), &["extract", "wide.tml"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("\"text\":\"Monday\""));
    let run = tempora(dir.path(), &["extract", "--format", "timeml", "wide.tml"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains(">Monday</TIMEX3>"), "{}", run.stdout);
}

/// A file or folder the user may not read; `None` when this process may read anything (root).
#[cfg(unix)]
fn unreadable(path: &Path) -> Option<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o000)).ok()?;
    if std::fs::read_dir(path).is_ok() || (path.is_file() && std::fs::read(path).is_ok()) {
        eprintln!("skipped: this process reads files whatever their permissions (root)");
        return None;
    }
    Some(())
}

#[cfg(unix)]
#[test]
fn permission_denied_says_so_once() {
    let dir = folder();
    let secret = write(dir.path(), "secret.txt", "Rain on Monday.");
    std::fs::create_dir(dir.path().join("locked")).expect("mkdir");
    write(&dir.path().join("locked"), "inside.txt", "Rain on Monday.");
    if unreadable(&secret).is_none() || unreadable(&dir.path().join("locked")).is_none() {
        return;
    }
    let run = extract(dir.path(), &["secret.txt", "locked"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_good(&run);
    assert_one_line(&run, "secret.txt", "secret.txt: permission denied");
    assert_one_line(&run, "locked", "cannot read this folder: permission denied");
    assert!(!run.stderr.contains("os error"), "{}", run.stderr);
}
